"""The always-visible filter panel: free text, councils, themes and events, with the active
filters stated in words and one click to clear them. It edits the one Filter in AppState."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QColor, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.dataset.query import describe_filter
from app.ui.palette import theme_colour
from app.ui.state import AppState

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


class CheckListModel(QAbstractListModel):
    """A list of (id, label) with check boxes; the checked ids are a set. Cheap for 10,000s."""

    checkedChanged = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []
        self._row_of: dict[str, int] = {}
        self._labels: list[str] = []
        self._tips: list[str] = []
        self._search: list[str] = []
        self._icons: list[QPixmap | None] = []
        self._checked: set[str] = set()

    def set_items(self, ids, labels, tips=None, search=None, icons=None) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._row_of = {item: i for i, item in enumerate(self._ids)}
        self._labels = list(labels)
        self._tips = list(tips) if tips is not None else [""] * len(self._ids)
        self._search = list(search) if search is not None else [s.lower() for s in self._labels]
        self._icons = list(icons) if icons is not None else [None] * len(self._ids)
        self._checked &= self._row_of.keys()
        self.endResetModel()

    def checked(self) -> set[str]:
        return set(self._checked)

    def set_checked(self, ids) -> None:
        ids = {i for i in ids if i in self._row_of}
        changed = ids ^ self._checked
        if not changed:
            return
        self._checked = ids
        # Repaint only the rows that changed (a whole list of 10,000 events otherwise).
        role = [Qt.ItemDataRole.CheckStateRole]
        rows = sorted(self._row_of[i] for i in changed)
        if len(rows) > 64:
            self.dataChanged.emit(self.index(rows[0]), self.index(rows[-1]), role)
            return
        for r in rows:
            self.dataChanged.emit(self.index(r), self.index(r), role)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._labels[r]
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self._ids[r] in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[r] or None
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons[r]
        if role == ID_ROLE:
            return self._ids[r]
        if role == SEARCH_ROLE:
            return self._search[r]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        item = self._ids[index.row()]
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        if on:
            self._checked.add(item)
        else:
            self._checked.discard(item)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checkedChanged.emit()
        return True


class _SearchProxy(QSortFilterProxyModel):
    """Filters a CheckListModel by a folded substring of its search text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_needle(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._needle = text.strip().lower()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = text.strip().lower()
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        if not self._needle:
            return True
        return self._needle in (self.sourceModel().index(row, 0, parent).data(SEARCH_ROLE) or "")


class _CheckList(QListView):
    """A list of check boxes. A tick changes no item's size, so a change of check state
    repaints just those items: QListView would lay out the whole list again (10,000 events)
    and repaint all of it, a moment after every change of filter."""

    def dataChanged(self, top_left: QModelIndex, bottom_right: QModelIndex, roles=()) -> None:  # noqa: N802
        if (roles and all(r == Qt.ItemDataRole.CheckStateRole for r in roles)
                and not QAccessible.isActive() and top_left.isValid()):
            if top_left == bottom_right:
                self.update(top_left)  # the model reports a few changed rows one by one
            else:
                self.viewport().update()
            return
        super().dataChanged(top_left, bottom_right, roles)


class _Section(QWidget):
    """A heading, an optional quick-find field and a checkable list."""

    def __init__(self, title: str, model: CheckListModel, find_placeholder: str | None, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.heading = QLabel(title, self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        f = self.heading.font()
        f.setBold(True)
        self.heading.setFont(f)
        self.proxy = _SearchProxy(self)
        self.proxy.setSourceModel(model)
        self.view = _CheckList(self)
        self.view.setModel(self.proxy)
        self.view.setUniformItemSizes(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAccessibleName(title.replace("&", ""))
        self.heading.setBuddy(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        self.find = None
        if find_placeholder:
            self.find = QLineEdit(self)
            self.find.setPlaceholderText(find_placeholder)
            self.find.setClearButtonEnabled(True)
            self.find.setAccessibleName(find_placeholder)
            self.find.textChanged.connect(self.proxy.set_needle)
            layout.addWidget(self.find)
        layout.addWidget(self.view, 1)


def _swatch(colour: QColor, size: int) -> QPixmap:
    pm = QPixmap(size, size)
    pm.fill(QColor(0, 0, 0, 0))
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(colour)
    p.setPen(colour.darker(140))
    p.drawRoundedRect(1, 1, size - 2, size - 2, 2, 2)
    p.end()
    return pm


class FilterPanel(QWidget):
    def __init__(self, state: AppState, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.search = QLineEdit(self)
        self.search.setObjectName("searchField")
        self.search.setPlaceholderText(self.tr("Search titles, positions, quotes, notes (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self._push)
        self.search.textEdited.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._push)

        self.active = QLabel(self)
        self.active.setObjectName("activeFilters")
        self.active.setTextFormat(Qt.TextFormat.PlainText)
        self.active.setWordWrap(True)
        self.active.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.active.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setToolTip(self.tr("Show everything again (Ctrl+Shift+X)"))
        self.clear_button.clicked.connect(state.clear_filter)

        self.councils = CheckListModel(self)
        self.themes = CheckListModel(self)
        self.events = CheckListModel(self)
        for m in (self.councils, self.themes, self.events):
            m.checkedChanged.connect(self._push)
        self.council_section = _Section(self.tr("&Councils"), self.councils, self.tr("Find a council…"), self)
        self.theme_section = _Section(self.tr("T&hemes"), self.themes, None, self)
        self.event_section = _Section(self.tr("E&vents"), self.events, self.tr("Find an event…"), self)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("filterSplitter")
        self.splitter.setChildrenCollapsible(False)
        for s in (self.council_section, self.theme_section, self.event_section):
            self.splitter.addWidget(s)
        self.splitter.setSizes([300, 260, 160])

        header = QHBoxLayout()
        title = QLabel(self.tr("Filters"), self)
        f = title.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.1 if f.pointSizeF() > 0 else 11)
        title.setFont(f)
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.clear_button)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.search)
        layout.addWidget(self.active)
        layout.addWidget(self.splitter, 1)

        self._reserve_lines()
        self._pulling = False
        state.datasetChanged.connect(self._fill)
        state.filterChanged.connect(self._pull)
        if state.dataset is not None:
            self._fill()
            self._pull()

    def _reserve_lines(self) -> None:
        """Keep two lines for the filters in words, so the lists below stay where they are
        (under the mouse) when a one- or two-line description replaces another."""
        margins = self.active.contentsMargins()
        self.active.setMinimumHeight(2 * self.active.fontMetrics().lineSpacing() + margins.top() + margins.bottom())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._reserve_lines()
        super().changeEvent(event)

    def _fill(self) -> None:
        ds = self.state.dataset
        size = self.fontMetrics().height() - 2
        c = ds.councils
        self.councils.set_items(
            c["council_id"],
            [f"{en} / {cy}" if en != cy else en for en, cy in zip(c["name_en"], c["name_cy"])],
            tips=[f"{cid} · {a}" if a else cid for cid, a in zip(c["council_id"], c["aliases"])],
            search=[f"{en} {cy} {cid} {a}".lower() for en, cy, cid, a in zip(c["name_en"], c["name_cy"], c["council_id"], c["aliases"])],
        )
        t = ds.themes
        self.themes.set_items(
            t["theme_id"],
            t["label"],
            tips=t["description"],
            icons=[_swatch(theme_colour(i), size) for i in range(len(t))],
        )
        e = ds.events
        self.events.set_items(e["event_id"].tolist(), ds.event_labels, tips=e["title"].tolist())
        self._pull()

    def _push(self) -> None:
        if self._pulling:
            return
        self._debounce.stop()
        f = self.state.filter
        self.state.set_filter(
            f.with_councils(self.councils.checked())
            .with_themes(self.themes.checked())
            .with_events(self.events.checked())
            .with_text(self.search.text())
        )

    def _pull(self) -> None:
        """Show the state's filter (it may have been changed elsewhere, e.g. Clear)."""
        f = self.state.filter
        self._pulling = True
        self.councils.set_checked(f.councils)
        self.themes.set_checked(f.themes)
        self.events.set_checked(f.events)
        if self.search.text() != f.text and not self._debounce.isActive():
            self.search.setText(f.text)
        self._pulling = False
        ds = self.state.dataset
        self.active.setText(describe_filter(ds, f) if ds is not None else "")
        self.clear_button.setEnabled(not f.is_empty)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
