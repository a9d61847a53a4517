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


_SENTENCE_ENDS = ".!?"


def context(text: str, start: int, end: int, limit: int = 320) -> tuple[str, str, str]:
    """The sentence around text[start:end], as (before, span, after), verbatim from the text.

    A mention's quote is often one word ("Cardiff"); its sentence shows what is said.
    Stops at sentence ends and line breaks; long contexts are cut with '…'.
    """
    left = 0
    for ch in _SENTENCE_ENDS + "\n":
        i = text.rfind(ch, 0, start)
        if i + 1 > left:
            left = i + 1
    right = len(text)
    for ch in _SENTENCE_ENDS:
        i = text.find(ch, end)
        if i >= 0 and i + 1 < right:
            right = i + 1
    i = text.find("\n", end)
    if 0 <= i < right:
        right = i
    # Quotation marks that open or close the sentence would double up with ours.
    before = text[left:start].lstrip().lstrip("“\"‘")
    after = text[end:right].rstrip()
    if after.endswith(("”", '"')) and after.count("“") + after.count('"') < 2:
        after = after[:-1]
    room = max(0, limit - (end - start))
    if len(before) > room // 2:
        before = "…" + before[len(before) - room // 2:]
    if len(after) > room - len(before):
        after = after[: max(0, room - len(before))] + "…"
    return before, text[start:end], after
