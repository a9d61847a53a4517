"""The application state: a dataset kept out of the garbage collector's way while it is in
use, and freed once another replaces it."""

import gc
import weakref

from app.dataset import load_dataset
from app.ui.state import AppState
from tests.conftest import DATA


def test_a_dataset_in_use_is_frozen_and_freed_once_replaced(qtbot):
    state = AppState()
    first = load_dataset(DATA)
    state.set_dataset(first)
    # Everything alive when the dataset was set is out of the collector's sight.
    frozen = gc.get_freeze_count()
    assert frozen > 0
    gc.collect()
    assert gc.get_freeze_count() == frozen

    # A replaced dataset is freed, even one caught in a reference cycle (which only the
    # collector can free): it is not frozen again with the new one.
    gone = weakref.ref(first)
    first.__dict__["cycle"] = first
    del first
    state.set_dataset(load_dataset(DATA))
    assert gone() is None
    assert gc.get_freeze_count() > 0
