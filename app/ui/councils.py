"""The Councils view: every council with its mentions in the two compared documents, a tile
map of Wales coloured by mentions, and the mentions of the selected council.

Counts are mentions that *name* the council (roles subject and venue); the collective
references ("all 22 councils") are counted on a line of their own and listed under every
council, marked as collective. The table is also the text alternative for the map's colours.
"""

from __future__ import annotations

import functools
from collections import namedtuple

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.dataset import ALL_COUNCILS
from app.dataset.cite import context
from app.dataset.dates import format_date, parse_partial_date
from app.dataset.query import Evidence, Filter
from app.ui.deferred import RefreshWhenVisible

from .models import ROW_ROLE, SORT_ROLE, Column, RowTableModel, StaticTableModel, plain_tooltip
from .palette import count_classes, count_colour
from .state import AppState
from .tilemap import Tile, TileMapWidget, tiles_from_frame

LEFT, RIGHT, BOTH = "left", "right", "both"


def _kind_names(kind: str) -> tuple[str, str]:
    """('Report', 'the report') for an event kind."""
    names = {
        "report": (QCoreApplication.translate("CouncilsView", "Report"), QCoreApplication.translate("CouncilsView", "the report")),
        "speech": (QCoreApplication.translate("CouncilsView", "Speech"), QCoreApplication.translate("CouncilsView", "the speech")),
        "policy": (QCoreApplication.translate("CouncilsView", "Policy"), QCoreApplication.translate("CouncilsView", "the policy")),
        "legislation": (QCoreApplication.translate("CouncilsView", "Legislation"), QCoreApplication.translate("CouncilsView", "the legislation")),
        "meeting": (QCoreApplication.translate("CouncilsView", "Meeting"), QCoreApplication.translate("CouncilsView", "the meeting")),
        "publication": (QCoreApplication.translate("CouncilsView", "Publication"), QCoreApplication.translate("CouncilsView", "the publication")),
    }
    return names.get(kind, (QCoreApplication.translate("CouncilsView", "Event"), QCoreApplication.translate("CouncilsView", "the event")))


def short_date(date_text: str, approximate: bool) -> str:
    """'c. Jan 2005', '18 Jun 2009', '2004': a date for a column header."""
    try:
        return format_date(parse_partial_date(date_text), approximate, short=True)
    except ValueError:
        return date_text


