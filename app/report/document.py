"""The printed documents, built from the query layer with QTextDocument and QTextCursor.

Every piece of text from the data goes in through ``QTextCursor.insertText`` with a
``QTextCharFormat``: nothing is ever parsed as HTML, so a title such as ``<b>x</b>`` or
``<img src=…>`` prints as those characters and loads nothing.

Lengths in formats (margins, padding, borders) are in CSS pixels (1/96 inch); Qt scales
them to the printer's resolution. Fonts are in points.
"""

from __future__ import annotations

import datetime as _dt
import re

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QPyTextObject,
    QTextTable,
    QTextTableFormat,
)

from app.dataset.cite import role_text, source_reference
from app.dataset.model import Dataset
from app.dataset.query import Comparison, Evidence, Filter, Query, describe_filter

from . import wording
from .mapdraw import MapSpec, paint_maps
from .paging import Built, Context, PrintJob, Unit

MAP_OBJECT = QTextFormat.ObjectTypes.UserObject + 1

BLACK = QColor("#000000")
GREY = QColor("#555555")
LIGHT_GREY = QColor("#777777")
HEADER_FILL = QColor("#E6E6E6")
THEME_FILL = QColor("#F5F5F5")
RULE = QColor("#8C8C8C")
STATUS_COLOURS = {"both": QColor("#1B5E20"), "left": QColor("#8A4B00"), "right": QColor("#0D47A1")}

_BREAKS = re.compile(r"[ \t]*(?:\r\n|\r|\n|\u2028|\u2029)[ \t]*")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(text) -> str:
    """Data text for print: line breaks become spaces, control characters go. Literal otherwise."""
    if text is None:
        return ""
    text = str(text)
    text = _BREAKS.sub(" ", text)
    return _CONTROLS.sub(" ", text)


# --- formats ---------------------------------------------------------------------------
class Styles:
    """Character and block formats at print sizes (points; CSS pixels for spacing)."""

    def __init__(self, base: QFont) -> None:
        self.base = base

    def char(self, size: float | None = None, *, bold: bool = False, italic: bool = False,
             colour: QColor = BLACK) -> QTextCharFormat:
        fmt = QTextCharFormat()
        font = QFont(self.base)
        if size is not None:
            font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        fmt.setFont(font)
        fmt.setForeground(QBrush(colour))
        return fmt

    @staticmethod
    def block(top: float = 0.0, bottom: float = 0.0, *, left: float = 0.0,
              align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft, line: float = 100.0) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(top)
        fmt.setBottomMargin(bottom)
        fmt.setLeftMargin(left)
        fmt.setAlignment(align)
        if line != 100.0:
            fmt.setLineHeight(line, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        return fmt


class Writer:
    """Appends paragraphs to a document and remembers block numbers for the pager."""

    def __init__(self, doc: QTextDocument, styles: Styles) -> None:
        self.doc = doc
        self.s = styles
        self.cursor = QTextCursor(doc)
        self._fresh = True  # the document's first, empty block is still unused

    def para(self, runs, block: QTextBlockFormat | None = None) -> int:
        """Add a paragraph of (text, format) runs; returns its block number."""
        block = block or self.s.block()
        c = self.cursor
        c.movePosition(QTextCursor.MoveOperation.End)
        if self._fresh:
            c.setBlockFormat(block)
            self._fresh = False
        else:
            c.insertBlock(block, runs[0][1] if runs else self.s.char())
        for text, fmt in runs:
            c.insertText(clean(text), fmt)
        return c.block().blockNumber()

    def table(self, rows: int, columns: int, fmt: QTextTableFormat) -> QTextTable:
        c = self.cursor
        c.movePosition(QTextCursor.MoveOperation.End)
        if self._fresh:
            self._fresh = False
        table = c.insertTable(rows, columns, fmt)
        c.movePosition(QTextCursor.MoveOperation.End)
        return table


def cell_para(table: QTextTable, row: int, column: int, runs, block: QTextBlockFormat, first: bool) -> int:
    """Add a paragraph to a table cell; *first* fills the cell's existing empty block."""
    cell = table.cellAt(row, column)
    c = cell.lastCursorPosition()
    if first:
        # (no setBlockCharFormat here: the cell's own format lives on that same position)
        c.setBlockFormat(block)
    else:
        c.insertBlock(block, runs[0][1] if runs else QTextCharFormat())
    for text, fmt in runs:
        c.insertText(clean(text), fmt)
    return c.block().blockNumber()


def table_format(widths: list[float], *, header_rows: int, new_page: bool) -> QTextTableFormat:
    fmt = QTextTableFormat()
    fmt.setHeaderRowCount(header_rows)
    fmt.setBorderCollapse(True)
    fmt.setBorder(1.0)  # CSS px: 0.75 pt on paper (thinner borders vanish in collapse mode)
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    fmt.setBorderBrush(QBrush(RULE))
    fmt.setCellSpacing(0)
    fmt.setCellPadding(4)
    fmt.setTopMargin(8)
    fmt.setBottomMargin(4)
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    fmt.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, w) for w in widths])
    if new_page:
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    return fmt


