"""Paging a built QTextDocument onto a QPrinter or QPdfWriter, with our own header and
footer on every page, so "page N of M" is exact.

The document is laid out with the page size of the area between header and footer, then
each page's slice of it is painted (translate + clip + the document layout's draw) under
the header and above the footer.

Qt's table layout breaks a row across pages line by line. To break *between* rows, and
not inside a quote, the builders mark units (table rows, passages, headings) and this
module lays the document out, finds the first unit that straddles a page boundary
although it would fit on a page, asks the builder to start that unit on a new page, and
lays out again — until nothing more can be improved. Rows taller than a page still break,
but between passages where they can.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Callable

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPagedPaintDevice,
    QPainter,
    QPalette,
    QPen,
    QTextDocument,
)

from .files import ExportError
from .wording import PRODUCT, printed_date

MIN_MARGIN_MM = 10.0  # keep header and footer off the paper's edge on borderless printers
MAX_PASSES = 200


@dataclass
class Unit:
    """Something that should not be split across pages, in document order.

    kind "row": *ranges* holds one (first, last) block-number range per cell. kind
    "header": a table's header row. kind "heading": one range for the heading and *follow*
    the range that must stay on the same page as it.
    """

    key: tuple
    kind: str
    ranges: list[tuple[int, int]]
    follow: tuple[int, int] | None = None
    breakable: bool = True  # False for a table's first row: it stays with what precedes it
    continues: bool = False  # a row that continues a group: atop a page it restarts the table


@dataclass
class Built:
    document: QTextDocument
    units: list[Unit]
    keep: list = field(default_factory=list)  # Python objects the document's layout uses
    breaks: frozenset = frozenset()  # the unit keys this build starts on a new page


@dataclass
class Context:
    """What a builder needs to know about the page: device, sizes in device pixels, fonts."""

    device: QPagedPaintDevice
    width: float
    body_height: float
    base_font: QFont
    breaks: frozenset
    dpi: float

    def px(self, points: float) -> float:
        """Device pixels for a length in points."""
        return points * self.dpi / 72.0


Builder = Callable[[Context], Built]


def base_font() -> QFont:
    """The font for printing: the application's family, at a print size."""
    font = QFont(QGuiApplication.font())
    family = font.family()
    font.setFamilies([family, "DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica"])
    font.setPointSizeF(9.0)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    # no 'fi'/'fl' ligatures: text copied or searched in the PDF must read 'fi', not 'ﬁ'
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def print_palette() -> QPalette:
    """Black on white whatever the desktop's palette: paper is white."""
    pal = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        pal.setColor(group, QPalette.ColorRole.Text, QColor("#000000"))
        pal.setColor(group, QPalette.ColorRole.WindowText, QColor("#000000"))
        pal.setColor(group, QPalette.ColorRole.Base, QColor("#FFFFFF"))
        pal.setColor(group, QPalette.ColorRole.Window, QColor("#FFFFFF"))
        pal.setColor(group, QPalette.ColorRole.Link, QColor("#0645AD"))
    return pal


