"""PDF export: A4 (portrait unless asked for landscape), written under a temporary name and
renamed into place, so a failure never leaves a half-written or clobbered PDF."""

from __future__ import annotations

import datetime as _dt
import os

from app.dataset.model import Dataset
from app.dataset.query import Filter

from .files import ExportError, atomic_target

VIEWS = ("comparison", "councils")
PDF_RESOLUTION = 600  # dots per inch for layout; text and maps stay vector graphics
MARGINS_MM = (16.0, 14.0, 16.0, 14.0)  # left, top, right, bottom


def make_job(view: str, ds: Dataset, f: Filter, left: str | None, right: str | None, *,
             printed: _dt.date | None = None):
    from .document import comparison_job, councils_job

    if view == "comparison":
        return comparison_job(ds, f, left, right, printed=printed)
    if view == "councils":
        return councils_job(ds, f, left, right, printed=printed)
    raise ValueError(f"unknown view {view!r}; use one of {', '.join(VIEWS)}")


def export_pdf(path: str | os.PathLike, view: str, ds: Dataset, filter: Filter, left: str | None,
               right: str | None, landscape: bool = False, *, printed: _dt.date | None = None) -> int:
    """Write *view* as a PDF on A4 paper; returns the number of pages. Needs a QGuiApplication."""
    from PySide6.QtCore import QCoreApplication, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    job = make_job(view, ds, filter, left, right, printed=printed)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    with atomic_target(path) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(PDF_RESOLUTION)
        writer.setCreator("Cymharu")
        writer.setTitle(job.title)
        layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(*MARGINS_MM),
                             QPageLayout.Unit.Millimeter)
        if not writer.setPageLayout(layout):
            raise ExportError(QCoreApplication.translate("Report", "Could not set up A4 pages."))
        try:
            pages = job.paint(writer)
        finally:
            del writer  # close the file before it is renamed
        if not tmp.exists() or tmp.stat().st_size == 0:
            raise ExportError(QCoreApplication.translate("Report", "Could not write the PDF to {0}.").format(path))
    return pages
