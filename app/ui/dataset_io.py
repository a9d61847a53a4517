"""Opening datasets without freezing the window, and showing why one cannot be opened.

A dataset is read and checked in full on a worker thread; only a complete, valid Dataset
ever reaches AppState, so a broken folder never replaces the one on screen.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.dataset import DatasetError, load_dataset

log = logging.getLogger(__name__)


class _Worker(QObject):
    progress = Signal(float, str)
    loaded = Signal(object)
    failed = Signal(object)

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder

    @Slot()
    def run(self) -> None:
        try:
            ds = load_dataset(self.folder, progress=lambda f, m: self.progress.emit(f, m))
        except DatasetError as exc:
            self.failed.emit(exc)
        except Exception as exc:  # noqa: BLE001 - any failure must reach the user, not kill the thread
            log.exception("Unexpected error while loading %s", self.folder)
            self.failed.emit(exc)
        else:
            self.loaded.emit(ds)


class DatasetLoader(QObject):
    """Loads one folder on a worker thread. Emits ``loaded(Dataset)`` or ``failed(error)``;
    shows a progress dialog over *parent* when loading takes more than a moment."""

    loaded = Signal(object)
    failed = Signal(object)

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self._thread = QThread(self)
        self._worker = _Worker(self.folder)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self._on_progress)
        self._worker.loaded.connect(self._on_loaded)
        self._worker.failed.connect(self._on_failed)
        self._cancelled = False
        self._dialog = QProgressDialog(
            self.tr("Opening {0}…").format(self.folder.name), self.tr("Cancel"), 0, 100, parent
        )
        self._dialog.setWindowTitle(self.tr("Opening dataset"))
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.setMinimumDuration(300)
        self._dialog.setAutoClose(False)
        self._dialog.setAutoReset(False)
        self._dialog.canceled.connect(self._cancel)

    def start(self) -> None:
        self._dialog.setValue(0)
        self._thread.start()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, ms: int = 30000) -> bool:
        return self._thread.wait(ms)

    def _cancel(self) -> None:
        self._cancelled = True

    def _on_progress(self, fraction: float, message: str) -> None:
        self._dialog.setLabelText(message)
        self._dialog.setValue(int(fraction * 100))

    def _finish(self) -> None:
        self._dialog.reset()
        self._dialog.hide()
        self._thread.quit()
        self._thread.wait()

    def _on_loaded(self, ds) -> None:
        self._finish()
        if not self._cancelled:
            self.loaded.emit(ds)

    def _on_failed(self, error) -> None:
        self._finish()
        if not self._cancelled:
            self.failed.emit(error)


def problem_lines(error: BaseException) -> list[str]:
    if isinstance(error, DatasetError):
        return error.lines()
    return [f"{type(error).__name__}: {error}"]


class ProblemsDialog(QDialog):
    """Lists why a dataset cannot be opened, as FILE:LINE: message, with a Copy button."""

    def __init__(self, folder: Path, error: BaseException, parent: QWidget | None = None,
                 kept: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dataset not opened"))
        lines = problem_lines(error)
        count = error.count if isinstance(error, DatasetError) else 1
        intro = self.tr("{0} cannot be opened: {1} problem(s) were found.").format(str(folder), count)
        if kept:
            intro += " " + self.tr("The dataset on screen ({0}) is unchanged.").format(kept)
        self.intro = QLabel(intro, self)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setPlainText("\n".join(lines))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setAccessibleName(self.tr("Problems"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.fontMetrics().height() * 24)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.intro.text() + "\n" + self.text.toPlainText())
