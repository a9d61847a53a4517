"""Read one CSV file as people save it from a spreadsheet, keeping each record's line number.

Forgiving of spreadsheet habits: a UTF-8 byte-order mark, CRLF line endings, columns in
any order, extra columns, blank rows and empty trailing cells. Strict about everything
that changes meaning: bytes that are not UTF-8, broken quoting, rows with the wrong
number of values, missing columns.
"""

from __future__ import annotations

import codecs
import csv
import difflib
import errno
import io
import itertools
import os
from dataclasses import dataclass
from pathlib import Path

from .i18n import translate
from .problems import ProblemLog
from .schema import MAX_FIELD_CHARS, Table

_MAX_FILE_BYTES = 2 * 1024**3
_CHUNK = 5000  # records parsed at a time


@dataclass
class RawTable:
    """The cells of one CSV file, trimmed to the columns it has, with line numbers."""

    file: str
    header_line: int
    columns: dict[str, list[str]]
    lines: list[int]
    complete: bool  # False when reading stopped early at a syntax error

    def __len__(self) -> int:
        return len(self.lines)


class FileTooLarge(OSError):
    """A file too large to load (over 2 GB)."""


def read_file(path: Path) -> bytes:
    """The file's bytes in one open (no separate existence checks). Raises OSError:
    FileNotFoundError, IsADirectoryError (also for a folder on Windows), FileTooLarge…"""
    try:
        with open(path, "rb") as f:
            if os.fstat(f.fileno()).st_size > _MAX_FILE_BYTES:
                raise FileTooLarge(errno.EFBIG, "file is larger than 2 GB")
            return f.read()
    except PermissionError:
        if os.path.isdir(path):  # Windows refuses to open a folder with "permission denied"
            raise IsADirectoryError(errno.EISDIR, "is a folder") from None
        raise


def read_bytes(path: Path, display: str, log: ProblemLog) -> bytes | None:
    """The file's bytes, or None after logging why it cannot be read."""
    try:
        return read_file(path)
    except FileNotFoundError:
        log.add(display, 1, translate("Dataset", "file not found"))
    except IsADirectoryError:
        log.add(display, 1, translate("Dataset", "is a folder, not a file"))
    except FileTooLarge:
        log.add(display, 1, translate("Dataset", "file is larger than 2 GB"))
    except OSError as exc:
        log.add(display, 1, translate("Dataset", "cannot be read: {0}").format(exc.strerror or exc))
    return None


_SLICE = 8 * 1024 * 1024


def _decode_in_slices(data: bytes) -> str:
    """UTF-8 decoding of a large file in slices, so a loading thread lets the window's thread
    run between them. Raises UnicodeDecodeError like bytes.decode."""
    if len(data) <= _SLICE:
        return data.decode("utf-8")
    decoder = codecs.getincrementaldecoder("utf-8")()
    parts = [decoder.decode(data[i:i + _SLICE]) for i in range(0, len(data), _SLICE)]
    parts.append(decoder.decode(b"", final=True))
    return "".join(parts)


def _count_line_breaks(text: str) -> int:
    """Line breaks as an editor counts them (\\n, \\r\\n or a lone \\r), counted in slices."""
    total = 0
    for i in range(0, len(text), _SLICE):
        part = text[i:i + _SLICE + 1]  # one character more, to see a \\r\\n across the cut
        body = part[:_SLICE]
        total += body.count("\n") + body.count("\r") - part.count("\r\n")
    return total


