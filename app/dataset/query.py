"""Questions asked of a :class:`Dataset` under a :class:`Filter`; the only way views, printing
and the command line read the data.

Everything here is vectorised over the categorical codes of the frames, so a filter
change costs a few array operations whatever the size of the dataset.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property

import numpy as np
import pandas as pd

from .i18n import translate
from .model import Dataset
from .schema import ALL_COUNCILS
from .textfold import fold

BOTH, LEFT, RIGHT = "both", "left", "right"

_KIND_NOUNS = {
    "report": lambda: translate("Query", "the report"),
    "speech": lambda: translate("Query", "the speech"),
    "policy": lambda: translate("Query", "the policy"),
    "legislation": lambda: translate("Query", "the legislation"),
    "meeting": lambda: translate("Query", "the meeting"),
    "publication": lambda: translate("Query", "the publication"),
    "other": lambda: translate("Query", "the other event"),
}


@dataclass(frozen=True)
class Filter:
    """What the user has asked to see. Empty sets mean 'no restriction'."""

    councils: frozenset[str] = frozenset()
    themes: frozenset[str] = frozenset()
    events: frozenset[str] = frozenset()
    text: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.councils or self.themes or self.events or self.text.strip())

    @property
    def needle(self) -> str:
        return fold(self.text.strip())

    def with_councils(self, ids) -> Filter:
        return replace(self, councils=frozenset(ids))

    def with_themes(self, ids) -> Filter:
        return replace(self, themes=frozenset(ids))

    def with_events(self, ids) -> Filter:
        return replace(self, events=frozenset(ids))

    def with_text(self, text: str) -> Filter:
        return replace(self, text=text)


@dataclass(frozen=True)
class Evidence:
    """One quoted passage on screen or paper: a coded statement or a council mention."""

    kind: str  # "statement" or "mention"
    item_id: str
    event_id: str
    theme_id: str | None
    text: str  # the position (statement) or the note (mention)
    quote: str
    start: int
    end: int
    role: str | None = None  # subject, venue or collective (mentions only)
    council_id: str | None = None

    @property
    def is_collective(self) -> bool:
        return self.council_id == ALL_COUNCILS


@dataclass(frozen=True)
class Cell:
    event_id: str | None
    items: tuple[Evidence, ...]
    in_scope: int  # passages before the text filter
    addresses_theme: bool  # the document has statements on this theme at all
    excluded: bool = False  # the event filter leaves this event out


@dataclass(frozen=True)
class ComparisonRow:
    theme_id: str | None
    label: str
    description: str
    status: str  # both, left or right
    left: Cell
    right: Cell


@dataclass(frozen=True)
class Comparison:
    left_id: str | None
    right_id: str | None
    rows: tuple[ComparisonRow, ...]
    council_mode: bool
    counts: dict[str, int] = field(default_factory=dict)
    themes_in_neither: int = 0


class Query:
    """Answers questions about one dataset. Cheap to create; caches what it derives."""

    MASKS_KEPT = 8

    def __init__(self, ds: Dataset) -> None:
        self.ds = ds
        # Several views ask for the same masks after one filter change: the latest few are
        # kept (read-only, so no caller can change another's answer).
        self._masks: dict[tuple, np.ndarray] = {}

    def _recall(self, key: tuple) -> np.ndarray:
        mask = self._masks.pop(key)  # most recently used last: the first to go is the oldest unused
        self._masks[key] = mask
        return mask

    def _remember(self, key: tuple, mask: np.ndarray) -> np.ndarray:
        mask.setflags(write=False)
        if len(self._masks) >= self.MASKS_KEPT:
            del self._masks[next(iter(self._masks))]
        self._masks[key] = mask
        return mask

    # --- folded text for the free-text filter, built on first use ---------------------
    @cached_property
    def _statement_text(self) -> pd.Series:
        st = self.ds.statements
        return (st["position"] + "\n" + st["quote"]).map(fold)

    @cached_property
    def _mention_text(self) -> pd.Series:
        me = self.ds.mentions
        return (me["note"] + "\n" + me["quote"]).map(fold)

    @cached_property
    def _event_text(self) -> pd.Series:
        return self.ds.events["title"].map(fold)

    @staticmethod
    def _contains(series: pd.Series, needle: str) -> np.ndarray:
        return np.array(series.str.contains(needle, regex=False), dtype=bool)

    # --- codes -------------------------------------------------------------------------
    def _codes(self, ids, lookup: dict[str, int]) -> np.ndarray:
        return np.array([lookup[i] for i in ids if i in lookup], dtype=np.int64)

    def event_codes(self, f: Filter) -> np.ndarray | None:
        return self._codes(f.events, self.ds.event_row) if f.events else None

    # --- masks -------------------------------------------------------------------------
    def statement_mask(self, f: Filter, use_text: bool = True) -> np.ndarray:
        """Statements passing the theme, event and text filters (councils do not apply)."""
        key = ("statement", f.themes, f.events, use_text and f.needle)
        if key in self._masks:
            return self._recall(key)
        ds = self.ds
        mask = np.ones(len(ds.statements), dtype=bool)
        if f.themes:
            mask &= np.isin(ds.statement_theme_codes, self._codes(f.themes, ds.theme_row))
        if f.events:
            mask &= np.isin(ds.statement_event_codes, self.event_codes(f))
        if use_text and f.needle:
            mask &= self._contains(self._statement_text, f.needle)
        return self._remember(key, mask)

    def mention_mask(self, f: Filter, use_text: bool = True, collective: bool = True) -> np.ndarray:
        """Mentions passing every filter. With a council filter, the collective (ALL)
        mentions are kept too unless *collective* is False: they apply to every council."""
        key = ("mention", f.councils, collective, f.themes, f.events, use_text and f.needle)
        if key in self._masks:
            return self._recall(key)
        ds = self.ds
        mask = np.ones(len(ds.mentions), dtype=bool)
        if f.councils:
            wanted = self._codes(f.councils, ds.council_row)
            if collective:
                wanted = np.append(wanted, ds.all_code)
            mask &= np.isin(ds.mention_council_codes, wanted)
        if f.themes:
            mask &= np.isin(ds.mention_theme_codes, self._codes(f.themes, ds.theme_row))
        if f.events:
            mask &= np.isin(ds.mention_event_codes, self.event_codes(f))
        if use_text and f.needle:
            mask &= self._contains(self._mention_text, f.needle)
        return self._remember(key, mask)

    def item_mask(self, f: Filter, use_text: bool = True) -> tuple[str, np.ndarray]:
        """The evidence the views show: statements, or with a council filter the mentions."""
        if f.councils:
            return "mention", self.mention_mask(f, use_text)
        return "statement", self.statement_mask(f, use_text)

    def _item_event_codes(self, kind: str) -> np.ndarray:
        return self.ds.mention_event_codes if kind == "mention" else self.ds.statement_event_codes

    def event_mask(self, f: Filter) -> np.ndarray:
        """Events the timeline shows under *f*, in ``ds.events`` row order."""
        ds = self.ds
        n = len(ds.events)
        mask = np.ones(n, dtype=bool)
        if f.events:
            mask[self.event_codes(f)] = False
            mask = ~mask
        if not (f.councils or f.themes or f.needle):
            return mask
        kind, items = self.item_mask(f)
        codes = self._item_event_codes(kind)
        has = np.bincount(codes[items], minlength=n) > 0
        if f.needle:
            titled = self._contains(self._event_text, f.needle)
            if f.councils or f.themes:
                _, scope = self.item_mask(f, use_text=False)
                titled &= np.bincount(codes[scope], minlength=n) > 0
            has |= titled
        return mask & has

    # --- the comparison ----------------------------------------------------------------
    def short_names(self, left: str | None, right: str | None) -> tuple[str, str]:
        """How the summary line names the two events: 'the report' / 'the speech', or dates."""
        ds = self.ds
        if left is None or right is None:
            return (translate("Query", "the left event"), translate("Query", "the right event"))
        kl, kr = ds.event(left)["kind"], ds.event(right)["kind"]
        if kl != kr:
            return _KIND_NOUNS[kl](), _KIND_NOUNS[kr]()
        return ds.event_date_text(left), ds.event_date_text(right)

    # --- one event's passages, without scanning the whole dataset -------------------------
    def event_rows(self, kind: str, event_id: str, f: Filter, use_text: bool = True) -> np.ndarray:
        """Row numbers of one event's statements or mentions that pass *f* (councils apply
        to mentions only; a council filter keeps the collective mentions too)."""
        ds = self.ds
        code = ds.event_row[event_id]
        if kind == "mention":
            rows = ds.mention_rows(code)
            if f.councils and len(rows):
                wanted = np.append(self._codes(f.councils, ds.council_row), ds.all_code)
                rows = rows[np.isin(ds.mention_council_codes[rows], wanted)]
            theme_codes = ds.mention_theme_codes
        else:
            rows = ds.statement_rows(code)
            theme_codes = ds.statement_theme_codes
        if f.themes and len(rows):
            rows = rows[np.isin(theme_codes[rows], self._codes(f.themes, ds.theme_row))]
        if use_text and f.needle and len(rows):
            cols = ds.mention_columns if kind == "mention" else ds.statement_columns
            needle = f.needle
            keep = [needle in fold(cols["text"][r] + "\n" + cols["quote"][r]) for r in rows]
            rows = rows[np.array(keep, dtype=bool)]
        return rows

    def evidence(self, kind: str, rows) -> list[Evidence]:
        """Evidence objects for row numbers of the statements or mentions table."""
        ds = self.ds
        if kind == "mention":
            c = ds.mention_columns
            return [
                Evidence("mention", c["id"][r], c["event"][r], c["theme"][r], c["text"][r], c["quote"][r],
                         int(c["start"][r]), int(c["end"][r]), c["role"][r], c["council"][r])
                for r in rows
            ]
        c = ds.statement_columns
        return [
            Evidence("statement", c["id"][r], c["event"][r], c["theme"][r], c["text"][r], c["quote"][r],
                     int(c["start"][r]), int(c["end"][r]))
            for r in rows
        ]

    def compare(self, f: Filter, left: str | None, right: str | None) -> Comparison:
        """Themes as rows, the two events as columns, every cell backed by its quotes."""
        ds = self.ds
        kind = "mention" if f.councils else "statement"
        theme_codes = ds.mention_theme_codes if kind == "mention" else ds.statement_theme_codes

        def side(event_id: str | None):
            """(shown evidence by theme code, passages in scope by theme code, themes addressed, excluded)"""
            if event_id is None or event_id not in ds.event_row:
                return {}, {}, set(), False
            excluded = bool(f.events) and event_id not in f.events
            if excluded:
                return {}, {}, set(), True
            scope = self.event_rows(kind, event_id, f, use_text=False)
            shown = self.event_rows(kind, event_id, f) if f.needle else scope
            cols = ds.mention_columns if kind == "mention" else ds.statement_columns
            shown = shown[np.lexsort((cols["end"][shown], cols["start"][shown]))]  # text order
            by_theme: dict[int, list[Evidence]] = {}
            for t, ev in zip(theme_codes[shown].tolist(), self.evidence(kind, shown)):
                by_theme.setdefault(t, []).append(ev)
            in_scope: dict[int, int] = {}
            for t in theme_codes[scope].tolist():
                in_scope[t] = in_scope.get(t, 0) + 1
            addressed = set(ds.statement_theme_codes[ds.statement_rows(ds.event_row[event_id])].tolist())
            return by_theme, in_scope, addressed, False

        l_items, l_scope, l_addr, lex = side(left)
        r_items, r_scope, r_addr, rex = side(right)

        theme_order = list(range(len(ds.themes)))
        if kind == "mention":
            theme_order.append(-1)  # mentions linked to no theme
        wanted_themes = set(self._codes(f.themes, ds.theme_row).tolist()) if f.themes else None

        rows: list[ComparisonRow] = []
        neither = 0
        counts = {BOTH: 0, LEFT: 0, RIGHT: 0}
        labels = ds.themes["label"].tolist()
        descriptions = ds.themes["description"].tolist()
        theme_ids = ds.themes["theme_id"].tolist()
        for t in theme_order:
            if wanted_themes is not None and t not in wanted_themes:
                continue
            ls, rs = l_scope.get(t, 0), r_scope.get(t, 0)
            if not ls and not rs:
                if t >= 0:
                    neither += 1
                continue
            li, ri = l_items.get(t, []), r_items.get(t, [])
            if f.needle and not li and not ri:
                continue
            status = BOTH if ls and rs else (LEFT if ls else RIGHT)
            counts[status] += 1
            if t >= 0:
                tid, label, desc = theme_ids[t], labels[t], descriptions[t]
            else:
                tid, label, desc = None, translate("Query", "Not linked to a theme"), ""
            rows.append(
                ComparisonRow(
                    tid, label, desc, status,
                    Cell(left, tuple(li), ls, t in l_addr, lex),
                    Cell(right, tuple(ri), rs, t in r_addr, rex),
                )
            )
        return Comparison(left, right, tuple(rows), kind == "mention", counts, neither)

    def comparison_summary(self, cmp: Comparison) -> str:
        """'6 themes in both · 2 only in the report · 2 only in the speech'."""
        lname, rname = self.short_names(cmp.left_id, cmp.right_id)
        c = cmp.counts
        parts = [
            _plural(c.get(BOTH, 0), translate("Query", "{0} theme in both"), translate("Query", "{0} themes in both")),
            translate("Query", "{0} only in {1}").format(c.get(LEFT, 0), lname),
            translate("Query", "{0} only in {1}").format(c.get(RIGHT, 0), rname),
        ]
        return " · ".join(parts)

    # --- councils ------------------------------------------------------------------------
    def council_counts(self, f: Filter, event_ids: list[str]) -> pd.DataFrame:
        """One row per council (restricted by the council filter): for each event in
        *event_ids*, the mentions naming that council (subject or venue) and the rate per
        1,000 words of the document; plus ``total`` over every event the filter allows."""
        return pd.DataFrame(self.council_count_columns(f, event_ids))  # one construction

    def council_count_columns(self, f: Filter, event_ids: list[str], totals: bool = True) -> dict[str, np.ndarray]:
        """:meth:`council_counts` as plain arrays by column name (no DataFrame), and without
        ``total`` unless *totals*: each event's counts come from its own mentions, found
        through the per-event index, so this costs little however large the dataset."""
        ds = self.ds
        councils = ds.councils
        n = len(councils)
        codes = ds.mention_council_codes
        columns = {
            "council_id": councils["council_id"].to_numpy(),
            "name_en": councils["name_en"].to_numpy(),
            "name_cy": councils["name_cy"].to_numpy(),
            "tile_col": councils["tile_col"].to_numpy(),
            "tile_row": councils["tile_row"].to_numpy(),
        }
        anywhere = f.with_councils(())
        if totals:
            mask = self.mention_mask(anywhere, collective=False)
            columns["total"] = np.bincount(codes[mask & (codes < n)], minlength=n + 1)[:n]
        for e in event_ids:
            words = ds.word_count(e)
            if f.events and e not in f.events:
                counts = np.zeros(n, dtype=np.int64)
            else:
                named = codes[self.event_rows("mention", e, anywhere)]
                counts = np.bincount(named[named < n], minlength=n + 1)[:n]
            columns[f"count:{e}"] = counts
            columns[f"rate:{e}"] = counts * 1000.0 / words if words else np.full(n, np.nan)
        if f.councils:
            keep = np.isin(columns["council_id"], list(f.councils))
            columns = {k: v[keep] for k, v in columns.items()}
        return columns

    def collective_counts(self, f: Filter, event_ids: list[str]) -> dict[str, int]:
        """Per event, the collective references that apply to every council."""
        ds = self.ds
        mask = self.mention_mask(f.with_councils(()))
        counts = {}
        for e in event_ids:
            rows = ds.mention_rows(ds.event_row[e])
            counts[e] = int((mask[rows] & (ds.mention_council_codes[rows] == ds.all_code)).sum())
        return counts

    def council_mentions(self, f: Filter, council_id: str, event_ids: list[str] | None = None) -> pd.DataFrame:
        """Every mention of *council_id* under the filter, and the collective ones, in
        chronological then text order. With *event_ids*, only those events' mentions (found
        through the per-event index, without scanning the whole table)."""
        ds = self.ds
        frame = ds.mentions.iloc[self.mention_rows_in(f.with_councils((council_id,)), event_ids)]
        order = np.lexsort((frame["start"].to_numpy(), frame["event_id"].cat.codes.to_numpy()))
        return frame.iloc[order].reset_index(drop=True)

    def mention_rows_in(self, f: Filter, event_ids: list[str] | None = None) -> np.ndarray:
        """Row numbers (in ``ds.mentions``) of the mentions passing *f*, in no set order. With
        *event_ids*, only those events' mentions, found through the per-event index."""
        ds = self.ds
        if event_ids is None:
            return np.flatnonzero(self.mention_mask(f))
        parts = [self.event_rows("mention", e, f) for e in event_ids if e in ds.event_row
                 and (not f.events or e in f.events)]
        return np.concatenate(parts) if parts else np.array([], dtype=np.int64)

    def unnamed_councils(self, event_ids: list[str] | None = None) -> list[str]:
        """Councils that none of the events (all, if None) names — a finding in itself."""
        ds = self.ds
        codes = ds.mention_council_codes
        keep = np.ones(len(codes), dtype=bool)
        if event_ids is not None:
            keep = np.isin(ds.mention_event_codes, self._codes(event_ids, ds.event_row))
        named = set(np.unique(codes[keep]).tolist())
        return [c for i, c in enumerate(ds.councils["council_id"]) if i not in named]

    # --- one event -----------------------------------------------------------------------
    def themes_of_event(self, event_id: str) -> list[tuple[str, str, int]]:
        """(theme_id, label, statements) for each theme the event addresses, in theme order."""
        ds = self.ds
        codes = ds.statement_theme_codes[ds.statement_event_codes == ds.event_row[event_id]]
        counts = np.bincount(codes, minlength=len(ds.themes))
        return [
            (ds.themes.at[i, "theme_id"], ds.themes.at[i, "label"], int(c))
            for i, c in enumerate(counts)
            if c
        ]

    def passages(self, f: Filter, event_id: str) -> tuple[list[Evidence], list[Evidence]]:
        """The statements and mentions of one event that the filter lets through, by position.

        With a council filter, statements are kept where they overlap a kept mention, so the
        source text highlights what is said about that council."""
        if f.events and event_id not in f.events:
            return [], []
        mentions = sorted(self.evidence("mention", self.event_rows("mention", event_id, f)),
                          key=lambda e: (e.start, e.end))
        statements = sorted(self.evidence("statement", self.event_rows("statement", event_id, f)),
                            key=lambda e: (e.start, e.end))
        if f.councils:
            spans = [(m.start, m.end) for m in mentions]
            statements = [s for s in statements if any(a < s.end and s.start < b for a, b in spans)]
        return statements, mentions

    def text_matches(self, f: Filter, event_id: str) -> list[tuple[int, int]]:
        """Where the free-text filter occurs in the event's source text."""
        text = self.ds.text_of(event_id)
        needle = f.needle
        if not text or not needle:
            return []
        hay = fold(text)
        if len(hay) != len(text):
            return []
        out, i = [], hay.find(needle)
        while i >= 0 and len(out) < 10_000:
            out.append((i, i + len(needle)))
            i = hay.find(needle, i + len(needle))
        return out