class PrintJob:
    """A document ready to print: call :meth:`paint` with a QPrinter or QPdfWriter.

    Connect :meth:`paint` to ``QPrintPreviewDialog.paintRequested``; it uses the device's
    own page layout (paper size, orientation, margins), so a real printer's paper is used.
    """

    def __init__(self, builder: Builder, *, heading: str, dataset_name: str, title: str = "",
                 printed: _dt.date | None = None) -> None:
        self.builder = builder
        self.heading = heading  # shown in every page header, e.g. "Comparison"
        self.dataset_name = dataset_name
        self.title = title  # for the PDF's metadata
        self.printed = printed
        self.page_count = 0

    # --- geometry ------------------------------------------------------------------------
    def _area(self, device: QPagedPaintDevice) -> QRectF:
        """The rectangle to paint in, in the painter's coordinates (device pixels)."""
        dpi = float(device.logicalDpiY())
        rect = QRectF(0, 0, device.width(), device.height())
        layout: QPageLayout = device.pageLayout()
        full_page = bool(getattr(device, "fullPage", lambda: False)())
        margins = QMarginsF(0, 0, 0, 0) if full_page else layout.margins(QPageLayout.Unit.Millimeter)

        def extra(mm: float) -> float:
            return max(0.0, MIN_MARGIN_MM - mm) / 25.4 * dpi

        return rect.adjusted(extra(margins.left()), extra(margins.top()), -extra(margins.right()),
                             -extra(margins.bottom()))

    def _fonts(self, dpi: float) -> tuple[QFont, QFont]:
        small = base_font()
        small.setPointSizeF(7.5)
        bold = QFont(small)
        bold.setBold(True)
        return small, bold

    # --- layout --------------------------------------------------------------------------
    def layout(self, device: QPagedPaintDevice) -> tuple[Built, QRectF, QRectF, QRectF]:
        """Build and paginate the document for *device*: (built, header, body, footer) rects."""
        area = self._area(device)
        dpi = float(device.logicalDpiY())
        small, _ = self._fonts(dpi)
        fm = QFontMetricsF(small, device)
        band = fm.height() + 1.2 * fm.height()  # a line of text, a rule and a gap
        header = QRectF(area.left(), area.top(), area.width(), band)
        footer = QRectF(area.left(), area.bottom() - band, area.width(), band)
        body = QRectF(area.left(), header.bottom(), area.width(), footer.top() - header.bottom())

        def build(breaks: frozenset, paginate: bool = True) -> Built:
            height = body.height() if paginate else 1e7
            ctx = Context(device, body.width(), height, base_font(), breaks, dpi)
            built = self.builder(ctx)
            built.breaks = breaks
            doc = built.document
            doc.setPageSize(QSizeF(body.width(), height))
            doc.documentLayout()  # lay out now
            return built

        unpaged = build(frozenset(), paginate=False)
        natural = _natural_heights(unpaged)
        plan = _Planner(unpaged, body.height(), dpi)
        breaks = plan.predict(0, None)
        built = build(frozenset(breaks))
        settled: set = set()
        for _ in range(MAX_PASSES):
            fix = _first_fix(built, body.height(), natural, settled)
            if fix is None:
                break
            settled.add(fix.key)  # decided: never removed (again)
            breaks = plan.revise(breaks, fix)
            built = build(frozenset(breaks))
        return built, header, body, footer

    # --- painting ------------------------------------------------------------------------
    def paint(self, device: QPagedPaintDevice) -> int:
        """Lay out for *device*, paint every page (or the printer's chosen range); page count."""
        built, header, body, footer = self.layout(device)
        doc = built.document
        pages = max(1, doc.pageCount())
        self.page_count = pages
        first, last = 1, pages
        from_page = getattr(device, "fromPage", None)
        if callable(from_page) and device.fromPage() > 0:
            first = max(1, device.fromPage())
            last = min(pages, device.toPage() or pages)
        painter = QPainter()
        if not painter.begin(device):
            raise ExportError(QCoreApplication.translate("Report", "Could not start printing: the printer or file is not available."))
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            palette = print_palette()
            for n, page in enumerate(range(first, last + 1)):
                if n and not device.newPage():
                    raise ExportError(QCoreApplication.translate("Report", "Could not start a new page."))
                self._paint_page(painter, doc, page, pages, header, body, footer, palette)
        except BaseException:
            painter.end()
            raise
        if not painter.end():
            raise ExportError(QCoreApplication.translate("Report", "Could not finish writing the pages."))
        return pages

    def _paint_page(self, painter: QPainter, doc: QTextDocument, page: int, pages: int,
                    header: QRectF, body: QRectF, footer: QRectF, palette: QPalette) -> None:
        height = body.height()
        painter.save()
        painter.translate(body.left(), body.top() - (page - 1) * height)
        clip = QRectF(0, (page - 1) * height, body.width(), height)
        painter.setClipRect(clip)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.clip = clip
        ctx.palette = palette
        doc.documentLayout().draw(painter, ctx)
        painter.restore()
        self._paint_furniture(painter, page, pages, header, footer)

    def _paint_furniture(self, painter: QPainter, page: int, pages: int, header: QRectF, footer: QRectF) -> None:
        device = painter.device()
        dpi = float(device.logicalDpiY())
        small, bold = self._fonts(dpi)
        grey = QColor("#555555")
        rule = QPen(QColor("#999999"))
        rule.setWidthF(0.5 * dpi / 72.0)
        painter.save()
        fm = QFontMetricsF(small, device)
        line = fm.height()
        # header: product and dataset on the left, what this is on the right
        top = QRectF(header.left(), header.top(), header.width(), line)
        painter.setPen(QColor("#000000"))
        painter.setFont(bold)
        bfm = QFontMetricsF(bold, device)
        product = PRODUCT
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, product)
        x = bfm.horizontalAdvance(product + "  ")
        right_text = self.heading
        right_w = fm.horizontalAdvance(right_text) + fm.horizontalAdvance("  ")
        dataset = QCoreApplication.translate("Report", "Dataset: {0}").format(" ".join(self.dataset_name.split()))
        dataset = fm.elidedText(dataset, Qt.TextElideMode.ElideMiddle, max(0.0, top.width() - x - right_w))
        painter.setFont(small)
        painter.setPen(grey)
        painter.drawText(QRectF(top.left() + x, top.top(), top.width() - x, line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, dataset)
        painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right_text)
        painter.setPen(rule)
        y = top.bottom() + 0.35 * line
        painter.drawLine(QPointF(header.left(), y), QPointF(header.right(), y))
        # footer: date printed on the left, page N of M on the right
        bottom = QRectF(footer.left(), footer.bottom() - line, footer.width(), line)
        y = bottom.top() - 0.35 * line
        painter.drawLine(QPointF(footer.left(), y), QPointF(footer.right(), y))
        painter.setPen(grey)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QCoreApplication.translate("Report", "Printed {0}").format(printed_date(self.printed)))
        painter.setPen(QColor("#000000"))
        painter.drawText(bottom, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         QCoreApplication.translate("Report", "page {0} of {1}").format(page, pages))
        painter.restore()