def _first_decode_error(data: bytes) -> UnicodeDecodeError:
    """The error of decoding *data* in one piece (its positions count from the start)."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc
    raise AssertionError("data that failed to decode in slices decoded whole")


def decode_utf8(data: bytes, display: str, log: ProblemLog, what: str = "csv") -> str | None:
    """Decode UTF-8 (a leading BOM is dropped); log every bad line (up to a few) and return None."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        log.add(
            display,
            1,
            translate("Dataset", "is saved as UTF-16; save it as UTF-8 (in a spreadsheet: 'CSV UTF-8')"),
        )
        return None
    try:
        return _decode_in_slices(data)
    except UnicodeDecodeError:
        err: UnicodeDecodeError | None = _first_decode_error(data)
    reported = 0
    pos = 0
    while err is not None and reported < 5:
        bad_at = pos + err.start
        line = data.count(b"\n", 0, bad_at) + 1
        hint = (
            translate("Dataset", "save it as UTF-8 (in a spreadsheet: 'CSV UTF-8')")
            if what == "csv"
            else translate("Dataset", "save the text as UTF-8")
        )
        log.add(
            display,
            line,
            translate("Dataset", "not valid UTF-8 (byte 0x{0:02X}); {1}").format(data[bad_at], hint),
        )
        reported += 1
        pos = pos + err.end
        # Look for the next bad byte on a later line only.
        next_line = data.find(b"\n", pos)
        if next_line < 0:
            break
        pos = next_line + 1
        try:
            data[pos:].decode("utf-8")
            err = None
        except UnicodeDecodeError as exc:
            err = exc
    return None


def _syntax_message(error: csv.Error) -> str:
    text = str(error)
    if "unexpected end of data" in text:
        return translate(
            "Dataset",
            'a quoted value that starts on this line is never closed (a missing closing ")',
        )
    if "expected after" in text:
        return translate(
            "Dataset",
            'text follows the closing quote of a quoted value; write a " inside a quoted value as ""',
        )
    if "field larger than field limit" in text:
        return translate("Dataset", "a value is longer than {0:,} characters").format(MAX_FIELD_CHARS)
    return translate("Dataset", "cannot be read as CSV: {0}").format(text)


def read_table(path: Path, table: Table, log: ProblemLog, display: str | None = None) -> RawTable | None:
    """Read *path* as *table*. Returns None if nothing usable could be read (problems logged)."""
    display = display or table.file
    data = read_bytes(path, display, log)
    if data is None:
        return None
    text = decode_utf8(data, display, log)
    del data  # large files: keep one copy at a time
    if text is None:
        return None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        log.add(display, line, translate("Dataset", "contains a NUL character; this is not a text file"))
        return None

    # The limit is process-wide state: set it here, each time, so nothing else can loosen it.
    # A value may have at most MAX_FIELD_CHARS characters (the csv limit is inclusive).
    csv.field_size_limit(MAX_FIELD_CHARS)
    records, starts, complete = _parse(text, display, log)
    del text
    header: list[str] | None = None
    header_line = 1
    first = next((i for i, row in enumerate(records) if "".join(row).strip()), None)
    if first is not None:
        header, header_line = records[first], starts[first]
    rows = records[first + 1:] if first is not None else []
    lines = starts[first + 1:] if first is not None else []
    if not all(row and row[0] for row in rows):
        # Skip blank lines and spreadsheets' rows of empty cells.
        keep = [i for i, row in enumerate(rows) if "".join(row).strip()]
        rows = [rows[i] for i in keep]
        lines = [lines[i] for i in keep]
    del records, starts

    if header is None:
        if complete:
            log.add(
                display,
                1,
                translate("Dataset", "file is empty; the first line must name the columns: {0}").format(
                    ", ".join(table.column_names)
                ),
            )
        return None

    names = [h.strip().lstrip("\ufeff").strip().lower() for h in header]
    index: dict[str, int] = {}
    for i, name in enumerate(names):
        if not name:
            continue
        if name in index:
            log.add(display, header_line, translate("Dataset", "column '{0}' appears twice").format(name))
            continue
        index[name] = i

    missing = [c.name for c in table.columns if c.name not in index]
    if missing and len(index) == 1 and ";" in next(iter(index)):
        log.add(
            display,
            header_line,
            translate(
                "Dataset",
                "the columns are separated by semicolons; save the file as comma-separated CSV (UTF-8)",
            ),
        )
        return None
    if missing:
        for name in missing:
            close = difflib.get_close_matches(name, [n for n in index if n], n=1, cutoff=0.75)
            if close:
                msg = translate("Dataset", "required column '{0}' is missing (is '{1}' a misspelling?)").format(
                    name, close[0]
                )
            else:
                msg = translate("Dataset", "required column '{0}' is missing").format(name)
            log.add(display, header_line, msg)
        return None

    if not rows and complete:
        log.add(display, header_line, translate("Dataset", "has a header but no rows"))
        return None

    width = max(index.values()) + 1  # trailing unnamed columns are a spreadsheet habit
    wanted = [c.name for c in table.columns + table.optional_columns if c.name in index]
    good: list[list[str]] = rows
    keep_lines = lines
    if any(len(row) != width for row in rows):
        good, keep_lines = [], []
        for row, line in zip(rows, lines):
            if len(row) < width or any(cell.strip() for cell in row[width:]):
                log.add(
                    display,
                    line,
                    translate("Dataset", "has {0} values but the header names {1} columns").format(
                        len(row), width
                    ),
                )
                continue
            good.append(row)
            keep_lines.append(line)
    wanted_at = {index[name]: name for name in wanted}
    columns: dict[str, list[str]] = {name: [] for name in wanted}
    for start in range(0, len(good), _CHUNK):  # in slices, for the same reason as above
        transposed = list(zip(*good[start:start + _CHUNK]))
        for i, name in wanted_at.items():
            columns[name].extend(transposed[i])
    release(good)
    release(rows)
    return RawTable(display, header_line, columns, keep_lines, complete)


