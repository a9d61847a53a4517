"""Load a dataset folder, check all of it, and build a :class:`Dataset` — or say what is wrong.

Every problem found is reported at once (up to a cap) as ``FILE:LINE: message``, where
LINE is the line on which the faulty record starts, as a text editor shows it.
"""

from __future__ import annotations

import errno
import gc
import re
from pathlib import Path, PurePosixPath
from typing import Callable

import numpy as np
import pandas as pd

from . import schema as S
from .csvfile import RawTable, decode_utf8, read_file, read_table, release
from .dates import PartialDate, parse_partial_date, to_day_number
from .i18n import translate
from .model import Dataset
from .problems import DatasetError, ProblemLog

Progress = Callable[[float, str], None]

_ID = re.compile(S.ID_PATTERN)
_COUNCIL_ID = re.compile(S.COUNCIL_ID_PATTERN)


_SLICE = 50_000


def _slices(values: list) -> list[list]:
    """Work on long columns a slice at a time: each C-speed step stays short, so a loading
    thread lets the window's thread run in between."""
    return [values[i:i + _SLICE] for i in range(0, len(values), _SLICE)] or [values]


def _unique_and_valid(values: list[str], pattern: re.Pattern[str]) -> bool:
    seen: set[str] = set()
    for part in _slices(values):
        if not all(map(pattern.fullmatch, part)):
            return False
        seen.update(part)
    return len(seen) == len(values)


def _clip(value: str, limit: int = 80) -> str:
    """A value from the data, shortened for a problem message."""
    value = value.replace("\n", " ").replace("\r", " ")
    return value if len(value) <= limit else value[: limit - 1] + "…"


class _Checker:
    """Checks the cells of one table column by column, logging problems with line numbers."""

    def __init__(self, raw: RawTable, log: ProblemLog) -> None:
        self.raw = raw
        self.log = log
        self.ok = np.ones(len(raw), dtype=bool)

    def problem(self, i: int, message: str) -> None:
        self.ok[i] = False
        self.log.add(self.raw.file, self.raw.lines[i], message)

    def has(self, name: str) -> bool:
        return name in self.raw.columns

    def text(self, name: str, required: bool) -> list[str]:
        values = [v.strip() for v in self.raw.columns[name]]
        if required and not all(values):
            for i, v in enumerate(values):
                if not v:
                    self.problem(i, translate("Dataset", "'{0}' is empty").format(name))
        return values

    def quote(self, name: str) -> list[str]:
        values = self.raw.columns[name]
        if all(values) and all(v.strip() for v in values):
            return values
        for i, v in enumerate(values):
            if not v.strip():
                self.problem(i, translate("Dataset", "'{0}' is empty").format(name))
        return values

    def ids(self, name: str, pattern: re.Pattern[str] = _ID, rule: str | None = None) -> list[str]:
        values = self.text(name, required=True)
        if _unique_and_valid(values, pattern):
            return values  # the common case, checked at C speed
        rule = rule or translate("Dataset", "letters, digits, '.', '_' or '-', at most 64 characters")
        first: dict[str, int] = {}
        for i, v in enumerate(values):
            if not v:
                continue
            if not pattern.fullmatch(v):
                self.problem(i, translate("Dataset", "{0} '{1}' is not a valid identifier ({2})").format(name, _clip(v), rule))
            elif v in first:
                self.problem(
                    i,
                    translate("Dataset", "{0} '{1}' is used again (first on line {2})").format(
                        name, _clip(v), self.raw.lines[first[v]]
                    ),
                )
            else:
                first[v] = i
        return values

    def ints(self, name: str) -> list[int | None]:
        values = self.raw.columns[name]
        joined = "".join(values)
        if (
            values
            and joined.isascii()
            and joined.isdigit()
            and all(values)
            and max(map(len, values)) <= 18  # fits a 64-bit integer
        ):
            # Every value plain digits: convert at C speed, a slice at a time.
            return [n for part in _slices(values) for n in np.array(part, dtype=np.int64).tolist()]
        out: list[int | None] = []
        for i, v in enumerate(values):
            s = v.strip()
            if s.isascii() and s.isdigit() and len(s.lstrip("0")) <= 18:  # fits a 64-bit integer
                out.append(int(s))
            else:
                out.append(None)
                if not s:
                    self.problem(i, translate("Dataset", "'{0}' is empty; it must be a whole number").format(name))
                elif s.isascii() and s.isdigit():
                    self.problem(i, translate("Dataset", "'{0}' is too large ({1} digits)").format(name, len(s)))
                else:
                    self.problem(i, translate("Dataset", "'{0}' must be a whole number of 0 or more, not '{1}'").format(name, _clip(v)))
        return out

    def bools(self, name: str) -> list[bool | None]:
        lowered = [v.strip().lower() for v in self.raw.columns[name]]
        if set(lowered) <= {"true", "false"}:
            return [v == "true" for v in lowered]
        out: list[bool | None] = []
        for i, v in enumerate(self.raw.columns[name]):
            s = v.strip().lower()
            if s == "true":
                out.append(True)
            elif s == "false":
                out.append(False)
            else:
                out.append(None)
                self.problem(i, translate("Dataset", "'{0}' must be true or false, not '{1}'").format(name, _clip(v)))
        return out

    def choices(self, name: str, allowed: tuple[str, ...]) -> list[str]:
        values = [v.strip().lower() for v in self.raw.columns[name]]
        if all(set(part) <= set(allowed) for part in _slices(values)):
            return values
        for i, v in enumerate(values):
            if v not in allowed:
                self.problem(
                    i, translate("Dataset", "'{0}' must be one of {1}, not '{2}'").format(name, ", ".join(allowed), _clip(v))
                )
        return values

    def dates(self, name: str, required: bool) -> list[PartialDate | None]:
        out: list[PartialDate | None] = []
        for i, v in enumerate(self.raw.columns.get(name, [""] * len(self.raw))):
            if not v.strip():
                out.append(None)
                if required:
                    self.problem(i, translate("Dataset", "'{0}' is empty").format(name))
                continue
            try:
                out.append(parse_partial_date(v))
            except ValueError as exc:
                out.append(None)
                self.problem(i, f"{name}: {exc}")
        return out

    def refs(self, name: str, known: set[str] | None, target: str, required: bool = True) -> list[str]:
        values = self.text(name, required=required)
        if known is None:  # the target table could not be read; nothing to check against
            return values
        if all(set(part) - known <= {""} for part in _slices(values)):
            return values
        for i, v in enumerate(values):
            if v and v not in known:
                self.problem(i, translate("Dataset", "{0} '{1}' is not in {2}").format(name, _clip(v), target))
        return values


