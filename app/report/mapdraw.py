"""The councils print's tile maps: one map per compared event, side by side, with one legend
under both (the same colour classes on both maps, so they compare).

Drawn with QPainter through :mod:`app.ui.tilemap` straight onto the page, so the maps are
vector graphics in a PDF and crisp at any printer resolution.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintDevice

from app.dataset.model import Dataset
from app.ui.palette import count_classes


@dataclass
class MapSpec:
    tiles: list
    events: list[str]
    values: dict[str, dict[str, int]]  # event id → council id → mentions
    captions: dict[str, str]
    classes: list[tuple[int, int]]
    dimmed: set[str]
    font: QFont
    caption_font: QFont
    device: QPaintDevice | None = None
    legend_title: str = field(default_factory=lambda: QCoreApplication.translate("Report", "Mentions naming the council"))

    @classmethod
    def build(cls, ds: Dataset, counts, events: list[str], captions: dict[str, str], base: QFont,
              device: QPaintDevice | None = None) -> "MapSpec":
        from app.ui.tilemap import tiles_from_frame

        tiles = tiles_from_frame(ds.councils)
        shown = set(counts["council_id"])
        values = {e: {cid: int(n) for cid, n in zip(counts["council_id"], counts[f"count:{e}"])} for e in events}
        top = max((max(v.values(), default=0) for v in values.values()), default=0)
        font = QFont(base)
        font.setPointSizeF(6.5)
        caption = QFont(base)
        caption.setPointSizeF(9)
        caption.setBold(True)
        dimmed = {t.council_id for t in tiles if t.council_id not in shown}
        return cls(tiles, list(events), values, captions, count_classes(top), dimmed, font, caption, device)

    # --- layout ----------------------------------------------------------------------------
    def _metrics(self, device):
        from app.ui.tilemap import grid_size

        cfm = QFontMetricsF(self.caption_font, device)
        caption_h = cfm.height() * 1.5
        legend = _legend_size(self, device)
        cols, rows = grid_size(self.tiles)
        return caption_h, legend, max(cols, 1), max(rows, 1), cfm.height()

    def height_for(self, width: float, max_height: float, dpi: float) -> float:
        """How tall the maps are drawn in *width*, no taller than *max_height*."""
        caption_h, legend, cols, rows, line = self._metrics(self.device)
        n = max(2, len(self.events))  # a lone map is drawn at the size of one of two
        gap = 8 / 25.4 * dpi  # 8 mm between the maps
        panel = (width - gap * (n - 1)) / n
        cell = min(panel / cols, (max_height - caption_h - legend.height() - line) / rows)
        cell = max(cell, 0.0)
        return caption_h + cell * rows + line + legend.height()


def paint_maps(painter: QPainter, rect: QRectF, spec: MapSpec) -> None:
    """Both maps, each under its caption, and the legend centred below them."""
    from app.ui.tilemap import paper_palette

    device = painter.device()
    dpi = float(device.logicalDpiY()) if device is not None else 96.0
    caption_h, legend, cols, rows, line = spec._metrics(device)
    n = max(2, len(spec.events))
    gap = 8 / 25.4 * dpi
    panel_w = (rect.width() - gap * (n - 1)) / n
    # centre the maps when there are fewer than the room is made for
    indent = (rect.width() - (panel_w * len(spec.events) + gap * (len(spec.events) - 1))) / 2
    map_h = max(0.0, rect.height() - caption_h - line - legend.height())
    cell = min(panel_w / cols, map_h / rows)
    palette = paper_palette()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if not spec.events:
        painter.setFont(spec.caption_font)
        painter.setPen(QColor("#000000"))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), QCoreApplication.translate("Report", "No event chosen"))
        painter.restore()
        return
    for k, event_id in enumerate(spec.events):
        left = rect.left() + indent + k * (panel_w + gap)
        painter.setFont(spec.caption_font)
        painter.setPen(QColor("#000000"))
        cap = QRectF(left, rect.top(), panel_w, caption_h)
        text = QFontMetricsF(spec.caption_font, device).elidedText(
            spec.captions.get(event_id, ""), Qt.TextElideMode.ElideRight, panel_w)
        painter.drawText(cap, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), text)
        grid = QRectF(left + (panel_w - cell * cols) / 2, cap.bottom(), cell * cols, cell * rows)
        _draw_tile_map(painter, grid, spec, spec.values.get(event_id, {}), palette)
    top = rect.top() + caption_h + cell * rows + line
    size = QSizeF(legend.width(), legend.height())
    box = QRectF(rect.left() + (rect.width() - size.width()) / 2, top, size.width(), size.height())
    _draw_legend(painter, box, spec, palette)
    painter.restore()


# --- the only calls into app.ui.tilemap's painting API ------------------------------------
def _draw_tile_map(painter: QPainter, rect: QRectF, spec: MapSpec, values: dict[str, int], palette) -> None:
    from app.ui.tilemap import paint_tile_map

    paint_tile_map(painter, rect, spec.tiles, values, spec.classes, dimmed=spec.dimmed, palette=palette,
                   font=spec.font, labels=True)


def _legend_columns(spec: MapSpec) -> int:
    return len(spec.classes) + 1  # one row: every class, then 'Not named'


def _legend_size(spec: MapSpec, device) -> QSizeF:
    from app.ui.tilemap import legend_size

    return legend_size(spec.classes, font=spec.font, device=device, title=spec.legend_title,
                       columns=_legend_columns(spec))


def _draw_legend(painter: QPainter, rect: QRectF, spec: MapSpec, palette) -> None:
    from app.ui.tilemap import paint_legend

    paint_legend(painter, rect, spec.classes, palette=palette, font=spec.font, title=spec.legend_title,
                 columns=_legend_columns(spec))
