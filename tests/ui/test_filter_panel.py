"""The filter panel edits the one shared Filter and always states it in words."""

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from app.dataset.query import Filter, describe_filter
from app.ui.filter_panel import ID_ROLE, CheckListModel, FilterPanel


def check(model, item_id):
    for r in range(model.rowCount()):
        idx = model.index(r, 0)
        if idx.data(ID_ROLE) == item_id:
            assert model.setData(idx, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
            return
    raise AssertionError(item_id)


def test_lists_are_filled(qtbot, app_state):
    panel = FilterPanel(app_state)
    qtbot.addWidget(panel)
    ds = app_state.dataset
    assert panel.councils.rowCount() == 22
    assert panel.themes.rowCount() == len(ds.themes)
    assert panel.events.rowCount() == len(ds.events)
    labels = [panel.councils.index(r, 0).data() for r in range(22)]
    assert "Isle of Anglesey / Ynys Môn" in labels and "Powys" in labels


def test_checking_sets_the_shared_filter_and_words(qtbot, app_state):
    panel = FilterPanel(app_state)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(app_state.filterChanged):
        check(panel.councils, "W06000015")
    assert app_state.filter.councils == {"W06000015"}
    check(panel.themes, "workforce")
    assert app_state.filter.themes == {"workforce"}
    assert "Cardiff" in panel.active.text() and "The social care workforce" in panel.active.text()
    assert panel.clear_button.isEnabled()
    panel.clear_button.click()
    assert app_state.filter == Filter()
    assert panel.councils.checked() == set() and not panel.clear_button.isEnabled()
    assert "No filters" in panel.active.text()


def test_search_is_debounced_then_applied(qtbot, app_state):
    panel = FilterPanel(app_state)
    qtbot.addWidget(panel)
    qtbot.keyClicks(panel.search, "summit")
    assert app_state.filter.text == ""  # not on every keystroke
    qtbot.waitUntil(lambda: app_state.filter.text == "summit", timeout=2000)
    assert "“summit”" in panel.active.text()


def test_external_filter_changes_are_shown(qtbot, app_state):
    panel = FilterPanel(app_state)
    qtbot.addWidget(panel)
    app_state.set_filter(Filter(themes=frozenset({"resources"}), text="money"))
    assert panel.themes.checked() == {"resources"}
    assert panel.search.text() == "money"


def test_quick_find_narrows_the_council_list(qtbot, app_state):
    panel = FilterPanel(app_state)
    qtbot.addWidget(panel)
    panel.council_section.find.setText("caerdydd")
    proxy = panel.council_section.proxy
    assert proxy.rowCount() == 1
    assert proxy.index(0, 0).data(ID_ROLE) == "W06000015"


# --- CheckListModel.set_checked repaints only what changed ----------------------------------------
def check_list(n=200):
    model = CheckListModel()
    model.set_items([f"id{i}" for i in range(n)], [f"Item {i}" for i in range(n)])
    return model


def record_changes(model):
    seen = []
    model.dataChanged.connect(lambda a, b, roles: seen.append((a.row(), b.row(), list(roles))))
    return seen


def checked_rows(model):
    return {r for r in range(model.rowCount())
            if model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked}


CHECK = [Qt.ItemDataRole.CheckStateRole]


def test_set_checked_signals_exactly_the_changed_rows(qapp):
    model = check_list()
    seen = record_changes(model)
    model.set_checked({"id7", "id3", "id150"})
    assert seen == [(3, 3, CHECK), (7, 7, CHECK), (150, 150, CHECK)]
    assert checked_rows(model) == {3, 7, 150} and model.checked() == {"id3", "id7", "id150"}
    seen.clear()
    model.set_checked({"id7", "id9", "id150"})  # 3 off, 9 on, the others unchanged
    assert seen == [(3, 3, CHECK), (9, 9, CHECK)]
    assert checked_rows(model) == {7, 9, 150}
    seen.clear()
    model.set_checked(set())
    assert seen == [(7, 7, CHECK), (9, 9, CHECK), (150, 150, CHECK)]
    assert checked_rows(model) == set()


def test_set_checked_without_a_change_is_silent(qapp):
    model = check_list()
    seen = record_changes(model)
    model.set_checked(set())
    model.set_checked(["id1", "id2"])
    seen.clear()
    model.set_checked(("id2", "id1"))  # the same set, given another way
    model.set_checked({"id1", "id2", "not-there"})
    assert seen == []
    assert model.checked() == {"id1", "id2"}


def test_set_checked_ignores_ids_not_in_the_list(qapp):
    model = check_list(10)
    seen = record_changes(model)
    model.set_checked({"nowhere", "id99"})
    assert seen == [] and model.checked() == set()
    model.set_checked({"id4", "nowhere"})
    assert seen == [(4, 4, CHECK)]
    assert model.checked() == {"id4"} and checked_rows(model) == {4}


@pytest.mark.parametrize("count", [1, 63, 64])
def test_set_checked_up_to_64_changes_one_signal_each(qapp, count):
    model = check_list()
    seen = record_changes(model)
    rows = list(range(5, 200, 3))[:count]
    model.set_checked({f"id{r}" for r in rows})
    assert seen == [(r, r, CHECK) for r in rows]


@pytest.mark.parametrize("count", [65, 120])
def test_set_checked_over_64_changes_one_spanning_signal(qapp, count):
    model = check_list()
    seen = record_changes(model)
    rows = list(range(11, 200, 1 if count > 64 else 3))[:count]
    model.set_checked({f"id{r}" for r in rows})
    assert seen == [(rows[0], rows[-1], CHECK)]
    assert checked_rows(model) == set(rows)
    seen.clear()
    model.set_checked({f"id{r}" for r in rows[1:-1]})  # two changes: one signal each again
    assert seen == [(rows[0], rows[0], CHECK), (rows[-1], rows[-1], CHECK)]


# --- the description keeps the lists still ----------------------------------------------------
def wrapped_lines(label, text: str) -> int:
    width = label.contentsRect().width()
    fm = label.fontMetrics()
    height = fm.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text).height()
    return round(height / fm.lineSpacing())


