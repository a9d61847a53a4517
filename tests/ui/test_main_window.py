"""The main window end to end: views in sync, menus and shortcuts, remembered state,
opening datasets safely."""

import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from app.dataset.query import Filter
from app.ui.comparison import EVIDENCE_ROLE
from app.ui.main_window import VIEWS, MainWindow
from app.ui.settings import Settings
from app.ui.state import AppState
from tests.helpers import copy_dataset, edit_csv


def make_window(qtbot, state, settings=None):
    w = MainWindow(state, settings)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_four_views_and_menus(qtbot, app_state):
    w = make_window(qtbot, app_state)
    assert [w.tabs.tabText(i).replace("&", "") for i in range(4)] == ["Timeline", "Comparison", "Councils", "Source text"]
    menus = [a.text().replace("&", "") for a in w.menuBar().actions()]
    assert menus == ["File", "Edit", "View", "Help"]
    shortcuts = {a.shortcut().toString() for a in w.actions()}
    for key in ("Ctrl+F", "Ctrl+C", "Ctrl+Q", "Ctrl+P", "Ctrl+E", "Ctrl+O", "Ctrl+1", "Ctrl+4"):
        assert key in shortcuts, key
    # No two actions share a shortcut.
    seqs = [s.toString() for a in w.actions() for s in a.shortcuts() if not s.isEmpty()]
    assert len(seqs) == len(set(seqs))


def test_view_shortcuts_switch_tabs(qtbot, app_state):
    w = make_window(qtbot, app_state)
    for i, name in enumerate(VIEWS):
        w.view_actions[i].trigger()
        assert w.current_view() == name


def test_clicking_a_quote_opens_the_source_at_exactly_that_span(qtbot, app_state):
    w = make_window(qtbot, app_state)
    w.show_view("comparison")
    tree = w.comparison.tree
    index = w.comparison.evidence_indexes()[5]
    ev = index.data(EVIDENCE_ROLE)
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())
    assert w.current_view() == "source"
    assert w.source.event_id == ev.event_id
    assert w.source.selected_span() == (ev.start, ev.end)
    w.back_action.trigger()
    assert w.current_view() == "comparison"


def test_a_filter_narrows_every_view(qtbot, app_state):
    w = make_window(qtbot, app_state)
    w.show_view("comparison")
    before_rows = w.comparison.model.rowCount()
    w.show_view("source")
    before_sel = len(w.source.text.extraSelections())
    app_state.set_filter(Filter(themes=frozenset({"independent-living"})))
    # Hidden views catch up when shown; the visible one at once.
    assert len(w.source.text.extraSelections()) < before_sel
    w.show_view("comparison")
    assert w.comparison.model.rowCount() == 1 < before_rows
    # The speech says nothing on independent living: the timeline drops it.
    w.show_view("timeline")
    visible = w.timeline.canvas.visible_event_ids()
    assert "inspection-report-2005" in visible and "conference-speech-2009" not in visible
    w.show_view("councils")
    assert w.councils.table_model().rowCount() == 22
    app_state.set_filter(Filter(councils=frozenset({"W06000020"})))
    assert w.councils.table_model().rowCount() == 1
    w.show_view("comparison")
    evidence = [i.data(EVIDENCE_ROLE) for i in w.comparison.evidence_indexes()]
    assert evidence and {e.council_id for e in evidence} <= {"W06000020", "ALL"}
    assert "Torfaen" in w.filters.active.text()


def test_hidden_views_refresh_only_when_shown(qtbot, app_state):
    w = make_window(qtbot, app_state)
    w.show_view("timeline")
    app_state.set_filter(Filter(themes=frozenset({"workforce"})))
    assert w.comparison.refresh_pending and w.councils.refresh_pending
    w.show_view("comparison")
    assert not w.comparison.refresh_pending
    assert [w.comparison.model.row_at(w.comparison.model.index(r, 0)).theme_id
            for r in range(w.comparison.model.rowCount())] == ["workforce"]


def test_ctrl_f_focuses_search_and_clear_filters(qtbot, app_state):
    w = make_window(qtbot, app_state)
    w.find_action.trigger()
    assert w.focusWidget() is w.filters.search
    app_state.set_filter(Filter(text="summit"))
    w.clear_action.trigger()
    assert app_state.filter == Filter()


def test_copy_citation_from_the_menu(qtbot, app_state):
    w = make_window(qtbot, app_state)
    w.show_view("comparison")
    index = w.comparison.evidence_indexes()[0]
    w.comparison.tree.setCurrentIndex(index)
    w.comparison.tree.setFocus()
    w.copy_action.trigger()
    assert index.data(EVIDENCE_ROLE).quote.split()[0] in QApplication.clipboard().text()


def test_settings_round_trip(qtbot, bundled_dataset):
    state = AppState()
    state.set_dataset(bundled_dataset)
    w = make_window(qtbot, state, Settings())
    w.resize(760, 700)  # inside the offscreen screen (800×800): restoreGeometry keeps windows on screen
    qtbot.wait(10)
    w.show_view("councils")
    state.set_pair("conference-speech-2009", "inspection-report-2005")
    state.set_filter(Filter(councils=frozenset({"W06000015"}), themes=frozenset({"collaboration"}), text="summit"))
    w.splitter.setSizes([300, 450])
    sizes = w.splitter.sizes()
    w.landscape_action.setChecked(True)
    w.close()

    state2 = AppState()
    state2.set_dataset(bundled_dataset)
    w2 = MainWindow(state2, Settings())
    qtbot.addWidget(w2)
    w2.restore_settings()
    w2.show()
    qtbot.waitExposed(w2)
    assert w2.current_view() == "councils"
    assert (state2.left, state2.right) == ("conference-speech-2009", "inspection-report-2005")
    assert state2.filter == state.filter
    assert w2.splitter.sizes() == sizes
    assert w2.landscape_action.isChecked()