# --- keeping units together -------------------------------------------------------------
def _block_span(built: Built, number: int) -> tuple[float, float]:
    """Top of the block's first line and bottom of its last, in document coordinates.

    ``blockBoundingRect`` does not follow the lines Qt moves onto the next page, so the
    lines' own positions are added to the block's origin."""
    doc = built.document
    block = doc.findBlockByNumber(number)
    rect = doc.documentLayout().blockBoundingRect(block)
    layout = block.layout()
    n = layout.lineCount()
    if n == 0:
        return rect.top(), rect.bottom()
    first, last = layout.lineAt(0), layout.lineAt(n - 1)
    origin = rect.top()  # where the block's layout is placed; line positions are relative to it
    return origin + first.y(), origin + last.y() + last.height()


def _extent(built: Built, rng: tuple[int, int]) -> tuple[float, float]:
    return _block_span(built, rng[0])[0], _block_span(built, rng[1])[1]


def _row_extent(built: Built, unit: Unit) -> tuple[float, float]:
    spans = [_extent(built, r) for r in unit.ranges]
    return min(s[0] for s in spans), max(s[1] for s in spans)


def _natural_heights(built: Built) -> dict[tuple, float]:
    """How tall each row is when nothing pushes it onto another page."""
    out = {}
    for unit in built.units:
        if unit.kind == "row":
            top, bottom = _row_extent(built, unit)
            out[unit.key] = bottom - top
    return out


@dataclass
class Fix:
    action: str  # "add" or "remove"
    key: tuple
    top: float = 0.0  # where the unit is now
    before: float = 0.0  # where the row before it ends