def list_geometry(panel) -> QRect:
    view = panel.council_section.view
    return QRect(view.mapTo(panel, QPoint(0, 0)), view.size())


def test_one_and_two_line_descriptions_do_not_move_the_lists(qtbot, app_state):
    panel = FilterPanel(app_state)
    qtbot.addWidget(panel)
    ds = app_state.dataset
    short = Filter(text="tax")
    long = Filter(councils=frozenset({"W06000015"}), text="summit")
    # A width at which the long description wraps onto a second line (but not a third).
    panel.resize(400, 760)
    panel.show()
    qtbot.waitExposed(panel)
    QApplication.instance().processEvents()
    one_line = panel.active.fontMetrics().horizontalAdvance(describe_filter(ds, long))
    margin = panel.width() - panel.active.contentsRect().width()
    panel.resize(max(int(one_line * 0.7) + margin, panel.minimumSizeHint().width()), 760)
    QApplication.instance().processEvents()
    assert wrapped_lines(panel.active, describe_filter(ds, short)) == 1
    assert wrapped_lines(panel.active, describe_filter(ds, long)) == 2  # the test needs a second line

    geometries = []
    for f in (short, long, short, Filter(), long):
        app_state.set_filter(f)
        QApplication.instance().processEvents()
        assert panel.active.text() == describe_filter(ds, f)
        geometries.append((list_geometry(panel), panel.active.height()))
    assert len(set(geometries)) == 1, geometries
    view = panel.council_section.view
    assert view.geometry().height() > 0 and panel.active.height() >= 2 * panel.active.fontMetrics().lineSpacing()


def test_two_lines_are_kept_for_the_description_after_a_font_change(qtbot, app_state):
    panel = FilterPanel(app_state)
    qtbot.addWidget(panel)
    font = panel.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    panel.setFont(font)
    QApplication.instance().processEvents()
    assert panel.active.minimumHeight() >= 2 * QFontMetrics(font).lineSpacing()
