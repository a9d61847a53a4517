"""The Timeline view: every event on a real date axis, the selected event's details below.

:class:`TimelineCanvas` paints the events itself rather than keeping one graphics item per
event, so it stays fast with tens of thousands of events:

* the events live in numpy arrays sorted by the day of their marker; what is in view is
  found with ``np.searchsorted`` (the arrays are the spatial index), and painting loops only
  over the events in view;
* level of detail: when more events are in view than can be told apart, a histogram of
  events per pixel bucket (computed with ``np.bincount``) is drawn instead of markers;
* otherwise each event gets a marker (primary events — with a source text — large and
  filled, referenced events small and hollow), and labels are placed greedily in rows
  only where they fit, primary events first;
* an approximate date is drawn as approximate: a translucent band over the known range of
  uncertainty, the marker at the stated date and a label starting with 'c.'; a date known
  to the month or the year gets a bar over that month or year;
* the gap between the two compared events is labelled on a bracket between them.

The view area is one window onto the day axis: ``left`` (the day at x = 0, as a float,
days since 1970-01-01) and ``ppd`` (pixels per day).
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QLineF, QPointF, QRect, QRectF, QSize, Qt, Slot
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAction,
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.dataset.dates import format_date, format_gap, from_day_number, month_abbr, month_name, parse_partial_date
from app.ui.state import AppState
from app.ui.statictext import static_text

# --- constants -------------------------------------------------------------------------------
DAYS_PER_YEAR = 365.2425
MIN_SPAN_DAYS = 14.0  # most zoomed in: about two weeks across the width
MAX_SPAN_DAYS = 200 * DAYS_PER_YEAR  # most zoomed out: about two centuries
MIN_FIT_SPAN_DAYS = 60.0  # fitting a single event shows about two months around it
KEY_ZOOM_FACTOR = 1.5  # one press of + or -, or one button click
WHEEL_ZOOM_FACTOR = 1.25  # one notch of Ctrl+wheel
MAX_MARKERS = 300  # more events than this in view are drawn as density
MIN_MEAN_SPACING_PX = 4.0  # ... and so are events closer than this on average
MARKER_LANES = 3  # markers that would overlap are stacked in up to this many lanes
MAX_LABEL_ROWS = 12

_CTX = "TimelineCanvas"


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """*a* blended towards *b* by *t* (0 = a, 1 = b)."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        1.0,
    )


def _alpha(c: QColor, a: int) -> QColor:
    c = QColor(c)
    c.setAlpha(a)
    return c


def _plain_tooltip(text: str) -> str:
    """Data text for a tooltip, shown literally (never interpreted as HTML)."""
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def _field(value) -> str:
    """A text field from the events frame: missing values become ''."""
    return value.strip() if isinstance(value, str) else ""


# --- the date axis ---------------------------------------------------------------------------
# (unit, step, smallest gap in days between two ticks of that kind)
_AXIS_UNITS = (
    ("day", 1, 1), ("day", 2, 2), ("day", 7, 7), ("day", 14, 14),
    ("month", 1, 28), ("month", 2, 59), ("month", 3, 89), ("month", 6, 181),
    ("year", 1, 365), ("year", 2, 730), ("year", 5, 1826), ("year", 10, 3652),
    ("year", 20, 7305), ("year", 50, 18262), ("year", 100, 36524), ("year", 200, 73048),
    ("year", 500, 182621),
)


def _tick_days(unit: str, step: int, d0: float, d1: float) -> np.ndarray:
    """Day numbers of the ticks of *unit*/*step* from the last one at or before *d0* up to *d1*."""
    lo = np.datetime64(int(math.floor(d0)), "D")
    hi = np.datetime64(int(math.ceil(d1)), "D")
    if unit == "year":
        y0 = int(lo.astype("datetime64[Y]").astype(np.int64)) + 1970
        y1 = int(hi.astype("datetime64[Y]").astype(np.int64)) + 1970
        first = y0 - (y0 % step)
        years = np.arange(first, y1 + 1, step, dtype=np.int64)
        return (years - 1970).astype("datetime64[Y]").astype("datetime64[D]").astype(np.int64)
    if unit == "month":
        m0 = int(lo.astype("datetime64[M]").astype(np.int64))
        m1 = int(hi.astype("datetime64[M]").astype(np.int64))
        first = m0 - (m0 % 12) % step
        months = np.arange(first, m1 + 1, dtype=np.int64)
        months = months[(months % 12) % step == 0]
        return months.astype("datetime64[M]").astype("datetime64[D]").astype(np.int64)
    # days: by day of the month, so that ticks stay on the same days every month
    start = int(lo.astype("datetime64[M]").astype("datetime64[D]").astype(np.int64))
    days = np.arange(start, int(hi.astype(np.int64)) + 1, dtype=np.int64)
    as_date = days.astype("datetime64[D]")
    month_start = as_date.astype("datetime64[M]")
    dom = (as_date - month_start.astype("datetime64[D]")).astype(np.int64) + 1
    month_len = ((month_start + 1).astype("datetime64[D]") - month_start.astype("datetime64[D]")).astype(np.int64)
    if step == 1:
        keep = np.ones(len(days), dtype=bool)
    elif step == 2:
        keep = (dom % 2 == 1) & ((dom <= 27) | ((dom == 29) & (month_len >= 30)))
    elif step == 7:
        keep = np.isin(dom, (1, 8, 15, 22))
    else:
        keep = np.isin(dom, (1, 15))
    days = days[keep]
    # the last tick at or before d0, then everything up to d1
    i = max(int(np.searchsorted(days, d0, side="right")) - 1, 0)
    return days[i:]


def _minor_for(unit: str, step: int) -> tuple[str, int] | None:
    if unit == "year":
        return ("year", 1) if step > 1 else ("month", 1)
    if unit == "month":
        return ("month", 1) if step > 1 else ("day", 7)
    if step > 1:
        return ("day", 1)
    return None


# --- one laid-out frame ------------------------------------------------------------------------
class _Frame:
    """Everything one paint draws, computed once per view state (and used by the helpers)."""

    def __init__(self) -> None:
        self.message: str | None = None  # shown instead of events
        self.hint: str = ""  # shown top right (density, nothing in this period)
        self.caption: str = ""  # shown top left ('3 of 4 events shown')
        self.density = False
        self.lo = 0
        self.hi = 0
        self.markers: list[tuple[int, float, float, float]] = []  # pos, x, y, radius
        self.marker_at: dict[int, tuple[float, float, float]] = {}
        self.bands: list[tuple[int, QRectF | None, QRectF | None]] = []  # pos, band, period bar
        self.labels: list[tuple[int, QRectF, str, str]] = []  # pos, rect, date line, title line
        self.leaders: list[QLineF] = []
        self.density_primary: list[QRect] = []
        self.density_referenced: list[QRect] = []
        self.bucket_px = 3.0
        self.bucket_counts: tuple[np.ndarray, np.ndarray] | None = None
        self.axis_major: list[QLineF] = []
        self.axis_minor: list[QLineF] = []
        self.grid: list[QLineF] = []
        self.axis_labels: list[tuple[QPointF, str, QRectF]] = []
        self.gap: tuple[float, float, float, str, QRectF] | None = None
        self.y_top = 0.0
        self.y_axis = 0.0
        self.lane_top = 0.0
        self.lane_bottom = 0.0
        self.caption_rect = QRectF()
        self.hint_rect = QRectF()