class _Planner:
    """Predicts where rows must start a new page from the unpaginated layout (row heights),
    and predicts again after each correction from where the corrected row really is — so the
    check-and-fix passes have little left to do even on long documents."""

    def __init__(self, unpaged: Built, page_height: float, dpi: float) -> None:
        rows = [u for u in unpaged.units if u.kind == "row"]
        headers = [u for u in unpaged.units if u.kind == "header"]
        self.page = page_height
        self.usable = page_height * 0.92
        self.keys = [u.key for u in rows]
        self.index = {k: i for i, k in enumerate(self.keys)}
        self.breakable = [u.breakable for u in rows]
        spans = [_row_extent(unpaged, u) for u in rows]
        self.start = spans[0][0] if spans else 0.0
        self.height = [b - t for t, b in spans]
        self.advance = [spans[i + 1][0] - spans[i][0] for i in range(len(spans) - 1)]
        self.advance.append(self.height[-1] if spans else 0.0)
        self.restart = 0.0
        if rows and headers:
            header_top = min(_extent(unpaged, r)[0] for r in headers[0].ranges)
            # from a page's top to the first row under a repeated table header: the table's
            # top margin, border and padding (8 + 1 + 4 CSS px) and the header row itself
            self.restart = (spans[0][0] - header_top) + 13 * dpi / 96.0

    def predict(self, first: int, y: float | None) -> set:
        """Breaks for rows from index *first* on, the row *first* starting at *y*."""
        out = set()
        y = self.start if y is None else y
        for i in range(first, len(self.keys)):
            page = int(y // self.page)
            h = self.height[i]
            if self.breakable[i] and y + h > (page + 1) * self.page - 1 and h <= self.usable:
                y = (page + 1) * self.page + self.restart
                out.add(self.keys[i])
            y += self.advance[i]
        return out

    def revise(self, breaks: set, fix: Fix) -> set:
        """The breaks after *fix*: those before it kept, those after it predicted anew."""
        k = self.index.get(fix.key)
        if k is None or fix.action == "add" and fix.top <= 0:
            return (breaks | {fix.key}) if fix.action == "add" else (breaks - {fix.key})
        kept = {b for b in breaks if b not in self.index or self.index[b] < k}
        if fix.action == "add":
            y = (int(fix.top // self.page) + 1) * self.page + self.restart
            return kept | {fix.key} | self.predict(k + 1, y + self.advance[k])
        gap = self.advance[k - 1] - self.height[k - 1] if k > 0 else 0.0
        return kept | self.predict(k + 1, fix.before + gap + self.advance[k])


def _first_fix(built: Built, page_height: float, natural: dict[tuple, float],
               settled: set = frozenset()) -> Fix | None:
    """The first change the layout needs, in document order: ("add", key) to start a unit on
    a new page, ("remove", key) for a predicted break that turned out needless (unless it is
    among *settled*); or None.
    Everything before the unit returned is final, so each pass settles at least one unit."""
    eps = 0.5

    def page(y: float) -> int:
        return int(y // page_height)

    breaks = built.breaks
    usable = page_height * 0.92  # a page less the repeated header row
    previous: tuple[float, float] | None = None  # the extent of the row before
    for unit in built.units:
        if unit.kind == "heading":
            if unit.key in breaks or unit.follow is None:
                continue
            top, _ = _extent(built, unit.ranges[0])
            # keep the heading on the page where what follows it starts (its first block)
            ftop, fbottom = _extent(built, (unit.follow[0], unit.follow[0]))
            if page(top + eps) != page(ftop + eps) or page(ftop + eps) != page(fbottom - eps):
                return Fix("add", unit.key)
            continue
        if unit.kind != "row":
            continue
        top, bottom = _row_extent(built, unit)
        before, previous = previous, (top, bottom)
        if page(top + eps) != page(bottom - eps):  # the row straddles a page boundary
            if unit.key not in breaks and unit.breakable:
                if natural.get(unit.key, float("inf")) <= usable:
                    return Fix("add", unit.key, top)
                if (page(top + eps) + 1) * page_height - top < page_height * 0.3:
                    return Fix("add", unit.key, top)  # too tall for a page: at least start it on one
            continue
        if before is None:
            continue
        moved = page(before[0] + eps) != page(top + eps)
        if unit.key in breaks and unit.key not in settled and moved:
            # a predicted break: needless if the row would have fitted under the one before
            room = (page(before[1] - eps) + 1) * page_height - before[1]
            if bottom - top < room * 0.95:
                return Fix("remove", unit.key, top, before[1])
        elif unit.key not in breaks and unit.continues and moved:
            # a row Qt moved to the next page mid-group: restart the table there, so the
            # group's label is repeated ('… (continued)')
            return Fix("add", unit.key)
    return None
