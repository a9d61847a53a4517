"""The filter panel edits the one shared Filter and always states it in words."""

from PySide6.QtCore import Qt

from app.dataset.query import Filter
from app.ui.filter_panel import ID_ROLE, FilterPanel


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