def fill_cell(table: QTextTable, row: int, column: int, colour: QColor, *, padding: float | None = None) -> None:
    cell = table.cellAt(row, column)
    fmt = cell.format().toTableCellFormat()
    fmt.setBackground(QBrush(colour))
    if padding is not None:
        fmt.setPadding(padding)
    cell.setFormat(fmt)


def _new_document(ctx: Context) -> QTextDocument:
    """An empty document. Its layout is created only by :func:`_finish`, after the content is
    in: a paginated layout would otherwise lay the whole document out again on every insert."""
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(ctx.base_font)
    return doc


def _finish(doc: QTextDocument, ctx: Context, handlers=()) -> None:
    """Lay the finished document out for the printer: its fonts, resolution and page size."""
    layout = doc.documentLayout()
    layout.setPaintDevice(ctx.device)
    for object_type, handler in handlers:
        layout.registerHandler(object_type, handler)
    doc.setPageSize(QSizeF(ctx.width, ctx.body_height))


def _event_title(ds: Dataset, event_id: str | None) -> str:
    if event_id is None or event_id not in ds.event_row:
        return QCoreApplication.translate("Report", "(no event chosen)")
    return str(ds.events.at[ds.event_row[event_id], "title"])


def _preamble(w: Writer, ds: Dataset, f: Filter, left: str | None, right: str | None, title: str,
              names: tuple[str, str]) -> None:
    s = w.s
    w.para([(title, s.char(13, bold=True))], s.block(0, 4, line=108))
    for event_id, name in ((left, names[0]), (right, names[1])):
        if event_id is None or event_id not in ds.event_row:
            continue
        w.para([(wording.capitalised(name) + ":  ", s.char(10, bold=True, colour=GREY)),
                (_event_title(ds, event_id), s.char(10, bold=True))], s.block(6, 0))
        w.para([(" · ".join(wording.event_line(ds, event_id)), s.char(8.5, colour=GREY))], s.block(1, 0))
    if f.is_empty:
        runs = [(describe_filter(ds, f), s.char(9))]
    else:
        runs = [(QCoreApplication.translate("Report", "Filters: "), s.char(9, bold=True)), (describe_filter(ds, f), s.char(9))]
    w.para(runs, s.block(10, 0))


