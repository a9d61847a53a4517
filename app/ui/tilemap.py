"""A tile map of Wales's councils: one square per council at its (tile_col, tile_row).

Two layers:

* :func:`paint_tile_map` and :func:`paint_legend` are pure painting functions. They draw on
  any active ``QPainter`` — a widget, a ``QImage``, a ``QPdfWriter`` or ``QPrinter`` page —
  measuring text on the painter's own device, so the same code serves the screen and
  printing. Sizes (outlines, hatching, gaps) scale with the tiles, never fixed pixels.
* :class:`TileMapWidget` shows the map with a title and its legend, and lets the user pick a
  council with the mouse or the keyboard.

Councils the document does not name (count 0) are drawn 'not named': the background
colour, hatched and outlined, so they differ from named councils without relying on colour.
Each tile carries its name (or a short form when the name does not fit) and its count, so
the map reads without colour too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QLineF, QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QStaticText,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from .models import plain_tooltip
from .palette import count_colour, text_colour_on
from .statictext import static_text


# --- tiles ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Tile:
    council_id: str
    col: int
    row: int
    name: str
    name_cy: str = ""
    short: str = ""  # shown when the name does not fit the tile


_SMALL_WORDS = {"of", "the", "and", "a", "y", "yr", "ar"}


def abbreviations(names: Iterable[str]) -> dict[str, str]:
    """Short forms for tile labels: initials for names of several words ('Neath Port
    Talbot' → 'NPT', 'Vale of Glamorgan' → 'VoG'), the first four letters of one-word names
    ('Carmarthenshire' → 'Carm'), lengthened until every short form is unique."""
    names = list(dict.fromkeys(names))

    def initials(name: str) -> str | None:
        words = [w for w in re.split(r"[\s\-]+", name.strip()) if w]
        if len(words) < 2:
            return None
        return "".join(w[0].lower() if w.lower() in _SMALL_WORDS else w[0].upper() for w in words)

    length = {n: 4 for n in names}
    out: dict[str, str] = {}
    for _ in range(20):
        for n in names:
            out[n] = initials(n) or n.strip()[: length[n]]
        seen: dict[str, list[str]] = {}
        for n, s in out.items():
            seen.setdefault(s.casefold(), []).append(n)
        clashes = [ns for ns in seen.values() if len(ns) > 1]
        if not clashes:
            break
        for ns in clashes:
            for n in ns:
                if initials(n) is None:
                    length[n] += 1
                else:  # initials clash: fall back to the truncated name
                    out[n] = n.strip()[: length[n]]
                    length[n] += 1
    return out


def tiles_from_frame(frame) -> list[Tile]:
    """Tiles from a councils frame (``council_id``, ``name_en``, ``name_cy``, ``tile_col``,
    ``tile_row`` — the dataset's ``councils`` or :meth:`Query.council_counts`)."""
    names = frame["name_en"].tolist()
    short = abbreviations(names)
    return [
        Tile(str(r.council_id), int(r.tile_col), int(r.tile_row), str(r.name_en), str(r.name_cy),
             short.get(str(r.name_en), ""))
        for r in frame.itertuples(index=False)
    ]


def _as_tiles(tiles) -> list[Tile]:
    if hasattr(tiles, "itertuples"):
        return tiles_from_frame(tiles)
    return list(tiles)


def tile_geometry(rect: QRectF, tiles) -> dict[str, QRectF]:
    """Where each tile is drawn when the map fills *rect*: square cells scaled to fit,
    the grid centred, a small gap between tiles."""
    tiles = _as_tiles(tiles)
    if not tiles or rect.width() <= 0 or rect.height() <= 0:
        return {}
    c0 = min(t.col for t in tiles)
    r0 = min(t.row for t in tiles)
    ncols = max(t.col for t in tiles) - c0 + 1
    nrows = max(t.row for t in tiles) - r0 + 1
    cell = min(rect.width() / ncols, rect.height() / nrows)
    left = rect.left() + (rect.width() - cell * ncols) / 2
    top = rect.top() + (rect.height() - cell * nrows) / 2
    gap = cell * 0.06
    return {
        t.council_id: QRectF(left + (t.col - c0) * cell + gap / 2, top + (t.row - r0) * cell + gap / 2,
                             cell - gap, cell - gap)
        for t in tiles
    }


def grid_size(tiles) -> tuple[int, int]:
    """(columns, rows) of the tile grid."""
    tiles = _as_tiles(tiles)
    if not tiles:
        return 0, 0
    return (max(t.col for t in tiles) - min(t.col for t in tiles) + 1,
            max(t.row for t in tiles) - min(t.row for t in tiles) + 1)


def paper_palette() -> QPalette:
    """Black on white, for printing and for images made without a widget."""
    pal = QPalette(QColor("#ffffff"))
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
        pal.setColor(role, QColor("#ffffff"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        pal.setColor(role, QColor("#000000"))
    pal.setColor(QPalette.ColorRole.Highlight, QColor("#D55E00"))
    return pal


# --- painting ------------------------------------------------------------------------------
def _with_alpha(colour: QColor, alpha: int) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c


def _on_screen(device) -> bool:
    """Painting for the screen (fast shapes and cached text), not paper (high resolution)."""
    return device is not None and device.logicalDpiX() <= 150


def _outline_pen(painter: QPainter, colour: QColor, width: float, background: QColor | None = None) -> QPen:
    """A thin outline: on screen a one-pixel cosmetic pen in an opaque colour (translucent
    strokes are several times slower to draw), on paper *width* as given."""
    device = painter.device()
    if _on_screen(device):
        if background is not None and colour.alpha() < 255:
            colour = _fade(colour, background, colour.alphaF())
        pen = QPen(colour, 1)
        pen.setCosmetic(True)
        return pen
    return QPen(colour, width)


_DIM = 0.28  # how much of a dimmed tile's colour is left


def _fade(colour: QColor, background: QColor, amount: float) -> QColor:
    """*colour* mixed into *background*, keeping *amount* of it (an opaque colour)."""
    return QColor(
        round(background.red() + (colour.red() - background.red()) * amount),
        round(background.green() + (colour.green() - background.green()) * amount),
        round(background.blue() + (colour.blue() - background.blue()) * amount),
    )


def _paint_not_named(painter: QPainter, rect: QRectF, palette: QPalette, size: float) -> None:
    """The 'not named' fill: background colour, diagonal hatching, an outline."""
    text = palette.color(QPalette.ColorRole.Text)
    painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
    painter.save()
    painter.setClipRect(rect)
    device = painter.device()
    if _on_screen(device):
        # On screen a pattern brush draws the same hatching far faster than strokes.
        painter.fillRect(rect, QBrush(_with_alpha(text, 90), Qt.BrushStyle.BDiagPattern))
        painter.restore()
        painter.setPen(_outline_pen(painter, _with_alpha(text, 150), max(size * 0.02, 0.75),
                                    palette.color(QPalette.ColorRole.Base)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        return
    pen = QPen(_with_alpha(text, 70), max(size * 0.02, 0.5))
    painter.setPen(pen)
    step = max(size / 7, 2.0)
    lines = []
    x = rect.left() - rect.height()
    while x < rect.right():
        lines.append(QLineF(x, rect.bottom(), x + rect.height(), rect.top()))
        x += step
    painter.drawLines(lines)  # one call per tile, not one per stroke
    painter.restore()
    painter.setPen(QPen(_with_alpha(text, 150), max(size * 0.02, 0.75)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)


def _paint_filled(painter: QPainter, rect: QRectF, fill: QColor, palette: QPalette, size: float) -> None:
    painter.fillRect(rect, fill)
    painter.setPen(_outline_pen(painter, _with_alpha(palette.color(QPalette.ColorRole.Text), 110),
                                max(size * 0.015, 0.5), fill))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)


def _scaled(font: QFont, factor: float) -> QFont:
    f = QFont(font)
    if font.pointSizeF() > 0:
        f.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        f.setPixelSize(max(1, round(font.pixelSize() * factor)))
    return f


_WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom


def _label_box(r: QRectF, size: float, count_font: QFont, device, counts: bool) -> tuple[QRectF, float, float]:
    """(room for the name, height of the count line, padding) inside tile *r*."""
    pad = size * 0.07
    inner = r.adjusted(pad, pad, -pad, -pad)
    cfm = QFontMetricsF(count_font, device) if device is not None else QFontMetricsF(count_font)
    count_h = cfm.height() if counts and cfm.height() <= inner.height() else 0.0
    return QRectF(inner.left(), inner.top(), inner.width(), inner.height() - count_h), count_h, pad


_FITS: dict[tuple, bool] = {}


def _fits(text: str, box: QRectF, font: QFont, device) -> bool:
    # Remembered: a map is repainted often at the same size, and measuring text is slow.
    dpi = device.logicalDpiX() if device is not None else 0
    key = (text, round(box.width(), 1), round(box.height(), 1), font.toString(), dpi)
    hit = _FITS.get(key)
    if hit is not None:
        return hit
    fm = QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)
    br = fm.boundingRect(QRectF(0, 0, box.width(), 1e6), int(_WRAP), text)
    fits = br.width() <= box.width() + 0.5 and br.height() <= box.height() + 0.5
    if len(_FITS) > 20000:
        _FITS.clear()
    _FITS[key] = fits
    return fits


_LABEL_SCALES = (1.0, 0.9, 0.8)


def _label_font(tiles: list[Tile], box: QRectF, font: QFont, device) -> QFont:
    """One label size for the whole map: the largest at which most full names fit (the rest
    use their short forms), so the labels read as one set rather than a jumble of sizes."""
    if box.height() <= 0 or not tiles:
        return font
    for factor in _LABEL_SCALES:
        f = _scaled(font, factor)
        fitting = sum(_fits(t.name, box, f, device) for t in tiles)
        if fitting >= 0.75 * len(tiles):
            return f
    return _scaled(font, _LABEL_SCALES[-1])


def _fit_label(tile: Tile, box: QRectF, font: QFont, device) -> tuple[str, QFont] | None:
    """The tile's name if it fits *box* in *font* (or a little smaller), else its short form."""
    for factor in (1.0, 0.88):
        f = _scaled(font, factor)
        if _fits(tile.name, box, f, device):
            return tile.name, f
    if tile.short:
        for factor in (1.0, 0.85):
            f = _scaled(font, factor)
            if _fits(tile.short, box, f, device):
                return tile.short, f
    return None


_LABELS: dict[tuple, tuple[QFont, dict[str, tuple[str, QFont] | None]]] = {}


def _label_choices(tiles: list[Tile], box: QRectF, font: QFont, device) -> tuple[QFont, dict]:
    """The map's label font and each tile's label (name or short form, and its font, or
    None): worked out once per set of names, tile size, font and resolution, since a map is
    repainted far more often than any of these change."""
    key = (tuple((t.council_id, t.name, t.short) for t in tiles), round(box.width(), 1),
           round(box.height(), 1), font.key(), device.logicalDpiX() if device is not None else 0)
    hit = _LABELS.get(key)
    if hit is None:
        chosen = _label_font(tiles, box, font, device)
        fitted = {t.council_id: _fit_label(t, box, chosen, device) if box.height() > 0 else None for t in tiles}
        if len(_LABELS) > 64:
            _LABELS.clear()
        hit = _LABELS[key] = (chosen, fitted)
    return hit


def paint_tile_map(
    painter: QPainter,
    rect: QRectF,
    tiles,
    values: Mapping[str, int],
    classes: list[tuple[int, int]],
    *,
    selected: str | None = None,
    dimmed: Iterable[str] = (),
    palette: QPalette | None = None,
    font: QFont | None = None,
    labels: bool = True,
    counts: bool = True,
) -> dict[str, QRectF]:
    """Draw one tile per council inside *rect* and return where each tile went.

    *tiles*: :class:`Tile` objects or a councils frame. *values*: count per council id
    (missing = 0). *classes*: from :func:`app.ui.palette.count_classes`. *selected* is
    outlined; *dimmed* tiles are drawn faint (e.g. outside a council filter). *palette*
    defaults to :func:`paper_palette`, *font* to the painter's font. With *labels* each tile
    carries its name (or short form) and, with *counts*, its count.
    """
    tiles = _as_tiles(tiles)
    palette = palette or paper_palette()
    font = QFont(font) if font is not None else QFont(painter.font())
    dimmed = set(dimmed)
    geometry = tile_geometry(rect, tiles)
    if not geometry:
        return geometry
    device = painter.device()
    size = next(iter(geometry.values())).width()
    painter.save()
    # Tiles are axis-aligned: on screen, crisp edges without antialiasing paint several times
    # faster; on paper (high resolution) antialiasing costs little and looks best.
    on_screen = _on_screen(device)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, not on_screen)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    count_font = QFont(font)
    count_font.setBold(True)
    fitted: dict = {}
    if labels:
        box, _, _ = _label_box(next(iter(geometry.values())), size, count_font, device, counts)
        font, fitted = _label_choices(tiles, box, font, device)
    base = palette.color(QPalette.ColorRole.Base)
    dim_palette = QPalette(palette)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        dim_palette.setColor(role, _fade(palette.color(role), base, _DIM))
    for tile in tiles:
        r = geometry[tile.council_id]
        value = int(values.get(tile.council_id, 0) or 0)
        fill = count_colour(value, classes)
        painter.save()
        pal = palette
        faint = tile.council_id in dimmed
        if faint:  # faded colours rather than painter opacity, which is slow to composite
            pal = dim_palette
            fill = _fade(fill, base, _DIM) if fill is not None else None
        if fill is None:
            _paint_not_named(painter, r, pal, size)
            ink = pal.color(QPalette.ColorRole.Text)
        else:
            _paint_filled(painter, r, fill, pal, size)
            ink = text_colour_on(fill) if not faint else _fade(text_colour_on(fill), fill, _DIM)
        if labels:
            _paint_label(painter, r, fitted.get(tile.council_id), value, ink, device, counts, size, pal,
                         fill is None, count_font)
        painter.restore()
    if selected in geometry:
        r = geometry[selected]
        outer = max(size * 0.08, 2.0)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), outer))
        painter.drawRect(r.adjusted(-outer / 2, -outer / 2, outer / 2, outer / 2))
        inner = outer * 0.4
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), inner))
        painter.drawRect(r.adjusted(inner / 2, inner / 2, -inner / 2, -inner / 2))
    painter.restore()
    return geometry


