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


def _tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


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
    printer.setDocName(_tr("Cymharu"))
    return printer


def print_with_preview(parent: QWidget, view: str, state: AppState, landscape: bool = False) -> QPrintPreviewDialog:
    """Show Qt's print preview for *view*; printing uses the chosen printer's page size."""
    job = _job(view, state)
    printer = make_printer(landscape)
    printer.setDocName(job.title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(_tr("Print {0}").format(_tr("councils") if view == "councils" else _tr("comparison")))
    dialog.paintRequested.connect(job.paint)
    parent._print_dialog = dialog  # keep the dialog (and the job) alive while it is open
    dialog.open()
    return dialog


def _warn(parent: QWidget, title: str, message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def export_pdf_dialog(parent: QWidget, view: str, state: AppState, landscape: bool = False) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, _tr("Export PDF"), str(_start_folder() / _default_name(view, "pdf")), _tr("PDF files (*.pdf)")
    )
    if not name:
        return None
    path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
    return save_pdf(parent, path, view, state, landscape)


def save_pdf(parent: QWidget, path: Path, view: str, state: AppState, landscape: bool = False) -> Path | None:
    try:
        pages = export_pdf(path, view, state.dataset, state.filter, state.left, state.right, landscape)
    except (ExportError, OSError) as exc:
        log.warning("PDF export to %s failed: %s", path, exc)
        _warn(parent, _tr("PDF not saved"), str(exc))
        return None
    if hasattr(parent, "statusBar"):
        parent.statusBar().showMessage(_tr("Saved {0} ({1} pages)").format(str(path), pages), 6000)
    return path


def export_csv_dialog(parent: QWidget, view: str, state: AppState) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, _tr("Export CSV"), str(_start_folder() / _default_name(view, "csv")), _tr("CSV files (*.csv)")
    )
    if not name:
        return None
    path = Path(name if name.lower().endswith(".csv") else name + ".csv")
    return save_csv(parent, path, view, state)


def save_csv(parent: QWidget, path: Path, view: str, state: AppState) -> Path | None:
    try:
        rows = export_csv(path, view, state.dataset, state.filter, state.left, state.right)
    except (ExportError, OSError) as exc:
        log.warning("CSV export to %s failed: %s", path, exc)
        _warn(parent, _tr("CSV not saved"), str(exc))
        return None
    if hasattr(parent, "statusBar"):
        parent.statusBar().showMessage(_tr("Saved {0} ({1} rows)").format(str(path), rows), 6000)
    return path
