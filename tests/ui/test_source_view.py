"""The source text view: highlights, exact passage selection, literal text."""

from app.dataset.query import Filter
from app.ui.source_view import SourceView
from app.ui.textmap import PositionMap


def shown_text(view):
    # toRawText keeps non-breaking spaces (toPlainText would turn them into spaces).
    return view.text.document().toRawText().replace("\u2029", "\n")


def test_shows_the_selected_document(qtbot, app_state):
    view = SourceView(app_state)
    qtbot.addWidget(view)
    assert view.event_id == "inspection-report-2005"
    assert shown_text(view) == app_state.dataset.text_of("inspection-report-2005")
    app_state.select_event("conference-speech-2009")
    assert shown_text(view) == app_state.dataset.text_of("conference-speech-2009")


def test_activating_a_passage_selects_exactly_its_span(qtbot, app_state):
    view = SourceView(app_state)
    qtbot.addWidget(view)
    view.resize(800, 300)
    view.show()
    ds = app_state.dataset
    q = app_state.query
    statements, mentions = q.passages(Filter(), "conference-speech-2009")
    for ev in statements + mentions:  # curly quotes, an en dash and NBSPs in this text
        app_state.show_passage(ev)
        assert view.event_id == "conference-speech-2009"
        assert view.selected_span() == (ev.start, ev.end)
        selected = view.text.textCursor().selectedText().replace("\u2029", "\n")
        assert selected == ds.text_of(ev.event_id)[ev.start:ev.end] == ev.quote


def test_highlights_follow_the_filter(qtbot, app_state):
    view = SourceView(app_state)
    qtbot.addWidget(view)
    all_count = len(view.text.extraSelections())
    app_state.set_filter(Filter(themes=frozenset({"resources"})))
    narrowed = len(view.text.extraSelections())
    assert 0 < narrowed < all_count
    app_state.set_filter(Filter(text="summit"))
    assert "yellow" in view.legend.text()


def test_council_filter_keeps_statements_about_that_council(qtbot, app_state):
    view = SourceView(app_state)
    qtbot.addWidget(view)
    app_state.set_filter(Filter(councils=frozenset({"W06000018"})))  # Caerphilly
    ids = {e.item_id for e in view._statements}
    quotes = " ".join(e.quote for e in view._statements)
    assert ids and "Caerphilly" in quotes
    assert all(e.council_id in ("W06000018", "ALL") for e in view._mentions)


def test_hover_describes_passages(qtbot, app_state):
    view = SourceView(app_state)
    qtbot.addWidget(view)
    ds = app_state.dataset
    text = ds.text_of("inspection-report-2005")
    i = text.index("Caerphilly")
    described = view._describe_position(i + 2)
    assert "About Caerphilly" in described
    assert "Individual councils’ performance" in described


def test_position_map_handles_astral_and_crlf():
    text = "a😀b\r\nc\nd😀e"
    m = PositionMap(text)
    # Qt: a, surrogate pair (2), b, separator (\r\n → 1), c, separator, d, pair, e
    assert [m.to_qt(i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 4, 5, 6, 7, 8, 10, 11]
    for i in (0, 1, 2, 3, 5, 6, 7, 8, 9, 10):
        assert m.to_python(m.to_qt(i)) == i
    plain = PositionMap("plain ascii\ntext")
    assert plain.to_qt(7) == 7 and plain.to_python(7) == 7
