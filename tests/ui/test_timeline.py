"""The Timeline view: order, approximate dates, the gap, zooming, panning, stepping,
selection, filtering, label placement, level of detail and the event details."""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication

from app.dataset import Dataset
from app.dataset.query import Filter
from app.ui.state import AppState
from app.ui.timeline import EventDetails, TimelineCanvas, TimelineView

MTC = "making-the-connections-2004"
REPORT = "inspection-report-2005"
WLGA = "wlga-summit-2005"
SPEECH = "conference-speech-2009"


# --- helpers ---------------------------------------------------------------------------------
def make_view(qtbot, state: AppState, width: int = 1400, height: int = 600) -> TimelineView:
    view = TimelineView(state)
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def view(qtbot, app_state) -> TimelineView:
    return make_view(qtbot, app_state)


@pytest.fixture
def canvas(view) -> TimelineCanvas:
    return view.canvas


def synthetic_dataset(base: Dataset, n: int, seed: int = 1) -> Dataset:
    """*n* events from 1999 to 2025: mostly dated to the day, some to the month or the year,
    3 % approximate, 5 % without a source text; no statements or mentions."""
    rng = np.random.default_rng(seed)
    first = int(np.datetime64("1999-01-01", "D").astype(np.int64))
    last = int(np.datetime64("2025-12-31", "D").astype(np.int64))
    days = rng.integers(first, last, n).astype("datetime64[D]")
    kind = rng.choice(3, n, p=[0.88, 0.08, 0.04])  # day, month, year
    months = days.astype("datetime64[M]")
    years = days.astype("datetime64[Y]")
    start = np.where(kind == 0, days, np.where(kind == 1, months.astype("datetime64[D]"),
                                               years.astype("datetime64[D]")))
    end = np.where(kind == 0, days + 1, np.where(kind == 1, (months + 1).astype("datetime64[D]"),
                                                 (years + 1).astype("datetime64[D]")))
    iso = np.where(kind == 0, np.datetime_as_string(days, "D"),
                   np.where(kind == 1, np.datetime_as_string(months, "M"), np.datetime_as_string(years, "Y")))
    approx = rng.random(n) < 0.03
    has_source = rng.random(n) >= 0.05
    start_day = start.astype(np.int64)
    end_day = end.astype(np.int64)
    ids = [f"ev-{i:06d}" for i in range(n)]
    events = pd.DataFrame({
        "event_id": ids,
        "title": [f"Synthetic event number {i} about the delivery of social services" for i in range(n)],
        "kind": "report",
        "date": iso,
        "precision": pd.Categorical(np.array(["day", "month", "year"])[kind], categories=["year", "month", "day"]),
        "date_approximate": approx,
        "date_note": "",
        "speaker": "",
        "speaker_role": "",
        "organisation": "Synthetic organisation",
        "venue": "",
        "source_file": np.where(has_source, [f"{i}.txt" for i in ids], ""),
        "summary": "",
        "start_day": start_day,
        "end_day": end_day,
        "band_start": np.where(approx, start_day - 90, start_day),
        "band_end": np.where(approx, end_day + 90, end_day),
        "has_source": has_source,
        "word_count": np.where(has_source, 1000, 0),
        "line": np.arange(2, n + 2),
    })
    events = events.sort_values(["start_day", "end_day"], kind="stable").reset_index(drop=True)
    event_cats = pd.CategoricalDtype(events["event_id"].tolist())
    theme_cats = pd.CategoricalDtype(base.themes["theme_id"].tolist())
    council_cats = pd.CategoricalDtype(base.councils["council_id"].tolist() + ["ALL"])
    statements = pd.DataFrame({
        "statement_id": pd.Series([], dtype=object),
        "event_id": pd.Series([], dtype=event_cats),
        "theme_id": pd.Series([], dtype=theme_cats),
        "position": pd.Series([], dtype=object),
        "quote": pd.Series([], dtype=object),
        "start": pd.Series([], dtype=np.int64),
        "end": pd.Series([], dtype=np.int64),
    })
    mentions = pd.DataFrame({
        "mention_id": pd.Series([], dtype=object),
        "event_id": pd.Series([], dtype=event_cats),
        "council_id": pd.Series([], dtype=council_cats),
        "theme_id": pd.Series([], dtype=theme_cats),
        "role": pd.Series([], dtype=object),
        "note": pd.Series([], dtype=object),
        "quote": pd.Series([], dtype=object),
        "start": pd.Series([], dtype=np.int64),
        "end": pd.Series([], dtype=np.int64),
    })
    return Dataset(folder=Path("synthetic"), events=events, themes=base.themes, councils=base.councils,
                   statements=statements, mentions=mentions, texts={}, name="synthetic")


