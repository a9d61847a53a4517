"""The printed documents: what a reader finds in the PDF, its paper, its pages."""

from __future__ import annotations

import pytest

from app.dataset import load_dataset
from app.dataset.query import Filter, Query, describe_filter
from app.report import ExportError, build_comparison_document, export_pdf, render_comparison
from tests.helpers import copy_dataset, edit_csv

from .conftest import PRINTED, normalise, page_size_points, pdf_info, pdf_text

A4 = (595.0, 842.0)


def _export(tmp_path, view, ds, f, left, right, **kw):
    path = tmp_path / f"{view}.pdf"
    pages = export_pdf(path, view, ds, f, left, right, printed=PRINTED, **kw)
    return path, pages


def _quotes(ds, f, left, right) -> list[str]:
    cmp = Query(ds).compare(f, left, right)
    return [ev.quote for row in cmp.rows for cell in (row.left, row.right) for ev in cell.items]


def _title(ds, event_id) -> str:
    return ds.events.at[ds.event_row[event_id], "title"]


def test_comparison_pdf_has_titles_filters_every_quote_and_page_numbers(gui, bundled_dataset, pair, tmp_path):
    ds, (left, right) = bundled_dataset, pair
    f = Filter()
    path, pages = _export(tmp_path, "comparison", ds, f, left, right)
    text = normalise(pdf_text(path))

    assert normalise(f"Comparison: {_title(ds, left)} and {_title(ds, right)}") in text
    assert normalise(describe_filter(ds, f)) in text
    assert normalise(Query(ds).comparison_summary(Query(ds).compare(f, left, right))) in text
    quotes = _quotes(ds, f, left, right)
    assert len(quotes) > 30
    missing = [q for q in quotes if normalise(q) not in text]
    assert not missing, missing[:3]
    # dates at their precision, the approximate one shown as approximate
    assert "c. January 2005" in text and "18 June 2009" in text
    assert "Graham Williams, Chief Inspector of Social Services for Wales" in text
    assert "Source: inspection-report.txt" in text
    # sources of the quotes, statuses and a stated silence
    assert "inspection-report.txt, characters 64–195" in text
    assert "Only in the speech" in text and "In both" in text
    assert "Silent: the speech does not address this theme." in text
    # every page: product, dataset, date printed, page N of M
    assert int(pdf_info(path)["Pages"]) == pages > 1
    for n in range(1, pages + 1):
        assert f"page {n} of {pages}" in text
    assert text.count("Cymharu") >= pages
    assert text.count("Printed 24 November 2026") == pages
    assert text.count(f"Dataset: {ds.display_name}") == pages == text.count("Dataset: Bundled dataset")


def test_pdf_is_a4_portrait_by_default_and_landscape_on_request(gui, bundled_dataset, pair, tmp_path):
    portrait, _ = _export(tmp_path, "comparison", bundled_dataset, Filter(), *pair)
    assert page_size_points(portrait) == pytest.approx(A4, abs=1)
    (tmp_path / "l").mkdir()
    landscape, _ = _export(tmp_path / "l", "councils", bundled_dataset, Filter(), *pair, landscape=True)
    assert page_size_points(landscape) == pytest.approx(A4[::-1], abs=1)


def test_a_theme_filter_changes_the_document(gui, bundled_dataset, pair, tmp_path):
    ds, (left, right) = bundled_dataset, pair
    f = Filter(themes=frozenset({"collaboration"}))
    path, _ = _export(tmp_path, "comparison", ds, f, left, right)
    text = normalise(pdf_text(path))
    kept = _quotes(ds, f, left, right)
    everything = _quotes(ds, Filter(), left, right)
    assert 0 < len(kept) < len(everything)
    assert all(normalise(q) in text for q in kept)
    excluded = [q for q in set(everything) - set(kept) if not any(q in k or k in q for k in kept)]
    assert excluded
    assert not [q for q in excluded if normalise(q) in text]
    assert "Themes: Councils working together" in text
    assert "Pace and consistency of improvement" not in text


def test_a_council_filter_prints_what_is_said_about_it_and_collective_references(gui, bundled_dataset, pair,
                                                                                  tmp_path):
    ds, (left, right) = bundled_dataset, pair
    f = Filter(councils=frozenset({"W06000015"}))
    path, _ = _export(tmp_path, "comparison", ds, f, left, right)
    text = normalise(pdf_text(path))
    assert normalise(describe_filter(ds, f)) in text
    assert "About Cardiff" in text
    assert "Venue only: Cardiff" in text
    assert "All councils (collective)" in text
    assert all(normalise(q) in text for q in _quotes(ds, f, left, right))
    assert "Nothing about Cardiff on this theme" in text