def _plural(n: int, one: str, many: str) -> str:
    return (one if n == 1 else many).format(n)


def describe_filter(ds: Dataset, f: Filter) -> str:
    """The active filters in words, e.g. 'Councils: Cardiff, Torfaen · Text: “summit”'."""
    if f.is_empty:
        return translate("Query", "No filters: everything is shown")
    parts = []
    if f.councils:
        names = sorted(ds.council_name(c) for c in f.councils if c in ds.council_row)
        parts.append(
            translate("Query", "Councils: {0} (with references to all councils)").format(", ".join(names))
        )
    if f.themes:
        labels = [ds.theme_label(t) for t in ds.themes["theme_id"] if t in f.themes]
        parts.append(translate("Query", "Themes: {0}").format(", ".join(labels)))
    if f.events:
        titles = [ds.events.at[ds.event_row[e], "title"] for e in ds.events["event_id"] if e in f.events]
        parts.append(translate("Query", "Events: {0}").format("; ".join(titles)))
    if f.text.strip():
        parts.append(translate("Query", "Text: “{0}”").format(f.text.strip()))
    return " · ".join(parts)


def resolve_council(ds: Dataset, name: str) -> str | None:
    """A council id from a GSS code, English or Welsh name or alias (any case)."""
    key = fold(name.strip())
    for row in ds.councils.itertuples(index=False):
        names = [row.council_id, row.name_en, row.name_cy, *[a for a in row.aliases.split(";") if a.strip()]]
        if key in (fold(n.strip()) for n in names):
            return row.council_id
    return None
