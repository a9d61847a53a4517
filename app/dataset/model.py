"""The loaded dataset: typed pandas frames plus the source texts. Immutable once built."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np
import pandas as pd

from .dates import PartialDate, format_date, parse_partial_date
from .i18n import translate
from .schema import ALL_COUNCILS


@dataclass(eq=False)
class Dataset:
    """Everything Cymharu shows, as read and checked from one dataset folder.

    Frames (all with a RangeIndex):

    * ``events``: one row per event in chronological order, with ``start_day`` and
      ``end_day`` (days since 1970-01-01, end exclusive) covering the stated date at
      its precision, ``band_start``/``band_end`` covering the known uncertainty,
      ``precision`` (year, month, day) and ``has_source``. :meth:`word_count` gives the
      length of an event's source text in words.
    * ``themes``: in file order. ``councils``: in file order.
    * ``statements`` and ``mentions``: ``event_id``, ``theme_id`` and ``council_id``
      are categoricals whose categories follow the row order of their tables, so the
      codes double as row numbers.
    """

    folder: Path
    events: pd.DataFrame
    themes: pd.DataFrame
    councils: pd.DataFrame
    statements: pd.DataFrame
    mentions: pd.DataFrame
    texts: dict[str, str] = field(repr=False)
    name: str = ""

    # --- lookups -------------------------------------------------------------------
    @cached_property
    def event_row(self) -> dict[str, int]:
        return {eid: i for i, eid in enumerate(self.events["event_id"])}

    @cached_property
    def theme_row(self) -> dict[str, int]:
        return {tid: i for i, tid in enumerate(self.themes["theme_id"])}

    @cached_property
    def council_row(self) -> dict[str, int]:
        return {cid: i for i, cid in enumerate(self.councils["council_id"])}

    @cached_property
    def _event_columns(self) -> dict[str, list]:
        return {name: self.events[name].tolist() for name in self.events.columns}

    def event_value(self, row: int, column: str):
        """One field of the event in row *row* (a plain Python value; quick, for painting)."""
        return self._event_columns[column][row]

    def event(self, event_id: str) -> dict:
        """One event's fields as a plain dict."""
        i = self.event_row[event_id]
        return {name: values[i] for name, values in self._event_columns.items()}

    def event_date(self, event_id: str) -> PartialDate:
        return parse_partial_date(self._event_columns["date"][self.event_row[event_id]])

    @cached_property
    def event_date_texts(self) -> list[str]:
        """Every event's date as people read it ('c. January 2005'), in row order."""
        cols = self._event_columns
        return [
            format_date(parse_partial_date(d), bool(a)) for d, a in zip(cols["date"], cols["date_approximate"])
        ]

    def event_date_text(self, event_id: str) -> str:
        return self.event_date_texts[self.event_row[event_id]]

    @cached_property
    def event_labels(self) -> list[str]:
        """'18 June 2009 · First Minister's speech …' for every event, in row order."""
        return [f"{d} · {t}" for d, t in zip(self.event_date_texts, self._event_columns["title"])]

    def text_of(self, event_id: str) -> str | None:
        source = self._event_columns["source_file"][self.event_row[event_id]]
        return self.texts.get(source) if source else None

    def theme_label(self, theme_id: str) -> str:
        return self.themes.at[self.theme_row[theme_id], "label"]

    def council_name(self, council_id: str) -> str:
        if council_id == ALL_COUNCILS:
            return translate("Dataset", "All councils")
        return self.councils.at[self.council_row[council_id], "name_en"]

    @cached_property
    def source_event_ids(self) -> list[str]:
        """Events that have a source text, in chronological order."""
        return self.events.loc[self.events["has_source"], "event_id"].tolist()

    def default_pair(self) -> tuple[str | None, str | None]:
        """The two events compared by default: the first two with source texts."""
        ids = self.source_event_ids
        if len(ids) >= 2:
            return ids[0], ids[1]
        if len(ids) == 1:
            return ids[0], None
        all_ids = self.events["event_id"].tolist()
        return (all_ids[0] if all_ids else None, all_ids[1] if len(all_ids) > 1 else None)

    # --- arrays the views use ---------------------------------------------------------
    @cached_property
    def statement_event_codes(self) -> np.ndarray:
        return self.statements["event_id"].cat.codes.to_numpy()

    @cached_property
    def statement_theme_codes(self) -> np.ndarray:
        return self.statements["theme_id"].cat.codes.to_numpy()

    @cached_property
    def mention_event_codes(self) -> np.ndarray:
        return self.mentions["event_id"].cat.codes.to_numpy()

    @cached_property
    def mention_theme_codes(self) -> np.ndarray:
        return self.mentions["theme_id"].cat.codes.to_numpy()

    @cached_property
    def mention_council_codes(self) -> np.ndarray:
        """Codes into ``councils`` rows; ``len(councils)`` stands for ALL."""
        return self.mentions["council_id"].cat.codes.to_numpy()

    def _rows_by_event(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        order = np.argsort(codes, kind="stable")
        offsets = np.searchsorted(codes[order], np.arange(len(self.events) + 1))
        return order, offsets

    @cached_property
    def _statement_index(self) -> tuple[np.ndarray, np.ndarray]:
        return self._rows_by_event(self.statement_event_codes)

    @cached_property
    def _mention_index(self) -> tuple[np.ndarray, np.ndarray]:
        return self._rows_by_event(self.mention_event_codes)

    def statement_rows(self, event_code: int) -> np.ndarray:
        """Row numbers of one event's statements (file order), without scanning them all."""
        order, offsets = self._statement_index
        return order[offsets[event_code]:offsets[event_code + 1]]

    def mention_rows(self, event_code: int) -> np.ndarray:
        order, offsets = self._mention_index
        return order[offsets[event_code]:offsets[event_code + 1]]

    @cached_property
    def statement_columns(self) -> dict[str, np.ndarray]:
        """The statements as plain arrays, for building many small results quickly."""
        st = self.statements
        return {
            "id": st["statement_id"].to_numpy(dtype=object),
            "event": st["event_id"].astype(object).to_numpy(dtype=object),
            "theme": st["theme_id"].astype(object).to_numpy(dtype=object),
            "text": st["position"].to_numpy(dtype=object),
            "quote": st["quote"].to_numpy(dtype=object),
            "start": st["start"].to_numpy(),
            "end": st["end"].to_numpy(),
        }

    @cached_property
    def mention_columns(self) -> dict[str, np.ndarray]:
        me = self.mentions
        theme = me["theme_id"].astype(object).to_numpy(dtype=object)
        return {
            "id": me["mention_id"].to_numpy(dtype=object),
            "event": me["event_id"].astype(object).to_numpy(dtype=object),
            "theme": np.array([t if isinstance(t, str) else None for t in theme], dtype=object),
            "text": me["note"].to_numpy(dtype=object),
            "quote": me["quote"].to_numpy(dtype=object),
            "start": me["start"].to_numpy(),
            "end": me["end"].to_numpy(),
            "role": me["role"].astype(object).to_numpy(dtype=object),
            "council": me["council_id"].astype(object).to_numpy(dtype=object),
        }

    @property
    def all_code(self) -> int:
        return len(self.councils)

    def word_count(self, event_id: str) -> int:
        """Words in the event's source text (0 without one); counted on first use."""
        counts = self.__dict__.setdefault("_word_counts", {})
        if event_id not in counts:
            text = self.text_of(event_id)
            counts[event_id] = len(text.split()) if text else 0
        return counts[event_id]

    @property
    def display_name(self) -> str:
        """How people see this dataset named: 'Bundled dataset' or its folder."""
        from app.paths import is_bundled

        return translate("Dataset", "Bundled dataset") if is_bundled(self.folder) else str(self.folder)

    def summary(self) -> str:
        with_source = int(self.events["has_source"].sum())
        return translate(
            "Dataset",
            "{events} events ({sources} with source texts), {themes} themes, {statements} statements, "
            "{councils} councils, {mentions} mentions",
        ).format(
            events=len(self.events),
            sources=with_source,
            themes=len(self.themes),
            statements=len(self.statements),
            councils=len(self.councils),
            mentions=len(self.mentions),
        )
