"""No silent death: an uncaught exception is logged with its traceback and shown in a
dialog with a Copy button and the log's location; the app carries on where it can."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout

log = logging.getLogger("cymharu")


def log_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) if base else Path.home() / ".cymharu"


def setup_logging() -> Path:
    """Log to a rotating file under the platform's app-data folder; return its path."""
    folder = log_dir()
    path = folder / "cymharu.log"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


class ErrorDialog(QDialog):
    def __init__(self, summary: str, details: str, log_path: Path | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        text = self.tr("Cymharu hit an unexpected error: {0}").format(summary)
        text += "\n" + self.tr("Your data has not been changed. You can carry on, or copy the details below into a report.")
        if log_path is not None:
            text += "\n" + self.tr("The details are also saved in the log: {0}").format(str(log_path))
        self.message = QLabel(text, self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setPlainText(details)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy details"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(text + "\n\n" + details)
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.fontMetrics().height() * 22)


class ExceptionHandler:
    """Installed as sys.excepthook (and for threads) while the GUI runs."""

    def __init__(self, log_path: Path | None) -> None:
        self.log_path = log_path
        self._showing = False
        self.dialogs: list[ErrorDialog] = []

    def __call__(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("Uncaught exception\n%s", details)
        if QApplication.instance() is None or self._showing:
            sys.__excepthook__(exc_type, exc, tb)
            return
        self._showing = True
        try:
            parent = QApplication.activeWindow()
            dialog = ErrorDialog(f"{exc_type.__name__}: {exc}", details, self.log_path, parent)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialogs.append(dialog)
            dialog.finished.connect(lambda _r, d=dialog: self.dialogs.remove(d) if d in self.dialogs else None)
            dialog.show()
        finally:
            self._showing = False

    def thread_hook(self, args) -> None:
        self(args.exc_type, args.exc_value, args.exc_traceback)


def install_exception_handler(log_path: Path | None) -> ExceptionHandler:
    import threading

    handler = ExceptionHandler(log_path)
    sys.excepthook = handler
    threading.excepthook = handler.thread_hook
    return handler
