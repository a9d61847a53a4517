"""The Councils view: table, tile map, mentions and findings over the bundled data."""

import csv
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel

from app.dataset import load_dataset
from app.dataset.query import Filter
from app.ui.councils import CouncilsView
from app.ui.models import ROW_ROLE, SORT_ROLE
from app.ui.palette import count_classes, count_colour
from app.ui.tilemap import (
    TileMapWidget,
    abbreviations,
    legend_entries,
    legend_size,
    paint_legend,
    paint_tile_map,
    paper_palette,
    tile_geometry,
    tiles_from_frame,
)

REPORT, SPEECH = "inspection-report-2005", "conference-speech-2009"
CARDIFF, ANGLESEY, TORFAEN = "W06000015", "W06000001", "W06000020"
BLAENAU_GWENT, VALE, RCT = "W06000019", "W06000014", "W06000016"
DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture
def view(qtbot, app_state):
    v = CouncilsView(app_state)
    qtbot.addWidget(v)
    v.resize(1400, 900)
    v.show()
    qtbot.waitExposed(v)
    return v


def table_rows(v: CouncilsView) -> list[dict]:
    m = v.table_model()
    return [m.index(r, 0).data(ROW_ROLE) for r in range(m.rowCount())]


def row_of(v: CouncilsView, council_id: str) -> dict:
    return next(r for r in table_rows(v) if r["council_id"] == council_id)


def mention_rows(v: CouncilsView) -> list[dict]:
    m = v.mentions_model()
    return [m.index(r, 0).data(ROW_ROLE) for r in range(m.rowCount())]


def column_of(model, title_part: str, occurrence: int = 0) -> int:
    hits = [c for c in range(model.columnCount())
            if title_part in str(model.headerData(c, Qt.Orientation.Horizontal))]
    return hits[occurrence]


def selected_table_council(v: CouncilsView) -> str | None:
    rows = v.table_view().selectionModel().selectedRows()
    return rows[0].data(ROW_ROLE)["council_id"] if rows else None