_NAME_BOXES: dict[tuple, QRectF] = {}


def _static_name(text: str, font: QFont, width: float, device) -> tuple[QStaticText, QRectF]:
    """*text* word-wrapped to *width* and centred, laid out and measured once (names repeat
    on every paint), with the box the text takes."""
    key = (text, font.key(), round(width, 1), device.logicalDpiX())
    box = _NAME_BOXES.get(key)
    if box is None:
        box = QFontMetricsF(font, device).boundingRect(QRectF(0, 0, width, 1e6), int(_WRAP), text)
        if len(_NAME_BOXES) > 2000:
            _NAME_BOXES.clear()
        _NAME_BOXES[key] = box
    return static_text(text, font, width, centred=True), box


def _paint_label(painter, r: QRectF, fitted: tuple[str, QFont] | None, value: int, ink: QColor, device,
                 counts: bool, size: float, palette: QPalette, not_named: bool, count_font: QFont) -> None:
    label_box, count_h, pad = _label_box(r, size, count_font, device, counts)
    counts = counts and count_h > 0
    inner = r.adjusted(pad, pad, -pad, -pad)
    cfm = QFontMetricsF(count_font, device) if device is not None else QFontMetricsF(count_font)
    painter.setPen(ink)
    if fitted is not None:
        text, f = fitted
        painter.setFont(f)
        static = None
        if _on_screen(device):
            # On screen the wrapped name is laid out once and drawn from the layout after.
            static, br = _static_name(text, f, inner.width(), device)
        else:
            fm = QFontMetricsF(f, device) if device is not None else QFontMetricsF(f)
            br = fm.boundingRect(QRectF(0, 0, label_box.width(), 1e6), int(_WRAP), text)
        # Centre the name and count together in the tile.
        block = br.height() + count_h
        top = inner.top() + (inner.height() - block) / 2
        if not_named:  # a plate behind the text keeps it clear of the hatching
            plate = QRectF(inner.center().x() - br.width() / 2 - pad / 2, top, br.width() + pad, block)
            painter.fillRect(plate, _with_alpha(palette.color(QPalette.ColorRole.Base), 220))
        if static is not None:
            painter.drawStaticText(QPointF(inner.left(), top), static)
        else:
            painter.drawText(QRectF(inner.left(), top, inner.width(), br.height()), int(_WRAP), text)
        count_top = top + br.height()
    else:
        count_top = inner.top() + (inner.height() - count_h) / 2
    if counts:
        painter.setFont(count_font)
        text = str(value)
        box = QRectF(inner.left(), count_top, inner.width(), count_h)
        if not_named and fitted is None:
            w = cfm.horizontalAdvance(text) + pad
            painter.fillRect(QRectF(box.center().x() - w / 2, box.top(), w, box.height()),
                             _with_alpha(palette.color(QPalette.ColorRole.Base), 220))
        if _on_screen(device):
            static = static_text(text, count_font)
            size_ = static.size()
            painter.drawStaticText(QPointF(box.center().x() - size_.width() / 2,
                                           box.top() + (box.height() - size_.height()) / 2), static)
        else:
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)


