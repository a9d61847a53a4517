"""The loader on the bundled dataset and on every kind of bad input.

Bad datasets are built by copying the bundled ``data/`` folder to a temporary folder
and editing the copy. Every problem must come back as ``FILE:LINE: message`` inside a
:class:`DatasetError`, where LINE is the line on which the faulty record starts as a
text editor shows it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import shutil
import time
from pathlib import Path

import numpy as np
import pytest

from app.dataset import DatasetError, load_dataset
from app.dataset import schema as S
from app.dataset.dates import to_day_number

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
CSV_FILES = ("events.csv", "themes.csv", "statements.csv", "councils.csv", "mentions.csv")


# --------------------------------------------------------------------------------------
# A copy of the bundled data that a test may break
# --------------------------------------------------------------------------------------
class DataCopy:
    """A writable copy of the bundled dataset with small editing helpers."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, name: str) -> Path:
        return self.root / name

    # raw text and bytes
    def read(self, name: str) -> str:
        return self.path(name).read_bytes().decode("utf-8")

    def write(self, name: str, text: str) -> None:
        self.path(name).write_bytes(text.encode("utf-8"))

    def write_bytes(self, name: str, data: bytes) -> None:
        self.path(name).write_bytes(data)

    def replace(self, name: str, old: str, new: str) -> None:
        text = self.read(name)
        assert text.count(old) >= 1, f"{old!r} not in {name}"
        self.write(name, text.replace(old, new, 1))

    def append(self, name: str, *lines: str) -> None:
        text = self.read(name)
        if not text.endswith("\n"):
            text += "\n"
        self.write(name, text + "".join(line + "\n" for line in lines))

    # rows and cells, through the csv module
    def table(self, name: str) -> tuple[list[str], list[list[str]]]:
        rows = list(csv.reader(io.StringIO(self.read(name), newline="")))
        return rows[0], rows[1:]

    def write_table(self, name: str, header: list[str], rows: list[list[str]], newline: str = "\n") -> None:
        buf = io.StringIO(newline="")
        writer = csv.writer(buf, lineterminator=newline)
        writer.writerow(header)
        writer.writerows(rows)
        self.write(name, buf.getvalue())

    def set_cell(self, name: str, row_id: str, column: str, value: str) -> None:
        header, rows = self.table(name)
        col = header.index(column)
        hits = [r for r in rows if r[0] == row_id]
        assert len(hits) == 1, f"{row_id} not in {name}"
        hits[0][col] = value
        self.write_table(name, header, rows)

    def cell(self, name: str, row_id: str, column: str) -> str:
        header, rows = self.table(name)
        return next(r[header.index(column)] for r in rows if r[0] == row_id)

    def line_of(self, name: str, row_id: str) -> int:
        """The line (1-based, as an editor numbers it) on which the record *row_id* starts."""
        for number, line in enumerate(self.read(name).split("\n"), start=1):
            if line.startswith(row_id + ","):
                return number
        raise AssertionError(f"no line starts with {row_id!r} in {name}")


@pytest.fixture
def data(tmp_path) -> DataCopy:
    root = tmp_path / "ds"
    shutil.copytree(DATA, root)
    for p in [root, *root.rglob("*")]:  # the bundled sources may be read-only
        os.chmod(p, 0o755 if p.is_dir() else 0o644)
    return DataCopy(root)


def problems(folder: Path, **kwargs) -> list[str]:
    """The problem lines of a dataset that must fail to load."""
    with pytest.raises(DatasetError) as info:
        load_dataset(folder, **kwargs)
    err = info.value
    assert err.lines(), "a DatasetError must say what is wrong"
    assert str(err) == "\n".join(err.lines())
    return err.lines()


def assert_problem(folder: Path, prefix: str, *fragments: str) -> list[str]:
    """The dataset fails, and one problem starts with *prefix* and contains every fragment."""
    lines = problems(folder)
    matching = [ln for ln in lines if ln.startswith(prefix) and all(f in ln for f in fragments)]
    assert matching, f"expected a problem {prefix!r} containing {fragments!r}; got:\n" + "\n".join(lines)
    return lines


FILE_LINE = re.compile(r"^(?:sources/)?[\w.-]+\.(?:csv|txt):\d+: \S")


def assert_all_file_line(lines: list[str]) -> None:
    for ln in lines:
        if ln.startswith("… and "):
            continue
        assert FILE_LINE.match(ln), f"not FILE:LINE: message: {ln!r}"


def csv_row_count(name: str) -> int:
    with open(DATA / name, encoding="utf-8-sig", newline="") as fh:
        return sum(1 for row in csv.reader(fh) if any(c.strip() for c in row)) - 1


# --------------------------------------------------------------------------------------
# The bundled dataset
# --------------------------------------------------------------------------------------
def test_bundled_dataset_loads_with_every_row(bundled_dataset):
    ds = bundled_dataset
    assert len(ds.events) == csv_row_count("events.csv") >= 4
    assert len(ds.themes) == csv_row_count("themes.csv") >= 8
    assert len(ds.statements) == csv_row_count("statements.csv") > 0
    assert len(ds.councils) == csv_row_count("councils.csv") == 22
    assert len(ds.mentions) == csv_row_count("mentions.csv") > 0
    assert sorted(ds.texts) == ["conference-speech.txt", "inspection-report.txt"]
    assert ds.summary() == (
        f"{len(ds.events)} events (2 with source texts), {len(ds.themes)} themes, "
        f"{len(ds.statements)} statements, 22 councils, {len(ds.mentions)} mentions"
    )


def test_bundled_texts_and_word_counts(bundled_dataset):
    ds = bundled_dataset
    for name, text in ds.texts.items():
        raw = (DATA / "sources" / name).read_bytes().decode("utf-8")
        assert text == raw
    for row in ds.events.itertuples():
        if row.source_file:
            assert row.has_source
            assert ds.word_count(row.event_id) == len(ds.texts[row.source_file].split())
        else:
            assert not row.has_source and ds.word_count(row.event_id) == 0


