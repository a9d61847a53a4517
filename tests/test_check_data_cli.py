"""`python -m app --check-data [DIR]`: a one-line summary and exit 0, or the problems and exit 1.

Run as a real subprocess, the way people use it: never a traceback, whatever the folder holds.
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
FILE_LINE = re.compile(r"^(?:sources/)?[\w.-]+\.(?:csv|txt):\d+: \S")


def check_data(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8", QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "app", "--check-data", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def rows(name: str) -> int:
    with open(DATA / name, encoding="utf-8-sig", newline="") as fh:
        return sum(1 for r in csv.reader(fh) if any(c.strip() for c in r)) - 1


def expected_summary() -> str:
    with open(DATA / "events.csv", encoding="utf-8-sig", newline="") as fh:
        with_source = sum(1 for r in csv.DictReader(fh) if r["source_file"].strip())
    return (
        f"{rows('events.csv')} events ({with_source} with source texts), {rows('themes.csv')} themes, "
        f"{rows('statements.csv')} statements, {rows('councils.csv')} councils, {rows('mentions.csv')} mentions"
    )


def assert_no_traceback(result: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in result.stdout + result.stderr, result.stderr


@pytest.fixture
def copy(tmp_path) -> Path:
    root = tmp_path / "ds"
    shutil.copytree(DATA, root)
    for p in [root, *root.rglob("*")]:
        os.chmod(p, 0o755 if p.is_dir() else 0o644)
    return root


def test_bundled_data_default_folder():
    result = check_data()
    assert_no_traceback(result)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout
    assert lines[0].startswith("OK ")
    assert lines[0].endswith(": " + expected_summary())
    assert "22 councils" in lines[0]


def test_bundled_data_named_folder():
    result = check_data(str(DATA))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == f"OK {DATA}: {expected_summary()}"


def test_bad_data_lists_problems_and_exits_1(copy):
    text = (copy / "statements.csv").read_text(encoding="utf-8")
    text = text.replace("r05,inspection-report-2005,pace-of-improvement", "r05,inspection-report-2005,no-such-theme", 1)
    (copy / "statements.csv").write_text(text, encoding="utf-8")
    events = (copy / "events.csv").read_text(encoding="utf-8").replace("2009-06-18", "2009-06-31", 1)
    (copy / "events.csv").write_text(events, encoding="utf-8")
    result = check_data(str(copy))
    assert_no_traceback(result)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert "statements.csv:6: theme_id 'no-such-theme' is not in themes.csv" in lines, result.stdout
    assert any(ln.startswith("events.csv:5: date: '2009-06-31'") for ln in lines), result.stdout
    assert all(FILE_LINE.match(ln) for ln in lines), result.stdout
    assert "2 problem(s)" in result.stderr


def test_data_option_with_check_data(copy):
    (copy / "themes.csv").write_text("", encoding="utf-8")
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "app", "--check-data", "--data", str(copy)],
        cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", timeout=60,
    )
    assert result.returncode == 1
    assert result.stdout.startswith("themes.csv:1: file is empty")


def test_missing_folder(tmp_path):
    missing = tmp_path / "nowhere"
    result = check_data(str(missing))
    assert_no_traceback(result)
    assert result.returncode == 1
    assert result.stdout.strip() == f"{missing}: dataset folder not found"


def test_empty_file(copy):
    (copy / "events.csv").write_bytes(b"")
    result = check_data(str(copy))
    assert_no_traceback(result)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("events.csv:1: file is empty"), result.stdout
    assert all(FILE_LINE.match(ln) for ln in lines), result.stdout


def test_unterminated_quote(copy):
    path = copy / "councils.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("W06000011,Swansea,", 'W06000011,"Swansea,', 1), encoding="utf-8")
    result = check_data(str(copy))
    assert_no_traceback(result)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == 'councils.csv:11: a quoted value that starts on this line is never closed (a missing closing ")'
    assert all(FILE_LINE.match(ln) for ln in lines), result.stdout


def test_hostile_files_at_once(copy):
    """Non-UTF-8 bytes, a NUL, a folder in place of a file, an overlong value: problems, not a crash."""
    (copy / "mentions.csv").unlink()
    (copy / "mentions.csv").mkdir()
    (copy / "councils.csv").write_bytes((copy / "councils.csv").read_bytes().replace("Môn".encode(), b"M\xf4n"))
    (copy / "themes.csv").write_bytes(b"theme_id,label,description\nx,\x00,y\n")
    long_value = "z" * 100_001
    (copy / "events.csv").write_text(
        (copy / "events.csv").read_text(encoding="utf-8") + f'extra,"{long_value}",other,2009,false,,,,,,,,,\n',
        encoding="utf-8",
    )
    result = check_data(str(copy))
    assert_no_traceback(result)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert set(lines) >= {
        "mentions.csv:1: is a folder, not a file",
        "councils.csv:2: not valid UTF-8 (byte 0xF4); save it as UTF-8 (in a spreadsheet: 'CSV UTF-8')",
        "themes.csv:2: contains a NUL character; this is not a text file",
        "events.csv:6: a value is longer than 100,000 characters",
    }, result.stdout
    assert all(FILE_LINE.match(ln) for ln in lines), result.stdout


def test_problem_cap_line(copy):
    path = copy / "statements.csv"
    extra = "".join(f"bad{i},inspection-report-2005,nope,P,Mr,1,3\n" for i in range(250))
    path.write_text(path.read_text(encoding="utf-8") + extra, encoding="utf-8")
    result = check_data(str(copy))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 201
    assert lines[-1] == "… and 50 more problems not shown"
    assert all(FILE_LINE.match(ln) for ln in lines[:-1])
