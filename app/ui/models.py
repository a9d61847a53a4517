"""Thin read-only table models shared by the views.

A :class:`RowTableModel` shows a list of rows (tuples, dicts, dataclasses, named tuples —
anything a :class:`Column` knows how to read) as a table:

* ``DisplayRole`` is always plain text, formatted by the column;
* :data:`SORT_ROLE` returns the raw value (numbers as Python numbers, missing values as
  ``None``), so a ``QSortFilterProxyModel`` with ``setSortRole(SORT_ROLE)`` sorts 9 before
  10, not after it, and blanks after the values (ascending);
* :data:`ROW_ROLE` returns the row object itself, handy through a proxy;
* ``ToolTipRole`` is made safe with :func:`plain_tooltip` (``Qt.convertFromPlainText``):
  text from the data is never interpreted as HTML;
* headers are produced when asked for, so a column title given as a callable (e.g.
  ``lambda: self.tr("Name")``) follows a change of language;
* long tables load lazily: ``rowCount`` starts at one batch and views pull the rest through
  ``canFetchMore``/``fetchMore`` as they scroll, so a table of 10,000+ rows opens at once.

The model itself can also sort (``sort()``) over *all* rows, loaded or not, for views that
use it without a proxy.

A :class:`StaticTableModel` shows the same rows and columns the same way for short tables
replaced as a whole (the 22 councils): every cell is worked out once when the rows are set
and kept in Qt's own item store, so painting, sorting and sizing columns never call back
into Python.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6 import QtGui
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def plain_value(value: Any) -> Any:
    """*value* as a plain Python value: numpy scalars unwrapped, NaN and NA as ``None``."""
    if value is None:
        return None
    item = getattr(value, "item", None)
    if item is not None and not isinstance(value, (str, bytes)) and getattr(value, "shape", None) == ():
        value = item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if value.__class__.__name__ in ("NAType", "NaTType"):
        return None
    return value


def plain_tooltip(text: str) -> str:
    """*text* made safe for a tooltip: Qt would read text that looks like HTML as HTML."""
    return QtGui.Qt.convertFromPlainText(text, QtGui.Qt.WhiteSpaceMode.WhiteSpaceNormal)


def is_number(value: Any) -> bool:
    return isinstance(value, numbers.Number) and not isinstance(value, bool)


def default_text(value: Any) -> str:
    """How a raw value reads in a cell when the column gives no formatter."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, float):
        return f"{value:,.2f}"
    if is_number(value):
        return f"{value:,}"
    return str(value)


def _key_reader(key: Any) -> Callable[[Any], Any]:
    def read(row: Any) -> Any:
        if isinstance(row, dict):
            return row.get(key)
        if isinstance(key, int):
            return row[key]
        return getattr(row, key)

    return read


@dataclass(frozen=True)
class Column:
    """One column: its header and how to read, show and sort a row's value.

    ``key`` is a dict key, attribute name or tuple index (or use ``value`` for anything
    computed). ``title`` is text, or a callable returning it so headers can be
    retranslated. ``text`` formats the raw value for display; ``sort`` gives the sort value
    (the raw value by default); ``tooltip``, ``decoration`` and ``font`` take the whole row.
    """

    title: str | Callable[[], str]
    key: Any = None
    value: Callable[[Any], Any] | None = None
    text: Callable[[Any], str] | None = None
    sort: Callable[[Any], Any] | None = None
    tooltip: Callable[[Any], str | None] | None = None
    header_tooltip: str | Callable[[], str] | None = None
    decoration: Callable[[Any], QColor | None] | None = None
    font: Callable[[Any], QFont | None] | None = None
    align: Qt.AlignmentFlag | None = None

    def read(self, row: Any) -> Any:
        if self.value is not None:
            return plain_value(self.value(row))
        return plain_value(_key_reader(self.key)(row))

    def header(self) -> str:
        return self.title() if callable(self.title) else self.title

    def sort_value(self, row: Any) -> Any:
        """What the row sorts by in this column (``SORT_ROLE``)."""
        return plain_value(self.sort(row)) if self.sort is not None else self.read(row)