# --- legend --------------------------------------------------------------------------------
def legend_entries(classes: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """(a count in the class, its text) for each class, then (0, 'Not named')."""
    out = []
    for lo, hi in classes:
        if lo == hi:
            text = (QCoreApplication.translate("TileMap", "{0} mention") if lo == 1 else QCoreApplication.translate("TileMap", "{0} mentions")).format(lo)
        else:
            text = QCoreApplication.translate("TileMap", "{0}–{1} mentions").format(lo, hi)
        out.append((lo, text))
    out.append((0, QCoreApplication.translate("TileMap", "Not named")))
    return out


def _legend_metrics(font: QFont, device):
    title_font = QFont(font)
    title_font.setBold(True)
    fm = QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)
    tfm = QFontMetricsF(title_font, device) if device is not None else QFontMetricsF(title_font)
    swatch = fm.height() * 1.25
    return title_font, fm, tfm, swatch


def _legend_grid(classes, font: QFont, device, title: str, columns: int):
    """Column widths, row height, gaps and title height for a legend in *columns* columns."""
    title_font, fm, tfm, swatch = _legend_metrics(font, device)
    entries = legend_entries(classes)
    columns = max(1, min(columns, len(entries)))
    rows = -(-len(entries) // columns)
    gap = fm.height() * 0.4
    col_gap = fm.height() * 1.2
    widths = [0.0] * columns
    for i, (_, text) in enumerate(entries):
        c = i // rows  # fill down each column first
        widths[c] = max(widths[c], swatch + gap + fm.horizontalAdvance(text))
    title_h = tfm.height() + gap if title else 0.0
    return entries, columns, rows, widths, swatch, gap, col_gap, title_h, (title_font, fm, tfm)


def legend_size(classes, *, font: QFont | None = None, device=None, title: str | None = None,
                columns: int = 1) -> QSizeF:
    """The room :func:`paint_legend` needs (measured on *device*, e.g. ``painter.device()``)."""
    font = font or QFont()
    title = QCoreApplication.translate("TileMap", "Mentions") if title is None else title
    entries, columns, rows, widths, swatch, gap, col_gap, title_h, (_, _, tfm) = _legend_grid(
        classes, font, device, title, columns)
    w = sum(widths) + col_gap * (columns - 1)
    if title:
        w = max(w, tfm.horizontalAdvance(title))
    return QSizeF(w, title_h + rows * swatch + (rows - 1) * gap * 0.5)


def paint_legend(
    painter: QPainter,
    rect: QRectF,
    classes: list[tuple[int, int]],
    *,
    palette: QPalette | None = None,
    font: QFont | None = None,
    title: str | None = None,
    columns: int = 1,
) -> QRectF:
    """Draw the legend at the top left of *rect*: a title ('Mentions' unless given; '' for
    none), then a swatch and its range text for each class and for 'Not named', in
    *columns* columns. Swatches match :func:`paint_tile_map`. Returns the rectangle used;
    :func:`legend_size` says beforehand how much room it takes."""
    palette = palette or paper_palette()
    font = QFont(font) if font is not None else QFont(painter.font())
    title = QCoreApplication.translate("TileMap", "Mentions") if title is None else title
    device = painter.device()
    entries, columns, rows, widths, swatch, gap, col_gap, title_h, (title_font, fm, tfm) = _legend_grid(
        classes, font, device, title, columns)
    ink = palette.color(QPalette.ColorRole.WindowText)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if title:
        painter.setFont(title_font)
        painter.setPen(ink)
        painter.drawText(QRectF(rect.left(), rect.top(), max(rect.width(), tfm.horizontalAdvance(title) + 1),
                                tfm.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
    painter.setFont(font)
    top = rect.top() + title_h
    for i, (value, text) in enumerate(entries):
        c, r = divmod(i, rows)
        x = rect.left() + sum(widths[:c]) + col_gap * c
        y = top + r * (swatch + gap * 0.5)
        inset = swatch * 0.08
        box = QRectF(x, y, swatch, swatch).adjusted(inset, inset, -inset, -inset)
        fill = count_colour(value, classes)
        if fill is None:
            _paint_not_named(painter, box, palette, swatch * 2)
        else:
            _paint_filled(painter, box, fill, palette, swatch * 2)
        painter.setPen(ink)
        painter.drawText(QRectF(x + swatch + gap, y, fm.horizontalAdvance(text) + 1, swatch),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
    painter.restore()
    return QRectF(rect.topLeft(), legend_size(classes, font=font, device=device, title=title, columns=columns))


# --- the widget ----------------------------------------------------------------------------
class TileMapWidget(QWidget):
    """The tile map with its title and legend. Click a tile, or move with the arrow keys and
    press Enter or Space, to select a council (:attr:`councilClicked`)."""

    councilClicked = Signal(str)
    currentChanged = Signal(str)  # the tile with the keyboard focus

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tiles: list[Tile] = []
        self._by_id: dict[str, Tile] = {}
        self._values: dict[str, int] = {}
        self._classes: list[tuple[int, int]] = []
        self._dimmed: set[str] = set()
        self._selected: str | None = None
        self._current: str | None = None
        self._title = ""
        self._count_text: Callable[[int], str] | None = None
        self._geometry: dict[str, QRectF] = {}
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)  # paintEvent fills every pixel
        sp = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sp.setHeightForWidth(True)
        self.setSizePolicy(sp)
        self.setAccessibleName(QCoreApplication.translate("TileMap", "Tile map of the councils of Wales"))

    # --- data ------------------------------------------------------------------------------
    def set_map(self, tiles, values: Mapping[str, int], classes: list[tuple[int, int]], *,
                title: str = "", dimmed: Iterable[str] = (),
                count_text: Callable[[int], str] | None = None) -> None:
        """Show *values* on *tiles*. *count_text* words a count for tooltips and the accessible
        description (e.g. ``'3 mentions in the report'``)."""
        self._tiles = _as_tiles(tiles)
        self._by_id = {t.council_id: t for t in self._tiles}
        self._values = {k: int(v) for k, v in values.items()}
        self._classes = list(classes)
        self._dimmed = set(dimmed)
        self._title = title
        self._count_text = count_text
        if self._selected not in self._by_id:
            self._selected = None
        if self._current not in self._by_id:
            self._current = None
        self._update_accessible()
        self.updateGeometry()
        self.update()

    def tiles(self) -> list[Tile]:
        return list(self._tiles)

    def values(self) -> dict[str, int]:
        return dict(self._values)

    def classes(self) -> list[tuple[int, int]]:
        return list(self._classes)

    def dimmed(self) -> set[str]:
        return set(self._dimmed)

    def title(self) -> str:
        return self._title

    def selected(self) -> str | None:
        return self._selected

    def current(self) -> str | None:
        return self._current

    def set_selected(self, council_id: str | None) -> None:
        """Outline *council_id* (no signal); the keyboard focus follows it."""
        council_id = council_id if council_id in self._by_id else None
        if council_id != self._selected:
            self._selected = council_id
            if council_id is not None:
                self._set_current(council_id)
            self.update()

    def _set_current(self, council_id: str | None) -> None:
        if council_id != self._current:
            self._current = council_id
            self._update_accessible()
            self.update()
            self.currentChanged.emit(council_id or "")

    # --- geometry --------------------------------------------------------------------------
    def _margin(self) -> float:
        return QFontMetricsF(self.font()).height() * 0.5

    def _title_font(self) -> QFont:
        f = QFont(self.font())
        f.setBold(True)
        return f

    def _title_height(self, width: float) -> float:
        if not self._title:
            return 0.0
        fm = QFontMetricsF(self._title_font())
        br = fm.boundingRect(QRectF(0, 0, max(width, 1.0), 1e6), int(Qt.TextFlag.TextWordWrap), self._title)
        return br.height() + fm.height() * 0.4

    def _layout(self, width: float, height: float):
        """(title rect, map rect, legend rect, legend columns) for a widget of this size: the
        legend to the right of the map or below it, whichever leaves bigger tiles."""
        m = self._margin()
        inner = QRectF(m, m, max(width - 2 * m, 1.0), max(height - 2 * m, 1.0))
        th = self._title_height(inner.width())
        title = QRectF(inner.left(), inner.top(), inner.width(), th)
        area = inner.adjusted(0, th, 0, 0)
        ncols, nrows = grid_size(self._tiles) if self._tiles else (6, 6)
        gap = m * 2
        vert = legend_size(self._classes, font=self.font(), device=self)
        right_w = area.width() - vert.width() - gap
        cell_right = min(right_w / ncols, area.height() / nrows) if right_w > 0 else 0.0
        n_entries = len(legend_entries(self._classes))
        below_cols, below = 1, vert
        for k in range(n_entries, 0, -1):
            size = legend_size(self._classes, font=self.font(), device=self, columns=k)
            if size.width() <= area.width():
                below_cols, below = k, size
                break
        below_h = area.height() - below.height() - gap
        cell_below = min(area.width() / ncols, below_h / nrows) if below_h > 0 else 0.0
        if cell_right >= cell_below * 0.98:
            map_rect = QRectF(area.left(), area.top(), cell_right * ncols, cell_right * nrows)
            slack = max(0.0, area.width() - map_rect.width() - vert.width() - gap)
            map_rect.translate(slack / 2, 0)
            legend = QRectF(map_rect.right() + gap, area.top(), vert.width(), vert.height())
            return title, map_rect, legend, 1
        map_rect = QRectF(area.left() + (area.width() - cell_below * ncols) / 2, area.top(),
                          cell_below * ncols, cell_below * nrows)
        legend = QRectF(area.left() + max(0.0, (area.width() - below.width()) / 2), map_rect.bottom() + gap,
                        below.width(), below.height())
        return title, map_rect, legend, below_cols

    def _cell_for_size(self, factor: float) -> float:
        return QFontMetricsF(self.font()).height() * factor

    def _size_for_cell(self, cell: float, below: bool = False) -> QSize:
        ncols, nrows = grid_size(self._tiles) if self._tiles else (6, 6)
        m = self._margin()
        if below:
            legend = legend_size(self._classes, font=self.font(), device=self, columns=2)
            w = max(cell * ncols, legend.width()) + 2 * m
            h = cell * nrows + 2 * m + legend.height() + 2 * m + self._title_height(w - 2 * m)
        else:
            legend = legend_size(self._classes, font=self.font(), device=self)
            w = cell * ncols + 2 * m + 2 * m + legend.width()
            h = max(cell * nrows, legend.height()) + 2 * m + self._title_height(w - 2 * m)
        return QSize(int(w + 1), int(h + 1))

    def sizeHint(self) -> QSize:
        return self._size_for_cell(self._cell_for_size(4.6))

    def minimumSizeHint(self) -> QSize:
        """Small enough for a narrow pane (legend below), big enough that tiles stay readable."""
        return self._size_for_cell(self._cell_for_size(3.2), below=True)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        ncols, nrows = grid_size(self._tiles) if self._tiles else (6, 6)
        m = self._margin()
        vert = legend_size(self._classes, font=self.font(), device=self)
        cell = max((width - 4 * m - vert.width()) / ncols, self._cell_for_size(3.2))
        return int(max(cell * nrows, vert.height()) + 2 * m + self._title_height(width - 2 * m) + 1)

    def tile_rect(self, council_id: str) -> QRectF:
        """Where *council_id* is drawn, in widget coordinates (empty if unknown)."""
        _, map_rect, _, _ = self._layout(self.width(), self.height())
        return tile_geometry(map_rect, self._tiles).get(council_id, QRectF())

    def tile_at(self, pos: QPointF) -> str | None:
        _, map_rect, _, _ = self._layout(self.width(), self.height())
        for cid, r in tile_geometry(map_rect, self._tiles).items():
            if r.contains(QPointF(pos)):
                return cid
        return None

    # --- painting --------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        pal = self.palette()
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Window))
        title, map_rect, legend, legend_columns = self._layout(self.width(), self.height())
        if self._title:
            painter.setFont(self._title_font())
            painter.setPen(pal.color(QPalette.ColorRole.WindowText))
            painter.drawText(title, int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft), self._title)
        if not self._tiles:
            painter.setFont(self.font())
            painter.drawText(map_rect, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             QCoreApplication.translate("TileMap", "No councils to show"))
            painter.end()
            return
        self._geometry = paint_tile_map(
            painter, map_rect, self._tiles, self._values, self._classes,
            selected=self._selected, dimmed=self._dimmed, palette=pal, font=self.font(),
        )
        paint_legend(painter, legend, self._classes, palette=pal, font=self.font(), columns=legend_columns)
        if self.hasFocus() and self._current in self._geometry:
            r = self._geometry[self._current]
            w = max(r.width() * 0.035, 1.5)
            off = r.width() * 0.12
            pen = QPen(pal.color(QPalette.ColorRole.Highlight), w, Qt.PenStyle.DashLine)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(r.adjusted(-off / 2 - w, -off / 2 - w, off / 2 + w, off / 2 + w))
        painter.end()

    # --- interaction -----------------------------------------------------------------------
    def _activate(self, council_id: str) -> None:
        if council_id in self._dimmed:
            return
        self._set_current(council_id)
        self.set_selected(council_id)
        self.councilClicked.emit(council_id)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            cid = self.tile_at(event.position())
            if cid is not None:
                self.setFocus(Qt.FocusReason.MouseFocusReason)
                self._activate(cid)
                event.accept()
                return
        super().mousePressEvent(event)

    def _navigable(self) -> list[Tile]:
        return [t for t in self._tiles if t.council_id not in self._dimmed]

    def _neighbour(self, council_id: str | None, dc: int, dr: int) -> str | None:
        tiles = self._navigable()
        if not tiles:
            return None
        here = self._by_id.get(council_id) if council_id else None
        if here is None:
            return tiles[0].council_id
        best, best_score = None, None
        for t in tiles:
            along = (t.col - here.col) * dc + (t.row - here.row) * dr
            if along <= 0:
                continue
            across = abs((t.col - here.col) * dr) + abs((t.row - here.row) * dc)
            score = (along + 2 * across, across)
            if best_score is None or score < best_score:
                best, best_score = t.council_id, score
        return best

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves = {
            Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1),
        }
        if key in moves:
            if self._current is None:
                start = self._selected if self._selected and self._selected not in self._dimmed else None
                target = start or (self._navigable()[0].council_id if self._navigable() else None)
            else:
                target = self._neighbour(self._current, *moves[key])
            if target is not None:
                self._set_current(target)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Select):
            if self._current is not None:
                self._activate(self._current)
            event.accept()
            return
        if key == Qt.Key.Key_Home and self._navigable():
            self._set_current(self._navigable()[0].council_id)
            event.accept()
            return
        if key == Qt.Key.Key_End and self._navigable():
            self._set_current(self._navigable()[-1].council_id)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        if self._current is None or self._current in self._dimmed:
            nav = self._navigable()
            if self._selected and self._selected not in self._dimmed:
                self._current = self._selected
            elif nav:
                self._current = nav[0].council_id
            self._update_accessible()
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)

    def describe(self, council_id: str) -> str:
        """Plain text about one tile: both names, the code and the count."""
        t = self._by_id.get(council_id)
        if t is None:
            return ""
        names = t.name if not t.name_cy or t.name_cy == t.name else f"{t.name} · {t.name_cy}"
        n = self._values.get(council_id, 0)
        count = self._count_text(n) if self._count_text else (
            QCoreApplication.translate("TileMap", "{0} mention").format(n) if n == 1 else QCoreApplication.translate("TileMap", "{0} mentions").format(n))
        lines = [names, count]
        if council_id in self._dimmed:
            lines.append(QCoreApplication.translate("TileMap", "Outside the council filter"))
        return "\n".join(lines)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            cid = self.tile_at(event.position() if hasattr(event, "position") else QPointF(event.pos()))
            if cid is not None:
                r = self.tile_rect(cid).toAlignedRect()
                QToolTip.showText(event.globalPos(), plain_tooltip(self.describe(cid)), self, r)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()
        return super().event(event)

    def _update_accessible(self) -> None:
        named = sorted(((v, self._by_id[c].name) for c, v in self._values.items() if v and c in self._by_id),
                       key=lambda p: (-p[0], p[1]))
        parts = [self._title] if self._title else []
        if named:
            parts.append("; ".join(f"{name}: {v}" for v, name in named))
            parts.append(QCoreApplication.translate("TileMap", "Every other council: not named"))
        elif self._tiles:
            parts.append(QCoreApplication.translate("TileMap", "No council is named"))
        if self._current:
            parts.insert(0, self.describe(self._current).replace("\n", ", "))
        self.setAccessibleDescription(". ".join(parts))
