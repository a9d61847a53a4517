"""The shared read-only table models, tested as models (no view)."""

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont

from app.ui.models import (
    ROW_ROLE,
    SORT_ROLE,
    Column,
    Row,
    RowTableModel,
    StaticTableModel,
    default_text,
    plain_value,
)

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


@dataclass
class Person:
    name: str
    count: int
    rate: float | None


def people_model(rows=None, batch=None):
    cols = [
        Column("Name", "name", tooltip=lambda p: f"{p.name} <b>bold?</b>"),
        Column(lambda: "Count", "count"),
        Column("Rate", "rate", text=lambda v: "–" if v is None else f"{v:.1f}"),
    ]
    model = RowTableModel(cols, batch=batch)
    model.set_rows(rows if rows is not None else [
        Person("Cardiff", 9, 2.5), Person("Torfaen", 10, None), Person("Conwy", 0, 0.0)])
    return model


def test_counts_and_display_roles(qapp):
    m = people_model()
    assert (m.rowCount(), m.columnCount()) == (3, 3)
    assert m.rowCount(m.index(0, 0)) == 0 and m.columnCount(m.index(0, 0)) == 0
    assert m.data(m.index(0, 0), DISPLAY) == "Cardiff"
    assert m.data(m.index(1, 1), DISPLAY) == "10"
    assert m.data(m.index(1, 2), DISPLAY) == "–"
    assert m.data(m.index(0, 2), DISPLAY) == "2.5"
    assert m.data(m.index(5, 0), DISPLAY) is None
    assert m.data(QModelIndex(), DISPLAY) is None
    assert m.headerData(1, Qt.Orientation.Horizontal, DISPLAY) == "Count"
    assert m.headerData(0, Qt.Orientation.Vertical, DISPLAY) is None
    assert m.flags(m.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert not m.flags(m.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_numbers_right_aligned_text_left(qapp):
    m = people_model()
    assert m.data(m.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert m.data(m.index(0, 0), Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignLeft


def test_sort_role_gives_raw_numbers_and_proxy_sorts_numerically(qapp):
    m = people_model()
    assert m.data(m.index(1, 1), SORT_ROLE) == 10
    assert isinstance(m.data(m.index(1, 1), SORT_ROLE), int)
    assert m.data(m.index(1, 2), SORT_ROLE) is None
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(m)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    # As text "9" > "10"; as numbers 10 > 9.
    assert [proxy.index(r, 1).data() for r in range(3)] == ["10", "9", "0"]
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["Conwy", "Cardiff", "Torfaen"]


def test_row_role_and_plain_tooltips(qapp):
    m = people_model()
    assert m.data(m.index(2, 0), ROW_ROLE).name == "Conwy"
    tip = m.data(m.index(0, 0), TOOLTIP)
    assert "&lt;b&gt;" in tip and "<b>bold" not in tip  # data never read as HTML
    assert m.data(m.index(0, 1), TOOLTIP) is None


def test_frame_rows_become_plain_python_values(qapp):
    frame = pd.DataFrame({"name": ["a", "b"], "count": np.array([3, 12], dtype=np.int64),
                          "rate": [np.nan, 1.5]})
    m = RowTableModel([Column("Name", "name"), Column("Count", "count"), Column("Rate", "rate")])
    m.set_frame(frame)
    v = m.data(m.index(1, 1), SORT_ROLE)
    assert v == 12 and type(v) is int
    assert m.data(m.index(0, 2), SORT_ROLE) is None
    assert m.data(m.index(0, 2), DISPLAY) == ""
    assert plain_value(np.float64(2.0)) == 2.0 and plain_value(pd.NA) is None
    assert default_text(1234) == "1,234" and default_text(None) == ""


def test_reset_signals_on_set_rows(qtbot):
    m = people_model()
    with qtbot.waitSignals([m.modelAboutToBeReset, m.modelReset], order="strict"):
        m.set_rows([Person("Newport", 1, 1.0)])
    assert m.rowCount() == 1
    with qtbot.waitSignal(m.headerDataChanged):
        m.retranslate()


def test_fetch_more_in_batches(qtbot):
    rows = [Person(f"p{i}", i, None) for i in range(1234)]
    m = people_model(rows, batch=500)
    assert m.rowCount() == 500
    assert m.total_rows() == 1234
    assert m.canFetchMore(QModelIndex())
    inserted = []
    m.rowsInserted.connect(lambda parent, first, last: inserted.append((first, last)))
    m.fetchMore(QModelIndex())
    assert m.rowCount() == 1000
    m.fetchMore(QModelIndex())
    assert m.rowCount() == 1234
    assert not m.canFetchMore(QModelIndex())
    m.fetchMore(QModelIndex())  # nothing left: no-op
    assert inserted == [(500, 999), (1000, 1233)]
    assert m.data(m.index(1233, 0), DISPLAY) == "p1233"


def test_large_table_opens_with_one_batch(qtbot):
    m = people_model([Person(f"p{i}", i, None) for i in range(20_000)])
    assert m.rowCount() == RowTableModel.BATCH
    assert m.find_row(lambda p: p.name == "p1600") == 1600
    assert m.rowCount() > 1600  # loaded up to the row asked for


def test_model_sort_covers_rows_not_yet_loaded(qtbot):
    rows = [Person(f"p{i}", i, float(i) if i % 2 else None) for i in range(1200)]
    m = people_model(rows, batch=500)
    m.sort(1, Qt.SortOrder.DescendingOrder)
    assert m.data(m.index(0, 1), SORT_ROLE) == 1199
    m.sort(2, Qt.SortOrder.AscendingOrder)
    assert m.data(m.index(0, 2), SORT_ROLE) == 1.0
    assert m.row(m.total_rows() - 1).rate is None  # blanks last
    m.sort(0, Qt.SortOrder.AscendingOrder)
    assert m.data(m.index(0, 0), DISPLAY) == "p0"


def test_passes_qt_model_tester(qtmodeltester):
    m = people_model([Person(f"p{i}", i, 0.5) for i in range(40)], batch=16)
    qtmodeltester.check(m, force_py=True)


@pytest.mark.parametrize("key,row,expected", [(0, ("x", 1), "x"), ("a", {"a": 2}, "2")])
def test_tuples_and_dicts(qapp, key, row, expected):
    m = RowTableModel([Column("A", key)])
    m.set_rows([row])
    assert m.data(m.index(0, 0), DISPLAY) == expected


# --- StaticTableModel: the same table held in Qt's item store ------------------------------------
ROLES = {
    "display": DISPLAY,
    "alignment": Qt.ItemDataRole.TextAlignmentRole,
    "sort": SORT_ROLE,
    "tooltip": TOOLTIP,
    "decoration": Qt.ItemDataRole.DecorationRole,
    "font": Qt.ItemDataRole.FontRole,
}
BOLD = QFont("Sans Serif", 11)
BOLD.setBold(True)
ITALIC = QFont("Serif", 9)
ITALIC.setItalic(True)


def council_columns(title=lambda: "Council"):
    return [
        Column(title, "name", tooltip=lambda r: f"{r['name']} <b>not bold</b> & co" if r["name"] else None,
               header_tooltip="Name <i>as written</i>",
               decoration=lambda r: QColor("#336699") if r["count"] else None,
               font=lambda r: BOLD if r["count"] == 9 else None),
        Column("Count", "count", header_tooltip=lambda: "Mentions"),
        Column("Rate", "rate", text=lambda v: "–" if v is None else f"{v:.1f}", sort=lambda r: r["rate"]),
        Column("Share", value=lambda r: np.float64(r["count"] or 0) / 20, align=Qt.AlignmentFlag.AlignCenter),
        Column("Flag", "flag"),
    ]


COUNCIL_ROWS = [
    {"name": "Cardiff", "count": 9, "rate": 2.5, "flag": True},
    {"name": "Torfaen", "count": 10, "rate": None, "flag": False},
    {"name": "Conwy", "count": 0, "rate": 0.0, "flag": None},
    {"name": "", "count": None, "rate": np.nan, "flag": True},
    {"name": "<b>Powys</b>", "count": 1234, "rate": 12.25, "flag": False},
]


def static_model(rows=COUNCIL_ROWS, columns=None):
    m = StaticTableModel(columns if columns is not None else council_columns())
    m.set_rows(rows)
    return m


def test_static_model_answers_every_role_like_the_row_model(qapp):
    cols = council_columns()
    static, lazy = StaticTableModel(cols), RowTableModel(cols)
    for m in (static, lazy):
        m.row_font = lambda r: ITALIC if r["name"] == "Conwy" else None
        m.set_rows([dict(r) for r in COUNCIL_ROWS])
    assert (static.rowCount(), static.columnCount()) == (lazy.rowCount(), lazy.columnCount()) == (5, 5)
    for name, role in ROLES.items():
        for r in range(5):
            for c in range(5):
                got, want = static.index(r, c).data(role), lazy.index(r, c).data(role)
                assert got == want and type(got) is type(want), (name, r, c, got, want)
    for c in range(5):
        for role in (DISPLAY, TOOLTIP):
            got = static.headerData(c, Qt.Orientation.Horizontal, role)
            assert got == lazy.headerData(c, Qt.Orientation.Horizontal, role), (c, role)
    # The roles were really exercised: not every answer is empty.
    assert static.index(0, 0).data(Qt.ItemDataRole.FontRole) == BOLD
    assert static.index(2, 1).data(Qt.ItemDataRole.FontRole) == ITALIC  # the row font
    assert static.index(0, 0).data(Qt.ItemDataRole.DecorationRole) == QColor("#336699")
    assert static.index(3, 2).data(DISPLAY) == "–" and static.index(3, 2).data(SORT_ROLE) is None
    assert static.index(4, 1).data(DISPLAY) == "1,234"
    assert static.index(0, 4).data(DISPLAY) == "✓" and static.index(1, 4).data(DISPLAY) == ""
    assert static.index(0, 3).data(Qt.ItemDataRole.TextAlignmentRole) == Qt.AlignmentFlag.AlignCenter


def test_static_model_tooltips_are_plain_text(qapp):
    m = static_model()
    tip = m.index(4, 0).data(TOOLTIP)
    assert "&lt;b&gt;Powys&lt;/b&gt;" in tip and "<b>Powys" not in tip
    assert "&amp; co" in tip
    assert m.index(3, 0).data(TOOLTIP) is None  # the column gave no tip for this row
    assert m.index(0, 1).data(TOOLTIP) is None  # nor has this column any
    header = m.headerData(0, Qt.Orientation.Horizontal, TOOLTIP)
    assert "&lt;i&gt;" in header and "<i>" not in header
    assert m.index(4, 0).data(DISPLAY) == "<b>Powys</b>"  # the text itself untouched


def test_static_model_row_role_is_the_row_itself(qapp):
    m = static_model()
    for r in range(m.rowCount()):
        row = m.row(r)
        assert type(row) is Row and row == COUNCIL_ROWS[r]
        for c in range(m.columnCount()):
            assert m.index(r, c).data(ROW_ROLE) is row
    assert m.index(0, 0).data(ROW_ROLE) is m.index(0, 0).data(ROW_ROLE)
    assert m.rows()[1] is m.row(1)

    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(m)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    for r in range(proxy.rowCount()):
        row = proxy.index(r, 0).data(ROW_ROLE)
        assert row is m.row(proxy.mapToSource(proxy.index(r, 0)).row())
    assert proxy.index(0, 0).data(ROW_ROLE)["name"] == "Conwy"  # count 0, the least

    # Objects other than dicts come back as they are.
    people = [Person("Cardiff", 9, 2.5), Person("Torfaen", 10, None)]
    objects = StaticTableModel([Column("Name", "name"), Column("Count", "count")])
    objects.set_rows(people)
    assert objects.index(1, 1).data(ROW_ROLE) is people[1]


def test_static_model_flags_read_only(qapp):
    m = static_model()
    for r in range(m.rowCount()):
        for c in range(m.columnCount()):
            flags = m.flags(m.index(r, c))
            assert flags & Qt.ItemFlag.ItemIsSelectable and flags & Qt.ItemFlag.ItemIsEnabled
            assert not flags & Qt.ItemFlag.ItemIsEditable
            assert not flags & Qt.ItemFlag.ItemIsDragEnabled
            assert not flags & Qt.ItemFlag.ItemIsDropEnabled
            assert not flags & Qt.ItemFlag.ItemIsUserCheckable


def test_static_model_refuses_edits_and_numbers_no_rows(qapp):
    m = static_model()
    index = m.index(0, 0)
    assert m.setData(index, "Caerdydd", Qt.ItemDataRole.DisplayRole) is False
    assert m.setData(index, "Caerdydd") is False
    assert index.data() == "Cardiff" and m.row(0)["name"] == "Cardiff"
    assert all(not m.headerData(r, Qt.Orientation.Vertical) for r in range(m.rowCount()))


def test_static_model_set_rows_is_one_reset(qapp):
    m = static_model()
    seen = {name: [] for name in ("about", "reset", "inserted", "removed", "changed", "columns_in",
                                  "columns_out", "layout")}
    m.modelAboutToBeReset.connect(lambda: seen["about"].append(1))
    m.modelReset.connect(lambda: seen["reset"].append(1))
    m.rowsInserted.connect(lambda *a: seen["inserted"].append(a))
    m.rowsRemoved.connect(lambda *a: seen["removed"].append(a))
    m.dataChanged.connect(lambda *a: seen["changed"].append(a))
    m.columnsInserted.connect(lambda *a: seen["columns_in"].append(a))
    m.columnsRemoved.connect(lambda *a: seen["columns_out"].append(a))
    m.layoutChanged.connect(lambda *a: seen["layout"].append(a))

    m.set_rows(COUNCIL_ROWS[:2] + COUNCIL_ROWS + COUNCIL_ROWS)  # more rows
    assert m.rowCount() == 12
    m.set_rows(COUNCIL_ROWS[1:3])  # fewer
    assert m.rowCount() == 2
    new_columns = [Column(lambda: "Only", "name", header_tooltip="Just the <name>")]
    m.set_rows(COUNCIL_ROWS, new_columns)  # and other columns
    assert {k: len(v) for k, v in seen.items()} == {
        "about": 3, "reset": 3, "inserted": 0, "removed": 0, "changed": 0, "columns_in": 0,
        "columns_out": 0, "layout": 0}

    assert (m.rowCount(), m.columnCount()) == (5, 1)
    assert m.columns() == new_columns
    assert m.headerData(0, Qt.Orientation.Horizontal, DISPLAY) == "Only"
    tip = m.headerData(0, Qt.Orientation.Horizontal, TOOLTIP)
    assert "&lt;name&gt;" in tip and "<name>" not in tip
    assert m.headerData(1, Qt.Orientation.Horizontal, DISPLAY) != "Count"  # the old column has gone
    assert m.index(4, 0).data(DISPLAY) == "<b>Powys</b>"


def test_static_model_retranslate_reads_callable_titles_again(qtbot):
    words = {"title": "Council", "tip": "Name as written"}
    cols = [Column(lambda: words["title"], "name", header_tooltip=lambda: words["tip"]), Column("Count", "count")]
    m = static_model(columns=cols)
    assert m.headerData(0, Qt.Orientation.Horizontal, DISPLAY) == "Council"
    words.update(title="Cyngor", tip="Enw <fel y'i hysgrifennwyd>")
    assert m.headerData(0, Qt.Orientation.Horizontal, DISPLAY) == "Council"  # kept until asked
    with qtbot.waitSignal(m.headerDataChanged):
        m.retranslate()
    assert m.headerData(0, Qt.Orientation.Horizontal, DISPLAY) == "Cyngor"
    tip = m.headerData(0, Qt.Orientation.Horizontal, TOOLTIP)
    assert "&lt;fel" in tip and "<fel" not in tip
    assert m.headerData(1, Qt.Orientation.Horizontal, DISPLAY) == "Count"
    assert m.rowCount() == len(COUNCIL_ROWS)  # rows untouched


def test_static_model_sorts_numbers_numerically_through_a_proxy(qapp):
    rows = [{"name": n, "count": c, "rate": r, "flag": None}
            for n, c, r in [("a", 9, 1.0), ("b", 10, None), ("c", None, 100.0), ("d", 2, np.nan), ("e", 100, 9.5)]]
    m = static_model(rows)
    lazy = RowTableModel(council_columns())
    lazy.set_rows(rows)
    proxy, lazy_proxy = QSortFilterProxyModel(), QSortFilterProxyModel()
    for p, source in ((proxy, m), (lazy_proxy, lazy)):
        p.setSourceModel(source)
        p.setSortRole(SORT_ROLE)

    def names(p):
        return [p.index(r, 0).data(ROW_ROLE)["name"] for r in range(p.rowCount())]

    for column in (1, 2, 0):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            proxy.sort(column, order)
            lazy_proxy.sort(column, order)
            assert names(proxy) == names(lazy_proxy), (column, order)
            assert sorted(names(proxy)) == ["a", "b", "c", "d", "e"]
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    numbered = [n for n in names(proxy) if n != "c"]
    assert numbered == ["d", "a", "b", "e"]  # 2, 9, 10, 100: as text 9 would follow 100
    proxy.sort(2, Qt.SortOrder.DescendingOrder)
    assert [n for n in names(proxy) if n not in ("b", "d")] == ["c", "e", "a"]  # 100.0, 9.5, 1.0


def test_static_model_from_frame_or_arrays_gives_plain_values(qapp):
    cols = [Column("Name", "name"), Column("Count", "count"),
            Column("Rate", "rate", text=lambda v: "none" if v is None else f"{v:.2f}")]
    frame = pd.DataFrame({"name": ["a", "b"], "count": np.array([3, 12], dtype=np.int64),
                          "rate": np.array([np.nan, 1.5])})
    arrays = {"name": np.array(["a", "b"], dtype=object), "count": np.array([3, 12], dtype=np.int64),
              "rate": np.array([np.nan, 1.5])}
    for source in (frame, arrays):
        m = StaticTableModel(cols)
        m.set_frame(source)
        assert (m.rowCount(), m.columnCount()) == (2, 3)
        row = m.row(1)
        assert type(row) is Row and row["name"] == "b"
        assert type(row["count"]) is int and row["count"] == 12
        assert type(row["rate"]) is float
        v = m.index(1, 1).data(SORT_ROLE)
        assert v == 12 and type(v) is int
        assert m.index(0, 2).data(SORT_ROLE) is None
        assert m.index(0, 2).data(DISPLAY) == "none"  # NaN reads as the column's text for None
        assert m.index(1, 2).data(DISPLAY) == "1.50"
        assert m.index(0, 0).data(ROW_ROLE) is m.row(0)
    # Columns can come with the frame.
    m.set_frame(frame, [Column("Count", "count")])
    assert m.columnCount() == 1 and m.headerData(0, Qt.Orientation.Horizontal, DISPLAY) == "Count"


def test_static_model_rows_lookup_and_clear(qapp):
    m = static_model()
    assert m.total_rows() == len(COUNCIL_ROWS) == m.rowCount()
    assert [r["name"] for r in m.rows()] == [r["name"] for r in COUNCIL_ROWS]
    m.rows().clear()  # a copy: the model keeps its rows
    assert m.total_rows() == len(COUNCIL_ROWS)
    assert m.find_row(lambda r: r["name"] == "Conwy") == 2
    assert m.find_row(lambda r: r["count"] == 10) == 1
    assert m.find_row(lambda r: r["name"] == "Narnia") == -1
    assert m.row(4)["count"] == 1234
    with pytest.raises(IndexError):
        m.row(5)
    columns = m.columns()
    m.clear()
    assert (m.rowCount(), m.total_rows(), m.rows()) == (0, 0, [])
    assert m.columns() == columns and m.columnCount() == len(columns)
    assert m.headerData(1, Qt.Orientation.Horizontal, DISPLAY) == "Count"
    assert m.find_row(lambda r: True) == -1


def test_static_model_passes_qt_model_tester(qtmodeltester):
    qtmodeltester.check(static_model(), force_py=True)
