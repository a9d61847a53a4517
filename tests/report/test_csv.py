"""CSV export: UTF-8 with BOM, one row per passage, silences stated, formulas neutralised."""

from __future__ import annotations

import csv
import io

import pytest

from app.dataset import load_dataset
from app.dataset.query import Filter, Query
from app.report import export_csv
from app.report.csvexport import neutralise
from tests.helpers import copy_dataset, edit_csv

COMPARISON_HEADER = ["Theme", "Status", "Event", "Date", "Position or note", "Role", "Council", "Quote",
                     "Source file", "Start", "End"]


def _read(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_comparison_csv_has_bom_header_and_a_row_per_passage(bundled_dataset, pair, tmp_path):
    path = tmp_path / "comparison.csv"
    n = export_csv(path, "comparison", bundled_dataset, Filter(), *pair)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    rows = _read(path)
    assert rows[0] == COMPARISON_HEADER
    assert len(rows) - 1 == n
    cmp = Query(bundled_dataset).compare(Filter(), *pair)
    passages = sum(len(c.items) for r in cmp.rows for c in (r.left, r.right))
    silences = sum(1 for r in cmp.rows for c in (r.left, r.right) if not c.items)
    assert n == passages + silences
    r01 = [r for r in rows if r[9:11] == ["64", "195"] and r[0] == "Vulnerable children and adults"]
    assert r01 and r01[0][7] == ("The chief inspector of social services in Wales has said local authorities "
                                 "are not doing enough for vulnerable children and adults.")
    assert r01[0][8] == "inspection-report.txt"
    assert r01[0][3] == "c. January 2005"
    assert r01[0][1] == "In both"
    silent = [r for r in rows if r[4] == "Silent: the speech does not address this theme."]
    assert silent and all(r[7] == "" for r in silent)


def test_councils_csv_lists_every_council_and_the_collective_references(bundled_dataset, pair, tmp_path):
    path = tmp_path / "councils.csv"
    export_csv(path, "councils", bundled_dataset, Filter(), *pair)
    rows = _read(path)
    assert rows[0] == ["Code", "English name", "Welsh name", "Mentions in the report",
                       "Per 1,000 words in the report", "Mentions in the speech", "Per 1,000 words in the speech"]
    body = rows[1:]
    assert len(body) == 23
    assert ["W06000001", "Isle of Anglesey", "Ynys Môn", "0", "0.00", "0", "0.00"] in body
    cardiff = next(r for r in body if r[0] == "W06000015")
    assert cardiff[3] == "3" and float(cardiff[4]) > 0
    assert body[-1][0] == "ALL" and body[-1][3] == "10" and body[-1][5] == "6"


def test_a_council_filter_narrows_the_councils_csv(bundled_dataset, pair, tmp_path):
    path = tmp_path / "councils.csv"
    export_csv(path, "councils", bundled_dataset, Filter(councils=frozenset({"W06000015"})), *pair)
    codes = [r[0] for r in _read(path)[1:]]
    assert codes == ["W06000015", "ALL"]


@pytest.mark.parametrize("value", ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_neutralise_prefixes_a_quote(value):
    assert neutralise(value) == "'" + value


@pytest.mark.parametrize("value", ["plain", "", "1", "a=b", "'quoted"])
def test_neutralise_leaves_safe_cells(value):
    assert neutralise(value) == value


def test_formula_injection_is_neutralised_in_the_export(tmp_path, pair):
    folder = copy_dataset(tmp_path)
    hostile = ['=HYPERLINK("http://example.invalid","x")', "+1", "@SUM(A1:A9)", "-2"]
    for row, value in enumerate(hostile, start=1):
        edit_csv(folder / "statements.csv", row, "position", value)
    edit_csv(folder / "mentions.csv", 1, "note", "=cmd|' /C calc'!A0")
    ds = load_dataset(folder)

    path = tmp_path / "comparison.csv"
    export_csv(path, "comparison", ds, Filter(), *pair)
    cells = [cell for row in _read(path) for cell in row]
    for value in hostile:
        assert "'" + value in cells
        assert value not in cells
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]

    path = tmp_path / "mentions.csv"
    export_csv(path, "comparison", ds, Filter(councils=frozenset({"W06000015"})), *pair)
    cells = [cell for row in _read(path) for cell in row]
    assert "'=cmd|' /C calc'!A0" in cells
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]


def test_a_failure_while_writing_rows_leaves_the_old_file(bundled_dataset, pair, out_dir, monkeypatch):
    from app.report import csvexport

    target = out_dir / "table.csv"
    target.write_bytes(b"old,table\r\n")

    def rows():
        yield ["first", "row"]
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        csvexport.write_csv(target, rows())
    assert target.read_bytes() == b"old,table\r\n"
    assert [p.name for p in out_dir.iterdir()] == ["table.csv"]


def test_unknown_view_is_refused(bundled_dataset, pair, out_dir):
    with pytest.raises(ValueError):
        export_csv(out_dir / "x.csv", "timeline", bundled_dataset, Filter(), *pair)
    assert list(out_dir.iterdir()) == []


def test_csv_text_is_the_data_verbatim(bundled_dataset, pair, tmp_path):
    path = tmp_path / "c.csv"
    export_csv(path, "comparison", bundled_dataset, Filter(), *pair)
    text = path.read_text(encoding="utf-8-sig")
    assert "“re-engineer”" in text  # curly quotes and dashes survive
    assert io.StringIO(text).readline().startswith("Theme,")