def assert_no_overlaps(rects, what="labels"):
    for a, b in itertools.combinations(rects, 2):
        assert not a.intersects(b), f"{what} overlap: {a} and {b}"


def assert_inside(canvas: TimelineCanvas, rects):
    for r in rects:
        assert r.left() >= 0 and r.right() <= canvas.width(), f"{r} is cut off at the sides"
        assert r.top() >= 0 and r.bottom() <= canvas.height(), f"{r} is cut off at the top or bottom"


def wheel(widget, pos: QPointF, dy: int, modifiers=Qt.KeyboardModifier.NoModifier):
    global_pos = QPointF(widget.mapToGlobal(pos.toPoint()))
    event = QWheelEvent(pos, global_pos, QPoint(), QPoint(0, dy), Qt.MouseButton.NoButton, modifiers,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


# --- order, approximate dates, referenced events, the gap ---------------------------------------
def test_events_in_chronological_order(canvas):
    assert canvas.visible_event_ids() == [MTC, REPORT, WLGA, SPEECH]
    assert not canvas.is_density_mode()
    # the report comes before the speech on the axis
    assert canvas.marker_x(REPORT) < canvas.marker_x(SPEECH)
    assert canvas.x_of_day(canvas.day_at(300.0)) == pytest.approx(300.0)


def test_approximate_date_is_drawn_as_approximate(canvas, bundled_dataset):
    label = canvas.label_text(REPORT)
    assert label is not None and label.startswith("c.")
    assert label.splitlines()[0] == "c. January 2005"
    band = canvas.band_rect(REPORT)
    assert band is not None
    ev = bundled_dataset.event(REPORT)
    # the band covers the whole known range (June 2004 to December 2005), far more than a day
    assert band.width() > 30 * canvas.pixels_per_day
    assert band.width() == pytest.approx((ev["band_end"] - ev["band_start"]) * canvas.pixels_per_day, abs=2)
    # the marker sits at the stated month, inside the band
    assert band.left() < canvas.marker_x(REPORT) < band.right()
    # an exact date is not marked as approximate and has no band
    assert not canvas.label_text(SPEECH).startswith("c.")
    assert canvas.label_text(SPEECH).splitlines()[0] == "18 June 2009"
    assert canvas.band_rect(SPEECH) is None


def test_month_precision_gets_a_period_bar(canvas):
    bar = canvas.band_rect(MTC)  # October 2004, not approximate: a bar over the month
    assert bar is not None
    assert bar.width() == pytest.approx(31 * canvas.pixels_per_day, abs=2)


def test_referenced_events_present_and_smaller(canvas):
    ids = canvas.visible_event_ids()
    assert MTC in ids and WLGA in ids
    primary = canvas.marker_rect(SPEECH)
    for ref in (MTC, WLGA):
        rect = canvas.marker_rect(ref)
        assert rect is not None
        assert rect.width() < primary.width()


def test_gap_between_compared_events(canvas, app_state):
    assert (app_state.left, app_state.right) == (REPORT, SPEECH)
    text = canvas.gap_text()
    assert text == "about 4 years 5 months"
    assert text.endswith("4 years 5 months")
    rect = canvas.gap_rect()
    assert canvas.marker_x(REPORT) < rect.center().x() < canvas.marker_x(SPEECH)
    # zoomed in on the report alone, the speech is out of view: no gap is drawn
    for _ in range(6):
        canvas.zoom_in()
    assert canvas.marker_x(SPEECH) is None
    assert canvas.gap_text() is None


def test_gap_is_exact_between_exact_dates(qtbot, app_state):
    app_state.set_pair(MTC, SPEECH)
    view = make_view(qtbot, app_state)
    assert view.canvas.gap_text() == "4 years 8 months"


# --- zooming and panning ---------------------------------------------------------------------------
def test_zoom_in_out_and_fit(canvas, qtbot):
    fitted = canvas.pixels_per_day
    canvas.zoom_in()
    assert canvas.pixels_per_day > fitted
    canvas.zoom_out()
    canvas.zoom_out()
    assert canvas.pixels_per_day < fitted
    canvas.fit()
    assert canvas.pixels_per_day == pytest.approx(fitted)
    # from the keyboard
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.pixels_per_day > fitted
    qtbot.keyClick(canvas, Qt.Key.Key_0)
    assert canvas.pixels_per_day == pytest.approx(fitted)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert canvas.pixels_per_day < fitted
    qtbot.keyClick(canvas, Qt.Key.Key_F)
    assert canvas.pixels_per_day == pytest.approx(fitted)
    qtbot.keyClick(canvas, Qt.Key.Key_Equal)
    assert canvas.pixels_per_day > fitted
    qtbot.keyClick(canvas, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert canvas.pixels_per_day == pytest.approx(fitted)
    qtbot.keyClick(canvas, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert canvas.pixels_per_day > fitted


def test_zoom_limits(canvas):
    for _ in range(60):
        canvas.zoom_in()
    span = canvas.width() / canvas.pixels_per_day
    assert 10 <= span <= 20  # about two weeks across
    for _ in range(80):
        canvas.zoom_out()
    span_years = canvas.width() / canvas.pixels_per_day / 365.25
    assert 150 <= span_years <= 250
    # every event still in view at the widest zoom
    assert canvas.visible_event_ids() == [MTC, REPORT, WLGA, SPEECH]


def test_buttons_zoom_and_fit(view):
    canvas = view.canvas
    fitted = canvas.pixels_per_day
    view.buttons["zoom_in"].click()
    assert canvas.pixels_per_day > fitted
    view.buttons["fit"].click()
    assert canvas.pixels_per_day == pytest.approx(fitted)
    view.buttons["zoom_out"].click()
    assert canvas.pixels_per_day < fitted
    assert "+" in view.buttons["zoom_in"].toolTip()
    assert "Ctrl+wheel" in view.buttons["zoom_in"].toolTip()
    assert "-" in view.buttons["zoom_out"].toolTip()
    assert "F" in view.buttons["fit"].toolTip()


@pytest.mark.parametrize("x", [100.0, 700.0, 1250.0])
def test_ctrl_wheel_zooms_around_the_cursor(canvas, x):
    for _ in range(3):
        canvas.zoom_in()  # (zoomed right out, the view keeps every event in it instead)
    y = canvas.height() / 2
    day = canvas.day_at(x)
    before = canvas.pixels_per_day
    wheel(canvas, QPointF(x, y), 120, Qt.KeyboardModifier.ControlModifier)
    assert canvas.pixels_per_day > before
    assert abs(canvas.x_of_day(day) - x) < 1.0
    wheel(canvas, QPointF(x, y), -240, Qt.KeyboardModifier.ControlModifier)
    assert canvas.pixels_per_day < before
    assert abs(canvas.x_of_day(day) - x) < 1.0


def test_plain_wheel_pans(canvas):
    canvas.zoom_in()
    canvas.zoom_in()
    ppd, left = canvas.pixels_per_day, canvas.left_day
    wheel(canvas, QPointF(700, 100), -120)  # scrolling down moves forward in time
    assert canvas.pixels_per_day == ppd
    assert canvas.left_day > left
    wheel(canvas, QPointF(700, 100), 120)
    assert canvas.left_day == pytest.approx(left)


def test_drag_pans(canvas, qtbot, app_state):
    canvas.zoom_in()
    canvas.zoom_in()
    selected = app_state.selected_event
    ppd, left = canvas.pixels_per_day, canvas.left_day
    y = 60
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(700, y))
    qtbot.mouseMove(canvas, QPoint(650, y))
    qtbot.mouseMove(canvas, QPoint(500, y))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(500, y))
    assert canvas.pixels_per_day == ppd
    assert canvas.left_day == pytest.approx(left + 200 / ppd)
    assert app_state.selected_event == selected  # a drag is not a click


# --- selection -----------------------------------------------------------------------------------
def test_keyboard_steps_through_events_in_order(canvas, qtbot, app_state):
    canvas.setFocus()
    assert app_state.selected_event == REPORT
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert app_state.selected_event == MTC
    seen = [app_state.selected_event]
    for _ in range(4):
        qtbot.keyClick(canvas, Qt.Key.Key_Right)
        seen.append(app_state.selected_event)
    assert seen == [MTC, REPORT, WLGA, SPEECH, SPEECH]
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert app_state.selected_event == WLGA
    qtbot.keyClick(canvas, Qt.Key.Key_End)
    assert app_state.selected_event == SPEECH
    canvas.step(-1)
    assert app_state.selected_event == WLGA


def test_stepping_scrolls_the_selection_into_view(canvas, qtbot, app_state):
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    for _ in range(8):
        canvas.zoom_in()
    assert canvas.marker_x(SPEECH) is None
    ppd = canvas.pixels_per_day
    qtbot.keyClick(canvas, Qt.Key.Key_End)
    assert app_state.selected_event == SPEECH
    x = canvas.marker_x(SPEECH)
    assert x is not None and 0 < x < canvas.width()
    assert canvas.pixels_per_day == ppd  # scrolling keeps the zoom


def test_click_on_marker_selects_it(canvas, qtbot, app_state):
    assert app_state.selected_event != SPEECH
    with qtbot.waitSignal(app_state.eventSelected) as blocker:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.marker_rect(SPEECH).center().toPoint())
    assert blocker.args == [SPEECH]
    assert app_state.selected_event == SPEECH
    # a few pixels off still hits the nearest marker
    rect = canvas.marker_rect(MTC)
    near = rect.center() + QPointF(rect.width() / 2 + 2, 0)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=near.toPoint())
    assert app_state.selected_event == MTC
    # clicking empty space keeps the selection
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(canvas.width() // 2, 40))
    assert app_state.selected_event == MTC


def test_click_on_label_selects_its_event(canvas, qtbot, app_state):
    f = canvas._ensure_frame()
    rect = next(r for pos, r, _, _ in f.labels if canvas._ids[pos] == WLGA)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert app_state.selected_event == WLGA


def test_selection_from_elsewhere_is_shown(canvas, app_state):
    for _ in range(8):
        canvas.zoom_in()
    app_state.select_event(SPEECH)
    assert canvas.marker_x(SPEECH) is not None
    assert "First Minister" in canvas.accessibleDescription()


# --- filtering ---------------------------------------------------------------------------------------
def test_filter_hides_events(canvas, app_state):
    ppd = canvas.pixels_per_day
    app_state.set_filter(Filter(events=frozenset({REPORT, SPEECH})))
    assert canvas.visible_event_ids() == [REPORT, SPEECH]
    assert canvas.marker_x(MTC) is None
    assert canvas.marker_rect(WLGA) is None
    assert canvas.caption() == "2 of 4 events shown"
    assert canvas.pixels_per_day == ppd  # the zoom is kept
    assert canvas.gap_text() == "about 4 years 5 months"
    app_state.set_filter(Filter(events=frozenset({SPEECH})))
    assert canvas.visible_event_ids() == [SPEECH]
    assert canvas.gap_text() is None  # the report is filtered out
    app_state.clear_filter()
    assert canvas.visible_event_ids() == [MTC, REPORT, WLGA, SPEECH]
    assert canvas.caption() == ""


def test_filter_hiding_everything_says_so(canvas, app_state):
    app_state.set_filter(Filter(text="zzqxv nothing matches this"))
    assert canvas.visible_event_ids() == []
    assert canvas.message() == "No events match the filters"
    assert canvas.caption() == "0 of 4 events shown"
    canvas.grab()  # paints the message
    canvas.step(1)  # nothing to step to
    app_state.clear_filter()
    assert canvas.message() is None


def test_stepping_skips_filtered_events(canvas, app_state):
    app_state.set_filter(Filter(events=frozenset({MTC, SPEECH})))
    app_state.select_event(MTC)
    canvas.step(1)
    assert app_state.selected_event == SPEECH
    # from a selected event that is filtered out, step to the next visible one
    app_state.select_event(REPORT)
    canvas.step(1)
    assert app_state.selected_event == SPEECH
    app_state.select_event(REPORT)
    canvas.step(-1)
    assert app_state.selected_event == MTC


# --- labels ----------------------------------------------------------------------------------------
def test_labels_never_overlap(canvas):
    levels = [("fit", None)] + [("in", i) for i in range(1, 12)] + [("out", i) for i in range(1, 8)]
    for kind, _ in levels:
        if kind == "fit":
            canvas.fit()
        elif kind == "in":
            canvas.zoom_in()
        elif _ == 1:
            canvas.fit()
            canvas.zoom_out()
        else:
            canvas.zoom_out()
        labels = canvas.label_rects()
        assert_no_overlaps(labels)
        assert_inside(canvas, labels)
        axis = canvas.axis_label_rects()
        assert axis, "the axis always has labels"
        assert_no_overlaps(axis, "axis labels")
        assert_inside(canvas, axis)
        gap = canvas.gap_rect()
        if gap is not None:
            assert all(not gap.intersects(r) for r in labels)


def test_all_four_labels_at_fit(canvas):
    assert len(canvas.label_rects()) == 4
    for eid in (MTC, REPORT, WLGA, SPEECH):
        assert canvas.label_text(eid)


def test_axis_labels_follow_the_zoom(canvas):
    texts = canvas.axis_label_texts()
    assert "2005" in texts and "2009" in texts
    for _ in range(60):
        canvas.zoom_in()  # about two weeks across: days with month names
    texts = canvas.axis_label_texts()
    assert any(t.endswith((" Jan", " Feb", " Mar", " Apr", " May", " Jun", " Jul", " Aug", " Sep", " Oct",
                           " Nov", " Dec")) for t in texts)
    assert any(t.isdigit() and len(t) == 4 for t in texts)  # the year for context


def test_labels_at_large_text_size(qtbot, app_state):
    view = make_view(qtbot, app_state, 900, 500)
    font = view.canvas.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    view.canvas.setFont(font)
    canvas = view.canvas
    for step in range(10):
        labels = canvas.label_rects()
        assert_no_overlaps(labels)
        assert_inside(canvas, labels)
        assert_no_overlaps(canvas.axis_label_rects(), "axis labels")
        assert_inside(canvas, canvas.axis_label_rects())
        canvas.zoom_in()
    canvas.grab()


# --- many events: level of detail -------------------------------------------------------------------
@pytest.fixture
def big_state(qtbot, bundled_dataset):
    state = AppState()
    state.set_dataset(synthetic_dataset(bundled_dataset, 5000))
    return state


def test_density_mode_with_thousands_of_events(qtbot, big_state):
    view = make_view(qtbot, big_state)
    canvas = view.canvas
    assert canvas.is_density_mode()
    assert len(canvas.visible_event_ids()) == 5000
    assert canvas.label_rects() == []
    image = canvas.grab()  # painting completes
    assert not image.isNull()
    # zooming in far enough switches to individual markers with labels that do not overlap
    for _ in range(40):
        canvas.zoom_in()
        if not canvas.is_density_mode():
            break
    assert not canvas.is_density_mode()
    ids = canvas.visible_event_ids()
    assert 0 < len(ids) <= 300
    assert all(canvas.marker_x(e) is not None for e in ids)
    labels = canvas.label_rects()
    assert labels
    assert_no_overlaps(labels)
    assert_inside(canvas, labels)
    canvas.grab()
    # keyboard stepping works in chronological order over the visible events
    big_state.select_event(ids[0])
    canvas.step(1)
    assert big_state.selected_event == ids[1]


def test_density_follows_the_filter(qtbot, big_state):
    view = make_view(qtbot, big_state)
    canvas = view.canvas
    ds = big_state.dataset
    keep = frozenset(ds.events["event_id"].iloc[::100])
    big_state.set_filter(Filter(events=keep))
    assert len(canvas.visible_event_ids()) == len(keep)
    assert not canvas.is_density_mode()
    assert canvas.caption() == f"{len(keep)} of 5,000 events shown"
    assert_no_overlaps(canvas.label_rects())


def test_clicking_density_zooms_in(qtbot, big_state):
    view = make_view(qtbot, big_state)
    canvas = view.canvas
    assert canvas.is_density_mode()
    ppd = canvas.pixels_per_day
    x = canvas.marker_x(canvas.visible_event_ids()[2500])
    f = canvas._ensure_frame()
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(x), int(f.lane_bottom - 3)))
    assert canvas.pixels_per_day > ppd