def test_events_are_in_chronological_order(bundled_dataset):
    days = bundled_dataset.events["start_day"].to_numpy()
    assert (np.diff(days) >= 0).all()
    ids = bundled_dataset.events["event_id"].tolist()
    assert ids.index("making-the-connections-2004") < ids.index("inspection-report-2005")
    assert ids.index("inspection-report-2005") < ids.index("conference-speech-2009")


def test_events_are_sorted_whatever_the_file_order(data):
    header, rows = data.table("events.csv")
    data.write_table("events.csv", header, rows[::-1])
    ds = load_dataset(data.root)
    assert ds.events["event_id"].iloc[0] == "making-the-connections-2004"
    assert ds.events["event_id"].iloc[-1] == "conference-speech-2009"
    assert (np.diff(ds.events["start_day"].to_numpy()) >= 0).all()
    # the categoricals follow the sorted order, so codes are row numbers
    codes = ds.statement_event_codes
    assert (ds.events["event_id"].to_numpy()[codes] == ds.statements["event_id"].astype(str).to_numpy()).all()


def test_report_is_approximate_month_and_speech_is_exact_day(bundled_dataset):
    ds = bundled_dataset
    report = ds.event("inspection-report-2005")
    assert report["date"] == "2005-01"
    assert report["precision"] == "month"
    assert bool(report["date_approximate"]) is True
    assert report["start_day"] == to_day_number(dt.date(2005, 1, 1))
    assert report["end_day"] == to_day_number(dt.date(2005, 2, 1))
    # the uncertainty band: between the neighbouring BBC story numbers
    assert report["band_start"] == to_day_number(dt.date(2004, 6, 11))
    assert report["band_end"] == to_day_number(dt.date(2005, 12, 7))
    assert ds.event_date_text("inspection-report-2005") == "c. January 2005"

    speech = ds.event("conference-speech-2009")
    assert speech["date"] == "2009-06-18"
    assert speech["precision"] == "day"
    assert bool(speech["date_approximate"]) is False
    assert speech["start_day"] == to_day_number(dt.date(2009, 6, 18))
    assert speech["end_day"] - speech["start_day"] == 1
    assert ds.event_date_text("conference-speech-2009") == "18 June 2009"


def test_categorical_codes_are_row_numbers(bundled_dataset):
    ds = bundled_dataset
    ev = ds.events["event_id"].to_numpy()
    th = ds.themes["theme_id"].to_numpy()
    co = np.append(ds.councils["council_id"].to_numpy(), S.ALL_COUNCILS)
    assert list(ds.statements["event_id"].cat.categories) == list(ev)
    assert list(ds.statements["theme_id"].cat.categories) == list(th)
    assert list(ds.mentions["council_id"].cat.categories) == list(co)
    assert (ds.statement_event_codes >= 0).all() and (ds.statement_theme_codes >= 0).all()
    assert (ev[ds.statement_event_codes] == ds.statements["event_id"].astype(str).to_numpy()).all()
    assert (th[ds.statement_theme_codes] == ds.statements["theme_id"].astype(str).to_numpy()).all()
    assert (ev[ds.mention_event_codes] == ds.mentions["event_id"].astype(str).to_numpy()).all()
    assert (co[ds.mention_council_codes] == ds.mentions["council_id"].astype(str).to_numpy()).all()
    assert (ds.mention_council_codes == ds.all_code).sum() == (ds.mentions["council_id"] == "ALL").sum() > 0
    linked = ds.mention_theme_codes >= 0
    assert (th[ds.mention_theme_codes[linked]] == ds.mentions["theme_id"][linked].astype(str).to_numpy()).all()


def test_line_numbers_are_kept(bundled_dataset, data):
    st = bundled_dataset.statements.set_index("statement_id")
    for sid in ("r01", "r05", "s19"):
        assert st.at[sid, "line"] == data.line_of("statements.csv", sid)


def test_progress_is_reported_from_0_to_1(data):
    seen: list[float] = []
    load_dataset(data.root, progress=lambda fraction, message: seen.append(fraction))
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen)


# --------------------------------------------------------------------------------------
# Columns
# --------------------------------------------------------------------------------------
def test_missing_required_column(data):
    header, rows = data.table("statements.csv")
    col = header.index("quote")
    data.write_table("statements.csv", header[:col] + header[col + 1:], [r[:col] + r[col + 1:] for r in rows])
    lines = assert_problem(data.root, "statements.csv:1: required column 'quote' is missing")
    assert_all_file_line(lines)


def test_missing_column_suggests_a_misspelling(data):
    data.replace("statements.csv", "statement_id,event_id,theme_id,position,", "statement_id,event_id,theme_id,postion,")
    assert_problem(data.root, "statements.csv:1: required column 'position' is missing", "'postion'", "misspelling")


def test_missing_column_that_may_be_empty_is_still_required(data):
    # 'summary' may be left empty, but the column itself must be there
    header, rows = data.table("events.csv")
    col = header.index("summary")
    data.write_table("events.csv", header[:col] + header[col + 1:], [r[:col] + r[col + 1:] for r in rows])
    assert_problem(data.root, "events.csv:1: required column 'summary' is missing")


def test_columns_in_any_order_with_extra_columns(data, bundled_dataset):
    for name in CSV_FILES:
        header, rows = data.table(name)
        order = list(range(len(header)))[::-1]
        data.write_table(
            name,
            ["My notes"] + [header[i].upper() if i % 2 else header[i] for i in order] + ["colour"],
            [["a note, with a comma"] + [r[i] for i in order] + ["red"] for r in rows],
        )
    ds = load_dataset(data.root)
    assert ds.summary() == bundled_dataset.summary()
    for frame in ("statements", "mentions"):
        a = getattr(ds, frame).drop(columns=["line"])
        b = getattr(bundled_dataset, frame).drop(columns=["line"])
        assert a.astype(str).equals(b.astype(str))
    assert "my notes" not in ds.events.columns and "colour" not in ds.statements.columns