def _times(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate("CouncilsView", "once")
    if n == 2:
        return QCoreApplication.translate("CouncilsView", "twice")
    return QCoreApplication.translate("CouncilsView", "{0} times").format(n)


def event_header(ds, event_id: str, sep: str | None = None) -> str:
    """'Report (c. Jan 2005)'; with *sep* (e.g. a newline) 'Report' + sep + 'c. Jan 2005'."""
    ev = ds.event(event_id)
    kind = _kind_names(str(ev["kind"]))[0]
    date = short_date(str(ev["date"]), bool(ev["date_approximate"]))
    if sep is not None:
        return kind + sep + date
    return QCoreApplication.translate("CouncilsView", "{0} ({1})").format(kind, date)


def event_phrase(ds, event_id: str) -> str:
    """'the report (c. January 2005)'."""
    return QCoreApplication.translate("CouncilsView", "{0} ({1})").format(_kind_names(str(ds.event(event_id)["kind"]))[1], ds.event_date_text(event_id))


def event_noun(ds, event_id: str, pair: list[str]) -> str:
    """'the report' — or, when both events of *pair* are of one kind, 'the report of c. January 2005'."""
    kinds = [str(ds.event(e)["kind"]) for e in pair]
    noun = _kind_names(str(ds.event(event_id)["kind"]))[1]
    if len(kinds) == 2 and kinds[0] == kinds[1]:
        return QCoreApplication.translate("CouncilsView", "{0} of {1}").format(noun, ds.event_date_text(event_id))
    return noun


_MentionRow = namedtuple("_MentionRow", "mention_id event_id council_id role theme_id note quote start end")


@dataclass(frozen=True)
class MapData:
    """What the tile map shows: pass straight to :func:`app.ui.tilemap.paint_tile_map` and
    :func:`app.ui.tilemap.paint_legend` (screen and printing alike)."""

    tiles: list[Tile]
    values: dict[str, int]
    classes: list[tuple[int, int]]
    dimmed: frozenset[str]
    title: str
    event_ids: tuple[str, ...]


def map_data(ds, query, f: Filter, event_ids: list[str], counts=None) -> MapData:
    """The map for *event_ids* (one event, or several summed) under filter *f*: mentions
    naming each council (subject or venue); councils outside a council filter dimmed."""
    event_ids = [e for e in dict.fromkeys(event_ids) if e in ds.event_row]
    if counts is None:
        counts = query.council_counts(f.with_councils(()), event_ids)
    if event_ids:
        total = sum(counts[f"count:{e}"] for e in event_ids)
        values = dict(zip(counts["council_id"], (int(v) for v in total), strict=True))
    else:
        values = dict.fromkeys(counts["council_id"], 0)
    classes = count_classes(max(values.values(), default=0))
    if not event_ids:
        title = QCoreApplication.translate("CouncilsView", "No document to map")
    elif len(event_ids) == 1:
        title = QCoreApplication.translate("CouncilsView", "Mentions in {0}").format(event_phrase(ds, event_ids[0]))
    else:
        title = QCoreApplication.translate("CouncilsView", "Mentions in {0} and {1} together").format(
            event_phrase(ds, event_ids[0]), event_phrase(ds, event_ids[1]))
    dimmed = frozenset(set(ds.councils["council_id"]) - set(f.councils)) if f.councils else frozenset()
    return MapData(dataset_tiles(ds), values, classes, dimmed, title, tuple(event_ids))


@functools.lru_cache(maxsize=4)
def dataset_tiles(ds) -> list:
    """The tiles of a dataset's councils (built once per dataset)."""
    return tiles_from_frame(ds.councils)


class CouncilsView(RefreshWhenVisible, QWidget):
    """Councils and their mentions in the compared pair; see the module docstring.

    Test hooks: :meth:`table_model`, :meth:`mentions_model`, :meth:`map_widget`,
    :meth:`select_council`, :meth:`finding_text`.
    """

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._selected: str | None = None
        self._syncing = False
        self._counts = None  # council_count_columns for every council, under the filter minus councils
        self._events: list[str] = []
        self._classes: list[tuple[int, int]] = []
        self._map_values: dict[str, int] = {}
        self._neither = False
        self._map_data: MapData | None = None
        self._fitted_for: tuple | None = None
        self._build()
        state.datasetChanged.connect(self._on_dataset_changed)
        state.filterChanged.connect(self.request_refresh)
        state.pairChanged.connect(self._on_pair_changed)
        self._on_dataset_changed()
        self._initial_sizes()

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        em = self.fontMetrics().averageCharWidth()
        line = self.fontMetrics().height()

        # Council table
        self._model = StaticTableModel(parent=self)  # 22 rows: held in Qt, painted without Python
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setSortRole(SORT_ROLE)
        self._proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._proxy.setSortLocaleAware(True)
        self._table = QTableView(self)
        self._table.setObjectName("councilsTable")
        self._table.setModel(self._proxy)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setAlternatingRowColors(True)
        self._table.setWordWrap(False)
        self._table.setTabKeyNavigation(False)
        self._table.verticalHeader().hide()
        self._table.verticalHeader().setDefaultSectionSize(int(line * 1.7))
        self._table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._table.horizontalHeader().setHighlightSections(False)
        self._table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._table.horizontalHeader().setStretchLastSection(False)
        self._table.setSortingEnabled(True)
        self._table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._table.selectionModel().selectionChanged.connect(self._on_table_selection)

        self._collective = QLabel(self)
        self._collective.setObjectName("councilsCollective")
        self._collective.setTextFormat(Qt.TextFormat.PlainText)
        self._collective.setWordWrap(True)
        self._collective.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        table_pane = QWidget(self)
        tl = QVBoxLayout(table_pane)
        tl.setContentsMargins(0, 0, 0, 0)
        self._table_heading = self._heading(table_pane)
        tl.addWidget(self._table_heading)
        tl.addWidget(self._table, 1)
        tl.addWidget(self._collective)

        # Map
        map_pane = QWidget(self)
        ml = QVBoxLayout(map_pane)
        ml.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self._map_label = QLabel(map_pane)
        self._map_label.setTextFormat(Qt.TextFormat.PlainText)
        self._map_combo = QComboBox(map_pane)
        self._map_combo.setObjectName("councilsMapEvent")
        self._map_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._map_label.setBuddy(self._map_combo)
        self._map_combo.currentIndexChanged.connect(self._on_map_mode_changed)
        row.addWidget(self._map_label)
        row.addWidget(self._map_combo)
        row.addStretch(1)
        ml.addLayout(row)
        self._map = TileMapWidget(map_pane)
        self._map.setObjectName("councilsMap")
        self._map.councilClicked.connect(self._on_map_clicked)
        ml.addWidget(self._map, 1)

        # Mentions of the selected council
        self._mentions_model = RowTableModel(parent=self)
        self._mentions_model.row_font = self._mention_font
        self._mentions_proxy = QSortFilterProxyModel(self)
        self._mentions_proxy.setSourceModel(self._mentions_model)
        self._mentions_proxy.setSortRole(SORT_ROLE)
        self._mentions_proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._mentions = QTableView(self)
        self._mentions.setObjectName("councilsMentions")
        self._mentions.setModel(self._mentions_proxy)
        self._mentions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._mentions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._mentions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._mentions.setAlternatingRowColors(True)
        self._mentions.setWordWrap(True)
        self._mentions.setTabKeyNavigation(False)
        self._mentions.verticalHeader().hide()
        self._mentions.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._mentions.horizontalHeader().setHighlightSections(False)
        self._mentions.horizontalHeader().setStretchLastSection(True)
        self._mentions.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._mentions.setSortingEnabled(True)
        self._mentions.activated.connect(self._on_mention_activated)

        self._mentions_heading = self._heading(self)
        self._mentions_heading.setObjectName("councilsMentionsHeading")
        self._finding = QLabel(self)
        self._finding.setObjectName("councilFinding")
        self._finding.setTextFormat(Qt.TextFormat.PlainText)
        self._finding.setWordWrap(True)
        self._finding.setFrameShape(QFrame.Shape.StyledPanel)
        self._finding.setMargin(max(2, line // 3))
        self._finding.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._finding.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._hint = QLabel(self)
        self._hint.setTextFormat(Qt.TextFormat.PlainText)
        self._hint.setWordWrap(True)
        self._hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        mentions_pane = QWidget(self)
        bl = QVBoxLayout(mentions_pane)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self._mentions_heading)
        bl.addWidget(self._finding)
        bl.addWidget(self._mentions, 1)
        bl.addWidget(self._hint)

        # Splitters (named so the main window can save and restore them)
        self._top = QSplitter(Qt.Orientation.Horizontal, self)
        self._top.setObjectName("councilsTopSplitter")
        self._top.addWidget(table_pane)
        self._top.addWidget(map_pane)
        self._top.setChildrenCollapsible(False)
        self._top.setStretchFactor(0, 0)
        self._top.setStretchFactor(1, 1)
        self._top.setSizes([em * 110, em * 58])

        self._splitter = QSplitter(Qt.Orientation.Vertical, self)
        self._splitter.setObjectName("councilsSplitter")
        self._splitter.addWidget(self._top)
        self._splitter.addWidget(mentions_pane)
        self._splitter.setChildrenCollapsible(False)
        self._splitter.setStretchFactor(0, 3)
        self._splitter.setStretchFactor(1, 2)
        self._splitter.setSizes([line * 30, line * 18])

        layout = QVBoxLayout(self)
        layout.addWidget(self._splitter)
        table_pane.setMinimumWidth(em * 40)
        mentions_pane.setMinimumHeight(line * 8)

        self.setTabOrder(self._table, self._map_combo)
        self.setTabOrder(self._map_combo, self._map)
        self.setTabOrder(self._map, self._mentions)
        self._retranslate()

    def _initial_sizes(self) -> None:
        """Give the table the width its columns need and the map the rest (the main window
        may restore saved sizes afterwards)."""
        header = self._table.horizontalHeader()
        if not header.count():
            return
        table_w = (header.length() + self._table.verticalScrollBar().sizeHint().width()
                   + 2 * self._table.frameWidth() + self.fontMetrics().averageCharWidth())
        map_w = max(self._map.minimumSizeHint().width(), self._map_combo.sizeHint().width(),
                    self.fontMetrics().averageCharWidth() * 50)
        self._top.setSizes([table_w, map_w])

    def _heading(self, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        f = QFont(label.font())
        f.setBold(True)
        label.setFont(f)
        return label

    def _retranslate(self) -> None:
        self._table_heading.setText(self.tr("Mentions of each council"))
        self._map_label.setText(self.tr("Map &shows:"))
        self._table.setAccessibleName(self.tr("Councils with their mentions in each document"))
        self._table.setAccessibleDescription(self.tr(
            "One row per council: English and Welsh name, code, then for each compared document the "
            "mentions naming the council and the rate per 1,000 words. The same numbers as the map."))
        self._mentions.setAccessibleName(self.tr("Mentions of the selected council"))
        self._mentions.setAccessibleDescription(self.tr(
            "Press Enter on a mention to show the passage in its document."))
        self._map_combo.setAccessibleName(self.tr("Document shown on the map"))
        self._finding.setAccessibleName(self.tr("Finding"))
        self._hint.setText(self.tr(
            "Double-click a mention, or press Enter on it, to show the passage in its document."))
        self._fill_combo()
        self._model.retranslate()
        self._mentions_model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.refresh()
        elif event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
        super().changeEvent(event)

    def _apply_fonts(self) -> None:
        for label in (self._table_heading, self._mentions_heading):
            f = QFont(self.font())
            f.setBold(True)
            label.setFont(f)
        self._update_finding_font()

    # --- events in the pair ----------------------------------------------------------------
    def _pair(self) -> list[str]:
        ds = self.state.dataset
        if ds is None:
            return []
        out = []
        for e in (self.state.left, self.state.right):
            if e is not None and e in ds.event_row and e not in out:
                out.append(e)
        return out

    def _event_kind(self, event_id: str) -> str:
        return str(self.state.dataset.event(event_id)["kind"])

    def event_header(self, event_id: str, sep: str | None = None) -> str:
        return event_header(self.state.dataset, event_id, sep)

    def event_phrase(self, event_id: str) -> str:
        return event_phrase(self.state.dataset, event_id)

    def _noun(self, event_id: str) -> str:
        return event_noun(self.state.dataset, event_id, self._events)

    def _fill_combo(self) -> None:
        combo = self._map_combo
        previous = combo.currentData() or LEFT
        combo.blockSignals(True)
        combo.clear()
        if self.state.dataset is not None:
            pair = self._pair()
            for key, eid in ((LEFT, self.state.left), (RIGHT, self.state.right)):
                if eid in pair and (key == LEFT or eid != self.state.left):
                    combo.addItem(self.event_header(eid), key)
                    combo.setItemData(combo.count() - 1, plain_tooltip(str(self.state.dataset.event(eid)["title"])),
                                      Qt.ItemDataRole.ToolTipRole)
            if len(pair) == 2:
                combo.addItem(self.tr("Both documents together"), BOTH)
        i = combo.findData(previous)
        combo.setCurrentIndex(i if i >= 0 else 0)
        combo.blockSignals(False)

    def _map_events(self) -> list[str]:
        mode = self._map_combo.currentData()
        pair = self._pair()
        if mode == BOTH:
            return pair
        if mode == RIGHT and self.state.right in pair:
            return [self.state.right]
        return [self.state.left] if self.state.left in pair else pair[:1]

    # --- refreshing ----------------------------------------------------------------------
    def _on_dataset_changed(self) -> None:
        self._selected = None
        self._events = self._pair()
        self._fill_combo()
        self.refresh()

    def _on_pair_changed(self) -> None:
        self._events = self._pair()
        self._fill_combo()
        self.refresh()

    def _columns(self) -> list[Column]:
        cols = [
            Column(lambda: QCoreApplication.translate("CouncilsView", "English name"), "name_en",
                   tooltip=lambda r: f"{r['name_en']} · {r['name_cy']} · {r['council_id']}"),
            Column(lambda: QCoreApplication.translate("CouncilsView", "Welsh name"), "name_cy", tooltip=lambda r: r["name_cy"]),
            Column(lambda: QCoreApplication.translate("CouncilsView", "Code"), "council_id",
                   header_tooltip=lambda: QCoreApplication.translate("CouncilsView", "The council's ONS (GSS) code")),
        ]
        ds = self.state.dataset
        mapped = self._map_events()
        classes = self._classes
        for e in self._events:
            words = ds.word_count(e)
            title = str(ds.event(e)["title"])
            date = ds.event_date_text(e)
            swatch = None
            if len(mapped) == 1 and mapped[0] == e:
                swatch = (lambda key: (lambda r: count_colour(int(r[key]), classes)))(f"count:{e}")
            cols.append(Column(
                (lambda e=e: self.event_header(e, "\n") + "\n" + QCoreApplication.translate("CouncilsView", "mentions")),
                f"count:{e}",
                decoration=swatch,
                header_tooltip=(lambda title=title, date=date: QCoreApplication.translate("CouncilsView", 
                    "Mentions naming the council (as subject or venue) in “{0}”, {1}").format(title, date)),
                tooltip=(lambda r, e=e: self._count_tooltip(r, e)),
            ))
            cols.append(Column(
                (lambda e=e: self.event_header(e, "\n") + "\n" + QCoreApplication.translate("CouncilsView", "per 1,000\nwords")),
                f"rate:{e}",
                text=lambda v: "–" if v is None else f"{v:.2f}",
                header_tooltip=(lambda title=title, words=words: (
                    QCoreApplication.translate("CouncilsView", "Mentions per 1,000 words of “{0}” ({1} words)").format(title, f"{words:,}") if words
                    else QCoreApplication.translate("CouncilsView", "“{0}” has no source text, so no rate per 1,000 words").format(title))),
                align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            ))
        return cols

    def _count_tooltip(self, row: dict, event_id: str) -> str:
        n = int(row[f"count:{event_id}"])
        name = row["name_en"]
        noun = self._noun(event_id)
        if n == 0:
            return self.tr("{0} does not name {1}").format(_cap(noun), name)
        return self.tr("{0} names {1} {2}").format(_cap(noun), name, _times(n))

    def refresh_view(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Recompute everything from the state (filter, pair, dataset)."""
        ds, q, f = self.state.dataset, self.state.query, self.state.filter
        self._events = self._pair()
        if ds is None or q is None:
            self._counts = None
            self._classes = []
            self._model.set_rows([], [])
            self._mentions_model.set_rows([], [])
            self._collective.setText("")
            self._finding.setText("")
            self._map.set_map([], {}, [])
            return
        self._counts = q.council_count_columns(f.with_councils(()), self._events, totals=False)
        self._update_classes()
        rows = self._counts
        if f.councils:
            keep = np.isin(rows["council_id"], list(f.councils))
            rows = {name: values[keep] for name, values in rows.items()}
        selected = self._selected
        self._syncing = True
        try:
            self._model.set_frame(rows, self._columns())
            # Fit the columns when they change (not on every filter change, which would
            # undo the user's own column widths).
            key = (id(self.state.dataset), tuple(self._events))
            if key != self._fitted_for:
                self._fit_table_columns()
                self._fitted_for = key
        finally:
            self._syncing = False
        self._update_collective()
        self._update_map()
        # Keep the selection if still shown; a one-council filter selects that council.
        if f.councils and selected not in f.councils:
            selected = None
        if selected is None and len(f.councils) == 1:
            selected = next(iter(f.councils))
        self._selected = None
        self._set_selected(selected, force=True)

    def _fit_table_columns(self) -> None:
        """Size each column to its contents and to the longest line of its header. (Qt's own
        header size adds the header's full height for the sort arrow, far too much for
        headers of several lines.)"""
        table = self._table
        header = table.horizontalHeader()
        bold = QFont(header.font())
        bold.setBold(True)
        fm = QFontMetrics(bold)
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        arrow = fm.height()
        for i in range(header.count()):
            text = str(self._proxy.headerData(i, Qt.Orientation.Horizontal) or "")
            lines = max((fm.horizontalAdvance(t) for t in text.split("\n")), default=0)
            header.resizeSection(i, max(table.sizeHintForColumn(i), int(lines + 2 * margin + arrow)))

    def _update_classes(self) -> None:
        ds, q = self.state.dataset, self.state.query
        if ds is None or self._counts is None:
            self._map_data = None
            self._classes, self._map_values = [], {}
            return
        self._map_data = map_data(ds, q, self.state.filter, self._map_events(), counts=self._counts)
        self._classes = self._map_data.classes
        self._map_values = self._map_data.values

    def _update_collective(self) -> None:
        ds, q, f = self.state.dataset, self.state.query, self.state.filter
        if not self._events:
            self._collective.setText(self.tr("No documents are being compared."))
            return
        collective = q.collective_counts(f.with_councils(()), self._events)
        parts = [self.tr("{0} in {1}").format(collective[e], self._noun(e)) for e in self._events]
        text = self.tr("References to all {0} councils: {1}").format(len(ds.councils), self.tr(", ").join(parts))
        left_out = [self._noun(e) for e in self._events if f.events and e not in f.events]
        if left_out:
            text += "\n" + self.tr("The event filter leaves out {0}, so its counts are zero.").format(
                self.tr(" and ").join(left_out))
        self._collective.setText(text)

    def _on_map_mode_changed(self, _index: int) -> None:
        self._update_classes()
        self._update_map()
        self._refresh_swatches()

    def _update_map(self) -> None:
        """Show the map data of the last :meth:`_update_classes`."""
        ds = self.state.dataset
        if ds is None or self._counts is None:
            self._map.set_map([], {}, [])
            return
        data = self._map_data
        phrase = self.tr(" and ").join(self._noun(e) for e in data.event_ids)

        def count_text(n: int) -> str:
            return (self.tr("{0} mention in {1}") if n == 1 else self.tr("{0} mentions in {1}")).format(n, phrase)

        self._map.set_map(data.tiles, data.values, data.classes, title=data.title, dimmed=data.dimmed,
                          count_text=count_text)
        self._map.set_selected(self._selected)

    def current_map_data(self) -> MapData | None:
        """What the map shows now (for printing what is on screen)."""
        return self._map_data

    def _refresh_swatches(self) -> None:
        """Re-create the columns so the colour swatches in the table follow the map."""
        if not self._model.columnCount():
            return
        selected = self._selected
        header = self._table.horizontalHeader()
        widths = [header.sectionSize(i) for i in range(header.count())]
        self._syncing = True
        try:
            self._model.set_columns(self._columns())
            for i, w in enumerate(widths[: header.count()]):
                header.resizeSection(i, w)
        finally:
            self._syncing = False
        self._select_in_table(selected)

    # --- selection -----------------------------------------------------------------------
    def _on_table_selection(self, _selected=None, _deselected=None) -> None:
        if self._syncing:
            return
        rows = self._table.selectionModel().selectedRows()
        if not rows:
            return
        row = rows[0].data(ROW_ROLE)
        if row is not None:
            self._set_selected(row["council_id"])

    def _on_map_clicked(self, council_id: str) -> None:
        self._set_selected(council_id)

    def select_council(self, council_id: str | None) -> None:
        """Select *council_id* (or nothing) in the table and on the map and list its mentions."""
        self._set_selected(council_id)

    def selected_council(self) -> str | None:
        return self._selected

    def _set_selected(self, council_id: str | None, force: bool = False) -> None:
        ds = self.state.dataset
        if ds is None or council_id not in ds.council_row:
            council_id = None
        if council_id == self._selected and not force:
            return
        self._selected = council_id
        self._map.set_selected(council_id)
        self._select_in_table(council_id)
        self._update_mentions()

    def _select_in_table(self, council_id: str | None) -> None:
        sm = self._table.selectionModel()
        self._syncing = True
        try:
            if council_id is None:
                sm.clearSelection()
                sm.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
                return
            src = self._model.find_row(lambda r: r["council_id"] == council_id)
            if src < 0:
                sm.clearSelection()
                return
            index = self._proxy.mapFromSource(self._model.index(src, 0))
            sm.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                               | QItemSelectionModel.SelectionFlag.Rows)
            self._table.scrollTo(index)
        finally:
            self._syncing = False

    # --- mentions and the finding ------------------------------------------------------------
    def _mention_columns(self) -> list[Column]:
        return [
            Column(lambda: QCoreApplication.translate("CouncilsView", "Document"), "event_label", tooltip=lambda r: r["event_title"],
                   sort=lambda r: (r["event_order"])),
            Column(lambda: QCoreApplication.translate("CouncilsView", "Council"), "council_label", tooltip=lambda r: r["council_tip"],
                   sort=lambda r: (r["collective"], r["council_label"])),
            Column(lambda: QCoreApplication.translate("CouncilsView", "Role"), "role_label", tooltip=lambda r: r["role_tip"]),
            Column(lambda: QCoreApplication.translate("CouncilsView", "Theme"), "theme_label"),
            Column(lambda: QCoreApplication.translate("CouncilsView", "Note"), "note", tooltip=lambda r: r["note"]),
            Column(lambda: QCoreApplication.translate("CouncilsView", "In its sentence"), "quote_shown",
                   tooltip=lambda r: QCoreApplication.translate("CouncilsView", "Quote: “{0}” (characters {1}–{2})").format(r["quote"], r["start"], r["end"]),
                   sort=lambda r: r["quote"]),
        ]

    def _mention_font(self, row: dict) -> QFont | None:
        if row.get("collective"):
            f = QFont(self._mentions.font())
            f.setItalic(True)
            return f
        return None

    def _mention_rows(self, found: np.ndarray) -> list[dict]:
        """The mentions in rows *found* of ``ds.mentions``, as the mention table's rows."""
        ds = self.state.dataset
        role_text = {
            "subject": (self.tr("Subject"), self.tr("The passage is about this council.")),
            "venue": (self.tr("Venue"),
                      self.tr("The passage names this council as a place, not as its subject.")),
            "collective": (self.tr("Collective"),
                           self.tr("The passage refers to all councils together, so it applies to every council.")),
        }
        rows = []
        headers: dict[str, str] = {}
        titles: dict[str, str] = {}
        welsh = dict(zip(ds.councils["council_id"], ds.councils["name_cy"]))
        english = dict(zip(ds.councils["council_id"], ds.councils["name_en"]))
        theme_labels = dict(zip(ds.themes["theme_id"], ds.themes["label"]))
        cols = ds.mention_columns
        found = np.asarray(found, dtype=np.int64)
        picked = [cols[c][found].tolist() for c in ("id", "event", "council", "role", "theme", "text", "quote",
                                                      "start", "end")]
        texts = {e: ds.text_of(e) for e in set(picked[1])}
        for r in map(_MentionRow._make, zip(*picked)):
            event_id = str(r.event_id)
            council_id = str(r.council_id)
            if event_id not in headers:
                headers[event_id] = self.event_header(event_id)
                titles[event_id] = str(ds.event(event_id)["title"])
            collective = council_id == ALL_COUNCILS or r.role == "collective"
            role = "collective" if collective else str(r.role)
            label, tip = role_text.get(role, (role, ""))
            theme = r.theme_id if isinstance(r.theme_id, str) else None
            rows.append({
                "mention_id": r.mention_id,
                "event_id": event_id,
                "event_order": ds.event_row[event_id],
                "event_label": headers[event_id],
                "event_title": titles[event_id],
                "council_id": council_id,
                "council_label": (self.tr("All councils (collective)") if collective
                                  else english[council_id]),
                "council_tip": (self.tr("Applies to all {0} councils").format(len(ds.councils)) if collective
                                else "{0} · {1} · {2}".format(english[council_id], welsh[council_id],
                                                              council_id)),
                "role": str(r.role),
                "role_label": label,
                "role_tip": tip,
                "collective": collective,
                "theme_id": theme,
                "theme_label": theme_labels.get(theme, self.tr("—")) if theme else self.tr("—"),
                "note": r.note,
                "quote": r.quote,
                "quote_shown": "“{0}{1}{2}”".format(*context(texts[event_id], int(r.start), int(r.end)))
                if texts.get(event_id) else f"“{r.quote}”",
                "start": int(r.start),
                "end": int(r.end),
            })
        # The councils' own mentions first, then the collective ones; each in text order.
        rows.sort(key=lambda d: (d["collective"], d["event_order"], d["start"]))
        return rows

    def _update_mentions(self) -> None:
        ds, q, f = self.state.dataset, self.state.query, self.state.filter
        if ds is None:
            return
        pair = set(self._events)
        cid = self._selected
        events = sorted((e for e in pair if e in ds.event_row), key=ds.event_row.__getitem__)
        # Nothing selected: every mention of the compared documents that the filter lets
        # through (with a council filter, those councils' mentions), and the collective ones;
        # a council selected: its mentions and the collective ones.
        rows = self._mention_rows(q.mention_rows_in(f if cid is None else f.with_councils((cid,)), events))
        self._mentions_model.set_rows(rows, self._mention_columns())  # the proxy keeps the user's sort
        key = (id(ds), tuple(self._events))
        if key != getattr(self, "_mentions_fitted_for", None):
            self._size_mention_columns()  # once per dataset and pair, not on every filter change
            self._mentions_fitted_for = key
        n_own = sum(1 for r in rows if not r["collective"])
        n_coll = len(rows) - n_own
        self._neither = False
        if cid is not None:
            name = ds.council_name(cid)
            name_cy = ds.councils.at[ds.council_row[cid], "name_cy"]
            self._mentions_heading.setText(self.tr("Mentions of {0} ({1}, {2})").format(name, name_cy, cid))
            self._finding.setText(self._finding_for(cid, name, n_coll))
        else:
            if f.councils:
                names = sorted(ds.council_name(c) for c in f.councils if c in ds.council_row)
                heading = self.tr("Mentions of the councils in the filter: {0}").format(self.tr(", ").join(names))
            elif f.is_empty:
                heading = self.tr("All mentions of councils")
            else:
                heading = self.tr("All mentions of councils under the current filters")
            self._mentions_heading.setText(heading)
            intro = self.tr("Select a council in the table or on the map to see what each document says about it.")
            if not rows:
                more = self.tr("No mention passes the current filters.")
            else:
                own = (self.tr("1 mention naming a council") if n_own == 1 else
                       self.tr("{0} mentions naming a council").format(n_own))
                coll = (self.tr("1 reference to all councils together") if n_coll == 1 else
                        self.tr("{0} references to all councils together").format(n_coll))
                if n_own and n_coll:
                    more = self.tr("Listed below: {0}, then {1}.").format(own, coll)
                elif n_own:
                    more = self.tr("Listed below: {0}; no reference to all councils together "
                                   "passes the current filters.").format(own)
                else:
                    more = self.tr("Listed below: {0}; no mention names a single council.").format(coll)
            self._finding.setText(intro + " " + more)
        self._update_finding_font()

    def _finding_for(self, cid: str, name: str, n_coll: int) -> str:
        f = self.state.filter
        counts = self._counts
        at = np.flatnonzero(counts["council_id"] == cid)
        n = {e: int(counts[f"count:{e}"][at[0]]) if len(at) else 0 for e in self._events}
        narrowed = bool(f.themes or f.events or f.needle)
        if not self._events:
            self._neither = False
            return ""
        if not any(n.values()):
            self._neither = True
            if len(self._events) == 1:
                noun = _cap(self._noun(self._events[0]))
                first = (self.tr("Under the current filters, {0} does not name {1}.") if narrowed
                         else self.tr("{0} does not name {1}.")).format(noun, name)
            else:
                first = (self.tr("Under the current filters, neither document names {0}.") if narrowed
                         else self.tr("Neither document names {0}.")).format(name)
            if n_coll:
                return first + " " + self.tr("Only the collective references below apply to it.")
            return first + " " + self.tr("No collective reference applies to it either.")
        self._neither = False
        named = [e for e in self._events if n[e]]
        silent = [e for e in self._events if not n[e]]
        parts = [self.tr("{0} names {1} {2}").format(_cap(self._noun(e)) if i == 0 else self._noun(e),
                                                     name if i == 0 else self.tr("it"), _times(n[e]))
                 for i, e in enumerate(named)]
        text = self.tr("; ").join(parts)
        if silent:
            text += self.tr("; {0} does not name it.").format(self._noun(silent[0]))
        else:
            text += "."
        if narrowed:
            text += " " + self.tr("(Counted under the current filters.)")
        if n_coll:
            text += " " + (self.tr("The collective reference below applies to it too.") if n_coll == 1 else
                           self.tr("The {0} collective references below apply to it too.").format(n_coll))
        return text

    def _update_finding_font(self) -> None:
        f = QFont(self.font())
        if getattr(self, "_neither", False):
            f.setBold(True)
            if f.pointSizeF() > 0:
                f.setPointSizeF(f.pointSizeF() * 1.1)
        self._finding.setFont(f)

    def _size_mention_columns(self) -> None:
        table = self._mentions
        header = table.horizontalHeader()
        table.resizeColumnsToContents()
        em = self.fontMetrics().averageCharWidth()
        # Note and quote share what is left; long text wraps.
        for col, cap in ((4, 45), (5, 60)):
            if col < header.count() and header.sectionSize(col) > em * cap:
                header.resizeSection(col, em * cap)
        # Rows are two lines high (long notes wrap, then elide; the tooltip has the rest):
        # sizing rows to their contents on every change would cost more than the rest of a refresh.
        table.setWordWrap(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().lineSpacing() * 2 + 8)

    def _on_mention_activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is None:
            return
        self.state.show_passage(self.evidence_for(row))

    @staticmethod
    def evidence_for(row: dict) -> Evidence:
        return Evidence(
            "mention", row["mention_id"], row["event_id"], row["theme_id"], row["note"], row["quote"],
            row["start"], row["end"], row["role"], row["council_id"],
        )

    # --- test hooks ----------------------------------------------------------------------
    def table_model(self) -> QSortFilterProxyModel:
        """The council table as shown (sorted); its source is a :class:`StaticTableModel`."""
        return self._proxy

    def mentions_model(self) -> QSortFilterProxyModel:
        return self._mentions_proxy

    def map_widget(self) -> TileMapWidget:
        return self._map

    def table_view(self) -> QTableView:
        return self._table

    def mentions_view(self) -> QTableView:
        return self._mentions

    def map_combo(self) -> QComboBox:
        return self._map_combo

    def finding_text(self) -> str:
        return self._finding.text()

    def collective_text(self) -> str:
        return self._collective.text()

    def map_events(self) -> list[str]:
        """The events the map currently shows (one, or both together)."""
        return list(self._map_events())

    def map_values(self) -> dict[str, int]:
        return dict(getattr(self, "_map_values", {}))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