def test_fit_shows_every_visible_event(qtbot, big_state):
    view = make_view(qtbot, big_state)
    canvas = view.canvas
    for _ in range(10):
        canvas.zoom_in()
    canvas.fit()
    assert len(canvas.visible_event_ids()) == 5000


# --- appearance ----------------------------------------------------------------------------------------
def test_dark_palette_paints_dark(qtbot, app_state):
    view = make_view(qtbot, app_state)
    canvas = view.canvas
    pal = QPalette(canvas.palette())
    pal.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    pal.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    pal.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    pal.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    canvas.setPalette(pal)
    image = canvas.grab().toImage()
    corner = image.pixelColor(image.width() // 2, 5)
    assert corner.lightness() < 64
    # the speech marker is drawn in the light text colour
    rect = canvas.marker_rect(SPEECH)
    dpr = image.devicePixelRatio()
    centre = image.pixelColor(int(rect.center().x() * dpr), int(rect.center().y() * dpr))
    assert centre.lightness() > 160


def test_focus_and_accessibility(view, app_state):
    canvas = view.canvas
    assert canvas.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert canvas.accessibleName() == "Timeline"
    desc = canvas.accessibleDescription()
    assert "Chief Inspector" in desc and "c. January 2005" in desc
    app_state.select_event(MTC)
    assert "No source text" in canvas.accessibleDescription()
    assert view.splitter.objectName() == "timelineSplitter"
    assert view.findChild(type(view.splitter), "timelineSplitter") is view.splitter
    assert view.details is not None and view.canvas is canvas


# --- event details ---------------------------------------------------------------------------------------
def test_event_details_show_the_fields(qtbot, app_state):
    details = EventDetails(app_state)
    qtbot.addWidget(details)
    details.resize(700, 500)
    details.show()
    app_state.select_event(REPORT)
    v = details.value_labels
    assert details.title_label.text().startswith("Chief Inspector")
    assert v["date"].text() == "c. January 2005"
    assert "no dateline" in v["date_note"].text()
    assert v["speaker"].text() == "Graham Williams, Chief Inspector of Social Services for Wales"
    assert v["organisation"].text() == "Social Services Inspectorate for Wales"
    assert v["source"].text() == "inspection-report.txt"
    assert v["summary"].text()
    themes = v["themes"].text().splitlines()
    assert themes and all("statement" in line for line in themes)
    assert not v["venue"].isVisibleTo(details)  # no venue: the row is hidden
    assert not details.name_labels["venue"].isVisibleTo(details)

    app_state.select_event(MTC)
    assert v["date"].text() == "October 2004"
    assert v["source"].text() == "No source text: referred to in another document"
    assert not v["speaker"].isVisibleTo(details)
    assert not v["themes"].isVisibleTo(details)

    app_state.select_event(SPEECH)
    assert v["date"].text() == "18 June 2009"
    assert v["venue"].isVisibleTo(details)
    assert "Cardiff" in v["venue"].text()

    app_state.select_event(None)
    assert details.placeholder.isVisibleTo(details)
    assert not details.title_label.isVisibleTo(details)


def test_event_details_are_plain_text(qtbot, bundled_dataset):
    events = bundled_dataset.events.copy()
    row = bundled_dataset.event_row[REPORT]
    events.at[row, "title"] = "<b>x</b> & <i>y</i>"
    events.at[row, "summary"] = "<a href='http://example.org'>link</a>"
    ds = dataclasses.replace(bundled_dataset, events=events)
    state = AppState()
    state.set_dataset(ds)
    state.select_event(REPORT)
    view = make_view(qtbot, state)
    details = view.details
    assert "<b>" in details.title_label.text()
    assert details.title_label.text() == "<b>x</b> & <i>y</i>"
    assert details.title_label.textFormat() == Qt.TextFormat.PlainText
    assert details.value_labels["summary"].text().startswith("<a href=")
    for label in [details.title_label, *details.value_labels.values()]:
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert label.wordWrap()
        flags = label.textInteractionFlags()
        assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
        assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    # the timeline label shows the title literally too
    assert view.canvas.label_text(REPORT).splitlines()[1].startswith("<b>x</b>")


def test_dataset_change_rebuilds_and_fits(qtbot, app_state, bundled_dataset):
    view = make_view(qtbot, app_state)
    canvas = view.canvas
    for _ in range(5):
        canvas.zoom_in()
    app_state.set_dataset(synthetic_dataset(bundled_dataset, 50, seed=3))
    assert len(canvas.visible_event_ids()) == 50
    app_state.set_dataset(bundled_dataset)
    assert canvas.visible_event_ids() == [MTC, REPORT, WLGA, SPEECH]