def test_optional_event_columns_may_be_absent(data):
    header, rows = data.table("events.csv")
    keep = [i for i, h in enumerate(header) if h not in ("date_earliest", "date_latest")]
    data.write_table("events.csv", [header[i] for i in keep], [[r[i] for i in keep] for r in rows])
    ds = load_dataset(data.root)
    report = ds.event("inspection-report-2005")
    assert report["band_start"] == report["start_day"] and report["band_end"] == report["end_day"]


def test_column_named_twice(data):
    data.replace("themes.csv", "theme_id,label,description", "theme_id,label,description,label")
    assert_problem(data.root, "themes.csv:1: column 'label' appears twice")


# --------------------------------------------------------------------------------------
# Identifiers and references
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "name, row_id",
    [("statements.csv", "r01"), ("themes.csv", "resources"), ("councils.csv", "W06000015"), ("mentions.csv", "rm05"),
     ("events.csv", "wlga-summit-2005")],
)
def test_duplicate_ids(data, name, row_id):
    header, rows = data.table(name)
    copy = next(r for r in rows if r[0] == row_id)
    if name == "councils.csv":  # a new tile, so the only problem is the id
        copy = copy[:-2] + ["9", "9"]
    data.append(name, ",".join(f'"{c}"' for c in copy))
    last = len(data.read(name).rstrip("\n").split("\n"))
    first = data.line_of(name, row_id)
    assert_problem(data.root, f"{name}:{last}: {header[0]} '{row_id}' is used again (first on line {first})")


def test_invalid_identifier(data):
    data.set_cell("themes.csv", "resources", "theme_id", "money & resources")
    assert_problem(data.root, f"themes.csv:{data.line_of('themes.csv', 'money & resources')}: theme_id 'money & resources' is not a valid identifier")


def test_council_id_must_be_a_gss_code(data):
    data.set_cell("councils.csv", "W06000015", "council_id", "CARDIFF")
    assert_problem(data.root, f"councils.csv:{data.line_of('councils.csv', 'CARDIFF')}: council_id 'CARDIFF' is not a valid identifier", "W06000015")


@pytest.mark.parametrize(
    "name, row_id, column, value, expected",
    [
        ("statements.csv", "r05", "event_id", "no-such-event", "event_id 'no-such-event' is not in events.csv"),
        ("statements.csv", "s03", "theme_id", "no-such-theme", "theme_id 'no-such-theme' is not in themes.csv"),
        ("mentions.csv", "rm05", "council_id", "W06000099", "council_id 'W06000099' is not in councils.csv (or ALL)"),
        ("mentions.csv", "rm05", "event_id", "speech", "event_id 'speech' is not in events.csv"),
        ("mentions.csv", "rm05", "theme_id", "cardiff-things", "theme_id 'cardiff-things' is not in themes.csv"),
    ],
)
def test_unknown_references(data, name, row_id, column, value, expected):
    data.set_cell(name, row_id, column, value)
    lines = assert_problem(data.root, f"{name}:{data.line_of(name, row_id)}: {expected}")
    assert_all_file_line(lines)


def test_empty_required_reference(data):
    data.set_cell("statements.csv", "r05", "theme_id", "")
    assert_problem(data.root, f"statements.csv:{data.line_of('statements.csv', 'r05')}: 'theme_id' is empty")


def test_mention_theme_may_be_empty(data):
    data.set_cell("mentions.csv", "rm05", "theme_id", "")
    ds = load_dataset(data.root)
    row = ds.mentions.set_index("mention_id").loc["rm05"]
    assert row["theme_id"] != row["theme_id"]  # NaN: no theme
    assert ds.mention_theme_codes[ds.mentions["mention_id"].tolist().index("rm05")] == -1


def test_statement_of_an_event_without_a_source(data):
    data.set_cell("statements.csv", "s12", "event_id", "making-the-connections-2004")
    assert_problem(
        data.root,
        f"statements.csv:{data.line_of('statements.csv', 's12')}: event 'making-the-connections-2004' has no source_file",
    )


# --------------------------------------------------------------------------------------
# Values: dates, flags, choices
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "value, expected",
    [
        ("2009-13", "has no month 13"),
        ("2009-00", "has no month 0"),
        ("2009-02-30", "is not a day in the calendar"),
        ("2009-02-29", "is not a day in the calendar"),
        ("June 2009", "is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"),
        ("18/06/2009", "is not a date"),
        ("2009-6-18", "is not a date"),
        ("0999", "implausible year"),
        ("２００９-06-18", "is not a date"),  # full-width digits look right but are not ISO
    ],
)
def test_invalid_dates(data, value, expected):
    data.set_cell("events.csv", "conference-speech-2009", "date", value)
    assert_problem(data.root, f"events.csv:{data.line_of('events.csv', 'conference-speech-2009')}: date: '{value}' ", expected)


def test_empty_date(data):
    data.set_cell("events.csv", "conference-speech-2009", "date", " ")
    assert_problem(data.root, f"events.csv:{data.line_of('events.csv', 'conference-speech-2009')}: 'date' is empty")


