"""Property-based fuzzing of the loader: whatever is done to the bundled CSVs — bytes,
cells, rows, quoting, encodings — loading either succeeds or raises DatasetError whose
every problem is FILE:LINE: message. Never another exception, never a hang."""

from __future__ import annotations

import csv
import io
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.dataset import Dataset, DatasetError, load_dataset

DATA = Path(__file__).resolve().parents[2] / "data"
FILES = ("events.csv", "themes.csv", "statements.csv", "councils.csv", "mentions.csv")
ORIGINAL = {name: (DATA / name).read_bytes() for name in FILES}
PROBLEM = re.compile(r"^(?:sources/)?[^:/]+\.(?:csv|txt):\d+: \S|^… and \d+ more problems not shown$")

# Text that spreadsheets and people put into cells, including what CSV and UTF-8 find hard.
cell_text = st.one_of(
    st.sampled_from(["", " ", '"', '""', ",", "\n", "\r\n", "true", "FALSE", "-1", "1e3", "2009-02-30",
                     "ALL", "W06000015", "=1+1", "<b>x</b>", "\x00", "\ufeff", "ŵ", "😀", "9" * 30]),
    st.text(max_size=40),
)


def _rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))


def _write(rows: list[list[str]]) -> bytes:
    buf = io.StringIO(newline="")
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue().encode("utf-8")


@st.composite
def mutation(draw) -> tuple[str, bytes]:
    """One file of the dataset and its mutated bytes."""
    name = draw(st.sampled_from(FILES))
    data = ORIGINAL[name]
    kind = draw(st.sampled_from(["byte", "insert", "delete", "cell", "row", "quote", "encode", "truncate",
                                 "header", "many"]))
    if kind == "byte":
        i = draw(st.integers(0, len(data) - 1))
        data = data[:i] + bytes([draw(st.integers(0, 255))]) + data[i + 1:]
    elif kind == "insert":
        i = draw(st.integers(0, len(data)))
        data = data[:i] + draw(st.binary(min_size=1, max_size=20)) + data[i:]
    elif kind == "delete":
        i = draw(st.integers(0, len(data) - 1))
        data = data[:i] + data[i + draw(st.integers(1, 200)):]
    elif kind == "cell":
        rows = _rows(data)
        r = draw(st.integers(0, len(rows) - 1))
        c = draw(st.integers(0, len(rows[r]) - 1))
        rows[r][c] = draw(cell_text)
        data = _write(rows)
    elif kind == "row":
        rows = _rows(data)
        r = draw(st.integers(1, len(rows) - 1))
        op = draw(st.sampled_from(["drop", "duplicate", "shorten", "lengthen", "swap"]))
        if op == "drop":
            del rows[r]
        elif op == "duplicate":
            rows.insert(r, list(rows[r]))
        elif op == "shorten":
            rows[r] = rows[r][:-1]
        elif op == "lengthen":
            rows[r] = rows[r] + [draw(cell_text)]
        else:
            rows[r], rows[1] = rows[1], rows[r]
        data = _write(rows)
    elif kind == "quote":
        quotes = [m.start() for m in re.finditer(b'"', data)] or [0]
        i = draw(st.sampled_from(quotes))
        data = data[:i] + draw(st.sampled_from([b"", b'""', b'"x', b'x"'])) + data[i + 1:]
    elif kind == "encode":
        text = data.decode("utf-8")
        codec = draw(st.sampled_from(["latin-1", "cp1252", "utf-16", "utf-16-le", "utf-8-sig", "utf-32"]))
        data = text.encode(codec, errors="replace")
        if draw(st.booleans()):
            data = data.replace(b"\n", b"\r\n")
    elif kind == "truncate":
        data = data[: draw(st.integers(0, len(data)))]
    elif kind == "header":
        rows = _rows(data)
        rows[0] = draw(st.permutations(rows[0]))
        if draw(st.booleans()):
            rows[0][draw(st.integers(0, len(rows[0]) - 1))] = draw(cell_text)
        data = _write(rows)
    else:  # several byte flips at once
        data = bytearray(data)
        for _ in range(draw(st.integers(2, 12))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        data = bytes(data)
    return name, data


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("fuzz") / "ds"
    shutil.copytree(DATA, target, ignore=shutil.ignore_patterns("README.md"))
    return target


@settings(max_examples=2000, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(mutation())
def test_loader_survives_any_mutation(workdir, change):
    name, data = change
    path = workdir / name
    path.write_bytes(data)
    try:
        result = load_dataset(workdir)
    except DatasetError as exc:
        lines = exc.lines()
        assert lines, "a DatasetError must list its problems"
        for line in lines:
            assert PROBLEM.match(line), f"not FILE:LINE: message: {line!r}"
    else:
        assert isinstance(result, Dataset)
    finally:
        path.write_bytes(ORIGINAL[name])