def _read_all(folder: Path, log: ProblemLog) -> dict[str, RawTable | None]:
    return {t.name: read_table(folder / t.file, t, log) for t in S.TABLES}


def _id_set(raw: RawTable | None, key: str) -> set[str] | None:
    if raw is None or not raw.complete:
        return None
    return {v.strip() for v in raw.columns[key] if v.strip()}


def _safe_source_path(value: str) -> str | None:
    """Normalise a source_file value; None when it points outside sources/."""
    value = value.replace("\\", "/")
    p = PurePosixPath(value)
    if p.is_absolute() or ".." in p.parts or re.match(r"^[A-Za-z]:", value):
        return None
    return str(p)


def _check_quote(
    chk: _Checker,
    i: int,
    text: str,
    source: str,
    quote: str,
    start: int | None,
    end: int | None,
) -> str | None:
    """The verified quote (as the source has it), or None after logging a problem."""
    if start is None or end is None:
        return None
    n = len(text)
    if not start < end:
        chk.problem(i, translate("Dataset", "start ({0}) must be less than end ({1})").format(start, end))
        return None
    if end > n:
        chk.problem(
            i,
            translate("Dataset", "end ({0}) is past the end of {1}, which has {2} characters").format(end, source, n),
        )
        return None
    span = text[start:end]
    if span == quote:
        return span
    if "\r" in quote and span == quote.replace("\r\n", "\n"):
        return span  # line endings changed by a spreadsheet or editor; the words match
    message = translate("Dataset", "quote does not match {0}[{1}:{2}]").format(source, start, end)
    found = text.find(quote) if quote else -1
    if found < 0 and "\r" in quote:
        found = text.find(quote.replace("\r\n", "\n"))
    if found >= 0:
        message += translate("Dataset", "; the quote is at [{0}:{1}]").format(found, found + len(quote.replace("\r\n", "\n")))
    else:
        shown = span if len(span) <= 60 else span[:57] + "…"
        message += translate("Dataset", "; the text there reads “{0}”").format(shown.replace("\n", " "))
    chk.problem(i, message)
    return None