@pytest.mark.parametrize(
    "value, precision, start, end",
    [
        ("2009", "year", dt.date(2009, 1, 1), dt.date(2010, 1, 1)),
        ("2009-06", "month", dt.date(2009, 6, 1), dt.date(2009, 7, 1)),
        ("2008-02", "month", dt.date(2008, 2, 1), dt.date(2008, 3, 1)),
        ("2009-06-18", "day", dt.date(2009, 6, 18), dt.date(2009, 6, 19)),
        ("2008-02-29", "day", dt.date(2008, 2, 29), dt.date(2008, 3, 1)),
        (" 2009-06 ", "month", dt.date(2009, 6, 1), dt.date(2009, 7, 1)),
    ],
)
def test_each_date_precision_is_valid(data, value, precision, start, end):
    data.set_cell("events.csv", "conference-speech-2009", "date", value)
    ds = load_dataset(data.root)
    ev = ds.event("conference-speech-2009")
    assert ev["precision"] == precision
    assert ev["date"] == value.strip()
    assert ev["start_day"] == to_day_number(start)
    assert ev["end_day"] == to_day_number(end)


def test_date_band_must_contain_the_date(data):
    data.set_cell("events.csv", "inspection-report-2005", "date_earliest", "2005-02")
    data.set_cell("events.csv", "inspection-report-2005", "date_latest", "2004-12-31")
    line = data.line_of("events.csv", "inspection-report-2005")
    lines = assert_problem(data.root, f"events.csv:{line}: date_earliest (2005-02) is after date (2005-01)")
    assert f"events.csv:{line}: date_latest (2004-12-31) is before date (2005-01)" in lines


def test_invalid_optional_date(data):
    data.set_cell("events.csv", "inspection-report-2005", "date_latest", "Dec 2005")
    assert_problem(data.root, f"events.csv:{data.line_of('events.csv', 'inspection-report-2005')}: date_latest: 'Dec 2005' is not a date")


@pytest.mark.parametrize("value", ["yes", "1", "", "maybe", "t"])
def test_bad_true_false(data, value):
    data.set_cell("events.csv", "inspection-report-2005", "date_approximate", value)
    assert_problem(
        data.root,
        f"events.csv:{data.line_of('events.csv', 'inspection-report-2005')}: 'date_approximate' must be true or false, not '{value}'",
    )


@pytest.mark.parametrize("value, expected", [("TRUE", True), (" False ", False), ("true", True)])
def test_true_false_in_any_case(data, value, expected):
    data.set_cell("events.csv", "inspection-report-2005", "date_approximate", value)
    ds = load_dataset(data.root)
    assert bool(ds.event("inspection-report-2005")["date_approximate"]) is expected


def test_bad_event_kind(data):
    data.set_cell("events.csv", "conference-speech-2009", "kind", "lecture")
    assert_problem(
        data.root,
        f"events.csv:{data.line_of('events.csv', 'conference-speech-2009')}: 'kind' must be one of report, speech",
        "not 'lecture'",
    )


def test_empty_required_text(data):
    data.set_cell("themes.csv", "workforce", "label", "   ")
    assert_problem(data.root, f"themes.csv:{data.line_of('themes.csv', 'workforce')}: 'label' is empty")


def test_tile_taken_twice(data):
    data.set_cell("councils.csv", "W06000022", "tile_col", "4")  # Cardiff is at (4, 5)
    line = data.line_of("councils.csv", "W06000022")
    first = data.line_of("councils.csv", "W06000015")
    assert_problem(data.root, f"councils.csv:{line}: tile (4, 5) is already taken by W06000015 (line {first})")


@pytest.mark.parametrize("value", ["99999999999999999999999", "9" * 400])
def test_absurdly_large_tile_number_is_a_problem_not_a_crash(data, value):
    data.set_cell("councils.csv", "W06000001", "tile_col", value)
    assert problems(data.root) == [
        f"councils.csv:{data.line_of('councils.csv', 'W06000001')}: 'tile_col' is too large ({len(value)} digits)"
    ]


# --------------------------------------------------------------------------------------
# Offsets and quotes
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize("value", ["abc", "-5", "1.5", "1e3", "64 ", "٦٤"])
def test_offset_not_a_whole_number(data, value):
    data.set_cell("statements.csv", "r01", "start", value)
    if value.strip().isascii() and value.strip().isdigit():  # spaces round a number are fine
        load_dataset(data.root)
        return
    assert_problem(data.root, f"statements.csv:2: 'start' must be a whole number of 0 or more, not '{value}'")


def test_offset_empty(data):
    data.set_cell("mentions.csv", "rm05", "end", "")
    assert_problem(data.root, f"mentions.csv:{data.line_of('mentions.csv', 'rm05')}: 'end' is empty; it must be a whole number")


@pytest.mark.parametrize("start, end", [("195", "64"), ("64", "64")])
def test_start_not_before_end(data, start, end):
    data.set_cell("statements.csv", "r01", "start", start)
    data.set_cell("statements.csv", "r01", "end", end)
    assert_problem(data.root, f"statements.csv:2: start ({start}) must be less than end ({end})")


def test_end_past_the_text(data):
    n = len((DATA / "sources" / "inspection-report.txt").read_bytes().decode("utf-8"))
    data.set_cell("mentions.csv", "rm05", "end", str(n + 1))
    assert problems(data.root) == [
        f"mentions.csv:{data.line_of('mentions.csv', 'rm05')}: end ({n + 1}) is past the end of inspection-report.txt, "
        f"which has {n} characters"
    ]


def test_huge_offset_is_a_problem_not_a_crash(data):
    data.set_cell("mentions.csv", "rm05", "end", "99999999999999999999999")
    data.set_cell("mentions.csv", "rm06", "start", "00000000000000000000002466")  # leading zeros are still a number
    assert problems(data.root) == [f"mentions.csv:{data.line_of('mentions.csv', 'rm05')}: 'end' is too large (23 digits)"]