# --- the table ---------------------------------------------------------------------------
def test_one_row_per_council(view):
    assert view.table_model().rowCount() == 22
    headers = [view.table_model().headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers[:3] == ["English name", "Welsh name", "Code"]
    assert headers[3].startswith("Report") and "c. Jan 2005" in headers[3] and "mentions" in headers[3]
    assert headers[5].startswith("Speech") and "2009" in headers[5]


def test_cardiff_counts_and_rate(view, bundled_dataset):
    row = row_of(view, CARDIFF)
    assert row["name_cy"] == "Caerdydd"
    assert row[f"count:{REPORT}"] == 3
    assert row[f"count:{SPEECH}"] == 0
    words = bundled_dataset.word_count(REPORT)
    assert row[f"rate:{REPORT}"] == pytest.approx(3 * 1000 / words)
    m = view.table_model()
    r = next(i for i in range(m.rowCount()) if m.index(i, 0).data(ROW_ROLE)["council_id"] == CARDIFF)
    rate_col = column_of(m, "per 1,000")
    assert m.index(r, rate_col).data() == f"{3 * 1000 / words:.2f}"


def test_sorting_by_count_is_numeric(view):
    m = view.table_model()
    col = column_of(m, "mentions")
    assert isinstance(m.index(0, col).data(SORT_ROLE), int)
    view.table_view().sortByColumn(col, Qt.SortOrder.DescendingOrder)
    counts = [m.index(r, col).data(SORT_ROLE) for r in range(m.rowCount())]
    assert counts == sorted(counts, reverse=True)
    assert m.index(0, 0).data() == "Cardiff"
    assert m.index(1, 0).data() == "Blaenau Gwent"


def test_collective_line(view):
    assert view.collective_text().startswith("References to all 22 councils: 10 in the report, 6 in the speech")


# --- mentions and findings -----------------------------------------------------------------
def test_cardiff_mentions_include_collective_ones_marked(view):
    view.select_council(CARDIFF)
    rows = mention_rows(view)
    own = [r for r in rows if not r["collective"]]
    collective = [r for r in rows if r["collective"]]
    assert len(own) == 3
    assert sorted(r["role"] for r in own) == ["subject", "subject", "venue"]
    assert {r["council_label"] for r in own} == {"Cardiff"}
    assert len(collective) == 16
    assert {r["council_label"] for r in collective} == {"All councils (collective)"}
    m = view.mentions_model()
    council_col = column_of(m, "Council")
    shown = {m.index(i, council_col).data() for i in range(m.rowCount())}
    assert "All councils (collective)" in shown
    assert "The report names Cardiff 3 times; the speech does not name it." in view.finding_text()


def test_council_neither_document_names_is_a_finding(view):
    view.select_council(ANGLESEY)
    text = view.finding_text()
    assert text.startswith("Neither document names Isle of Anglesey.")
    assert "Only the collective references below apply to it." in text
    rows = mention_rows(view)
    assert rows and all(r["collective"] for r in rows)
    assert len(rows) == 16


def test_no_selection_lists_every_mention(view, app_state):
    view.select_council(None)
    rows = mention_rows(view)
    assert len([r for r in rows if r["collective"]]) == 16
    assert len([r for r in rows if not r["collective"]]) == 8
    assert not rows[0]["collective"] and rows[-1]["collective"]  # named ones first
    assert "Select a council" in view.finding_text()
    assert "8 mentions naming a council, then 16 references to all councils together" in view.finding_text()
    app_state.set_filter(Filter(themes=frozenset({"named-councils"})))
    assert sorted(r["mention_id"] for r in mention_rows(view)) == ["rm01", "rm02", "rm03", "rm06", "rm07"]


# --- filters -------------------------------------------------------------------------------
def test_council_filter_restricts_rows_and_dims_tiles(view, app_state):
    app_state.set_filter(Filter(councils=frozenset({CARDIFF, TORFAEN})))
    assert sorted(r["council_id"] for r in table_rows(view)) == [CARDIFF, TORFAEN]
    dimmed = view.map_widget().dimmed()
    assert len(dimmed) == 20 and CARDIFF not in dimmed and ANGLESEY in dimmed
    rows = mention_rows(view)
    assert {r["council_id"] for r in rows if not r["collective"]} == {CARDIFF, TORFAEN}
    app_state.set_filter(Filter(councils=frozenset({ANGLESEY})))
    assert view.selected_council() == ANGLESEY  # one council: selected for you
    assert view.finding_text().startswith("Neither document names Isle of Anglesey.")
    app_state.clear_filter()
    assert view.table_model().rowCount() == 22
    assert not view.map_widget().dimmed()


def test_theme_filter_changes_counts(view, app_state):
    app_state.set_filter(Filter(themes=frozenset({"named-councils"})))
    assert row_of(view, CARDIFF)[f"count:{REPORT}"] == 1
    assert row_of(view, BLAENAU_GWENT)[f"count:{REPORT}"] == 1
    assert view.map_values()[CARDIFF] == 1
    assert view.collective_text().startswith("References to all 22 councils: 0 in the report, 0 in the speech")
    view.select_council(CARDIFF)
    assert [r["mention_id"] for r in mention_rows(view)] == ["rm06"]
    view.select_council(ANGLESEY)
    assert view.finding_text().startswith("Under the current filters, neither document names Isle of Anglesey.")


def test_text_and_event_filters_narrow(view, app_state):
    app_state.set_filter(Filter(text="special monitoring"))
    assert row_of(view, CARDIFF)[f"count:{REPORT}"] == 2
    app_state.set_filter(Filter(events=frozenset({SPEECH})))
    assert row_of(view, CARDIFF)[f"count:{REPORT}"] == 0
    assert "leaves out the report" in view.collective_text()


def test_pair_change_changes_columns(view, app_state):
    app_state.set_pair(REPORT, "wlga-summit-2005")
    m = view.table_model()
    header = m.headerData(5, Qt.Orientation.Horizontal)
    assert header.startswith("Meeting")
    assert m.index(0, 6).data() == "–"  # no source text, so no rate
    app_state.set_pair(REPORT, SPEECH)
    assert m.headerData(5, Qt.Orientation.Horizontal).startswith("Speech")


def test_dataset_change_reloads(view, app_state, bundled_dataset):
    view.select_council(CARDIFF)
    app_state.set_dataset(bundled_dataset)
    assert view.table_model().rowCount() == 22
    assert view.selected_council() is None


# --- the map -------------------------------------------------------------------------------
def test_map_shows_selected_event_and_both(view, app_state):
    assert view.map_events() == [REPORT]
    assert view.map_widget().title() == "Mentions in the report (c. January 2005)"
    combo = view.map_combo()
    combo.setCurrentIndex(combo.findData("right"))
    assert view.map_events() == [SPEECH]
    assert set(view.map_values().values()) == {0}
    combo.setCurrentIndex(combo.findData("both"))
    assert view.map_events() == [REPORT, SPEECH]
    assert view.map_values()[CARDIFF] == 3


def _pixel_inside(image: QImage, rect: QRectF) -> QColor:
    # Near the top-left corner of the tile: clear of the label, the outline and the hatching
    # (which runs from bottom-left to top-right, so the very corner is free of it only in
    # filled tiles; 'not named' tiles are compared as "not this colour").
    p = rect.topLeft() + QPointF(rect.width() * 0.12, rect.height() * 0.12)
    return image.pixelColor(p.toPoint())


def test_painted_colours_follow_counts(qapp, bundled_dataset):
    tiles = tiles_from_frame(bundled_dataset.councils)
    values = {CARDIFF: 3, BLAENAU_GWENT: 2, TORFAEN: 1}
    classes = count_classes(3)
    image = QImage(600, 600, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    geometry = paint_tile_map(painter, QRectF(0, 0, 600, 600), tiles, values, classes, palette=paper_palette())
    painter.end()
    assert set(geometry) == set(bundled_dataset.councils["council_id"])
    cardiff = _pixel_inside(image, geometry[CARDIFF])
    torfaen = _pixel_inside(image, geometry[TORFAEN])
    anglesey = _pixel_inside(image, geometry[ANGLESEY])
    assert cardiff == count_colour(3, classes)
    assert torfaen == count_colour(1, classes)
    assert cardiff != torfaen
    scale = {count_colour(n, classes).name() for n in (1, 2, 3)}
    assert anglesey.name() not in scale


def test_widget_map_colours_and_legend(view):
    view.map_combo().setCurrentIndex(view.map_combo().findData("left"))
    m = view.map_widget()
    image = m.grab().toImage()
    classes = m.classes()
    assert _pixel_inside(image, m.tile_rect(CARDIFF)) == count_colour(3, classes)
    assert _pixel_inside(image, m.tile_rect(ANGLESEY)).name() != count_colour(3, classes).name()
    texts = [t for _, t in legend_entries(classes)]
    assert texts == ["1 mention", "2 mentions", "3 mentions", "Not named"]


def test_legend_paints_and_measures(qapp):
    classes = count_classes(9)
    assert [t for _, t in legend_entries(classes)][-1] == "Not named"
    assert "–" in legend_entries(classes)[-2][1]
    image = QImage(300, 300, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    used = paint_legend(painter, QRectF(10, 10, 280, 280), classes)
    size = legend_size(classes, device=image, font=painter.font())
    painter.end()
    assert used.width() > 0 and used.height() > 0
    assert abs(used.width() - size.width()) < 1
    assert any(image.pixelColor(x, y) != QColor("white")
               for x in range(10, 60) for y in range(10, int(used.bottom())))


def test_clicking_a_tile_selects_in_table(view, qtbot):
    m = view.map_widget()
    with qtbot.waitSignal(m.councilClicked) as blocker:
        qtbot.mouseClick(m, Qt.MouseButton.LeftButton, pos=m.tile_rect(CARDIFF).center().toPoint())
    assert blocker.args == [CARDIFF]
    assert view.selected_council() == CARDIFF
    assert selected_table_council(view) == CARDIFF
    assert m.selected() == CARDIFF
    # and the other way round
    view.table_view().selectRow(next(i for i, r in enumerate(table_rows(view)) if r["council_id"] == TORFAEN))
    assert view.selected_council() == TORFAEN
    assert m.selected() == TORFAEN


def test_keyboard_navigation_on_map(view, qtbot):
    m = view.map_widget()
    view.select_council(CARDIFF)
    m.setFocus()
    assert m.current() == CARDIFF
    qtbot.keyClick(m, Qt.Key.Key_Left)
    assert m.current() == VALE
    qtbot.keyClick(m, Qt.Key.Key_Up)
    assert m.current() == RCT
    assert view.selected_council() == CARDIFF  # moving does not select
    qtbot.keyClick(m, Qt.Key.Key_Return)
    assert view.selected_council() == RCT
    assert selected_table_council(view) == RCT
    qtbot.keyClick(m, Qt.Key.Key_Right)
    qtbot.keyClick(m, Qt.Key.Key_Space)
    assert view.selected_council() == "W06000018"  # Caerphilly, east of RCT
    for _ in range(10):
        qtbot.keyClick(m, Qt.Key.Key_Up)
    assert m.current() in {"W06000005", "W06000006", "W06000003", "W06000001"}  # reached the north


def test_map_skips_tiles_outside_council_filter(view, app_state, qtbot):
    app_state.set_filter(Filter(councils=frozenset({CARDIFF, TORFAEN})))
    m = view.map_widget()
    qtbot.mouseClick(m, Qt.MouseButton.LeftButton, pos=m.tile_rect(ANGLESEY).center().toPoint())
    assert view.selected_council() != ANGLESEY
    view.select_council(CARDIFF)
    m.setFocus()
    qtbot.keyClick(m, Qt.Key.Key_Right)
    assert m.current() == TORFAEN


def test_map_accessibility_and_tooltip_text(view):
    m = view.map_widget()
    assert m.accessibleName()
    assert "Cardiff: 3" in m.accessibleDescription()
    assert m.describe(CARDIFF).splitlines()[:2] == ["Cardiff · Caerdydd", "3 mentions in the report"]
    assert m.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert m.minimumSizeHint().width() > 0 and m.hasHeightForWidth()


def test_abbreviations_are_unique():
    names = ["Cardiff", "Carmarthenshire", "Caerphilly", "Neath Port Talbot", "Vale of Glamorgan", "Conwy"]
    short = abbreviations(names)
    assert short["Neath Port Talbot"] == "NPT"
    assert short["Vale of Glamorgan"] == "VoG"
    assert len(set(short.values())) == len(names)


def test_tile_geometry_fits_rect(bundled_dataset):
    rect = QRectF(10, 20, 300, 200)
    geometry = tile_geometry(rect, bundled_dataset.councils)
    assert len(geometry) == 22
    assert all(rect.contains(r) for r in geometry.values())
    assert all(abs(r.width() - r.height()) < 1e-6 for r in geometry.values())


# --- activating a mention ----------------------------------------------------------------------
def test_activating_a_mention_shows_the_passage(view, app_state, qtbot, bundled_dataset):
    view.select_council(CARDIFF)
    m = view.mentions_model()
    r = next(i for i in range(m.rowCount()) if m.index(i, 0).data(ROW_ROLE)["mention_id"] == "rm08")
    table = view.mentions_view()
    table.setFocus()
    table.setCurrentIndex(m.index(r, 0))
    with qtbot.waitSignal(app_state.passageActivated) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    ev = blocker.args[0]
    assert (ev.item_id, ev.start, ev.end, ev.role, ev.council_id) == ("rm08", 2753, 2760, "venue", CARDIFF)
    assert bundled_dataset.text_of(ev.event_id)[ev.start:ev.end] == ev.quote == "Cardiff"

    collective = next(i for i in range(m.rowCount()) if m.index(i, 0).data(ROW_ROLE)["collective"])
    rect = table.visualRect(m.index(collective, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double-click
    with qtbot.waitSignal(app_state.passageActivated) as blocker:  # follows a press
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    ev = blocker.args[0]
    assert ev.is_collective and ev.kind == "mention"
    assert bundled_dataset.text_of(ev.event_id)[ev.start:ev.end] == ev.quote


# --- plain text ------------------------------------------------------------------------------
def _copy_with_html_name(tmp_path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    path = folder / "councils.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    for row in rows:
        if row[0] == CARDIFF:
            row[1] = "<b>Cardiff</b>"
            row[2] = "<i>Caerdydd</i>"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)
    return folder


def test_text_from_data_is_plain(qtbot, tmp_path, app_state):
    ds = load_dataset(_copy_with_html_name(tmp_path))
    app_state.set_dataset(ds)
    v = CouncilsView(app_state)
    qtbot.addWidget(v)
    v.resize(1400, 900)
    v.show()
    m = v.table_model()
    shown = [m.index(r, 0).data() for r in range(m.rowCount())]
    assert "<b>Cardiff</b>" in shown
    r = shown.index("<b>Cardiff</b>")
    assert "&lt;b&gt;" in m.index(r, 0).data(Qt.ItemDataRole.ToolTipRole)
    v.select_council(CARDIFF)
    assert "<b>Cardiff</b>" in v.finding_text()
    labels = v.findChildren(QLabel)
    assert any("<i>Caerdydd</i>" in lab.text() for lab in labels)
    assert all(lab.textFormat() == Qt.TextFormat.PlainText for lab in labels if lab.text())
    assert v.map_widget().describe(CARDIFF).startswith("<b>Cardiff</b> · <i>Caerdydd</i>")


def test_empty_state(qtbot):
    from app.ui.state import AppState

    v = CouncilsView(AppState())
    qtbot.addWidget(v)
    assert v.table_model().rowCount() == 0
    assert v.mentions_model().rowCount() == 0
    v.select_council(CARDIFF)
    assert v.selected_council() is None
    assert isinstance(v.map_widget(), TileMapWidget)


# --- reuse for printing ----------------------------------------------------------------------
def test_map_data_and_painting_on_a_pdf_page(qapp, tmp_path, bundled_dataset):
    from PySide6.QtGui import QPageSize, QPdfWriter

    from app.dataset.query import Query
    from app.ui.councils import map_data

    q = Query(bundled_dataset)
    data = map_data(bundled_dataset, q, Filter(councils=frozenset({CARDIFF})), [REPORT])
    assert data.values[CARDIFF] == 3 and data.values[ANGLESEY] == 0
    assert data.title == "Mentions in the report (c. January 2005)"
    assert ANGLESEY in data.dimmed and CARDIFF not in data.dimmed
    both = map_data(bundled_dataset, q, Filter(), [REPORT, SPEECH])
    assert both.title.endswith("together") and both.values[CARDIFF] == 3

    path = tmp_path / "map.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(600)
    painter = QPainter(writer)
    page = QRectF(0, 0, writer.width(), writer.height())
    size = legend_size(data.classes, device=writer, font=painter.font())
    geometry = paint_tile_map(painter, QRectF(0, 0, page.width(), page.width() * 0.8), data.tiles, data.values,
                              data.classes, dimmed=data.dimmed)
    used = paint_legend(painter, QRectF(0, page.width() * 0.85, size.width(), size.height()), data.classes)
    painter.end()
    assert path.stat().st_size > 1000
    assert len(geometry) == 22
    # measured on the 600 dpi page, not in screen pixels
    assert geometry[CARDIFF].width() > 500 and used.height() > 100


def test_map_tooltip_is_plain_text(view, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    m = view.map_widget()
    pos = m.tile_rect(CARDIFF).center().toPoint()
    QApplication.sendEvent(m, QHelpEvent(QEvent.Type.ToolTip, pos, m.mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert "Cardiff · Caerdydd" in QToolTip.text()
    assert "3 mentions in the report" in QToolTip.text()
    QToolTip.hideText()


def test_user_column_widths_survive_a_filter_change(view, app_state):
    header = view.table_view().horizontalHeader()
    header.resizeSection(0, 300)
    app_state.set_filter(Filter(themes=frozenset({"collaboration"})))
    assert header.sectionSize(0) == 300
