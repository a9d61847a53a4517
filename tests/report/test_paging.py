"""Pages break between rows, never inside a passage, and the header row repeats."""

from __future__ import annotations

import pytest

from app.dataset.query import Filter
from app.report import paging
from app.report.document import comparison_job, councils_job


def _writer(tmp_path, landscape=False):
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    writer = QPdfWriter(str(tmp_path / "layout.pdf"))
    writer.setResolution(600)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(16, 14, 16, 14),
                                     QPageLayout.Unit.Millimeter))
    return writer


@pytest.mark.parametrize("landscape", [False, True])
@pytest.mark.parametrize("f", [Filter(), Filter(councils=frozenset({"W06000015"}))], ids=["all", "cardiff"])
def test_no_row_of_the_comparison_straddles_a_page(gui, bundled_dataset, pair, tmp_path, landscape, f):
    job = comparison_job(bundled_dataset, f, *pair)
    built, _, body, _ = job.layout(_writer(tmp_path, landscape))
    height = body.height()
    rows = [u for u in built.units if u.kind == "row"]
    assert rows
    pages_used = set()
    for unit in rows:
        top, bottom = paging._row_extent(built, unit)
        assert int((top + 0.5) // height) == int((bottom - 0.5) // height), unit.key
        pages_used.add(int((top + 0.5) // height))
    assert len(pages_used) == built.document.pageCount()


def test_every_table_repeats_its_header_row(gui, bundled_dataset, pair, tmp_path):
    from PySide6.QtGui import QTextTable

    job = comparison_job(bundled_dataset, Filter(), *pair)
    built, *_ = job.layout(_writer(tmp_path))
    tables = [f for f in built.document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert len(tables) >= 2  # the table restarts at each page, under its header
    for table in tables:
        assert table.format().headerRowCount() == 1
        assert table.cellAt(0, 0).firstCursorPosition().block().text() == "Theme"


def test_a_heading_is_kept_with_what_follows(gui, bundled_dataset, pair, tmp_path):
    job = councils_job(bundled_dataset, Filter(), *pair)
    built, _, body, _ = job.layout(_writer(tmp_path))
    height = body.height()
    for unit in built.units:
        if unit.kind == "heading":
            top, _ = paging._extent(built, unit.ranges[0])
            follow_top, _ = paging._extent(built, unit.follow)
            # Qt places lines in 1/64 px steps: allow half a pixel at a page boundary
            assert int((top + 0.5) // height) == int((follow_top + 0.5) // height), unit.key