def load_dataset(folder: str | Path, progress: Progress | None = None, cap: int = S.PROBLEM_CAP) -> Dataset:
    """Read and check the dataset in *folder*. Raises :class:`DatasetError` listing every problem."""
    # Loading builds millions of small objects that all live on: pausing the cyclic garbage
    # collector meanwhile saves a quarter of the time and changes nothing else.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _load(Path(folder), progress, cap)
    finally:
        if was_enabled:
            gc.enable()


def _load(folder: Path, progress: Progress | None, cap: int) -> Dataset:
    folder = Path(folder)
    log = ProblemLog(cap)
    report = progress or (lambda fraction, message: None)

    try:
        found, is_dir = folder.exists(), folder.is_dir()
    except OSError as exc:  # e.g. no permission to look inside a parent folder
        raise DatasetError(
            [_folder_problem(folder, translate("Dataset", "cannot be opened: {0}").format(exc.strerror or exc))]
        ) from None
    if not found:
        raise DatasetError([_folder_problem(folder, translate("Dataset", "dataset folder not found"))])
    if not is_dir:
        raise DatasetError([_folder_problem(folder, translate("Dataset", "is not a folder"))])

    report(0.0, translate("Dataset", "Reading tables"))
    raw = _read_all(folder, log)
    report(0.4, translate("Dataset", "Checking events, themes and councils"))

    theme_ids = _id_set(raw["themes"], "theme_id")
    council_ids = _id_set(raw["councils"], "council_id")

    # --- events --------------------------------------------------------------------
    events = None
    texts: dict[str, str] = {}
    event_text: dict[str, str | None] = {}  # event_id -> source name ('' if none, None if unreadable)
    if raw["events"] is not None:
        chk = _Checker(raw["events"], log)
        ev_ids = chk.ids("event_id")
        titles = chk.text("title", True)
        kinds = chk.choices("kind", S.EVENT_KINDS)
        dates = chk.dates("date", True)
        approx = chk.bools("date_approximate")
        earliest = chk.dates("date_earliest", False)
        latest = chk.dates("date_latest", False)
        optional = {c: chk.text(c, False) for c in ("date_note", "speaker", "speaker_role", "organisation", "venue", "summary")}
        sources = chk.text("source_file", False)
        sources_dir = folder / S.SOURCES_DIR
        for i, (d, lo, hi) in enumerate(zip(dates, earliest, latest)):
            if d is not None and lo is not None and lo.first_day() > d.first_day():
                chk.problem(i, translate("Dataset", "date_earliest ({0}) is after date ({1})").format(lo.iso(), d.iso()))
            if d is not None and hi is not None and hi.last_day() < d.last_day():
                chk.problem(i, translate("Dataset", "date_latest ({0}) is before date ({1})").format(hi.iso(), d.iso()))
        for i, value in enumerate(sources):
            eid = ev_ids[i]
            if not value:
                event_text[eid] = ""
                continue
            rel = _safe_source_path(value)
            if rel is None:
                chk.problem(i, translate("Dataset", "source_file '{0}' must be a file inside the sources folder").format(_clip(value)))
                event_text[eid] = None
                continue
            sources[i] = rel
            if rel not in texts:
                display = f"{S.SOURCES_DIR}/{rel}"
                path = sources_dir / rel
                data = None
                try:
                    data = read_file(path)
                except FileNotFoundError:
                    chk.problem(i, translate("Dataset", "source_file '{0}' is not in the sources folder").format(_clip(rel)))
                except IsADirectoryError:
                    log.add(display, 1, translate("Dataset", "is a folder, not a file"))
                except OSError as exc:
                    if exc.errno in (errno.ENAMETOOLONG, errno.EINVAL, errno.ELOOP):
                        chk.problem(i, translate("Dataset", "source_file '{0}' is not a usable file name ({1})").format(
                            _clip(rel), exc.strerror or exc))
                    else:
                        log.add(display, 1, translate("Dataset", "cannot be read: {0}").format(exc.strerror or exc))
                text = decode_utf8(data, display, log, what="text") if data is not None else None
                if text is None:
                    chk.ok[i] = False
                    event_text[eid] = None
                    continue
                texts[rel] = text
            event_text[eid] = rel
        events = dict(
            event_id=ev_ids,
            title=titles,
            kind=kinds,
            date=dates,
            approx=approx,
            earliest=earliest,
            latest=latest,
            source_file=sources,
            ok=chk.ok,
            line=raw["events"].lines,
            **optional,
        )
    event_ids = _id_set(raw["events"], "event_id")

    # --- themes --------------------------------------------------------------------
    themes = None
    if raw["themes"] is not None:
        chk = _Checker(raw["themes"], log)
        themes = dict(
            theme_id=chk.ids("theme_id"),
            label=chk.text("label", True),
            description=chk.text("description", False),
        )

    # --- councils ------------------------------------------------------------------
    councils = None
    if raw["councils"] is not None:
        chk = _Checker(raw["councils"], log)
        cids = chk.ids("council_id", _COUNCIL_ID, translate("Dataset", "an ONS GSS code such as W06000015"))
        cols = chk.ints("tile_col")
        rows = chk.ints("tile_row")
        seen: dict[tuple[int, int], int] = {}
        for i, cell in enumerate(zip(cols, rows)):
            if None in cell:
                continue
            if cell in seen:
                j = seen[cell]
                chk.problem(
                    i,
                    translate("Dataset", "tile ({0}, {1}) is already taken by {2} (line {3})").format(
                        cell[0], cell[1], cids[j], raw["councils"].lines[j]
                    ),
                )
            else:
                seen[cell] = i
        aliases = chk.text("aliases", False)
        councils = dict(
            council_id=cids,
            name_en=chk.text("name_en", True),
            name_cy=chk.text("name_cy", True),
            aliases=["; ".join(a.strip() for a in v.split(";") if a.strip()) for v in aliases],
            tile_col=cols,
            tile_row=rows,
        )

    report(0.6, translate("Dataset", "Checking statements and quotes"))

    # --- statements ----------------------------------------------------------------
    statements = None
    if raw["statements"] is not None:
        r = raw["statements"]
        chk = _Checker(r, log)
        sid = chk.ids("statement_id")
        evs = chk.refs("event_id", event_ids, "events.csv")
        ths = chk.refs("theme_id", theme_ids, "themes.csv")
        pos = chk.text("position", True)
        quotes, starts, ends = _passages(chk, evs, event_text, texts)
        statements = dict(
            statement_id=sid, event_id=evs, theme_id=ths, position=pos, quote=quotes,
            start=starts, end=ends, line=r.lines,
        )

    report(0.8, translate("Dataset", "Checking council mentions"))

    # --- mentions ------------------------------------------------------------------
    mentions = None
    if raw["mentions"] is not None:
        r = raw["mentions"]
        chk = _Checker(r, log)
        mid = chk.ids("mention_id")
        evs = chk.refs("event_id", event_ids, "events.csv")
        known_councils = None if council_ids is None else council_ids | {S.ALL_COUNCILS}
        cns = chk.refs("council_id", known_councils, "councils.csv (or ALL)")
        ths = chk.refs("theme_id", theme_ids, "themes.csv", required=False)
        roles = chk.choices("role", S.MENTION_ROLES)
        for i, (c, role) in enumerate(zip(cns, roles)):
            if c == S.ALL_COUNCILS and role in S.MENTION_ROLES and role != "collective":
                chk.problem(i, translate("Dataset", "council_id ALL needs role 'collective', not '{0}'").format(role))
            elif c and c != S.ALL_COUNCILS and role == "collective":
                chk.problem(i, translate("Dataset", "role 'collective' is only for council_id ALL"))
        notes = chk.text("note", False)
        quotes, starts, ends = _passages(chk, evs, event_text, texts)
        mentions = dict(
            mention_id=mid, event_id=evs, council_id=cns, theme_id=ths, role=roles, note=notes,
            quote=quotes, start=starts, end=ends, line=r.lines,
        )

    if log:
        raise DatasetError(log.problems, log.dropped)
    assert events and themes and councils and statements is not None and mentions is not None
    report(0.9, translate("Dataset", "Building tables"))
    ds = _build(folder, events, themes, councils, statements, mentions, texts)
    # Free the working columns a slice at a time rather than all at once on return: freeing
    # millions of objects in one step would hold up the window's thread.
    for table in (statements, mentions, events, *[r.columns for r in raw.values() if r is not None]):
        for values in table.values():
            if isinstance(values, list):
                release(values)
    report(1.0, translate("Dataset", "Loaded"))
    return ds