# --- the comparison ----------------------------------------------------------------------
def build_comparison(ctx: Context, ds: Dataset, f: Filter, left: str | None, right: str | None,
                     cmp: Comparison | None = None) -> Built:
    doc = _new_document(ctx)
    s = Styles(ctx.base_font)
    w = Writer(doc, s)
    q = Query(ds)
    cmp = cmp if cmp is not None else q.compare(f, left, right)
    names = wording.event_names(ds, left, right)
    title = QCoreApplication.translate("Report", "Comparison: {0} and {1}").format(_event_title(ds, left), _event_title(ds, right))
    _preamble(w, ds, f, left, right, title, names)
    w.para([(QCoreApplication.translate("Report", "Summary: "), s.char(9, bold=True)), (q.comparison_summary(cmp), s.char(9))], s.block(3, 0))
    phrase = wording.council_phrase(ds, f.councils) if f.councils else ""
    if cmp.council_mode:
        w.para([(QCoreApplication.translate("Report", "With a council filter, each cell lists the passages that name {0}, and the references "
                     "to all councils together, which apply to every council.").format(phrase),
                 s.char(8.5, italic=True, colour=GREY))], s.block(3, 0))

    units: list[Unit] = []
    headings = (
        QCoreApplication.translate("Report", "Theme"),
        wording.column_heading(ds, left, names[0]),
        wording.column_heading(ds, right, names[1]),
    )
    if not cmp.rows:
        nothing = (QCoreApplication.translate("Report", "Neither document has coded passages: there is nothing to compare.") if f.is_empty
                   else QCoreApplication.translate("Report", "Nothing matches these filters: no theme has passages in either document."))
        w.para([(nothing, s.char(10, italic=True))], s.block(12, 0))
        _finish(doc, ctx)
        return Built(doc, units)

    # One table row per pair of passages (left j beside right j), grouped by theme: rows
    # stay short, so pages break between passages and never inside a quote.
    lines: list[tuple[int, int, object, object]] = []  # (theme row, j, left, right)
    for i, row in enumerate(cmp.rows):
        lefts = list(row.left.items) or [row.left]  # a Cell stands for its silence
        rights = list(row.right.items) or [row.right]
        for j in range(max(len(lefts), len(rights))):
            lines.append((i, j, lefts[j] if j < len(lefts) else None, rights[j] if j < len(rights) else None))
    group_size = {}
    for i, _, _, _ in lines:
        group_size[i] = group_size.get(i, 0) + 1

    # split the table where the pager asked a row to start a new page
    segments: list[list[int]] = []
    for n in range(len(lines)):
        if not segments or ("row", n) in ctx.breaks:
            segments.append([])
        segments[-1].append(n)

    theme_index = {t: i for i, t in enumerate(ds.themes["theme_id"])}
    for seg_no, segment in enumerate(segments):
        table = w.table(len(segment) + 1, 3, table_format([22, 39, 39], header_rows=1, new_page=seg_no > 0))
        header = []
        for c, text in enumerate(headings):
            fill_cell(table, 0, c, HEADER_FILL)
            k = cell_para(table, 0, c, [(text, s.char(9, bold=True))], s.block(), first=True)
            header.append((k, k))
        units.append(Unit(("header", seg_no), "header", header))
        # the theme cell spans its passages' rows, so a long description does not push them apart
        run_start: dict[int, int] = {}
        for r, n in enumerate(segment, start=1):
            run_start.setdefault(lines[n][0], r)
        for i, r0 in run_start.items():
            length = sum(1 for n in segment if lines[n][0] == i)
            if length > 1:
                table.mergeCells(r0, 0, length, 1)
        for r, n in enumerate(segment, start=1):
            i, j, left_slot, right_slot = lines[n]
            row = cmp.rows[i]
            opens = j == 0 or r == 1  # a line above: a new theme, or the top of a page
            closes = j == group_size[i] - 1 or r == len(segment)
            first_of_run = run_start[i] == r
            if first_of_run:
                _rule_cell(table, r, 0, top=True, bottom=True, fill=THEME_FILL)
            for c in (1, 2):
                _rule_cell(table, r, c, top=opens, bottom=closes, fill=None)
            ranges = []
            # the theme, its status and what the theme covers; '(continued)' atop a page
            if first_of_run and j == 0:
                colour = _theme_colour(theme_index.get(row.theme_id, -1))
                a = cell_para(table, r, 0, [("■ ", s.char(9.5, bold=True, colour=colour)),
                                           (row.label, s.char(9.5, bold=True))], s.block(), first=True)
                b = cell_para(table, r, 0, [(wording.status_text(row.status, names),
                                             s.char(8, bold=True, colour=STATUS_COLOURS.get(row.status, GREY)))],
                              s.block(3, 0), first=False)
                if row.description:
                    b = cell_para(table, r, 0, [(row.description, s.char(7.5, colour=GREY))], s.block(3, 0),
                                  first=False)
            elif first_of_run:  # the top of a new page, in the middle of a theme
                a = b = cell_para(table, r, 0, [(QCoreApplication.translate("Report", "{0} (continued)").format(row.label),
                                                 s.char(8, italic=True, colour=GREY))], s.block(), first=True)
            if first_of_run:
                ranges.append((a, b))
            for c, slot in ((1, left_slot), (2, right_slot)):
                if slot is None:
                    k = table.cellAt(r, c).firstCursorPosition().block().blockNumber()
                    ranges.append((k, k))
                elif isinstance(slot, Evidence):
                    ranges.append(_evidence(table, r, c, ds, slot, s))
                else:
                    k = cell_para(table, r, c, [(wording.silence_text(ds, slot, phrase),
                                                 s.char(8.5, italic=True, colour=GREY))], s.block(), first=True)
                    ranges.append((k, k))
            units.append(Unit(("row", n), "row", ranges, breakable=n > 0, continues=j > 0 and r > 1))
    _finish(doc, ctx)
    return Built(doc, units)


