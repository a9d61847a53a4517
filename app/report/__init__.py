"""Printing and exporting the comparison and councils views: PDF, paper and CSV.

Built from the query layer with Qt's document tools (QTextDocument, QTextCursor, QPainter),
never from widget pixels or HTML with data pasted in. Qt is imported only when something
is printed, so importing this package costs nothing at start-up.

For the GUI::

    job = build_comparison_document(ds, filter, left, right)
    preview = QPrintPreviewDialog(printer, parent)
    preview.paintRequested.connect(job.paint)      # job.paint(printer) -> pages

    export_pdf(path, "comparison", ds, filter, left, right, landscape=False)
    export_csv(path, "councils", ds, filter, left, right)
"""

from __future__ import annotations

from .files import ExportError

__all__ = [
    "ExportError",
    "build_comparison_document",
    "build_councils_document",
    "export_csv",
    "export_pdf",
    "render_comparison",
    "render_councils",
]


def build_comparison_document(ds, filter, left, right, *, printed=None):
    """A :class:`~app.report.paging.PrintJob` for the comparison: ``job.paint(printer)``."""
    from .document import comparison_job

    return comparison_job(ds, filter, left, right, printed=printed)


def build_councils_document(ds, filter, left, right, *, printed=None):
    """A :class:`~app.report.paging.PrintJob` for the councils table and maps."""
    from .document import councils_job

    return councils_job(ds, filter, left, right, printed=printed)


def render_comparison(device, ds, filter, left, right, *, printed=None) -> int:
    """Print the comparison on *device* (a QPrinter or QPdfWriter, using its own page
    layout); returns the number of pages."""
    return build_comparison_document(ds, filter, left, right, printed=printed).paint(device)


def render_councils(device, ds, filter, left, right, *, printed=None) -> int:
    """Print the councils table and tile maps on *device*; returns the number of pages."""
    return build_councils_document(ds, filter, left, right, printed=printed).paint(device)


def export_pdf(path, view, ds, filter, left, right, landscape=False, *, printed=None) -> int:
    """Write *view* ("comparison" or "councils") as an A4 PDF; returns the number of pages."""
    from .pdf import export_pdf as _export_pdf

    return _export_pdf(path, view, ds, filter, left, right, landscape, printed=printed)


def export_csv(path, view, ds, filter, left, right) -> int:
    """Write *view*'s table as CSV (UTF-8 with BOM, formulas neutralised); returns data rows."""
    from .csvexport import export_csv as _export_csv

    return _export_csv(path, view, ds, filter, left, right)