def _folder_problem(folder: Path, message: str):
    from .problems import Problem

    return Problem(str(folder), None, message)


def _passages(chk: _Checker, evs: list[str], event_text: dict[str, str | None], texts: dict[str, str]):
    """The quote, start and end columns, each quote checked against its event's text."""
    quotes = chk.quote("quote")
    starts = chk.ints("start")
    ends = chk.ints("end")
    _check_passages(chk, evs, quotes, starts, ends, event_text, texts)
    return quotes, starts, ends


def _check_passages(
    chk: _Checker,
    evs: list[str],
    quotes: list[str],
    starts: list[int | None],
    ends: list[int | None],
    event_text: dict[str, str | None],
    texts: dict[str, str],
) -> None:
    """Check each quote against its event's source text; store the source's exact span."""
    text_of = {eid: texts[src] for eid, src in event_text.items() if src}
    matches = [
        t is not None and a is not None and b is not None and a < b <= len(t) and t[a:b] == q
        for t, q, a, b in zip(map(text_of.get, evs), quotes, starts, ends)
    ]
    for i, eid in enumerate(evs):
        if matches[i]:
            continue  # the quote is exactly the source's span

        if eid not in event_text:
            continue  # unknown event (already reported) or events.csv unreadable
        source = event_text[eid]
        if source is None:
            continue  # the event's text could not be read (already reported)
        if source == "":
            chk.problem(i, translate("Dataset", "event '{0}' has no source_file, so nothing can be quoted from it").format(eid))
            continue
        verified = _check_quote(chk, i, texts[source], source, quotes[i], starts[i], ends[i])
        if verified is not None:
            quotes[i] = verified


