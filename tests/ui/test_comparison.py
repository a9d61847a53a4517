"""The comparison view: rows, statuses, silences, filters, clicking a quote, citations."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.dataset.query import Filter
from app.ui.comparison import EVIDENCE_ROLE, KIND_ROLE, STATUS_ROLE, ComparisonView


def theme_rows(view):
    m = view.model
    return {m.row_at(m.index(r, 0)).theme_id: m.index(r, 0) for r in range(m.rowCount())}


def cell_texts(view, theme_index, column):
    m = view.model
    out = []
    for r in range(m.rowCount(theme_index)):
        idx = m.index(r, column, theme_index)
        out.append((idx.data(KIND_ROLE), idx.data(Qt.ItemDataRole.DisplayRole)))
    return out


def test_default_pair_and_statuses(qtbot, app_state):
    view = ComparisonView(app_state)
    qtbot.addWidget(view)
    ds = app_state.dataset
    assert (app_state.left, app_state.right) == ("inspection-report-2005", "conference-speech-2009")
    rows = theme_rows(view)
    # Every theme is addressed by at least one of the two documents.
    assert set(rows) == set(ds.themes["theme_id"])
    statuses = {t: idx.data(STATUS_ROLE) for t, idx in rows.items()}
    assert statuses["independent-living"] == "left"
    assert statuses["service-redesign"] == "right"
    assert statuses["collaboration"] == "both"
    both = sum(1 for s in statuses.values() if s == "both")
    assert view.summary.text().startswith(f"{both} themes in both")
    assert "only in the report" in view.summary.text() and "only in the speech" in view.summary.text()


def test_every_statement_of_the_pair_is_shown_once(qtbot, app_state):
    view = ComparisonView(app_state)
    qtbot.addWidget(view)
    shown = [i.data(EVIDENCE_ROLE).item_id for i in view.evidence_indexes()]
    st = app_state.dataset.statements
    assert sorted(shown) == sorted(st["statement_id"])


def test_silence_is_stated(qtbot, app_state):
    view = ComparisonView(app_state)
    qtbot.addWidget(view)
    idx = theme_rows(view)["independent-living"]
    right = cell_texts(view, idx, 1)
    assert right[0][0] == "note"
    assert "Silent" in right[0][1] and "the speech" in right[0][1]


def test_theme_filter_narrows_rows(qtbot, app_state):
    view = ComparisonView(app_state)
    qtbot.addWidget(view)
    app_state.set_filter(Filter(themes=frozenset({"workforce"})))
    assert list(theme_rows(view)) == ["workforce"]


def test_council_filter_shows_specific_and_collective_mentions(qtbot, app_state):
    view = ComparisonView(app_state)
    qtbot.addWidget(view)
    app_state.set_filter(Filter(councils=frozenset({"W06000015"})))
    evidence = [i.data(EVIDENCE_ROLE) for i in view.evidence_indexes()]
    assert evidence and all(e.kind == "mention" for e in evidence)
    assert {e.council_id for e in evidence} == {"W06000015", "ALL"}
    assert view.scope.isVisibleTo(view) and "Cardiff" in view.scope.text()
    # Mentions of other councils never appear.
    assert not any(e.council_id == "W06000018" for e in evidence)


def test_search_filter_and_hidden_count(qtbot, app_state):
    view = ComparisonView(app_state)
    qtbot.addWidget(view)
    app_state.set_filter(Filter(text="RE-ENGINEER"))
    evidence = [i.data(EVIDENCE_ROLE) for i in view.evidence_indexes()]
    assert evidence
    assert all("re-engineer" in (e.quote + e.text).replace("“", "").lower() for e in evidence)


def test_clicking_a_quote_requests_its_passage(qtbot, app_state):
    view = ComparisonView(app_state)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    index = view.evidence_indexes()[0]
    ev = index.data(EVIDENCE_ROLE)
    rect = view.tree.visualRect(index)
    with qtbot.waitSignal(app_state.passageActivated) as blocker:
        qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args[0] == ev


def test_enter_key_opens_the_current_quote(qtbot, app_state):
    view = ComparisonView(app_state)
    qtbot.addWidget(view)
    view.show()
    index = view.evidence_indexes()[3]
    view.tree.setCurrentIndex(index)
    with qtbot.waitSignal(app_state.passageActivated) as blocker:
        qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert blocker.args[0] == index.data(EVIDENCE_ROLE)


def test_copy_citation(qtbot, app_state):
    view = ComparisonView(app_state)
    qtbot.addWidget(view)
    index = view.evidence_indexes()[0]
    view.tree.setCurrentIndex(index)
    assert view.copy_citation()
    text = QApplication.clipboard().text()
    ev = index.data(EVIDENCE_ROLE)
    assert " ".join(ev.quote.split()) in text
    assert "Graham Williams" in text and "c. January 2005" in text
    assert f"characters {ev.start}–{ev.end}" in text


def test_swap_and_pick_other_events(qtbot, app_state):
    view = ComparisonView(app_state)
    qtbot.addWidget(view)
    view.swap_button.click()
    assert (app_state.left, app_state.right) == ("conference-speech-2009", "inspection-report-2005")
    assert view.model.headerData(0, Qt.Orientation.Horizontal).startswith("The speech")
    # A referenced event has no statements: every row is silent on that side.
    i = view.right_combo.findData("making-the-connections-2004")
    view.right_combo.setCurrentIndex(i)
    assert app_state.right == "making-the-connections-2004"
    assert all(view.model.row_at(view.model.index(r, 0)).status == "left" for r in range(view.model.rowCount()))


def test_data_text_is_never_markup(qtbot, app_state, tmp_path):
    from tests.helpers import copy_dataset, edit_csv
    from app.dataset import load_dataset

    folder = copy_dataset(tmp_path)
    edit_csv(folder / "statements.csv", 1, "position", "<b>bold</b> <img src='x.png'>")
    app_state.set_dataset(load_dataset(folder))
    view = ComparisonView(app_state)
    qtbot.addWidget(view)
    texts = [i.data(Qt.ItemDataRole.DisplayRole) for i in view.evidence_indexes()]
    assert any("<b>bold</b> <img src='x.png'>" in t for t in texts)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    # The delegate lays the cell out as plain text: the literal tag characters are in the document.
    idx = next(i for i in view.evidence_indexes() if "<b>bold</b>" in i.data(Qt.ItemDataRole.DisplayRole))
    doc = view.delegate._document(idx, 400, view.palette(), view.font())
    assert "<b>bold</b>" in doc.toPlainText()
