"""Words shared by the printed pages and the CSV export, so both say the same thing.

Qt-free: it goes through :func:`app.dataset.i18n.translate` with the context ``Report``,
which the GUI routes to ``QCoreApplication.translate`` (``pyside6-lupdate`` picks the
calls up like any other).
"""

from __future__ import annotations

import datetime as _dt
import math

from app.dataset.dates import PartialDate, format_date
from app.dataset.i18n import translate
from app.dataset.model import Dataset
from app.dataset.query import _KIND_NOUNS, BOTH, LEFT, Cell, Evidence, Query
from app.dataset.schema import ALL_COUNCILS

PRODUCT = "Cymharu"


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def kind_noun(ds: Dataset, event_id: str | None) -> str:
    """'the report', 'the speech' … for one event."""
    if event_id is None or event_id not in ds.event_row:
        return translate("Report", "the event")
    kind = ds.event(event_id)["kind"]
    noun = _KIND_NOUNS.get(kind)
    return noun() if noun else translate("Report", "the event")


def event_names(ds: Dataset, left: str | None, right: str | None) -> tuple[str, str]:
    """How the two columns are named: 'the report' / 'the speech', or their dates."""
    return Query(ds).short_names(left, right)


def column_heading(ds: Dataset, event_id: str | None, name: str) -> str:
    """'The report · c. January 2005' (or just the date when the name is the date)."""
    if event_id is None or event_id not in ds.event_row:
        return capitalised(name)
    date = ds.event_date_text(event_id)
    if name == date:
        return date
    return translate("Report", "{0} · {1}").format(capitalised(name), date)


def status_text(status: str, names: tuple[str, str]) -> str:
    if status == BOTH:
        return translate("Report", "In both")
    return translate("Report", "Only in {0}").format(names[0] if status == LEFT else names[1])


def silence_text(ds: Dataset, cell: Cell, council_phrase: str = "") -> str:
    """What a cell with no passages says instead, so a silence is stated, never blank."""
    if cell.event_id is None or cell.event_id not in ds.event_row:
        return translate("Report", "No event chosen for this column.")
    if cell.excluded:
        return translate("Report", "Left out by the event filter: this event is not among the events chosen.")
    if cell.in_scope and not cell.items:
        return translate("Report", "No passages match the filters ({0} hidden).").format(cell.in_scope)
    noun = kind_noun(ds, cell.event_id)
    if council_phrase and cell.addresses_theme:
        return translate("Report", "Nothing about {0} on this theme, though {1} addresses the theme.").format(council_phrase, noun)
    return translate("Report", "Silent: {0} does not address this theme.").format(noun)


def council_phrase(ds: Dataset, councils) -> str:
    """'Cardiff' or 'Cardiff or Torfaen' for the silence sentences under a council filter."""
    names = sorted(ds.council_name(c) for c in councils if c in ds.council_row)
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return translate("Report", "{0} or {1}").format(", ".join(names[:-1]), names[-1])


def role_label(ev: Evidence) -> str:
    """How a mention names its council, without the name: for the CSV's role column."""
    if ev.kind != "mention":
        return ""
    if ev.council_id == ALL_COUNCILS or ev.role == "collective":
        return translate("Report", "All councils (collective)")
    if ev.role == "venue":
        return translate("Report", "Venue only")
    return translate("Report", "About the council")


def council_name(ds: Dataset, council_id: str | None) -> str:
    if not council_id:
        return ""
    if council_id == ALL_COUNCILS:
        return translate("Report", "All councils")
    if council_id in ds.council_row:
        return ds.council_name(council_id)
    return council_id


def format_rate(value) -> str:
    """Mentions per 1,000 words, to two decimals; a dash when the document has no word count."""
    try:
        v = float(value)
    except (TypeError, ValueError):
        return "–"
    if math.isnan(v):
        return "–"
    return f"{v:.2f}"


def printed_date(day: _dt.date | None = None) -> str:
    """'24 November 2026'."""
    day = day or _dt.date.today()
    return format_date(PartialDate(day.year, day.month, day.day))


def event_line(ds: Dataset, event_id: str) -> list[str]:
    """The facts printed under an event's title: date, speaker and role, organisation, source."""
    row = ds.event(event_id)
    parts = [ds.event_date_text(event_id)]
    who = ", ".join(p for p in (row["speaker"], row["speaker_role"]) if isinstance(p, str) and p)
    if who:
        parts.append(who)
    org = row["organisation"]
    if isinstance(org, str) and org and org not in who:
        parts.append(org)
    source = row["source_file"]
    if isinstance(source, str) and source:
        parts.append(translate("Report", "Source: {0}").format(source))
    else:
        parts.append(translate("Report", "No source text"))
    return parts
