"""The shared read-only table model, tested as a model (no view)."""

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt

from app.ui.models import ROW_ROLE, SORT_ROLE, Column, RowTableModel, default_text, plain_value

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
