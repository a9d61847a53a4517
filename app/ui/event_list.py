"""A list model of the dataset's events for pickers (combo boxes): no per-item widgets,
so ten thousand events cost nothing to offer."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt

from app.dataset import Dataset


class EventListModel(QAbstractListModel):
    """Events in chronological order (or only those with a source text). The display text is
    'date · title'; Qt.UserRole holds the event id, as QComboBox.currentData() expects."""

    def __init__(self, parent=None, sources_only: bool = False) -> None:
        super().__init__(parent)
        self._sources_only = sources_only
        self._ds: Dataset | None = None
        self._rows: list[int] = []
        self._ids: list[str] = []
        self._has_source: list[bool] = []

    def set_dataset(self, ds: Dataset) -> None:
        self.beginResetModel()
        self._ds = ds
        self._ids = ds.events["event_id"].tolist()
        self._has_source = ds.events["has_source"].tolist()
        self._rows = [i for i, h in enumerate(self._has_source) if h] if self._sources_only else list(range(len(self._ids)))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._ds is None:
            return None
        i = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            label = self._ds.event_labels[i]
            if not self._has_source[i]:
                label += QCoreApplication.translate("EventList", " (no source text)")
            return label
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[i]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._ds.event_labels[i]
        return None