def _rule_cell(table: QTextTable, row: int, column: int, *, top: bool, bottom: bool,
               fill: QColor | None) -> None:
    """Rules between themes, none between the passages of one theme."""
    cell = table.cellAt(row, column)
    fmt = cell.format().toTableCellFormat()
    fmt.setBorder(1.0)  # all four sides first: a cell border replaces the table's grid
    fmt.setBorderBrush(QBrush(RULE))
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    fmt.setTopBorder(1.0 if top else 0.0)
    fmt.setBottomBorder(1.0 if bottom else 0.0)
    if not top:
        fmt.setTopPadding(5)
    if not bottom:
        fmt.setBottomPadding(4)
    if fill is not None:
        fmt.setBackground(QBrush(fill))
    cell.setFormat(fmt)


def _theme_colour(index: int) -> QColor:
    from app.ui.palette import theme_colour

    return theme_colour(index)


def _evidence(table: QTextTable, r: int, c: int, ds: Dataset, ev: Evidence, s: Styles) -> tuple[int, int]:
    """One passage in a cell: its position (or role and note), the quote, its source."""
    if ev.kind == "mention":
        runs = [(role_text(ds, ev), s.char(8, bold=True, colour=GREY))]
        if ev.text:
            runs.append((" — " + ev.text, s.char(9)))
    else:
        runs = [(ev.text, s.char(9, bold=True))]
    start = cell_para(table, r, c, runs, s.block(), first=True)
    cell_para(table, r, c, [(QCoreApplication.translate("Report", "“{0}”").format(clean(ev.quote)), s.char(9))], s.block(2, 0, left=6), first=False)
    end = cell_para(table, r, c, [(source_reference(ds, ev), s.char(7, colour=LIGHT_GREY))],
                    s.block(1, 0, left=6), first=False)
    return start, end


# --- the councils --------------------------------------------------------------------------
class MapObject(QPyTextObject):
    """The tile maps as an inline object: drawn with QPainter straight onto the page, so
    they are vector graphics in a PDF and crisp at any printer resolution. (QPyTextObject is
    PySide's QObject + QTextObjectInterface that ``registerHandler`` accepts.)"""

    def __init__(self, spec: MapSpec, size: QSizeF) -> None:
        super().__init__()
        self.spec = spec
        self.size = size

    def intrinsicSize(self, doc, pos_in_document, fmt) -> QSizeF:  # noqa: N802 (Qt's name)
        return self.size

    def drawObject(self, painter: QPainter, rect: QRectF, doc, pos_in_document, fmt) -> None:  # noqa: N802
        painter.save()
        try:
            paint_maps(painter, QRectF(rect), self.spec)
        finally:
            painter.restore()