class TimelineCanvas(QWidget):
    """A custom-painted, virtualised timeline of the events of ``state.dataset``."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Timeline"))

        self._left = 0.0
        self._ppd = 1.0
        self._needs_fit = True
        self._fitted = False
        self._frame: _Frame | None = None
        # (event position, label width) -> (date, title, width): the two label widths in use
        # (few or many events in view) alternate as filters change, so both are kept.
        self._label_cache: dict[tuple[int, float], tuple[str, str, float]] = {}
        self._unit_widths: dict[str, float] | None = None
        self._press: tuple[float, float] | None = None  # x at press, left at press
        self._dragging = False
        self._clear_arrays()

        state.datasetChanged.connect(self._on_dataset_changed)
        state.filterChanged.connect(self._on_filter_changed)
        state.pairChanged.connect(self._invalidate)
        state.eventSelected.connect(self._on_event_selected)
        if state.dataset is not None:
            self._on_dataset_changed()
            self._on_filter_changed()

    # --- data --------------------------------------------------------------------------------
    def _clear_arrays(self) -> None:
        empty_f = np.zeros(0, dtype=np.float64)
        empty_b = np.zeros(0, dtype=bool)
        self._ids = np.zeros(0, dtype=object)
        self._rows = np.zeros(0, dtype=np.int64)  # sorted position -> row in ds.events
        self._pos_of: dict[str, int] = {}
        self._marker = empty_f
        self._start = empty_f
        self._end = empty_f
        self._band_lo = empty_f
        self._band_hi = empty_f
        self._primary = empty_b
        self._approx = empty_b
        self._has_band = empty_b
        self._ext_lo = 0.0
        self._ext_hi = 0.0
        self._all_lo = 0.0
        self._all_hi = 0.0
        self._visible = empty_b
        self._vis_pos = np.zeros(0, dtype=np.int64)  # sorted positions of visible events
        self._vis_marker = empty_f

    @Slot()
    def _on_dataset_changed(self) -> None:
        ds = self._state.dataset
        self._clear_arrays()
        self._label_cache.clear()
        if ds is not None and len(ds.events):
            ev = ds.events
            start = ev["start_day"].to_numpy(dtype=np.float64)
            end = ev["end_day"].to_numpy(dtype=np.float64)
            marker = (start + end) / 2.0  # the middle of the stated day, month or year
            rows = np.arange(len(ev), dtype=np.int64)
            order = np.lexsort((rows, marker))
            self._rows = order
            self._ids = ev["event_id"].to_numpy(dtype=object)[order]
            self._pos_of = {eid: i for i, eid in enumerate(self._ids.tolist())}
            self._marker = marker[order]
            self._start = start[order]
            self._end = end[order]
            approx = ev["date_approximate"].to_numpy(dtype=bool)[order]
            self._approx = approx
            self._primary = ev["has_source"].to_numpy(dtype=bool)[order]
            band_lo = np.minimum(ev["band_start"].to_numpy(dtype=np.float64)[order], self._start)
            band_hi = np.maximum(ev["band_end"].to_numpy(dtype=np.float64)[order], self._end)
            # an approximate date is shown over its whole range; an exact one over its period
            self._band_lo = np.where(approx, band_lo, self._start)
            self._band_hi = np.where(approx, band_hi, self._end)
            self._has_band = approx | ((self._end - self._start) > 1.0)
            if self._has_band.any():
                self._ext_lo = float((self._marker - self._band_lo)[self._has_band].max())
                self._ext_hi = float((self._band_hi - self._marker)[self._has_band].max())
            self._all_lo = float(self._band_lo.min())
            self._all_hi = float(self._band_hi.max())
            self._visible = np.ones(len(ev), dtype=bool)
            self._update_visible_arrays()
        self._needs_fit = True
        self._invalidate()
        self._update_accessible()

    def _update_visible_arrays(self) -> None:
        self._vis_pos = np.flatnonzero(self._visible)
        self._vis_marker = self._marker[self._vis_pos]

    @Slot()
    def _on_filter_changed(self) -> None:
        st = self._state
        if st.dataset is None or st.query is None or not len(self._rows):
            return
        mask = np.asarray(st.query.event_mask(st.filter), dtype=bool)
        self._visible = mask[self._rows]
        self._update_visible_arrays()
        self._invalidate()
        self._update_accessible()

    @Slot(str)
    def _on_event_selected(self, event_id: str) -> None:
        if event_id:
            self.scroll_to_event(event_id)
        self._invalidate()
        self._update_accessible()

    @Slot()
    def _invalidate(self) -> None:
        self._frame = None
        self.update()

    # --- the view window -----------------------------------------------------------------------
    @property
    def pixels_per_day(self) -> float:
        self._ensure_fit()
        return self._ppd

    @property
    def left_day(self) -> float:
        self._ensure_fit()
        return self._left

    def day_at(self, x: float) -> float:
        """The day number (fractional) under pixel *x*."""
        self._ensure_fit()
        return self._left + x / self._ppd

    def x_of_day(self, day: float) -> float:
        self._ensure_fit()
        return (day - self._left) * self._ppd

    def _ppd_limits(self) -> tuple[float, float]:
        w = max(self.width(), 1)
        return w / MAX_SPAN_DAYS, w / MIN_SPAN_DAYS

    def _clamp_view(self) -> None:
        lo_ppd, hi_ppd = self._ppd_limits()
        self._ppd = min(max(self._ppd, lo_ppd), hi_ppd)
        if not len(self._marker):
            return
        span = self.width() / self._ppd
        margin = 0.05 * span
        data = self._all_hi - self._all_lo
        if data + 2 * margin <= span:
            # all the data fits: keep all of it in view
            lo = self._all_hi + margin - span
            hi = self._all_lo - margin
        else:
            # otherwise at least a tenth of the width keeps showing some of it
            lo = self._all_lo - span + 2 * margin
            hi = self._all_hi - 2 * margin
        self._left = min(max(self._left, lo), hi)

    def _ensure_fit(self) -> None:
        if self._needs_fit and self.width() > 0:
            self._do_fit()

    def _do_fit(self) -> None:
        self._needs_fit = False
        self._fitted = True
        w = max(self.width(), 1)
        if len(self._vis_pos):
            lo = float(self._band_lo[self._vis_pos].min())
            hi = float(self._band_hi[self._vis_pos].max())
        elif len(self._marker):
            lo, hi = self._all_lo, self._all_hi
        else:
            lo, hi = 0.0, DAYS_PER_YEAR
        span = max(hi - lo, MIN_FIT_SPAN_DAYS)
        mid = (lo + hi) / 2
        lo, hi = mid - span / 2, mid + span / 2
        fm = QFontMetricsF(self.font())
        margin = max(3 * fm.averageCharWidth(), 0.04 * w)
        usable = max(w - 2 * margin, w * 0.5)
        self._ppd = usable / span
        self._left = lo - margin / self._ppd
        self._clamp_view()
        self._frame = None

    @Slot()
    def fit(self) -> None:
        """Show every event the filters let through."""
        if self.width() > 0:
            self._do_fit()
        else:
            self._needs_fit = True
        self._invalidate()

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom by *factor* (>1 zooms in) keeping the day under *anchor_x* where it is."""
        self._ensure_fit()
        if anchor_x is None:
            anchor_x = self.width() / 2
        day = self._left + anchor_x / self._ppd
        lo_ppd, hi_ppd = self._ppd_limits()
        self._ppd = min(max(self._ppd * factor, lo_ppd), hi_ppd)
        self._left = day - anchor_x / self._ppd
        self._clamp_view()
        self._fitted = False
        self._invalidate()

    def _zoom_anchor(self) -> float | None:
        """Keyboard zoom keeps the selected event still when it is in view."""
        eid = self._state.selected_event
        x = self.marker_x(eid) if eid else None
        if x is not None and 0 <= x <= self.width():
            return x
        return None

    @Slot()
    def zoom_in(self) -> None:
        self.zoom_by(KEY_ZOOM_FACTOR, self._zoom_anchor())

    @Slot()
    def zoom_out(self) -> None:
        self.zoom_by(1 / KEY_ZOOM_FACTOR, self._zoom_anchor())

    def pan_pixels(self, dx: float) -> None:
        """Move the view content right by *dx* pixels (earlier dates come into view)."""
        self._ensure_fit()
        self._left -= dx / self._ppd
        self._clamp_view()
        self._fitted = False
        self._invalidate()

    def scroll_to_event(self, event_id: str) -> None:
        """If the event's marker is out of view (or touching an edge), pan, keeping the zoom,
        to bring it well inside; otherwise leave the view alone."""
        pos = self._pos_of.get(event_id)
        if pos is None or not self._visible[pos] or self.width() <= 0:
            return
        self._ensure_fit()
        w = self.width()
        x = (self._marker[pos] - self._left) * self._ppd
        edge = 2 * self._radii()[0]
        if edge <= x <= w - edge:
            return
        margin = 0.15 * w
        if x < margin:
            self._left -= (margin - x) / self._ppd
        else:
            self._left += (x - (w - margin)) / self._ppd
        self._clamp_view()
        self._fitted = False
        self._frame = None

    # --- selection stepping --------------------------------------------------------------------
    @Slot(int)
    def step(self, delta: int) -> None:
        """Select the previous (-1) or next (+1) event the filters let through."""
        vis = self._vis_pos
        if not len(vis):
            return
        cur = self._pos_of.get(self._state.selected_event or "")
        if cur is None:
            # nothing selected: start from the view's edge
            self._ensure_fit()
            d0 = self._left
            d1 = d0 + self.width() / self._ppd
            if delta > 0:
                k = int(np.searchsorted(self._vis_marker, d0, side="left"))
            else:
                k = int(np.searchsorted(self._vis_marker, d1, side="right")) - 1
        else:
            k = int(np.searchsorted(vis, cur))
            if k < len(vis) and vis[k] == cur:
                k += 1 if delta > 0 else -1
            elif delta < 0:
                k -= 1
        k = min(max(k, 0), len(vis) - 1)
        self._select_pos(int(vis[k]))

    @Slot()
    def select_first(self) -> None:
        if len(self._vis_pos):
            self._select_pos(int(self._vis_pos[0]))

    @Slot()
    def select_last(self) -> None:
        if len(self._vis_pos):
            self._select_pos(int(self._vis_pos[-1]))

    def _select_pos(self, pos: int) -> None:
        eid = str(self._ids[pos])
        if eid == self._state.selected_event:
            self.scroll_to_event(eid)
            self._invalidate()
        else:
            self._state.select_event(eid)  # eventSelected scrolls it into view

    # --- helpers for tests and the benchmark ---------------------------------------------------
    def visible_event_ids(self) -> list[str]:
        """Ids of the events in view that the filters let through (drawn as markers or counted
        in the density marks), in chronological order."""
        f = self._ensure_frame()
        if f is None:
            return []
        return self._ids[self._vis_pos[f.lo:f.hi]].tolist()

    def is_density_mode(self) -> bool:
        f = self._ensure_frame()
        return bool(f and f.density)

    def marker_x(self, event_id: str | None) -> float | None:
        """The x pixel of the event's place on the axis, or None if it is filtered out or out of
        view. (In density mode the event is counted in the bucket at this x.)"""
        pos = self._pos_of.get(event_id or "")
        f = self._ensure_frame()
        if pos is None or f is None or not self._visible[pos]:
            return None
        r = self._radii()[0]
        x = (self._marker[pos] - self._left) * self._ppd
        if -r <= x <= self.width() + r:
            return float(x)
        return None

    def marker_rect(self, event_id: str) -> QRectF | None:
        """The drawn marker of the event, or None if it is not drawn as a marker."""
        f = self._ensure_frame()
        pos = self._pos_of.get(event_id)
        if f is None or pos is None or pos not in f.marker_at:
            return None
        x, y, r = f.marker_at[pos]
        return QRectF(x - r, y - r, 2 * r, 2 * r)

    def band_rect(self, event_id: str) -> QRectF | None:
        """The drawn uncertainty band (or period bar, for an exact month or year) of the event."""
        f = self._ensure_frame()
        pos = self._pos_of.get(event_id)
        if f is None or pos is None:
            return None
        for p, band, bar in f.bands:
            if p == pos:
                return band or bar
        return None

    def label_rects(self) -> list[QRectF]:
        """The rectangles of the event labels drawn."""
        f = self._ensure_frame()
        return [QRectF(r) for _, r, _, _ in f.labels] if f else []

    def label_text(self, event_id: str) -> str | None:
        """The text of the event's label ('date\\ntitle'), or None if it has no label now."""
        f = self._ensure_frame()
        pos = self._pos_of.get(event_id)
        if f is None or pos is None:
            return None
        for p, _, line1, line2 in f.labels:
            if p == pos:
                return f"{line1}\n{line2}"
        return None

    def axis_label_rects(self) -> list[QRectF]:
        f = self._ensure_frame()
        return [QRectF(r) for _, _, r in f.axis_labels] if f else []

    def axis_label_texts(self) -> list[str]:
        f = self._ensure_frame()
        return [t for _, t, _ in f.axis_labels] if f else []

    def gap_text(self) -> str | None:
        f = self._ensure_frame()
        return f.gap[3] if f and f.gap else None

    def gap_rect(self) -> QRectF | None:
        f = self._ensure_frame()
        return QRectF(f.gap[4]) if f and f.gap else None

    def message(self) -> str | None:
        """The message painted instead of events ('No events match the filters'), if any."""
        f = self._ensure_frame()
        return f.message if f else None

    def caption(self) -> str:
        f = self._ensure_frame()
        return f.caption if f else ""

    # --- layout ----------------------------------------------------------------------------------
    def _metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.font())

    def _radii(self) -> tuple[float, float]:
        ls = self._metrics().lineSpacing()
        primary = max(4.0, round(ls * 0.4))
        return primary, max(3.0, round(primary * 0.6))

    def _ensure_frame(self) -> _Frame | None:
        if self.width() <= 0 or self.height() <= 0:
            return None
        self._ensure_fit()
        if self._frame is None:
            self._frame = self._layout()
        return self._frame

    def _layout(self) -> _Frame:
        f = _Frame()
        st = self._state
        w, h = float(self.width()), float(self.height())
        fm = self._metrics()
        ls = fm.lineSpacing()
        pad = max(2.0, round(ls * 0.25))
        r_primary, _ = self._radii()
        tick = max(3.0, round(ls * 0.35))

        # vertical layout, bottom up: two rows of axis labels, the axis, the gap lane, the
        # marker lanes, then rows of labels up to the caption line
        f.y_axis = h - pad - 2 * ls - tick - pad
        gap_lane = ls + 2 * pad
        lane_h = 2 * r_primary + pad
        f.lane_bottom = f.y_axis - gap_lane
        f.lane_top = f.lane_bottom - MARKER_LANES * lane_h
        f.y_top = pad + ls + pad

        if st.dataset is None:
            f.message = self.tr("No dataset loaded")
            return f
        if not len(self._marker):
            f.message = self.tr("This dataset has no events")
            return f
        self._layout_axis(f, fm, w, tick, pad)
        total = len(self._marker)
        shown = len(self._vis_pos)
        if shown < total:
            f.caption = self.tr("{shown} of {total} events shown").format(
                shown=f"{shown:,}", total=f"{total:,}"
            )
        if not shown:
            f.message = self.tr("No events match the filters")
            self._layout_captions(f, fm, w, pad)
            return f

        ppd, left = self._ppd, self._left
        d0, d1 = left, left + w / ppd
        slack = r_primary / ppd
        f.lo = int(np.searchsorted(self._vis_marker, d0 - slack, side="left"))
        f.hi = int(np.searchsorted(self._vis_marker, d1 + slack, side="right"))
        n = f.hi - f.lo
        # level of detail: markers while they can be told apart, density beyond that
        f.density = n > MAX_MARKERS or (n > 1 and w / n < max(MIN_MEAN_SPACING_PX, r_primary))
        if n == 0:
            f.hint = self.tr("No events in this period; press F to fit all")
        if f.density:
            self._layout_density(f, w, pad)
            f.hint = self.tr("{n} events in view, drawn as density: zoom in to see each one").format(
                n=f"{n:,}"
            )
        else:
            self._layout_markers(f, fm, w, pad, lane_h)
        self._layout_gap(f, fm, w, pad, gap_lane)
        self._layout_captions(f, fm, w, pad)
        return f

    def _layout_captions(self, f: _Frame, fm: QFontMetricsF, w: float, pad: float) -> None:
        x = pad * 2
        if f.caption:
            cw = fm.horizontalAdvance(f.caption)
            f.caption_rect = QRectF(x, pad, cw, fm.height())
            x += cw + 4 * fm.averageCharWidth()
        if f.hint:
            room = w - 2 * pad - x
            text = fm.elidedText(f.hint, Qt.TextElideMode.ElideRight, room) if room > 0 else ""
            if text and text != "…":
                hw = fm.horizontalAdvance(text)
                f.hint = text
                f.hint_rect = QRectF(w - 2 * pad - hw, pad, hw, fm.height())
            else:
                f.hint = ""

    def _unit_label_widths(self, fm: QFontMetricsF) -> dict[str, float]:
        if self._unit_widths is None:
            digits = max(fm.horizontalAdvance(str(d) * 4) for d in range(10))
            abbr = max(fm.horizontalAdvance(month_abbr(m)) for m in range(1, 13))
            full = max(fm.horizontalAdvance(month_name(m)) for m in range(1, 13))
            two = max(fm.horizontalAdvance(str(d) * 2) for d in range(10))
            self._unit_widths = {
                "year": digits,
                "month-full": full,
                "month": abbr,
                "day": two + fm.horizontalAdvance(" ") + abbr,
            }
        return self._unit_widths

    def _choose_unit(self, fm: QFontMetricsF, pad: float) -> tuple[str, int, str]:
        widths = self._unit_label_widths(fm)
        room = 2 * pad + fm.averageCharWidth() * 1.5
        for unit, step, min_gap in _AXIS_UNITS:
            gap_px = min_gap * self._ppd
            if unit == "month" and gap_px >= widths["month-full"] + room:
                return unit, step, "month-full"
            if gap_px >= widths[unit] + room:
                return unit, step, unit
        unit, step, _ = _AXIS_UNITS[-1]
        return unit, step, unit

    @staticmethod
    def _tick_text(day: int, fmt: str) -> str:
        d = from_day_number(day)
        if fmt == "year":
            return str(d.year)
        if fmt == "month-full":
            return month_name(d.month)
        if fmt == "month":
            return month_abbr(d.month)
        return QCoreApplication.translate("TimelineCanvas", "{day} {month}", "axis label for a day, e.g. 18 Jun").format(day=d.day, month=month_abbr(d.month))

    def _layout_axis(self, f: _Frame, fm: QFontMetricsF, w: float, tick: float, pad: float) -> None:
        ppd, left = self._ppd, self._left
        d0, d1 = left, left + w / ppd
        unit, step, fmt = self._choose_unit(fm, pad)
        y = f.y_axis
        gap = fm.averageCharWidth() * 1.5

        minor = _minor_for(unit, step)
        if minor is not None:
            mdays = _tick_days(minor[0], minor[1], d0, d1)
            min_gap = next(g for u, s, g in _AXIS_UNITS if (u, s) == minor)
            if min_gap * ppd >= 5:
                xs = (mdays - left) * ppd
                xs = xs[(xs >= 0) & (xs <= w)]
                f.axis_minor = [QLineF(x, y, x, y + tick * 0.6) for x in xs.tolist()]

        days = _tick_days(unit, step, d0, d1)
        xs = ((days - left) * ppd).tolist()
        baseline1 = y + tick + fm.ascent()
        last_right = -math.inf
        placed: list[tuple[QPointF, str, QRectF]] = []
        for i, (day, x) in enumerate(zip(days.tolist(), xs)):
            if 0 <= x <= w:
                f.axis_major.append(QLineF(x, y, x, y + tick))
                f.grid.append(QLineF(x, f.y_top, x, y))
            text = self._tick_text(day, fmt)
            tw = fm.horizontalAdvance(text)
            lx = max(x + pad, pad)  # the period at the left edge keeps its label in view
            if lx + tw > w - pad:
                continue
            nxt = xs[i + 1] + pad if i + 1 < len(xs) else math.inf
            if lx < last_right + gap or lx + tw + gap > nxt:
                continue
            rect = QRectF(lx, y + tick, tw, fm.height())
            placed.append((QPointF(lx, baseline1), text, rect))
            last_right = lx + tw

        # context row: the year, under month and day ticks
        if unit != "year":
            years = _tick_days("year", 1, d0, d1)
            yxs = ((years - left) * ppd).tolist()
            baseline2 = baseline1 + fm.lineSpacing()
            last_right = -math.inf
            for i, (day, x) in enumerate(zip(years.tolist(), yxs)):
                text = str(from_day_number(day).year)
                tw = fm.horizontalAdvance(text)
                lx = max(x + pad, pad)
                if lx + tw > w - pad:
                    continue
                nxt = yxs[i + 1] + pad if i + 1 < len(yxs) else math.inf
                if lx < last_right + gap or lx + tw + gap > nxt:
                    continue
                if 0 <= x <= w:
                    f.axis_major.append(QLineF(x, y, x, y + tick + fm.lineSpacing()))
                rect = QRectF(lx, y + tick + fm.lineSpacing(), tw, fm.height())
                placed.append((QPointF(lx, baseline2), text, rect))
                last_right = lx + tw
        f.axis_labels = placed

    def _label_parts(self, pos: int, fm: QFontMetricsF, max_w: float, pad_x: float) -> tuple[str, str, float]:
        key = (pos, max_w)
        hit = self._label_cache.get(key)
        if hit is not None:
            return hit
        ds = self._state.dataset
        row = int(self._rows[pos])
        date = format_date(parse_partial_date(ds.event_value(row, "date")), bool(self._approx[pos]))
        title = " ".join(_field(ds.event_value(row, "title")).split())
        date = fm.elidedText(date, Qt.TextElideMode.ElideRight, max_w - 2 * pad_x)
        title = fm.elidedText(title, Qt.TextElideMode.ElideRight, max_w - 2 * pad_x)
        width = max(fm.horizontalAdvance(date), fm.horizontalAdvance(title)) + 2 * pad_x
        hit = (date, title, math.ceil(width))
        if len(self._label_cache) > 50_000:
            self._label_cache.clear()
        self._label_cache[key] = hit
        return hit

    def _layout_markers(self, f: _Frame, fm: QFontMetricsF, w: float, pad: float, lane_h: float) -> None:
        ppd, left = self._ppd, self._left
        d0, d1 = left, left + w / ppd
        r_primary, r_ref = self._radii()
        positions = self._vis_pos[f.lo:f.hi]
        # crowded views get smaller markers; primary events stay the larger ones
        spacing = w / max(len(positions), 1)
        r_primary = min(r_primary, max(3.5, round(spacing * 0.55, 1)))
        r_ref = min(r_ref, max(2.5, round(r_primary * 0.6, 1)))
        xs = ((self._marker[positions] - left) * ppd).tolist()
        prim = self._primary[positions].tolist()
        pos_list = positions.tolist()

        # markers, stacked in lanes where they would overlap
        min_sep = 2 * r_primary + 2
        lane_last = [-math.inf] * MARKER_LANES
        lane_of: dict[int, int] = {}
        for pos, x, p in zip(pos_list, xs, prim):
            lane = -1
            for k in range(MARKER_LANES):
                if x - lane_last[k] >= min_sep:
                    lane = k
                    break
            if lane < 0:
                lane = min(range(MARKER_LANES), key=lane_last.__getitem__)
            lane_last[lane] = x
            lane_of[pos] = lane
            y = f.lane_bottom - (lane + 0.5) * lane_h
            r = r_primary if p else r_ref
            f.markers.append((pos, x, y, r))
            f.marker_at[pos] = (x, y, r)

        # bands and period bars, including events whose marker is just out of view
        b0 = int(np.searchsorted(self._vis_marker, d0 - self._ext_hi, side="left"))
        b1 = int(np.searchsorted(self._vis_marker, d1 + self._ext_lo, side="right"))
        cand = self._vis_pos[b0:b1]
        cand = cand[self._has_band[cand] & (self._band_lo[cand] < d1) & (self._band_hi[cand] > d0)]
        for pos in cand.tolist():
            lane = lane_of.get(pos, 0)
            yc = f.lane_bottom - (lane + 0.5) * lane_h
            band = bar = None
            if self._approx[pos]:
                x0 = max((self._band_lo[pos] - left) * ppd, -2.0)
                x1 = min((self._band_hi[pos] - left) * ppd, w + 2.0)
                bh = lane_h - 2
                band = QRectF(x0, yc - bh / 2, max(x1 - x0, 1.0), bh)
            if self._end[pos] - self._start[pos] > 1:
                x0 = max((self._start[pos] - left) * ppd, -2.0)
                x1 = min((self._end[pos] - left) * ppd, w + 2.0)
                bh = max(3.0, round(lane_h * 0.22))
                bar = QRectF(x0, yc - bh / 2, max(x1 - x0, 1.0), bh)
            f.bands.append((pos, band, bar))

        # labels: greedily, in rows just above the marker lanes in use, primary events first
        f.lane_top = f.lane_bottom - (max(lane_of.values(), default=0) + 1) * lane_h
        row_gap = max(2.0, pad)
        pad_x = max(3.0, round(fm.averageCharWidth() * 0.6))
        label_h = 2 * fm.lineSpacing() + pad
        row_h = label_h + row_gap
        label_bottom = f.lane_top - pad
        rows = int(max(0.0, label_bottom - f.y_top) // row_h)
        rows = min(rows, MAX_LABEL_ROWS)
        if rows <= 0 or not f.markers:
            return
        # wider labels when few events are in view, so more of each title shows
        chars = 60 if len(f.markers) <= 12 else 40
        max_w = float(min(fm.averageCharWidth() * chars, max(fm.averageCharWidth() * 14, w * 0.45)))
        st = self._state
        first = [self._pos_of.get(e) for e in (st.selected_event, st.left, st.right)]
        first = [p for p in dict.fromkeys(first) if p is not None and p in f.marker_at]
        firsts = set(first)
        # right to left: a flag placed later, further left, has its pole clear of the flags
        # already placed (they start right of their poles), so labels stack as a staircase
        rest = [m[0] for m in reversed(f.markers) if m[0] not in firsts]
        order = first + [q for q in rest if self._primary[q]] + [q for q in rest if not self._primary[q]]

        # Each label is a flag on a pole: the pole (leader) rises from the marker along the
        # label's left edge (or right edge, near the right of the view). Labels in one row
        # keep a gap between them; no pole may cross a label.
        hgap = fm.averageCharWidth()
        starts: list[list[float]] = [[] for _ in range(rows)]
        ends: list[list[float]] = [[] for _ in range(rows)]
        pole_x: list[float] = []
        pole_row: list[int] = []
        edge = pad
        eps = 0.5
        fails = 0
        capacity = rows * max(1, int(w // (fm.averageCharWidth() * 8)))

        def crosses_row(row: int, x: float) -> bool:
            s, e = starts[row], ends[row]
            i = bisect_left(s, x - eps)
            return i > 0 and e[i - 1] > x + eps

        for pos in order:
            if len(f.labels) >= capacity or fails > 4 * capacity:
                break
            x, y, r = f.marker_at[pos]
            if x < 0 or x > w:
                continue
            line1, line2, lw = self._label_parts(pos, fm, max_w, pad_x)
            sides = [x + 1, x - 1 - lw]  # flag to the right of the pole, or to its left
            sides = [lx for lx in sides if edge <= lx and lx + lw <= w - edge]
            if not sides:
                fails += 1
                continue
            # the flag on the right of its pole in the lowest row that takes it; on the left
            # only where that fails (a left flag covers events not yet placed)
            placed = None
            for lx in sides:
                for row in range(rows):
                    if row and crosses_row(row - 1, x):
                        break  # the pole would cross a label below: no higher row will do
                    a, b = lx, lx + lw
                    s, e = starts[row], ends[row]
                    i = bisect_left(s, b + hgap)
                    if i > 0 and e[i - 1] > a - hgap:
                        continue  # too close to a label in this row
                    j0, j1 = bisect_right(pole_x, a + eps), bisect_left(pole_x, b - eps)
                    if any(pole_row[j] >= row for j in range(j0, j1)):
                        continue  # a pole to this row or higher would cross the label
                    placed = (row, lx)
                    break
                if placed:
                    break
            if placed is None:
                fails += 1
                continue
            row, lx = placed
            s, e = starts[row], ends[row]
            i = bisect_left(s, lx)
            s.insert(i, lx)
            e.insert(i, lx + lw)
            j = bisect_left(pole_x, x)
            pole_x.insert(j, x)
            pole_row.insert(j, row)
            bottom = label_bottom - row * row_h
            rect = QRectF(lx, bottom - label_h, lw, label_h)
            f.labels.append((pos, rect, line1, line2))
            px = math.floor(x) + 0.5
            f.leaders.append(QLineF(px, y - r, px, rect.top()))

    def _layout_density(self, f: _Frame, w: float, pad: float) -> None:
        """A histogram of events per bucket of a few pixels, primary events at the bottom and
        referenced events stacked on top. An event dated to the day counts in the bucket of
        its marker; one dated only to the month or year, or approximately, is spread evenly
        over its period or its range of uncertainty, so it is never drawn as a single day."""
        ppd, left = self._ppd, self._left
        d0, d1 = left, left + w / ppd
        bucket = max(2, int(round(self._metrics().averageCharWidth() * 0.4)))
        nb = int(math.ceil(w / bucket))
        positions = self._vis_pos[f.lo:f.hi]
        exact = ~self._has_band[positions]
        xs = (self._vis_marker[f.lo:f.hi][exact] - left) * ppd
        b = np.clip((xs // bucket).astype(np.int64), 0, nb - 1)
        prim = self._primary[positions[exact]]
        cp = np.bincount(b[prim], minlength=nb).astype(np.float64)
        cr = np.bincount(b[~prim], minlength=nb).astype(np.float64)
        b0 = int(np.searchsorted(self._vis_marker, d0 - self._ext_hi, side="left"))
        b1 = int(np.searchsorted(self._vis_marker, d1 + self._ext_lo, side="right"))
        cand = self._vis_pos[b0:b1]
        cand = cand[self._has_band[cand] & (self._band_lo[cand] < d1) & (self._band_hi[cand] > d0)]
        if len(cand):
            first = np.floor((self._band_lo[cand] - left) * ppd / bucket).astype(np.int64)
            last = np.ceil((self._band_hi[cand] - left) * ppd / bucket).astype(np.int64)
            last = np.maximum(last, first + 1)
            weight = 1.0 / (last - first)
            first = np.clip(first, 0, nb)
            last = np.clip(last, 0, nb)
            cprim = self._primary[cand]
            for counts, m in ((cp, cprim), (cr, ~cprim)):
                if m.any():
                    diff = np.bincount(first[m], weight[m], minlength=nb + 1)
                    diff -= np.bincount(last[m], weight[m], minlength=nb + 1)
                    counts += np.cumsum(diff)[:nb]
            np.maximum(cp, 0.0, out=cp)  # rounding in the running sum
            np.maximum(cr, 0.0, out=cr)
        f.bucket_px = float(bucket)
        f.bucket_counts = (cp, cr)
        total = cp + cr
        height = max(f.lane_bottom - (f.y_top + pad), 4.0)
        scale = height / max(float(total.max()), 1.0)
        # a bucket holding at least half an event shows at least one pixel
        hp = np.where(cp >= 0.5, np.maximum(np.rint(cp * scale), 1), np.rint(cp * scale)).astype(np.int64)
        hr = np.where(cr >= 0.5, np.maximum(np.rint(cr * scale), 1), np.rint(cr * scale)).astype(np.int64)
        base = int(f.lane_bottom)
        width = bucket - 1 if bucket >= 3 else bucket
        nz = np.flatnonzero(hp).tolist()
        xs_p, hs_p = (np.asarray(nz, dtype=np.int64) * bucket).tolist(), hp[nz].tolist()
        f.density_primary = [QRect(x, base - h, width, h) for x, h in zip(xs_p, hs_p)]
        nz = np.flatnonzero(hr).tolist()
        xs_r = (np.asarray(nz, dtype=np.int64) * bucket).tolist()
        tops = (base - hp[nz] - hr[nz]).tolist()
        f.density_referenced = [QRect(x, t, width, h) for x, t, h in zip(xs_r, tops, hr[nz].tolist())]

        # the selected and compared events stay marked on top of the density
        r_primary, r_ref = self._radii()
        st = self._state
        y = f.lane_bottom - r_primary - pad / 2
        for eid in dict.fromkeys((st.left, st.right, st.selected_event)):
            pos = self._pos_of.get(eid or "")
            if pos is None or not self._visible[pos]:
                continue
            x = (self._marker[pos] - left) * ppd
            if -r_primary <= x <= w + r_primary:
                r = r_primary if self._primary[pos] else r_ref
                f.markers.append((pos, x, y, r))
                f.marker_at[pos] = (x, y, r)

    def _layout_gap(self, f: _Frame, fm: QFontMetricsF, w: float, pad: float, gap_lane: float) -> None:
        st = self._state
        ds = st.dataset
        if not st.left or not st.right or st.left == st.right:
            return
        a, b = self._pos_of.get(st.left), self._pos_of.get(st.right)
        if a is None or b is None or a not in f.marker_at or b not in f.marker_at:
            return
        xa, xb = f.marker_at[a][0], f.marker_at[b][0]
        if not (0 <= xa <= w and 0 <= xb <= w):
            return
        approx = bool(self._approx[a] or self._approx[b])
        text = format_gap(
            parse_partial_date(ds.event_value(int(self._rows[a]), "date")),
            parse_partial_date(ds.event_value(int(self._rows[b]), "date")),
            approx,
        )
        y = f.lane_bottom + gap_lane / 2
        tw = fm.horizontalAdvance(text) + 2 * pad
        cx = (xa + xb) / 2
        lx = min(max(cx - tw / 2, pad), w - pad - tw)
        rect = QRectF(lx, y - fm.height() / 2, tw, fm.height())
        f.gap = (min(xa, xb), max(xa, xb), y, text, rect)

    # --- painting --------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        f = self._ensure_frame()
        p = QPainter(self)
        pal = self.palette()
        group = QPalette.ColorGroup.Active if self.isActiveWindow() else QPalette.ColorGroup.Inactive
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text)
        dim = _mix(text, base, 0.45)
        faint = _mix(text, base, 0.88)
        hl = pal.color(group, QPalette.ColorRole.Highlight)
        p.fillRect(self.rect(), base)
        if f is None:
            p.end()
            return
        fm = self._metrics()
        p.setFont(self.font())

        if f.axis_labels or f.axis_major:
            self._paint_axis(p, f, text, dim, faint)

        if f.message:
            p.setPen(dim)
            area = QRectF(0, f.y_top, self.width(), max(f.y_axis - f.y_top, fm.height()))
            p.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, f.message)
        else:
            # straight, pixel-aligned shapes without antialiasing (much faster), round ones with
            if f.density:
                self._paint_density(p, f, text, base)
            if f.leaders:
                p.setPen(QPen(_mix(text, base, 0.6), 1))
                p.drawLines(f.leaders)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            self._paint_bands(p, f, text)
            self._paint_gap(p, f, text, base, dim)
            self._paint_markers(p, f, text, base, hl)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            self._paint_labels(p, f, fm, text, base, dim, hl)

        p.setPen(dim)
        if f.caption:
            p.drawText(QPointF(f.caption_rect.left(), f.caption_rect.top() + fm.ascent()), f.caption)
        if f.hint:
            p.drawText(QPointF(f.hint_rect.left(), f.hint_rect.top() + fm.ascent()), f.hint)

        if self.hasFocus():
            pen = QPen(hl, 2)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        p.end()

    def _paint_axis(self, p: QPainter, f: _Frame, text: QColor, dim: QColor, faint: QColor) -> None:
        p.setPen(QPen(faint, 1))
        if f.grid:
            p.drawLines(f.grid)
        p.setPen(QPen(dim, 1))
        p.drawLine(QLineF(0, f.y_axis, self.width(), f.y_axis))
        if f.axis_minor:
            p.drawLines(f.axis_minor)
        p.setPen(QPen(text, 1))
        if f.axis_major:
            p.drawLines(f.axis_major)
        font = p.font()
        ascent = QFontMetricsF(font).ascent()
        for pt, label, _ in f.axis_labels:
            p.drawStaticText(QPointF(pt.x(), pt.y() - ascent), static_text(label, font))

    def _paint_density(self, p: QPainter, f: _Frame, text: QColor, base: QColor) -> None:
        # opaque colours: blending translucent fills is many times slower in the raster engine
        p.setPen(Qt.PenStyle.NoPen)
        if f.density_primary:
            p.setBrush(_mix(text, base, 0.2))
            p.drawRects(f.density_primary)
        if f.density_referenced:
            p.setBrush(_mix(text, base, 0.62))
            p.drawRects(f.density_referenced)

    def _paint_bands(self, p: QPainter, f: _Frame, text: QColor) -> None:
        if not f.bands:
            return
        # overlapping bands and bars are filled as one shape, so their shading does not pile up
        bands = QPainterPath()
        bands.setFillRule(Qt.FillRule.WindingFill)
        bars = QPainterPath()
        bars.setFillRule(Qt.FillRule.WindingFill)
        outlines = []
        for _, band, bar in f.bands:
            if band is not None:
                bands.addRect(band)
                outlines.append(band)
            if bar is not None:
                rad = bar.height() / 2
                bars.addRoundedRect(bar, rad, rad)
        if outlines:
            p.fillPath(bands, _alpha(text, 34))
            # the ends of the range of uncertainty, where they are in view
            p.setPen(QPen(_alpha(text, 140), 1, Qt.PenStyle.DotLine))
            w = self.width()
            for band in outlines:
                for x in (band.left(), band.right()):
                    if 0 <= x <= w:
                        p.drawLine(QLineF(x, band.top(), x, band.bottom()))
        if not bars.isEmpty():
            p.fillPath(bars, _alpha(text, 90))

    def _paint_gap(self, p: QPainter, f: _Frame, text: QColor, base: QColor, dim: QColor) -> None:
        if f.gap is None:
            return
        x0, x1, y, label, rect = f.gap
        tick = rect.height() * 0.35
        p.setPen(QPen(dim, 1, Qt.PenStyle.DashLine))
        st = self._state
        for eid in (st.left, st.right):
            mx, my, r = f.marker_at[self._pos_of[eid]]
            p.drawLine(QLineF(mx, my + r, mx, y - tick))
        p.setPen(QPen(text, 1.5))
        p.drawLine(QLineF(x0, y, x1, y))
        p.drawLine(QLineF(x0, y - tick, x0, y + tick))
        p.drawLine(QLineF(x1, y - tick, x1, y + tick))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(base)
        p.drawRect(rect)
        p.setPen(text)
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)

    def _paint_markers(self, p: QPainter, f: _Frame, text: QColor, base: QColor, hl: QColor) -> None:
        selected = self._pos_of.get(self._state.selected_event or "")
        filled = QBrush(text)
        hollow = QBrush(base)
        outline = QPen(base, 1)
        ref_pen = QPen(text, 1.5)
        for pos, x, y, r in f.markers:
            if pos == selected:
                continue
            if self._primary[pos]:
                p.setPen(outline)
                p.setBrush(filled)
            else:
                p.setPen(ref_pen)
                p.setBrush(hollow)
            p.drawEllipse(QPointF(x, y), r, r)
        if selected is not None and selected in f.marker_at:
            x, y, r = f.marker_at[selected]
            p.setPen(QPen(hl, 2.5))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(QPointF(x, y), r + 3.5, r + 3.5)
            p.setPen(QPen(base, 1))
            p.setBrush(hl)
            p.drawEllipse(QPointF(x, y), r, r)

    def _paint_labels(self, p, f: _Frame, fm: QFontMetricsF, text, base, dim, hl) -> None:
        if not f.labels:
            return
        selected = self._pos_of.get(self._state.selected_event or "")
        pad_x = max(3.0, round(fm.averageCharWidth() * 0.6))
        top_pad = (f.labels[0][1].height() - 2 * fm.lineSpacing()) / 2
        border = QPen(_mix(text, base, 0.75), 1)
        sel_border = QPen(hl, 2)
        font = p.font()
        p.setBrush(base)
        for pos, rect, line1, line2 in f.labels:
            is_sel = pos == selected
            p.setPen(sel_border if is_sel else border)
            # the border on whole pixels: crisp without antialiasing
            left, top = math.floor(rect.left()) + 0.5, math.floor(rect.top()) + 0.5
            right, bottom = math.ceil(rect.right()) - 0.5, math.ceil(rect.bottom()) - 0.5
            p.drawRect(QRectF(left, top, right - left, bottom - top))
            x = rect.left() + pad_x
            y1 = rect.top() + top_pad
            p.setPen(dim)
            p.drawStaticText(QPointF(x, y1), static_text(line1, font))  # laid out once, not per paint
            p.setPen(text if self._primary[pos] else dim)
            p.drawStaticText(QPointF(x, y1 + fm.lineSpacing()), static_text(line2, font))

    # --- events ----------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802
        if self._fitted or self._needs_fit:
            self._needs_fit = True
        else:
            self._clamp_view()
        self._frame = None
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.PaletteChange,
                            QEvent.Type.LanguageChange):
            self._unit_widths = None
            self._label_cache.clear()
            self._frame = None
            self.update()
        super().changeEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        self.update()
        super().focusOutEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802
        fm = self._metrics()
        return QSize(int(fm.averageCharWidth() * 100), int(fm.lineSpacing() * 20))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        fm = self._metrics()
        return QSize(int(fm.averageCharWidth() * 30), int(fm.lineSpacing() * 9))

    def wheelEvent(self, event) -> None:  # noqa: N802
        angle = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            notches = angle.y() / 120.0 if angle.y() else angle.x() / 120.0
            if notches:
                self.zoom_by(WHEEL_ZOOM_FACTOR ** notches, event.position().x())
            event.accept()
            return
        pixel = event.pixelDelta()
        if not pixel.isNull():
            dx, dy = pixel.x(), pixel.y()
        else:
            notch_px = max(self.width() / 10.0, 1.0)
            dx, dy = angle.x() / 120.0 * notch_px, angle.y() / 120.0 * notch_px
        # horizontal scrolling moves the content with the fingers; vertical scrolling
        # down (negative) moves forward in time
        delta = dx if abs(dx) > abs(dy) else dy
        if delta:
            self.pan_pixels(delta)
        event.accept()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._ensure_fit()
            self._press = (event.position().x(), self._left)
            self._dragging = False
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._press is None:
            super().mouseMoveEvent(event)
            return
        x0, left0 = self._press
        dx = event.position().x() - x0
        if not self._dragging and abs(dx) >= QApplication.startDragDistance():
            self._dragging = True
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        if self._dragging:
            self._left = left0 - dx / self._ppd
            self._clamp_view()
            self._fitted = False
            self._invalidate()
        event.accept()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            super().mouseReleaseEvent(event)
            return
        was_dragging = self._dragging
        self._press = None
        self._dragging = False
        self.unsetCursor()
        if not was_dragging:
            self._click(event.position())
        event.accept()

    def _hit(self, pt: QPointF) -> int | None:
        """The sorted position of the event whose label or marker is at *pt*."""
        f = self._ensure_frame()
        if f is None or f.message:
            return None
        for pos, rect, _, _ in f.labels:
            if rect.contains(pt):
                return pos
        slop = max(4.0, self._metrics().lineSpacing() * 0.3)
        best, best_d = None, math.inf
        for pos, x, y, r in f.markers:
            d = math.hypot(pt.x() - x, pt.y() - y)
            if d <= r + slop and d < best_d:
                best, best_d = pos, d
        return best

    def _bucket_at(self, x: float) -> tuple[int, float, float] | None:
        """(bucket, primary count, referenced count) of the density bucket at *x*. Counts are
        fractional where dates known only to the month or year are spread over their period."""
        f = self._ensure_frame()
        if f is None or not f.density or f.bucket_counts is None:
            return None
        cp, cr = f.bucket_counts
        i = int(x // f.bucket_px)
        if not 0 <= i < len(cp):
            return None
        return i, float(cp[i]), float(cr[i])

    def _click(self, pt: QPointF) -> None:
        pos = self._hit(pt)
        if pos is not None:
            self._state.select_event(str(self._ids[pos]))
            return
        f = self._ensure_frame()
        if f is not None and f.density and f.y_top <= pt.y() <= f.y_axis:
            # a density bucket (or its neighbours): zoom in around it
            hit = [self._bucket_at(pt.x() + k * f.bucket_px) for k in (0, -1, 1)]
            if any(h and (h[1] or h[2]) for h in hit):
                self.zoom_by(4.0, pt.x())

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        # + - 0 also with Ctrl, the usual zoom keys elsewhere
        zoomish = plain or not (mods & ~(Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
        if zoomish and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif zoomish and key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif (zoomish and key == Qt.Key.Key_0) or (plain and key == Qt.Key.Key_F):
            self.fit()
        elif mods == Qt.KeyboardModifier.NoModifier and key == Qt.Key.Key_Left:
            self.step(-1)
        elif mods == Qt.KeyboardModifier.NoModifier and key == Qt.Key.Key_Right:
            self.step(1)
        elif mods == Qt.KeyboardModifier.NoModifier and key == Qt.Key.Key_Home:
            self.select_first()
        elif mods == Qt.KeyboardModifier.NoModifier and key == Qt.Key.Key_End:
            self.select_last()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def event(self, event) -> bool:  # noqa: A003
        if event.type() == QEvent.Type.ToolTip:
            self._tooltip(event)
            return True
        return super().event(event)

    def _tooltip(self, event) -> None:
        pt = QPointF(event.pos())
        pos = self._hit(pt)
        ds = self._state.dataset
        if pos is not None and ds is not None:
            row = int(self._rows[pos])
            date = format_date(parse_partial_date(ds.event_value(row, "date")), bool(self._approx[pos]))
            lines = [_field(ds.event_value(row, "title")), date]
            if not self._primary[pos]:
                lines.append(self.tr("No source text: referred to in another document"))
            QToolTip.showText(event.globalPos(), _plain_tooltip("\n".join(lines)), self)
            return
        hit = self._bucket_at(pt.x())
        if hit is not None and (hit[1] or hit[2]):
            i, prim, ref = hit
            f = self._frame
            d0 = from_day_number(math.floor(self._left + i * f.bucket_px / self._ppd))
            d1 = from_day_number(math.ceil(self._left + (i + 1) * f.bucket_px / self._ppd) - 1)
            span = format_date(parse_partial_date(d0.isoformat()))
            if d1 > d0:
                span = self.tr("{first} to {last}").format(
                    first=span, last=format_date(parse_partial_date(d1.isoformat()))
                )

            def about(x: float) -> str:
                return f"{round(x):,}" if x >= 0.5 or x == 0 else self.tr("less than one")

            text = self.tr("{span}: about {n} events ({ref} without source text). Click to zoom in.").format(
                span=span, n=about(prim + ref), ref=about(ref)
            )
            QToolTip.showText(event.globalPos(), _plain_tooltip(text), self)
            return
        QToolTip.hideText()
        event.ignore()

    # --- accessibility ---------------------------------------------------------------------------
    def _update_accessible(self) -> None:
        st = self._state
        ds = st.dataset
        if ds is None:
            desc = self.tr("No dataset loaded.")
        else:
            total, shown = len(self._marker), len(self._vis_pos)
            desc = self.tr("{shown} of {total} events shown.").format(shown=shown, total=total)
            eid = st.selected_event
            if eid and eid in ds.event_row:
                pos = self._pos_of[eid]
                row = int(self._rows[pos])
                date = format_date(parse_partial_date(ds.event_value(row, "date")), bool(self._approx[pos]))
                desc += " " + self.tr("Selected: {title}, {date}.").format(
                    title=_field(ds.event_value(row, "title")), date=date
                )
                if not self._primary[pos]:
                    desc += " " + self.tr("No source text: referred to in another document.")
            desc += " " + self.tr("Left and Right arrows step between events; plus and minus zoom; F fits all.")
        if desc != self.accessibleDescription():
            self.setAccessibleDescription(desc)
            if QAccessible.isActive():
                QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))


# --- the details of the selected event -------------------------------------------------------------
class EventDetails(QWidget):
    """The selected event's details, as plain text that can be selected and copied."""

    FIELDS = ("date", "date_note", "kind", "speaker", "organisation", "venue", "source", "summary", "themes")

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.setAccessibleName(self.tr("Event details"))

        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        self._scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._scroll)

        col = QVBoxLayout(body)
        self.placeholder = QLabel(self.tr("Select an event on the timeline to see its details."))
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholder.setWordWrap(True)
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        col.addWidget(self.placeholder)

        self.title_label = self._value_label()
        self.title_label.setAccessibleName(self.tr("Title"))
        font = QFont(self.title_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15 if font.pointSizeF() > 0 else font.pointSizeF())
        self.title_label.setFont(font)
        col.addWidget(self.title_label)

        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        names = {
            "date": self.tr("Date"),
            "date_note": self.tr("About the date"),
            "kind": self.tr("Kind"),
            "speaker": self.tr("Speaker"),
            "organisation": self.tr("Organisation"),
            "venue": self.tr("Venue"),
            "source": self.tr("Source"),
            "summary": self.tr("Summary"),
            "themes": self.tr("Themes"),
        }
        self.value_labels: dict[str, QLabel] = {}
        self.name_labels: dict[str, QLabel] = {}
        for key in self.FIELDS:
            name = QLabel(names[key])
            name.setTextFormat(Qt.TextFormat.PlainText)
            name.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            value = self._value_label()
            value.setAccessibleName(names[key])
            self._form.addRow(name, value)
            self.value_labels[key] = value
            self.name_labels[key] = name
        col.addLayout(self._form)
        col.addStretch(1)

        state.eventSelected.connect(self._refresh)
        state.datasetChanged.connect(self._refresh)
        self._refresh()

    def _value_label(self) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        return label

    def _kind_name(self, kind: str) -> str:
        names = {
            "report": self.tr("Report"),
            "speech": self.tr("Speech"),
            "policy": self.tr("Policy"),
            "legislation": self.tr("Legislation"),
            "meeting": self.tr("Meeting"),
            "publication": self.tr("Publication"),
            "other": self.tr("Other"),
        }
        return names.get(kind, kind)

    def _statements(self, n: int) -> str:
        return self.tr("1 statement") if n == 1 else self.tr("{0} statements").format(n)

    @Slot()
    def _refresh(self, *_args) -> None:
        st = self._state
        ds = st.dataset
        eid = st.selected_event
        values: dict[str, str] = {}
        title = ""
        if ds is not None and eid and eid in ds.event_row:
            e = ds.event(eid)
            title = _field(e["title"])
            values["date"] = format_date(parse_partial_date(e["date"]), bool(e["date_approximate"]))
            values["date_note"] = _field(e["date_note"])
            values["kind"] = self._kind_name(_field(e["kind"]))
            speaker, role = _field(e["speaker"]), _field(e["speaker_role"])
            values["speaker"] = self.tr("{speaker}, {role}").format(speaker=speaker, role=role) if (
                speaker and role) else (speaker or role)
            values["organisation"] = _field(e["organisation"])
            values["venue"] = _field(e["venue"])
            source = _field(e["source_file"])
            values["source"] = source or self.tr("No source text: referred to in another document")
            values["summary"] = _field(e["summary"])
            if st.query is not None:
                themes = st.query.themes_of_event(eid)
                values["themes"] = "\n".join(
                    self.tr("{label} ({count})").format(label=label, count=self._statements(n))
                    for _, label, n in themes
                )
        self.placeholder.setVisible(not title and not values)
        self.title_label.setText(title)
        self.title_label.setVisible(bool(title))
        for row, key in enumerate(self.FIELDS):
            text = values.get(key, "")
            self.value_labels[key].setText(text)
            self._form.setRowVisible(row, bool(text))
        self._scroll.verticalScrollBar().setValue(0)


class _ElidedLabel(QWidget):
    """One line of secondary text, elided at the end when there is no room for all of it."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setToolTip(_plain_tooltip(text))

    def text(self) -> str:
        return self._text

    def sizeHint(self) -> QSize:  # noqa: N802
        fm = QFontMetricsF(self.font())
        return QSize(int(math.ceil(fm.horizontalAdvance(self._text))), int(math.ceil(fm.height())))

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        fm = QFontMetricsF(self.font())
        text = fm.elidedText(self._text, Qt.TextElideMode.ElideRight, self.width())
        p.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        p.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        p.end()


# --- the tab -------------------------------------------------------------------------------------
class TimelineView(QWidget):
    """The Timeline tab: a toolbar row, the canvas, and the selected event's details."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.canvas = TimelineCanvas(state)
        self.details = EventDetails(state)

        self.zoom_in_action = QAction(self.tr("Zoom &In"), self)
        self.zoom_in_action.setToolTip(self.tr("Zoom in (+ or Ctrl+wheel)"))
        self.zoom_in_action.triggered.connect(self.canvas.zoom_in)
        self.zoom_out_action = QAction(self.tr("Zoom &Out"), self)
        self.zoom_out_action.setToolTip(self.tr("Zoom out (- or Ctrl+wheel)"))
        self.zoom_out_action.triggered.connect(self.canvas.zoom_out)
        self.fit_action = QAction(self.tr("&Fit All"), self)
        self.fit_action.setToolTip(self.tr("Show every event (F or 0)"))
        self.fit_action.triggered.connect(self.canvas.fit)
        self.previous_action = QAction(self.tr("&Previous Event"), self)
        self.previous_action.setToolTip(self.tr("Select the previous event (Left arrow)"))
        self.previous_action.triggered.connect(lambda: self.canvas.step(-1))
        self.next_action = QAction(self.tr("&Next Event"), self)
        self.next_action.setToolTip(self.tr("Select the next event (Right arrow)"))
        self.next_action.triggered.connect(lambda: self.canvas.step(1))

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QToolButton] = {}
        for key, action in (
            ("zoom_in", self.zoom_in_action),
            ("zoom_out", self.zoom_out_action),
            ("fit", self.fit_action),
            ("previous", self.previous_action),
            ("next", self.next_action),
        ):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # clicking keeps the canvas focused
            button.setAutoRaise(False)
            bar.addWidget(button)
            self.buttons[key] = button
            if key == "fit":
                bar.addSpacing(QFontMetricsF(self.font()).averageCharWidth() * 2)
        self.hint = _ElidedLabel(
            self.tr("Drag or scroll to move through time · Ctrl+wheel to zoom · click an event to select it")
        )
        bar.addSpacing(QFontMetricsF(self.font()).averageCharWidth() * 2)
        bar.addWidget(self.hint, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("timelineSplitter")
        self.splitter.addWidget(self.canvas)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.canvas)