def cell_roles(col: Column, row: Any, row_font: Callable[[Any], QFont | None] | None = None) -> dict[int, Any]:
    """What a table shows for *row* in column *col*, by item data role (see the module
    docstring), worked out together (the value is read once); a role the column does not
    provide is left out."""
    value = col.read(row)
    roles: dict[int, Any] = {
        Qt.ItemDataRole.DisplayRole: col.text(value) if col.text is not None else default_text(value),
        Qt.ItemDataRole.TextAlignmentRole: col.align if col.align is not None else (
            _RIGHT if is_number(value) else _LEFT),
        ROW_ROLE: row,
    }
    sort = col.sort_value(row)
    if sort is not None:
        roles[SORT_ROLE] = sort
    if col.tooltip is not None:
        tip = col.tooltip(row)
        if tip:
            roles[Qt.ItemDataRole.ToolTipRole] = plain_tooltip(tip)
    if col.decoration is not None:
        decoration = col.decoration(row)
        if decoration is not None:
            roles[Qt.ItemDataRole.DecorationRole] = decoration
    font = col.font(row) if col.font is not None else None
    if font is None and row_font is not None:
        font = row_font(row)
    if font is not None:
        roles[Qt.ItemDataRole.FontRole] = font
    return roles


class _RowList:
    """What both table models offer over their list of rows (``self._rows``, replaced by
    ``set_rows``)."""

    _rows: list[Any]

    def set_frame(self, frame, columns: Sequence[Column] | None = None) -> None:
        """Rows from a pandas DataFrame (or a dict of numpy arrays by column name), as dicts
        keyed by column name holding plain Python values."""
        names = [str(c) for c in frame.keys()]
        values = [frame[c].tolist() for c in frame.keys()]
        self.set_rows([Row(zip(names, row)) for row in zip(*values)], columns)

    def clear(self) -> None:
        """No rows (the columns stay)."""
        self.set_rows([])

    def rows(self) -> list[Any]:
        """Every row, shown in the view or not."""
        return list(self._rows)

    def row(self, row: int) -> Any:
        return self._rows[row]

    def total_rows(self) -> int:
        return len(self._rows)