def test_text_and_event_filters_state_what_they_hide(gui, bundled_dataset, pair, tmp_path):
    ds, (left, right) = bundled_dataset, pair
    path, _ = _export(tmp_path, "comparison", ds, Filter(text="councils"), left, right)
    text = normalise(pdf_text(path))
    assert "No passages match the filters (" in text and "hidden)" in text
    assert 'Text: “councils”' in text
    (tmp_path / "e").mkdir()
    path, _ = _export(tmp_path / "e", "comparison", ds, Filter(events=frozenset({left})), left, right)
    assert "Left out by the event filter" in normalise(pdf_text(path))


def test_councils_pdf_has_every_council_both_names_and_the_map_legend(gui, bundled_dataset, pair, tmp_path):
    ds, (left, right) = bundled_dataset, pair
    path, _ = _export(tmp_path, "councils", ds, Filter(), left, right)
    text = normalise(pdf_text(path))
    assert len(ds.councils) == 22
    for row in ds.councils.itertuples(index=False):
        assert normalise(row.name_en) in text
        assert normalise(row.name_cy) in text
        assert row.council_id in text
    assert "Ynys Môn" in text
    assert normalise(f"Councils: {_title(ds, left)} and {_title(ds, right)}") in text
    assert "References to all councils together: 10 in the report, 6 in the speech" in text
    assert "Councils neither document names" in text
    assert "17 of the 22 councils shown are named in neither document" in text
    assert "Mentions naming the council" in text  # the legend
    assert "Not named" in text
    assert "page 1 of" in text


def test_markup_in_the_data_prints_literally(gui, tmp_path, pair):
    folder = copy_dataset(tmp_path)
    hostile = '<b>bold</b><img src="x.png">'
    edit_csv(folder / "events.csv", 2, "title", hostile)  # the inspection report
    ds = load_dataset(folder)
    assert ds.events.at[ds.event_row["inspection-report-2005"], "title"] == hostile
    for view in ("comparison", "councils"):
        out = tmp_path / view
        out.mkdir()
        path, _ = _export(out, view, ds, Filter(), *pair)
        assert hostile in pdf_text(path)


def test_a_printer_is_printed_on_its_own_paper(gui, bundled_dataset, pair, tmp_path):
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "letter.pdf"))
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.Letter), QPageLayout.Orientation.Landscape,
                                      QMarginsF(5, 5, 5, 5), QPageLayout.Unit.Millimeter))
    pages = render_comparison(printer, bundled_dataset, Filter(), *pair, printed=PRINTED)
    assert page_size_points(tmp_path / "letter.pdf") == pytest.approx((792, 612), abs=1)
    assert int(pdf_info(tmp_path / "letter.pdf")["Pages"]) == pages
    assert f"page {pages} of {pages}" in pdf_text(tmp_path / "letter.pdf")


def test_a_print_job_honours_the_printers_page_range(gui, bundled_dataset, pair, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    job = build_comparison_document(bundled_dataset, Filter(), *pair, printed=PRINTED)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "range.pdf"))
    printer.setFromTo(2, 2)
    total = job.paint(printer)
    assert total == job.page_count > 2
    assert int(pdf_info(tmp_path / "range.pdf")["Pages"]) == 1
    assert f"page 2 of {total}" in pdf_text(tmp_path / "range.pdf")


def test_a_failed_export_leaves_the_old_pdf_untouched(gui, bundled_dataset, pair, out_dir, monkeypatch):
    from app.report import paging

    target = out_dir / "report.pdf"
    target.write_bytes(b"%PDF-1.4 the user's earlier export\n")
    before = target.read_bytes()

    def broken(self, device):
        raise RuntimeError("printer on fire")

    monkeypatch.setattr(paging.PrintJob, "paint", broken)
    with pytest.raises(RuntimeError):
        export_pdf(target, "comparison", bundled_dataset, Filter(), *pair)
    assert target.read_bytes() == before
    assert sorted(p.name for p in out_dir.iterdir()) == ["report.pdf"]


def test_exporting_into_a_missing_folder_says_so(gui, bundled_dataset, pair, out_dir):
    with pytest.raises(ExportError, match="does not exist"):
        export_pdf(out_dir / "nowhere" / "x.pdf", "comparison", bundled_dataset, Filter(), *pair)
    assert list(out_dir.iterdir()) == []


def test_an_export_replaces_an_older_file_in_place(gui, bundled_dataset, pair, out_dir):
    target = out_dir / "report.pdf"
    target.write_bytes(b"old")
    export_pdf(target, "councils", bundled_dataset, Filter(), *pair)
    assert target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in out_dir.iterdir()) == ["report.pdf"]


def test_a_print_job_feeds_qts_print_preview(gui, bundled_dataset, pair):
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

    from app.report import build_councils_document

    job = build_councils_document(bundled_dataset, Filter(), *pair, printed=PRINTED)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    preview = QPrintPreviewWidget(printer)
    preview.paintRequested.connect(job.paint)
    preview.updatePreview()
    assert preview.pageCount() == job.page_count == 2
