"""The application state every view observes: the dataset, the filter, the compared pair,
the selected event and the passage to show. Views change it only through these methods,
and redraw when its signals fire; no view talks to another directly."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, Signal

from app.dataset import Dataset
from app.dataset.query import Evidence, Filter, Query


class AppState(QObject):
    datasetChanged = Signal()
    filterChanged = Signal()
    pairChanged = Signal()
    eventSelected = Signal(str)  # event id, or "" for none
    passageActivated = Signal(object)  # an Evidence to show in the source text

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dataset: Dataset | None = None
        self.query: Query | None = None
        self.filter = Filter()
        self.left: str | None = None
        self.right: str | None = None
        self.selected_event: str | None = None
        self.passage: Evidence | None = None

    # --- dataset -----------------------------------------------------------------------
    def set_dataset(self, ds: Dataset) -> None:
        """Replace the dataset (already fully validated). Filters that no longer make sense
        are dropped; the compared pair falls back to the default."""
        gc.unfreeze()  # the previous dataset's objects are the collector's again, to be freed
        self.dataset = ds
        self.query = Query(ds)
        f = self.filter
        self.filter = Filter(
            councils=frozenset(c for c in f.councils if c in ds.council_row),
            themes=frozenset(t for t in f.themes if t in ds.theme_row),
            events=frozenset(e for e in f.events if e in ds.event_row),
            text=f.text,
        )
        if self.left not in ds.event_row or self.right not in ds.event_row:
            self.left, self.right = ds.default_pair()
        if self.selected_event not in ds.event_row:
            self.selected_event = self.left
        self.passage = None
        self.datasetChanged.emit()
        self.filterChanged.emit()
        self.pairChanged.emit()
        self.eventSelected.emit(self.selected_event or "")
        # The dataset and everything built for it live until the next one: out of the cyclic
        # collector's sight they cost nothing, where each full collection walked them all
        # (about 40 ms with 10,000 events, a stall now and then while the user works). One
        # collection first, so that the previous dataset and the loader's leftovers are freed
        # rather than kept.
        gc.collect()
        gc.freeze()

    # --- filter ------------------------------------------------------------------------
    def set_filter(self, f: Filter) -> None:
        if f != self.filter:
            self.filter = f
            self.filterChanged.emit()

    def clear_filter(self) -> None:
        self.set_filter(Filter())

    # --- comparison pair and selection ---------------------------------------------------
    def set_pair(self, left: str | None, right: str | None) -> None:
        if (left, right) != (self.left, self.right):
            self.left, self.right = left, right
            self.pairChanged.emit()

    def select_event(self, event_id: str | None) -> None:
        if event_id != self.selected_event:
            self.selected_event = event_id
            self.eventSelected.emit(event_id or "")

    def show_passage(self, evidence: Evidence) -> None:
        """Ask the source view to show *evidence* highlighted (it also selects its event)."""
        self.passage = evidence
        self.select_event(evidence.event_id)
        self.passageActivated.emit(evidence)