def test_quote_does_not_match(data):
    # s01 is the speech's headline, at [0:73]; move its offsets one character on
    quote = data.cell("statements.csv", "s01", "quote")
    text = (DATA / "sources" / "conference-speech.txt").read_bytes().decode("utf-8")
    start = text.index(quote)
    data.set_cell("statements.csv", "s01", "start", str(start + 1))
    data.set_cell("statements.csv", "s01", "end", str(start + 1 + len(quote)))
    line = data.line_of("statements.csv", "s01")
    lines = assert_problem(
        data.root,
        f"statements.csv:{line}: quote does not match conference-speech.txt[{start + 1}:{start + 1 + len(quote)}]",
        f"the quote is at [{start}:{start + len(quote)}]",
    )
    assert len(lines) == 1


def test_quote_not_in_the_text_shows_what_is_there(data):
    data.set_cell("statements.csv", "r05", "quote", "The councils have said they are NOT ready to respond.")
    text = (DATA / "sources" / "inspection-report.txt").read_bytes().decode("utf-8")
    assert_problem(
        data.root,
        f"statements.csv:{data.line_of('statements.csv', 'r05')}: quote does not match inspection-report.txt[428:477]",
        f"the text there reads “{text[428:477]}”",
    )


def test_quote_with_straight_quotes_for_curly_ones_does_not_match(data):
    # the speech has curly quotes; a quote typed with straight ones is not verbatim
    data.set_cell("statements.csv", "s02", "quote", data.cell("statements.csv", "s02", "quote").replace("“", '"').replace("”", '"'))
    assert_problem(data.root, f"statements.csv:{data.line_of('statements.csv', 's02')}: quote does not match conference-speech.txt[")


def test_quote_empty(data):
    data.set_cell("mentions.csv", "rm05", "quote", "")
    assert_problem(data.root, f"mentions.csv:{data.line_of('mentions.csv', 'rm05')}: 'quote' is empty")


def test_multi_line_quote_matches_the_text(data):
    """A quote may span a paragraph break; in the CSV it is a quoted field over several lines."""
    text = (DATA / "sources" / "conference-speech.txt").read_bytes().decode("utf-8")
    passage = "Wales. \n\nSpeaking"
    start = text.index(passage)
    end = start + len(passage)
    data.append("statements.csv", f'x01,conference-speech-2009,collaboration,Crosses a paragraph,"{passage}",{start},{end}')
    ds = load_dataset(data.root)
    row = ds.statements.set_index("statement_id").loc["x01"]
    assert row["quote"] == passage
    assert row["line"] == data.line_of("statements.csv", "x01")


# --------------------------------------------------------------------------------------
# Source files
# --------------------------------------------------------------------------------------
def test_missing_source_file(data):
    (data.root / "sources" / "conference-speech.txt").unlink()
    lines = problems(data.root)
    assert lines == [
        f"events.csv:{data.line_of('events.csv', 'conference-speech-2009')}: "
        "source_file 'conference-speech.txt' is not in the sources folder"
    ]


def test_source_file_outside_the_sources_folder(data):
    data.set_cell("events.csv", "conference-speech-2009", "source_file", "../events.csv")
    assert_problem(
        data.root,
        f"events.csv:{data.line_of('events.csv', 'conference-speech-2009')}: source_file '../events.csv' must be a file inside the sources folder",
    )


def test_source_file_that_is_a_folder(data):
    (data.root / "sources" / "extra").mkdir()
    data.set_cell("events.csv", "conference-speech-2009", "source_file", "extra")
    assert_problem(data.root, "sources/extra:1: is a folder, not a file")


def test_source_file_in_a_subfolder_with_backslashes(data):
    sub = data.root / "sources" / "speeches"
    sub.mkdir()
    shutil.move(data.root / "sources" / "conference-speech.txt", sub / "conference-speech.txt")
    data.set_cell("events.csv", "conference-speech-2009", "source_file", "speeches\\conference-speech.txt")
    ds = load_dataset(data.root)
    assert ds.text_of("conference-speech-2009").startswith("First Minister tells councils")


def test_source_file_not_utf8(data):
    path = data.root / "sources" / "conference-speech.txt"
    raw = path.read_bytes()
    at = raw.index("Making the Connections".encode())
    line = raw.count(b"\n", 0, at) + 1
    path.write_bytes(raw[:at] + b"\xe9" + raw[at + 1:])
    lines = assert_problem(data.root, f"sources/conference-speech.txt:{line}: not valid UTF-8 (byte 0xE9)", "UTF-8")
    assert_all_file_line(lines)


def test_source_file_latin1_curly_quotes(data):
    """A text saved as Windows-1252: the curly quotes become single bytes."""
    path = data.root / "sources" / "conference-speech.txt"
    text = path.read_bytes().decode("utf-8")
    path.write_bytes(text.encode("cp1252"))
    first = min(i for i, ch in enumerate(text) if ord(ch) > 127)
    line = text.count("\n", 0, first) + 1
    assert_problem(data.root, f"sources/conference-speech.txt:{line}: not valid UTF-8")