def _line_slices(text: str):
    """The text in pieces of about _SLICE characters, each ending at a line end, so a CSV
    reader can read them one after another as if they were one text (without copying the
    whole text at once)."""
    start = 0
    while start < len(text):
        end = text.find("\n", start + _SLICE)
        end = len(text) if end < 0 else end + 1
        yield text[start:end]
        start = end


def release(values: list) -> None:
    """Empty a large list a slice at a time (each slice's objects freed in one short step)."""
    while values:
        del values[-_CHUNK:]


def _parse(text: str, display: str, log: ProblemLog) -> tuple[list[list[str]], list[int], bool]:
    """Every CSV record with the line it starts on. Stops at the first syntax error, logged."""
    try:
        records = []
        lines = itertools.chain.from_iterable(io.StringIO(part, newline="") for part in _line_slices(text))
        reader = csv.reader(lines, strict=True)
        # In slices, so a loading thread lets the window's thread run between them (one
        # list() over a whole large file would hold the interpreter for seconds).
        while chunk := list(itertools.islice(reader, _CHUNK)):
            records.extend(chunk)
    except csv.Error:
        records = None
    if records is not None:
        physical = _count_line_breaks(text)
        if text and not text.endswith(("\n", "\r")):
            physical += 1
        if len(records) == physical:
            return records, list(range(1, len(records) + 1)), True  # one line per record
        # Some values hold line breaks: a record spans one line plus one per break inside it.
        starts, line = [], 1
        for row in records:
            starts.append(line)
            line += 1
            for cell in row:
                if "\n" in cell or "\r" in cell:
                    line += cell.count("\n") + cell.count("\r") - cell.count("\r\n")
        if line - 1 == physical:
            return records, starts, True
    # A syntax error (or line breaks the count above cannot follow): read record by record.
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    records, starts = [], []
    consumed = 0
    while True:
        start_line = consumed + 1
        try:
            row = next(reader)
        except StopIteration:
            return records, starts, True
        except csv.Error as exc:
            log.add(display, start_line, _syntax_message(exc))
            return records, starts, False
        consumed = reader.line_num
        records.append(row)
        starts.append(start_line)