def test_corrupt_settings_do_not_stop_the_window(qtbot, bundled_dataset):
    from PySide6.QtCore import QSettings

    q = QSettings()
    q.setValue("window/geometry", "nonsense")
    q.setValue("filter/councils", 17)
    q.setValue("view/current", "no-such-view")
    q.setValue("pair/left", "no-such-event")
    q.sync()
    state = AppState()
    state.set_dataset(bundled_dataset)
    w = MainWindow(state, Settings())
    qtbot.addWidget(w)
    w.restore_settings()
    assert w.current_view() == "timeline"
    assert state.filter == Filter()


def test_about_names_both_sources(qtbot, app_state):
    w = make_window(qtbot, app_state)
    text = w.about_text()
    assert "Graham Williams" in text and "Rhodri Morgan" in text
    assert "c. January 2005" in text and "18 June 2009" in text


def test_opening_a_broken_dataset_keeps_the_current_one(qtbot, app_state, tmp_path):
    w = make_window(qtbot, app_state)
    app_state.set_filter(Filter(themes=frozenset({"workforce"})))
    before = app_state.dataset
    broken = copy_dataset(tmp_path)
    edit_csv(broken / "statements.csv", 2, "start", "not a number")
    loader = w.open_dataset(broken)
    qtbot.waitUntil(lambda: not loader.is_running(), timeout=10000)
    assert app_state.dataset is before
    assert app_state.filter == Filter(themes=frozenset({"workforce"}))
    dialog = w.problems_dialog
    assert "statements.csv:3: 'start' must be a whole number" in dialog.text.toPlainText()
    assert "unchanged" in dialog.intro.text()
    dialog.copy_button.click()
    assert "statements.csv:3:" in QApplication.clipboard().text()
    dialog.close()


def test_opening_a_valid_dataset_switches_and_remembers_it(qtbot, app_state, tmp_path):
    w = make_window(qtbot, app_state)
    w.settings = Settings()
    other = copy_dataset(tmp_path, "other")
    edit_csv(other / "events.csv", 1, "title", "<b>Renamed</b> <img src='x.png'>")
    loader = w.open_dataset(other)
    qtbot.waitUntil(lambda: not loader.is_running(), timeout=10000)
    assert app_state.dataset.folder == other
    assert str(other) in w.settings.recent()
    assert str(other) in w.dataset_label.text()
    titles = app_state.dataset.events["title"].tolist()
    assert "<b>Renamed</b> <img src='x.png'>" in titles


def test_screenshot_command_line(tmp_path):
    out = tmp_path / "shot.png"
    done = subprocess.run(
        [sys.executable, "-m", "app", "--screenshot", str(out), "--view", "comparison", "--council", "Caerdydd"],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1400, 900)


def test_screenshot_rejects_bad_arguments(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "app", "--screenshot", str(tmp_path / "x.png"), "--theme", "no-such-theme"],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 2 and "no such theme" in done.stderr and "Traceback" not in done.stderr
    done = subprocess.run(
        [sys.executable, "-m", "app", "--screenshot", str(tmp_path / "x.png"), "--view", "nope"],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 2


def test_bad_data_for_screenshot_exits_1(tmp_path):
    broken = copy_dataset(tmp_path)
    (broken / "themes.csv").write_text("")
    done = subprocess.run(
        [sys.executable, "-m", "app", "--screenshot", str(tmp_path / "x.png"), "--data", str(broken)],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 1 and "themes.csv:1:" in done.stderr


def test_loading_a_large_dataset_keeps_the_window_responsive(qtbot, app_state, tmp_path):
    from PySide6.QtCore import QTimer

    from app.synth import generate

    big = tmp_path / "big"
    generate(big, events=1500, seed=3)
    w = make_window(qtbot, app_state)
    ticks = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    loader = w.open_dataset(big)
    progress = []
    loader._worker.progress.connect(lambda f, m: progress.append(f))
    qtbot.waitUntil(lambda: not loader.is_running(), timeout=60000)
    timer.stop()
    assert app_state.dataset.folder == big and len(app_state.dataset.events) == 1500
    assert len(ticks) >= 3, "the event loop must keep running while a dataset loads"
    assert progress and progress[-1] == 1.0 and progress == sorted(progress)


def test_add_to_the_applications_menu(qtbot, app_state, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    from app.ui.desktop import is_installed

    w = make_window(qtbot, app_state)
    assert not is_installed()
    w.launcher_action.trigger()
    launcher = tmp_path / "share" / "applications" / "cymharu.desktop"
    text = launcher.read_text(encoding="utf-8")
    assert "Name=Cymharu" in text and f"Exec={sys.executable}" in text and "-m app" in text
    assert (tmp_path / "share" / "icons" / "hicolor" / "48x48" / "apps" / "cymharu.png").exists()
    assert is_installed()