# --------------------------------------------------------------------------------------
# Encodings and line endings
# --------------------------------------------------------------------------------------
def test_bom_and_crlf_accepted(data, bundled_dataset):
    for name in CSV_FILES:
        text = data.read(name)
        assert "\r" not in text
        data.write_bytes(name, b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    ds = load_dataset(data.root)
    assert ds.summary() == bundled_dataset.summary()
    assert ds.statements["quote"].tolist() == bundled_dataset.statements["quote"].tolist()
    assert ds.events["event_id"].tolist() == bundled_dataset.events["event_id"].tolist()
    assert ds.statements["line"].tolist() == bundled_dataset.statements["line"].tolist()


def test_crlf_inside_a_quoted_multi_line_quote(data):
    """Saved from a spreadsheet on Windows, a quote over a paragraph break has CRLF in it."""
    text = (DATA / "sources" / "conference-speech.txt").read_bytes().decode("utf-8")
    passage = "Wales. \n\nSpeaking"
    start = text.index(passage)
    end = start + len(passage)
    data.append("statements.csv", f'x01,conference-speech-2009,collaboration,Crosses a paragraph,"{passage}",{start},{end}')
    for name in CSV_FILES:
        data.write_bytes(name, data.read(name).replace("\n", "\r\n").encode("utf-8"))
    ds = load_dataset(data.root)
    assert ds.statements.set_index("statement_id").at["x01", "quote"] == passage


def test_csv_latin1_byte_reports_its_line(data):
    line = data.line_of("councils.csv", "W06000001")
    data.write_bytes("councils.csv", data.read("councils.csv").encode("latin-1"))  # Ynys Môn: ô is 0xF4
    assert_problem(data.root, f"councils.csv:{line}: not valid UTF-8 (byte 0xF4)", "CSV UTF-8")


def test_csv_bad_byte_on_a_later_line(data):
    line = data.line_of("statements.csv", "s13")
    raw = data.path("statements.csv").read_bytes()
    at = raw.index(b"s13,")
    data.write_bytes("statements.csv", raw[:at] + b"\x93" + raw[at:])  # a Windows-1252 curly quote
    assert problems(data.root) == [
        f"statements.csv:{line}: not valid UTF-8 (byte 0x93); save it as UTF-8 (in a spreadsheet: 'CSV UTF-8')"
    ]


def test_csv_several_bad_bytes_each_reported(data):
    anglesey, cardiff = data.line_of("councils.csv", "W06000001"), data.line_of("councils.csv", "W06000015")
    raw = data.path("councils.csv").read_bytes()
    raw = raw.replace("Môn".encode(), b"M\xf4n").replace(b"Caerdydd", b"Caerd\xfddd")
    data.write_bytes("councils.csv", raw)
    hint = "save it as UTF-8 (in a spreadsheet: 'CSV UTF-8')"
    assert problems(data.root) == [
        f"councils.csv:{anglesey}: not valid UTF-8 (byte 0xF4); {hint}",
        f"councils.csv:{cardiff}: not valid UTF-8 (byte 0xFD); {hint}",
    ]


@pytest.mark.parametrize("bom, encoding", [(b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")])
def test_utf16_csv(data, bom, encoding):
    data.write_bytes("events.csv", bom + data.read("events.csv").encode(encoding))
    assert_problem(data.root, "events.csv:1: is saved as UTF-16", "UTF-8")


def test_utf16_without_bom_is_caught_as_nul(data):
    data.write_bytes("themes.csv", data.read("themes.csv").encode("utf-16-le"))
    assert_problem(data.root, "themes.csv:1: contains a NUL character")


def test_nul_byte(data):
    raw = data.path("themes.csv").read_bytes()
    at = raw.index(b"workforce,")
    line = raw.count(b"\n", 0, at) + 1
    data.write_bytes("themes.csv", raw[:at + 3] + b"\x00" + raw[at + 3:])
    lines = problems(data.root)
    assert f"themes.csv:{line}: contains a NUL character; this is not a text file" in lines, lines


# --------------------------------------------------------------------------------------
# CSV syntax and line numbers
# --------------------------------------------------------------------------------------
def test_line_numbers_count_lines_inside_quoted_fields(data):
    # r03's position now spans three lines; a later bad row is reported where it starts
    data.set_cell("statements.csv", "r03", "position", "Finished a five-year programme\ninspecting all 22\ndepartments.")
    data.set_cell("statements.csv", "r05", "theme_id", "no-such-theme")
    # in the bundled file r05 is on line 6; two extra lines above it move it to line 8
    assert data.line_of("statements.csv", "r05") == 8
    lines = problems(data.root)
    assert lines == ["statements.csv:8: theme_id 'no-such-theme' is not in themes.csv"]


def test_line_numbers_with_crlf_inside_quotes_and_crlf_endings(data):
    data.set_cell("statements.csv", "r03", "position", "Finished a five-year programme\ninspecting all 22 departments.")
    data.set_cell("statements.csv", "r05", "theme_id", "no-such-theme")
    data.write_bytes("statements.csv", data.read("statements.csv").replace("\n", "\r\n").encode())
    assert problems(data.root) == ["statements.csv:7: theme_id 'no-such-theme' is not in themes.csv"]


def test_blank_rows_are_skipped_and_counted(data):
    data.set_cell("themes.csv", "workforce", "label", "")
    assert data.line_of("themes.csv", "workforce") == 8
    text = data.read("themes.csv").split("\n")
    text[3:3] = ["", ",,", "  ,  ,"]  # blank lines and a spreadsheet's row of empty cells
    data.write("themes.csv", "\n".join(text) + "\n\n\n")
    assert problems(data.root) == ["themes.csv:11: 'label' is empty"]


def test_blank_rows_load(data, bundled_dataset):
    text = data.read("themes.csv").split("\n")
    text[3:3] = ["", ",,", "  ,  ,"]
    data.write("themes.csv", "\n".join(text) + "\n\n\n")
    ds = load_dataset(data.root)
    assert ds.themes["theme_id"].tolist() == bundled_dataset.themes["theme_id"].tolist()


def test_trailing_empty_cells_are_fine(data, bundled_dataset):
    text = data.read("councils.csv").split("\n")
    text = [ln + ",," if ln else ln for ln in text]
    data.write("councils.csv", "\n".join(text))
    ds = load_dataset(data.root)
    assert ds.councils["council_id"].tolist() == bundled_dataset.councils["council_id"].tolist()


def test_unterminated_quoted_field(data):
    data.append("themes.csv", 'extra-theme,"A label whose quote is never closed,and a description')
    line = data.line_of("themes.csv", "extra-theme")
    lines = assert_problem(data.root, f"themes.csv:{line}: a quoted value that starts on this line is never closed")
    assert_all_file_line(lines)


def test_unterminated_quoted_field_in_the_middle(data):
    # the opening quote swallows every later line: the problem is where it starts
    data.replace("councils.csv", "W06000011,Swansea,", 'W06000011,"Swansea,')
    lines = assert_problem(data.root, f"councils.csv:{data.line_of('councils.csv', 'W06000011')}: a quoted value that starts on this line is never closed")
    assert_all_file_line(lines)


def test_text_after_closing_quote(data):
    data.replace("statements.csv", 'r04,inspection-report-2005,pace-of-improvement,"There is much to praise, but services are not improving fast enough."',
                 'r04,inspection-report-2005,pace-of-improvement,"There is much to praise," but services are not improving fast enough.')
    assert_problem(data.root, f"statements.csv:{data.line_of('statements.csv', 'r04')}: text follows the closing quote", '""')


def test_wrong_number_of_values(data):
    data.replace("themes.csv", "independent-living,Independent living,", "independent-living,")
    line = data.line_of("themes.csv", "independent-living")
    data.replace("councils.csv", "W06000023,Powys,Powys,Powys County Council,2,2", "W06000023,Powys,Powys,Powys County Council,2,2,extra")
    lines = problems(data.root)
    assert f"themes.csv:{line}: has 2 values but the header names 3 columns" in lines, lines
    assert f"councils.csv:{data.line_of('councils.csv', 'W06000023')}: has 7 values but the header names 6 columns" in lines, lines


def test_empty_file(data):
    data.write("events.csv", "")
    lines = assert_problem(data.root, "events.csv:1: file is empty; the first line must name the columns: event_id, title, kind, date")
    assert_all_file_line(lines)


def test_file_of_blank_lines_is_empty(data):
    data.write("themes.csv", "\n\r\n ,, \n")
    assert_problem(data.root, "themes.csv:1: file is empty")


def test_header_only_file(data):
    data.write("mentions.csv", data.read("mentions.csv").split("\n")[0] + "\n")
    lines = problems(data.root)
    assert lines == ["mentions.csv:1: has a header but no rows"]


def test_missing_table_file(data):
    data.path("councils.csv").unlink()
    lines = assert_problem(data.root, "councils.csv:1: file not found")
    assert_all_file_line(lines)


def test_file_that_is_a_folder(data):
    data.path("mentions.csv").unlink()
    data.path("mentions.csv").mkdir()
    assert problems(data.root) == ["mentions.csv:1: is a folder, not a file"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(data):
    path = data.path("themes.csv")
    path.chmod(0)
    try:
        assert_problem(data.root, "themes.csv:1: cannot be read", "ermission")
    finally:
        path.chmod(0o644)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_sources_folder(data):
    sources = data.root / "sources"
    sources.chmod(0)
    try:
        lines = problems(data.root)
        assert_all_file_line(lines)
        assert any(ln.startswith("sources/inspection-report.txt:1: cannot be read") for ln in lines), lines
    finally:
        sources.chmod(0o755)


def test_file_that_cannot_be_read(data, monkeypatch):
    """The same as an unreadable file, without needing a non-root user."""
    import app.dataset.csvfile as csvfile

    target = str(data.path("themes.csv"))

    def fake_open(path, *args, **kwargs):
        if str(path) == target:
            raise PermissionError(13, "Permission denied", str(path))
        return open(path, *args, **kwargs)

    monkeypatch.setattr(csvfile, "open", fake_open, raising=False)
    assert_problem(data.root, "themes.csv:1: cannot be read: Permission denied")


def _deny(monkeypatch, inside: Path) -> None:
    """Make every path under *inside* behave as it does for a user without permission."""
    import app.dataset.csvfile as csvfile

    real_stat = Path.stat

    def denied(path: Path) -> bool:
        path = Path(path)
        return path == inside or inside in path.parents

    def stat(self, *args, **kwargs):
        if denied(self) and self != inside:
            raise PermissionError(13, "Permission denied", str(self))
        return real_stat(self, *args, **kwargs)

    def fake_open(path, *args, **kwargs):
        if denied(path):
            raise PermissionError(13, "Permission denied", str(path))
        return open(path, *args, **kwargs)

    monkeypatch.setattr(Path, "stat", stat)
    monkeypatch.setattr(csvfile, "open", fake_open, raising=False)


def test_sources_folder_that_cannot_be_searched(data, monkeypatch):
    """As for a user without permission on sources/: every check of a file in it fails."""
    _deny(monkeypatch, data.root / "sources")
    lines = problems(data.root)
    assert_all_file_line(lines)
    assert any(ln.startswith("sources/inspection-report.txt:1: cannot be read") for ln in lines), lines


def test_dataset_folder_that_cannot_be_searched(tmp_path, monkeypatch):
    folder = tmp_path / "locked" / "ds"
    folder.mkdir(parents=True)
    _deny(monkeypatch, tmp_path / "locked")
    lines = problems(folder)
    assert len(lines) == 1 and lines[0].startswith(f"{folder}: "), lines


def test_very_long_field(data):
    data.set_cell("themes.csv", "workforce", "description", "x" * (S.MAX_FIELD_CHARS + 1))
    assert_problem(data.root, f"themes.csv:{data.line_of('themes.csv', 'workforce')}: a value is longer than 100,000 characters")


def test_field_of_exactly_the_limit_is_fine(data):
    data.set_cell("themes.csv", "workforce", "description", "x" * S.MAX_FIELD_CHARS)
    ds = load_dataset(data.root)
    assert len(ds.themes.set_index("theme_id").at["workforce", "description"]) == S.MAX_FIELD_CHARS


def test_very_long_unquoted_field_does_not_hang(data):
    data.replace("themes.csv", "independent-living,Independent living,", "independent-living," + "y" * 5_000_000 + ",")
    t0 = time.perf_counter()
    assert_problem(data.root, f"themes.csv:{data.line_of('themes.csv', 'independent-living')}: a value is longer than 100,000 characters")
    assert time.perf_counter() - t0 < 5


def test_very_long_line_of_many_values(data):
    data.replace("themes.csv", "independent-living,Independent living,", "independent-living,Independent living," + "," * 300_000)
    t0 = time.perf_counter()
    assert_problem(data.root, f"themes.csv:{data.line_of('themes.csv', 'independent-living')}: has 300003 values but the header names 3 columns")
    assert time.perf_counter() - t0 < 5


# --------------------------------------------------------------------------------------
# The folder
# --------------------------------------------------------------------------------------
def test_missing_dataset_folder(tmp_path):
    folder = tmp_path / "no-such-folder"
    lines = problems(folder)
    assert lines == [f"{folder}: dataset folder not found"]


def test_dataset_folder_that_is_a_file(tmp_path):
    f = tmp_path / "events.csv"
    f.write_text("event_id\n")
    assert problems(f) == [f"{f}: is not a folder"]


def test_empty_dataset_folder(tmp_path):
    lines = problems(tmp_path)
    assert [ln.split(":")[0] for ln in lines] == [t.file for t in S.TABLES]
    assert all(ln.endswith(": file not found") for ln in lines)


# --------------------------------------------------------------------------------------
# Mentions: roles and ALL
# --------------------------------------------------------------------------------------
def test_all_needs_role_collective(data):
    data.set_cell("mentions.csv", "rm09", "role", "subject")
    assert_problem(data.root, f"mentions.csv:{data.line_of('mentions.csv', 'rm09')}: council_id ALL needs role 'collective', not 'subject'")


def test_collective_only_for_all(data):
    data.set_cell("mentions.csv", "rm05", "role", "collective")
    assert_problem(data.root, f"mentions.csv:{data.line_of('mentions.csv', 'rm05')}: role 'collective' is only for council_id ALL")


def test_unknown_role(data):
    data.set_cell("mentions.csv", "rm08", "role", "host")
    assert_problem(
        data.root,
        f"mentions.csv:{data.line_of('mentions.csv', 'rm08')}: 'role' must be one of subject, venue, collective, not 'host'",
    )


def test_role_in_any_case(data):
    data.set_cell("mentions.csv", "rm08", "role", "Venue")
    ds = load_dataset(data.root)
    assert ds.mentions.set_index("mention_id").at["rm08", "role"] == "venue"


# --------------------------------------------------------------------------------------
# Many problems at once, and the cap
# --------------------------------------------------------------------------------------
def test_problems_in_several_files_are_reported_together(data):
    data.set_cell("events.csv", "conference-speech-2009", "date", "2009-13-01")
    data.set_cell("themes.csv", "workforce", "label", "")
    data.set_cell("statements.csv", "s01", "start", "one")
    data.set_cell("mentions.csv", "rm05", "council_id", "W06000099")
    data.set_cell("councils.csv", "W06000011", "tile_row", "four")
    lines = problems(data.root)
    assert_all_file_line(lines)
    assert len(lines) == 5, lines
    files = {ln.split(":")[0] for ln in lines}
    assert files == {"events.csv", "themes.csv", "statements.csv", "mentions.csv", "councils.csv"}, lines


def test_a_broken_table_does_not_hide_problems_elsewhere(data):
    data.replace("councils.csv", "W06000011,Swansea,", 'W06000011,"Swansea,')
    data.set_cell("statements.csv", "s01", "start", "one")
    data.set_cell("events.csv", "conference-speech-2009", "kind", "lecture")
    lines = problems(data.root)
    assert_all_file_line(lines)
    assert {ln.split(":")[0] for ln in lines} == {"councils.csv", "statements.csv", "events.csv"}, lines


def test_problem_cap(data):
    rows = [f"bad{i:03d},inspection-report-2005,no-such-theme,P,Mr,1,3" for i in range(500)]
    data.append("statements.csv", *rows)
    with pytest.raises(DatasetError) as info:
        load_dataset(data.root)
    err = info.value
    assert err.count == 500
    assert len(err.problems) == S.PROBLEM_CAP == 200
    lines = err.lines()
    assert len(lines) == 201
    assert lines[-1] == "… and 300 more problems not shown"
    first_bad = data.line_of("statements.csv", "bad000")
    assert lines[0] == f"statements.csv:{first_bad}: theme_id 'no-such-theme' is not in themes.csv"
    assert lines[199].startswith(f"statements.csv:{first_bad + 199}: ")


def test_problem_cap_can_be_changed(data):
    data.append("statements.csv", *[f"bad{i},inspection-report-2005,no-such-theme,P,Mr,1,3" for i in range(30)])
    with pytest.raises(DatasetError) as info:
        load_dataset(data.root, cap=10)
    assert len(info.value.problems) == 10 and info.value.dropped == 20
    assert info.value.lines()[-1] == "… and 20 more problems not shown"


def test_semicolon_separated_file_gets_a_hint(data):
    data.write("themes.csv", data.read("themes.csv").replace(",", ";"))
    lines = problems(data.root)
    assert lines == ["themes.csv:1: the columns are separated by semicolons; save the file as comma-separated CSV (UTF-8)"]


def test_source_file_name_too_long_is_reported_on_its_event(data):
    data.set_cell("events.csv", "conference-speech-2009", "source_file", "x" * 5000 + ".txt")
    lines = problems(data.root)
    line = data.line_of("events.csv", "conference-speech-2009")
    assert any(ln.startswith(f"events.csv:{line}: source_file 'xxx") and "not a usable file name" in ln
               for ln in lines), lines
    assert all(len(ln) < 400 for ln in lines)


def test_huge_values_are_shortened_in_messages(data):
    data.set_cell("events.csv", "conference-speech-2009", "kind", "k" * 50_000)
    lines = problems(data.root)
    assert any("'kind' must be one of" in ln for ln in lines)
    assert all(len(ln) < 400 for ln in lines)