class RowTableModel(_RowList, QAbstractTableModel):
    """A read-only table over a list of rows, in batches. See the module docstring."""

    SORT_ROLE = SORT_ROLE
    ROW_ROLE = ROW_ROLE
    BATCH = 500

    def __init__(self, columns: Sequence[Column] = (), parent=None, *, batch: int | None = None) -> None:
        super().__init__(parent)
        self._columns: list[Column] = list(columns)
        self._rows: list[Any] = []
        self._loaded = 0
        self._cell_cache: dict[tuple[int, int], dict[int, Any]] = {}
        self._batch = batch or self.BATCH
        self.row_font: Callable[[Any], QFont | None] | None = None

    # --- contents ------------------------------------------------------------------------
    def columns(self) -> list[Column]:
        return list(self._columns)

    def set_columns(self, columns: Sequence[Column]) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        self._cell_cache = {}
        self.endResetModel()

    def set_rows(self, rows: Iterable[Any], columns: Sequence[Column] | None = None) -> None:
        """Replace every row (and optionally the columns) in one model reset."""
        self.beginResetModel()
        if columns is not None:
            self._columns = list(columns)
        self._rows = list(rows)
        self._loaded = min(len(self._rows), self._batch)
        self._cell_cache = {}
        self.endResetModel()

    def find_row(self, predicate: Callable[[Any], bool]) -> int:
        """The first row number for which *predicate* holds (loading up to it), or -1."""
        for i, r in enumerate(self._rows):
            if predicate(r):
                self.fetch_to(i)
                return i
        return -1

    # --- lazy loading ------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._loaded < len(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid():
            return
        remaining = len(self._rows) - self._loaded
        if remaining <= 0:
            return
        n = min(self._batch, remaining)
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + n - 1)
        self._loaded += n
        self.endInsertRows()

    def fetch_to(self, row: int) -> None:
        """Make sure *row* is loaded."""
        while self._loaded <= row and self.canFetchMore():
            self.fetchMore()

    def fetch_all(self) -> None:
        self.fetch_to(len(self._rows) - 1)

    # --- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._loaded or index.column() >= len(self._columns):
            return None
        r, c = index.row(), index.column()
        row = self._rows[r]
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:  # a proxy sorting asks this of every row: nothing more is worked out
            return self._columns[c].sort_value(row)
        # Views ask for the same cells on every paint: each cell's roles are worked out once
        # (the cache is emptied whenever rows or columns change).
        roles = self._cell_cache.get((r, c))
        if roles is None:
            roles = self._cell_cache[(r, c)] = cell_roles(self._columns[c], row, self.row_font)
        return roles.get(role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        col = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.header()
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = col.header_tooltip() if callable(col.header_tooltip) else col.header_tooltip
            return plain_tooltip(tip) if tip else None
        return None

    def retranslate(self) -> None:
        """Ask views to fetch the (callable) headers again after a change of language."""
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort every row (not only the loaded ones) by the column's sort value: numbers
        numerically, text without regard to case, blanks last in either direction."""
        if not 0 <= column < len(self._columns):
            return
        col = self._columns[column]
        reverse = order == Qt.SortOrder.DescendingOrder
        values = [col.sort_value(r) for r in self._rows]
        nums = [i for i, v in enumerate(values) if is_number(v)]
        texts = [i for i, v in enumerate(values) if v is not None and not is_number(v)]
        blanks = [i for i, v in enumerate(values) if v is None]
        nums.sort(key=lambda i: values[i], reverse=reverse)
        texts.sort(key=lambda i: str(values[i]).casefold(), reverse=reverse)
        perm = nums + texts + blanks  # new position -> old position
        self.layoutAboutToBeChanged.emit()
        new_of_old = {old: new for new, old in enumerate(perm)}
        old_indexes = self.persistentIndexList()
        self._rows = [self._rows[i] for i in perm]
        self._cell_cache = {}
        new_indexes = [self.index(new_of_old[ix.row()], ix.column()) for ix in old_indexes]
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()


class Row(dict):
    """A row of a :class:`StaticTableModel` given as a dict. (Qt would copy a plain dict into
    a map of its own; a subclass is kept as the very object, so ``ROW_ROLE`` returns it.)"""


class StaticTableModel(_RowList, QStandardItemModel):
    """A read-only table over a short list of rows, held in Qt's item store.

    The interface of :class:`RowTableModel` (columns, ``set_rows``, ``set_frame``, ``row``,
    ``find_row``, ``retranslate``, the same roles and text) without lazy loading: for tens or
    hundreds of rows that change together. Rows are dicts (returned as :class:`Row`) or
    objects read by attribute.
    """

    SORT_ROLE = SORT_ROLE
    ROW_ROLE = ROW_ROLE

    def __init__(self, columns: Sequence[Column] = (), parent=None) -> None:
        super().__init__(parent)
        prototype = QStandardItem()
        prototype.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                           | Qt.ItemFlag.ItemNeverHasChildren)
        self.setItemPrototype(prototype)  # cells are created from it: not editable, not draggable
        self._columns: list[Column] = list(columns)
        self._rows: list[Any] = []
        self.row_font: Callable[[Any], QFont | None] | None = None
        self._fill()

    def columns(self) -> list[Column]:
        return list(self._columns)

    def set_columns(self, columns: Sequence[Column]) -> None:
        self._columns = list(columns)
        self._fill()

    def set_rows(self, rows: Iterable[Any], columns: Sequence[Column] | None = None) -> None:
        """Replace every row (and optionally the columns) in one model reset."""
        if columns is not None:
            self._columns = list(columns)
        self._rows = [Row(r) if type(r) is dict else r for r in rows]
        self._fill()

    def find_row(self, predicate: Callable[[Any], bool]) -> int:
        """The first row number for which *predicate* holds, or -1."""
        return next((i for i, r in enumerate(self._rows) if predicate(r)), -1)

    def retranslate(self) -> None:
        """Fetch the (callable) headers again after a change of language."""
        self._set_headers()

    def setData(self, index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 (Qt override)
        """Read-only: the rows are the data, and a cell is only their picture."""
        return False


    def _fill(self) -> None:
        # One reset for the whole table: the item store's own row and column signals are
        # held back while it is rebuilt (views and proxies re-read everything at the end).
        self.beginResetModel()
        blocked = self.blockSignals(True)
        try:
            self.setRowCount(0)
            self.setColumnCount(len(self._columns))
            self.setRowCount(len(self._rows))
            index, set_data, font = self.index, self.setItemData, self.row_font
            for r, row in enumerate(self._rows):
                for c, col in enumerate(self._columns):
                    set_data(index(r, c), cell_roles(col, row, font))
            self._set_headers()
            self.setVerticalHeaderLabels([""] * len(self._rows))  # no row numbers (Qt's would be 1, 2, 3 …)
        finally:
            self.blockSignals(blocked)
        self.endResetModel()

    def _set_headers(self) -> None:
        for i, col in enumerate(self._columns):
            tip = col.header_tooltip() if callable(col.header_tooltip) else col.header_tooltip
            self.setHeaderData(i, Qt.Orientation.Horizontal, col.header(), Qt.ItemDataRole.DisplayRole)
            self.setHeaderData(i, Qt.Orientation.Horizontal, plain_tooltip(tip) if tip else None,
                               Qt.ItemDataRole.ToolTipRole)
