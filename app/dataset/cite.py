"""Citations for quoted evidence, for the clipboard, printing and export."""

from __future__ import annotations

from .i18n import translate
from .model import Dataset
from .query import Evidence
from .schema import ALL_COUNCILS


def source_reference(ds: Dataset, ev: Evidence) -> str:
    """'inspection-report.txt, characters 120–230' (0-based, end exclusive, as in the CSVs)."""
    source = ds.events.at[ds.event_row[ev.event_id], "source_file"]
    return translate("Cite", "{0}, characters {1}–{2}").format(source, ev.start, ev.end)


def role_text(ds: Dataset, ev: Evidence) -> str:
    """How a mention names its council: 'About Cardiff', 'Venue only: Cardiff', 'All councils (collective)'."""
    if ev.kind != "mention":
        return ""
    if ev.council_id == ALL_COUNCILS or ev.role == "collective":
        return translate("Cite", "All councils (collective)")
    name = ds.council_name(ev.council_id) if ev.council_id in ds.council_row else ev.council_id
    if ev.role == "venue":
        return translate("Cite", "Venue only: {0}").format(name)
    return translate("Cite", "About {0}").format(name)


def citation(ds: Dataset, ev: Evidence) -> str:
    """The quote with who said it, in which document, when, and where in the source.

    “We're not seeing a sufficient pace of improvement” — Graham Williams, Chief Inspector
    of Social Services for Wales. Chief Inspector's report …, c. January 2005.
    Source: inspection-report.txt, characters 301–352.
    """
    row = ds.events.iloc[ds.event_row[ev.event_id]]
    who = ", ".join(p for p in (row["speaker"], row["speaker_role"]) if p)
    if not who:
        who = row["organisation"]
    quote = " ".join(ev.quote.split())
    head = translate("Cite", "“{0}”").format(quote)
    if who:
        head += " — " + who + "."
    body = translate("Cite", "{0}, {1}.").format(row["title"], ds.event_date_text(ev.event_id))
    source = translate("Cite", "Source: {0}.").format(source_reference(ds, ev))
    return " ".join((head, body, source))
