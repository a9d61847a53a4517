"""Turn command-line options into a dataset, a filter and a compared pair — shared by
--screenshot, --export-pdf, --export-csv and --self-test. Qt-free."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.dataset import Dataset, DatasetError, load_dataset
from app.dataset.i18n import translate
from app.dataset.query import Filter, resolve_council
from app.paths import data_dir


class OptionError(Exception):
    """A command-line option that does not fit the dataset; the message says why."""


@dataclass
class Selection:
    dataset: Dataset
    filter: Filter
    left: str | None
    right: str | None


def load_from_args(args) -> Dataset:
    """The dataset named by --data (default: bundled). Raises DatasetError."""
    return load_dataset(Path(args.data) if getattr(args, "data", None) else data_dir())


def selection_from_args(ds: Dataset, args) -> Selection:
    """Resolve --council/--theme/--event/--search/--left/--right against *ds*."""
    councils = []
    for name in getattr(args, "council", []) or []:
        cid = resolve_council(ds, name)
        if cid is None:
            raise OptionError(translate("CommandLine", "--council {0!r}: no such council (use a GSS code such as W06000015, or a name)").format(name))
        councils.append(cid)
    themes = []
    for tid in getattr(args, "theme", []) or []:
        if tid not in ds.theme_row:
            known = ", ".join(ds.themes["theme_id"].tolist()[:20])
            raise OptionError(translate("CommandLine", "--theme {0!r}: no such theme (known: {1})").format(tid, known))
        themes.append(tid)
    events = []
    for eid in getattr(args, "event", []) or []:
        if eid not in ds.event_row:
            raise OptionError(translate("CommandLine", "--event {0!r}: no such event").format(eid))
        events.append(eid)
    left, right = ds.default_pair()
    for attr in ("left", "right"):
        value = getattr(args, attr, None)
        if value:
            if value not in ds.event_row:
                raise OptionError(translate("CommandLine", "--{0} {1!r}: no such event").format(attr, value))
            if attr == "left":
                left = value
            else:
                right = value
    f = Filter(frozenset(councils), frozenset(themes), frozenset(events), getattr(args, "search", "") or "")
    return Selection(ds, f, left, right)


__all__ = ["DatasetError", "OptionError", "Selection", "load_from_args", "selection_from_args"]
