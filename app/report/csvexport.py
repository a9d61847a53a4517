"""CSV export of the filtered comparison and of the councils table. Qt-free.

UTF-8 with a byte-order mark so spreadsheets detect the encoding; CRLF line ends; every
cell that a spreadsheet could take for a formula is neutralised (OWASP's advice: a
leading ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a ``'`` in front).
Written under a temporary name and renamed, so a failure never clobbers a good file.
"""

from __future__ import annotations

import csv
import os
from typing import Iterable

from app.dataset.model import Dataset
from app.dataset.query import Filter, Query

from app.dataset.i18n import translate

from . import wording
from .files import atomic_target

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
VIEWS = ("comparison", "councils")


def neutralise(value) -> str:
    """The cell as text, with a leading quote if a spreadsheet would read it as a formula."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def comparison_rows(ds: Dataset, f: Filter, left: str | None, right: str | None) -> list[list]:
    """Header plus one row per passage, and one row per silent cell saying it is silent."""
    q = Query(ds)
    cmp = q.compare(f, left, right)
    names = wording.event_names(ds, left, right)
    phrase = wording.council_phrase(ds, f.councils) if f.councils else ""
    rows: list[list] = [[
        translate("Report", "Theme"), translate("Report", "Status"), translate("Report", "Event"), translate("Report", "Date"), translate("Report", "Position or note"), translate("Report", "Role"),
        translate("Report", "Council"), translate("Report", "Quote"), translate("Report", "Source file"), translate("Report", "Start"), translate("Report", "End"),
    ]]
    for row in cmp.rows:
        status = wording.status_text(row.status, names)
        for cell in (row.left, row.right):
            eid = cell.event_id
            known = eid is not None and eid in ds.event_row
            title = ds.events.at[ds.event_row[eid], "title"] if known else ""
            date = ds.event_date_text(eid) if known else ""
            source = ds.events.at[ds.event_row[eid], "source_file"] if known else ""
            if not cell.items:
                rows.append([
                    row.label, status, title, date, wording.silence_text(ds, cell, phrase),
                    "", "", "", "", "", "",
                ])
                continue
            for ev in cell.items:
                rows.append([
                    row.label, status, title, date, ev.text, wording.role_label(ev),
                    wording.council_name(ds, ev.council_id), ev.quote, source, ev.start, ev.end,
                ])
    return rows


def councils_rows(ds: Dataset, f: Filter, left: str | None, right: str | None) -> list[list]:
    """Header, one row per council (as filtered), and a last row for the collective references."""
    q = Query(ds)
    events = [e for e in (left, right) if e is not None and e in ds.event_row]
    names = wording.event_names(ds, left, right)
    labels = [names[0] if e == left else names[1] for e in events]
    counts = q.council_counts(f, events)
    header = [translate("Report", "Code"), translate("Report", "English name"), translate("Report", "Welsh name")]
    for label in labels:
        header += [translate("Report", "Mentions in {0}").format(label), translate("Report", "Per 1,000 words in {0}").format(label)]
    rows: list[list] = [header]
    for rec in counts.to_dict("records"):
        line = [rec["council_id"], rec["name_en"], rec["name_cy"]]
        for e in events:
            line += [int(rec[f"count:{e}"]), wording.format_rate(rec[f"rate:{e}"])]
        rows.append(line)
    collective = q.collective_counts(f, events)
    line = ["ALL", translate("Report", "All councils (collective references, not counted above)"), ""]
    for e in events:
        line += [collective[e], ""]
    rows.append(line)
    return rows


def write_csv(path: str | os.PathLike, rows: Iterable[list]) -> None:
    with atomic_target(path) as tmp:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
            for row in rows:
                writer.writerow([neutralise(v) for v in row])


def export_csv(path, view: str, ds: Dataset, filter: Filter, left: str | None, right: str | None) -> int:
    """Write the comparison or councils table as CSV; returns the number of data rows."""
    if view == "comparison":
        rows = comparison_rows(ds, filter, left, right)
    elif view == "councils":
        rows = councils_rows(ds, filter, left, right)
    else:
        raise ValueError(f"unknown view {view!r}; use one of {', '.join(VIEWS)}")
    write_csv(path, rows)
    return len(rows) - 1
