"""File › Print…, Export PDF… and Export CSV… for the comparison and councils views.

Imported only when first used, so printing costs nothing at start-up. The documents come
from app.report, built from the query layer — the same code as the command line.
"""

from __future__ import annotations

import datetime as _dt
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QStandardPaths, Qt
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.report import ExportError, build_comparison_document, build_councils_document, export_csv, export_pdf
from app.ui.state import AppState

log = logging.getLogger(__name__)


def _job(view: str, state: AppState):
    build = build_councils_document if view == "councils" else build_comparison_document
    return build(state.dataset, state.filter, state.left, state.right)


def _default_name(view: str, suffix: str) -> str:
    return f"cymharu-{view}-{_dt.date.today().isoformat()}.{suffix}"


def _start_folder() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def make_printer(landscape: bool = False) -> QPrinter:
    """A printer set up for A4 (the user's choice in the dialog then wins)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(16, 14, 16, 14),
                    QPageLayout.Unit.Millimeter)
    )
    printer.setDocName(QCoreApplication.translate("Printing", "Cymharu"))
    return printer


def print_with_preview(parent: QWidget, view: str, state: AppState, landscape: bool = False) -> QPrintPreviewDialog:
    """Show Qt's print preview for *view*; printing uses the chosen printer's page size."""
    job = _job(view, state)
    printer = make_printer(landscape)
    printer.setDocName(job.title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print {0}").format(QCoreApplication.translate("Printing", "councils") if view == "councils" else QCoreApplication.translate("Printing", "comparison")))
    dialog.job = job  # the signal holds no strong reference to a plain object's method
    dialog.paintRequested.connect(lambda printer: dialog.job.paint(printer))
    parent._print_dialog = dialog  # keep the dialog alive while it is open
    dialog.open()
    return dialog


def _warn(parent: QWidget, title: str, message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def _ask_path(parent: QWidget, view: str, suffix: str, title: str, pattern: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(_start_folder() / _default_name(view, suffix)), pattern)
    if not name:
        return None
    return Path(name if name.lower().endswith("." + suffix) else f"{name}.{suffix}")


def _save(parent: QWidget, path: Path, write, failed: str, done: str) -> Path | None:
    """Run *write* (returns a count); report failure in a dialog, success in the status bar."""
    try:
        count = write()
    except (ExportError, OSError) as exc:
        log.warning("Export to %s failed: %s", path, exc)
        _warn(parent, failed, str(exc))
        return None
    if hasattr(parent, "statusBar"):
        parent.statusBar().showMessage(done.format(str(path), count), 6000)
    return path


def export_pdf_dialog(parent: QWidget, view: str, state: AppState, landscape: bool = False) -> Path | None:
    path = _ask_path(parent, view, "pdf", QCoreApplication.translate("Printing", "Export PDF"), QCoreApplication.translate("Printing", "PDF files (*.pdf)"))
    return save_pdf(parent, path, view, state, landscape) if path else None


def save_pdf(parent: QWidget, path: Path, view: str, state: AppState, landscape: bool = False) -> Path | None:
    return _save(
        parent, path,
        lambda: export_pdf(path, view, state.dataset, state.filter, state.left, state.right, landscape),
        QCoreApplication.translate("Printing", "PDF not saved"), QCoreApplication.translate("Printing", "Saved {0} ({1} pages)"),
    )


def export_csv_dialog(parent: QWidget, view: str, state: AppState) -> Path | None:
    path = _ask_path(parent, view, "csv", QCoreApplication.translate("Printing", "Export CSV"), QCoreApplication.translate("Printing", "CSV files (*.csv)"))
    return save_csv(parent, path, view, state) if path else None


def save_csv(parent: QWidget, path: Path, view: str, state: AppState) -> Path | None:
    return _save(
        parent, path,
        lambda: export_csv(path, view, state.dataset, state.filter, state.left, state.right),
        QCoreApplication.translate("Printing", "CSV not saved"), QCoreApplication.translate("Printing", "Saved {0} ({1} rows)"),
    )