def build_councils(ctx: Context, ds: Dataset, f: Filter, left: str | None, right: str | None) -> Built:
    doc = _new_document(ctx)
    s = Styles(ctx.base_font)
    w = Writer(doc, s)
    q = Query(ds)
    names = wording.event_names(ds, left, right)
    events = [e for e in (left, right) if e is not None and e in ds.event_row]
    labels = {e: (names[0] if e == left else names[1]) for e in events}
    title = QCoreApplication.translate("Report", "Councils: {0} and {1}").format(_event_title(ds, left), _event_title(ds, right))
    _preamble(w, ds, f, left, right, title, names)
    counts = q.council_counts(f, events)
    units: list[Unit] = []

    # the table: both names, the code, and per event the mentions and the rate
    columns = 3 + 2 * len(events)
    widths = [20, 20, 12] + [48 / (2 * max(1, len(events)))] * (2 * len(events))
    if not events:
        widths = [40, 40, 20]
    table = w.table(len(counts) + 2, columns, table_format(widths, header_rows=2, new_page=False))
    right_align = s.block(align=Qt.AlignmentFlag.AlignRight)
    table.mergeCells(0, 0, 1, 3)
    for c in range(columns):
        fill_cell(table, 0, c, HEADER_FILL)
        fill_cell(table, 1, c, HEADER_FILL)
    cell_para(table, 0, 0, [(QCoreApplication.translate("Report", "Council"), s.char(9, bold=True))], s.block(), first=True)
    sub = [QCoreApplication.translate("Report", "English name"), QCoreApplication.translate("Report", "Welsh name"), QCoreApplication.translate("Report", "Code")]
    for k, e in enumerate(events):
        col = 3 + 2 * k
        table.mergeCells(0, col, 1, 2)
        centre = s.block(align=Qt.AlignmentFlag.AlignHCenter)
        cell_para(table, 0, col, [(wording.capitalised(labels[e]), s.char(9, bold=True))], centre, first=True)
        if ds.event_date_text(e) != labels[e]:
            cell_para(table, 0, col, [(ds.event_date_text(e), s.char(8))], centre, first=False)
        sub += [QCoreApplication.translate("Report", "Mentions"), QCoreApplication.translate("Report", "Per 1,000 words")]
    for c, text in enumerate(sub):
        align = right_align if c >= 3 else s.block()
        cell_para(table, 1, c, [(text, s.char(8, bold=True))], align, first=True)
    for r, rec in enumerate(counts.to_dict("records"), start=2):
        cell_para(table, r, 0, [(rec["name_en"], s.char(9))], s.block(), first=True)
        cell_para(table, r, 1, [(rec["name_cy"], s.char(9))], s.block(), first=True)
        cell_para(table, r, 2, [(rec["council_id"], s.char(8, colour=GREY))], s.block(), first=True)
        for k, e in enumerate(events):
            n = int(rec[f"count:{e}"])
            fmt = s.char(9, bold=True) if n else s.char(9, colour=LIGHT_GREY)
            cell_para(table, r, 3 + 2 * k, [(str(n), fmt)], right_align, first=True)
            rate_fmt = s.char(9) if n else s.char(9, colour=LIGHT_GREY)
            cell_para(table, r, 4 + 2 * k, [(wording.format_rate(rec[f"rate:{e}"]), rate_fmt)], right_align,
                      first=True)

    # collective references
    collective = q.collective_counts(f, events)
    parts = [QCoreApplication.translate("Report", "{0} in {1}").format(collective[e], labels[e]) for e in events]
    w.para([(QCoreApplication.translate("Report", "References to all councils together: "), s.char(9, bold=True)),
            (QCoreApplication.translate("Report", "{0}. They apply to every council and are not counted in the table.").format(", ".join(parts))
             if parts else QCoreApplication.translate("Report", "none."), s.char(9))], s.block(10, 0))

    # the councils neither document names: a finding
    filtered_text = bool(f.themes or f.needle or f.events)
    unnamed = [rec for rec in counts.to_dict("records")
               if all(int(rec[f"count:{e}"]) == 0 for e in events)]
    if len(events) == 1:
        heading = (QCoreApplication.translate("Report", "Councils the document does not name under these filters") if filtered_text
                   else QCoreApplication.translate("Report", "Councils the document does not name"))
    else:
        heading = (QCoreApplication.translate("Report", "Councils neither document names under these filters") if filtered_text
                   else QCoreApplication.translate("Report", "Councils neither document names"))
    h = w.para([(heading, s.char(11, bold=True))], s.block(14, 0))
    if unnamed:
        listing = ", ".join(
            rec["name_en"] if rec["name_en"] == rec["name_cy"] else f"{rec['name_en']} ({rec['name_cy']})"
            for rec in unnamed
        )
        lead = (QCoreApplication.translate("Report", "{0} of the {1} councils shown are not named in it: ") if len(events) == 1
                else QCoreApplication.translate("Report", "{0} of the {1} councils shown are named in neither document: ")).format(
            len(unnamed), len(counts))
        n = w.para([(lead, s.char(9, bold=True)), (listing + ".", s.char(9))], s.block(3, 0))
    else:
        every = (QCoreApplication.translate("Report", "Every council shown is named in it.") if len(events) == 1
                 else QCoreApplication.translate("Report", "Every council shown is named in at least one of the documents."))
        n = w.para([(every, s.char(9))],
                   s.block(3, 0))
    units.append(Unit(("heading", "unnamed"), "heading", [(h, h)], follow=(n, n)))

    # the tile maps, one per event, with their legend
    brk = ("heading", "map") in ctx.breaks
    head_fmt = s.block(14, 0)
    if brk:
        head_fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    h = w.para([(QCoreApplication.translate("Report", "Map: mentions naming each council"), s.char(11, bold=True))], head_fmt)
    spec = MapSpec.build(ds, counts, events, {e: wording.column_heading(ds, e, labels[e]) for e in events},
                         ctx.base_font, ctx.device)
    width = ctx.width
    height = spec.height_for(width, ctx.body_height * 0.62, ctx.dpi)
    handler = MapObject(spec, QSizeF(width, height))
    fmt = QTextCharFormat()
    fmt.setObjectType(MAP_OBJECT)
    m = w.para([("\ufffc", fmt)], s.block(6, 0))
    units.append(Unit(("heading", "map"), "heading", [(h, h)], follow=(m, m)))
    w.para([(QCoreApplication.translate("Report", "Darker tiles: more mentions naming the council as the subject or the venue. The table above "
                 "gives the same numbers; references to all councils together are not shown on the map."),
             s.char(8, italic=True, colour=GREY))], s.block(4, 0))
    _finish(doc, ctx, [(MAP_OBJECT, handler)])
    return Built(doc, units, keep=[handler, spec])


# --- print jobs ------------------------------------------------------------------------------
def comparison_job(ds: Dataset, f: Filter, left: str | None, right: str | None, *,
                   printed: _dt.date | None = None) -> PrintJob:
    cmp = Query(ds).compare(f, left, right)
    return PrintJob(
        lambda ctx: build_comparison(ctx, ds, f, left, right, cmp),
        heading=QCoreApplication.translate("Report", "Comparison"),
        dataset_name=ds.display_name,
        title=QCoreApplication.translate("Report", "Comparison: {0} and {1}").format(_event_title(ds, left), _event_title(ds, right)),
        printed=printed,
    )


def councils_job(ds: Dataset, f: Filter, left: str | None, right: str | None, *,
                 printed: _dt.date | None = None) -> PrintJob:
    return PrintJob(
        lambda ctx: build_councils(ctx, ds, f, left, right),
        heading=QCoreApplication.translate("Report", "Councils"),
        dataset_name=ds.display_name,
        title=QCoreApplication.translate("Report", "Councils: {0} and {1}").format(_event_title(ds, left), _event_title(ds, right)),
        printed=printed,
    )