def _frame(columns: dict[str, list], **categories: list[str]) -> pd.DataFrame:
    """A frame from validated columns: ids with known values as categoricals, numbers as
    int64, text as plain object columns (no per-value type inference)."""
    out = {}
    for name, values in columns.items():
        if name in categories:
            # Codes by dictionary lookup: much faster than letting pandas infer and match.
            cats = categories[name]
            lookup = {c: i for i, c in enumerate(cats)}
            codes = np.fromiter((lookup.get(v, -1) for v in values), dtype=np.int32, count=len(values))
            out[name] = pd.Categorical.from_codes(codes, dtype=pd.CategoricalDtype(cats))
        elif name in ("start", "end", "line", "tile_col", "tile_row"):
            out[name] = np.asarray(values, dtype=np.int64)
        else:
            out[name] = pd.Series(values, dtype=object)
    return pd.DataFrame(out)


def _build(folder, events, themes, councils, statements, mentions, texts) -> Dataset:
    dates: list[PartialDate] = events["date"]
    start_day = np.array([to_day_number(d.first_day()) for d in dates], dtype=np.int64)
    end_day = np.array([to_day_number(d.last_day()) + 1 for d in dates], dtype=np.int64)
    band_start = np.array(
        [to_day_number(lo.first_day()) if lo else s for lo, s in zip(events["earliest"], start_day)], dtype=np.int64
    )
    band_end = np.array(
        [to_day_number(hi.last_day()) + 1 if hi else e for hi, e in zip(events["latest"], end_day)], dtype=np.int64
    )
    sources = events["source_file"]
    ev = pd.DataFrame(
        {
            "event_id": events["event_id"],
            "title": events["title"],
            "kind": events["kind"],
            "date": [d.iso() for d in dates],
            "precision": pd.Categorical([d.precision for d in dates], categories=["year", "month", "day"]),
            "date_approximate": np.array(events["approx"], dtype=bool),
            "date_note": events["date_note"],
            "speaker": events["speaker"],
            "speaker_role": events["speaker_role"],
            "organisation": events["organisation"],
            "venue": events["venue"],
            "source_file": sources,
            "summary": events["summary"],
            "start_day": start_day,
            "end_day": end_day,
            "band_start": band_start,
            "band_end": band_end,
            "has_source": np.array([bool(s) for s in sources], dtype=bool),
            "line": events["line"],
        }
    )
    ev = ev.sort_values(["start_day", "end_day"], kind="stable").reset_index(drop=True)

    th = _frame(themes)
    co = _frame(councils)
    co["tile_col"] = co["tile_col"].astype(np.int64)
    co["tile_row"] = co["tile_row"].astype(np.int64)

    event_cats = ev["event_id"].tolist()
    theme_cats = th["theme_id"].tolist()
    council_cats = co["council_id"].tolist() + [S.ALL_COUNCILS]

    st = _frame(
        statements,
        event_id=event_cats,
        theme_id=theme_cats,
    )
    me = _frame(
        dict(mentions, theme_id=[t or None for t in mentions["theme_id"]]),
        event_id=event_cats,
        council_id=council_cats,
        theme_id=theme_cats,
        role=list(S.MENTION_ROLES),
    )

    return Dataset(folder=folder, events=ev, themes=th, councils=co, statements=st, mentions=me, texts=texts,
                   name=folder.resolve().name)
