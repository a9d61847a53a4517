"""``python -m app --export-pdf`` / ``--export-csv``: headless, clear messages, no tracebacks,
and a failure never clobbers an existing file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import copy_dataset, edit_csv

from .conftest import normalise, page_size_points, pdf_text

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, headless_env: bool = False) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if headless_env:  # as on a server: no display and no platform chosen
        for key in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
            env.pop(key, None)
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=180)


def test_export_pdf_headless_writes_the_file_and_exits_0(out_dir):
    out = out_dir / "comparison.pdf"
    done = run("--export-pdf", str(out), "--view", "comparison", "--theme", "collaboration", headless_env=True)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert str(out) in done.stdout and len(done.stdout.strip().splitlines()) == 1
    text = normalise(pdf_text(out))
    assert "Themes: Councils working together" in text
    assert "page 1 of 1" in text
    assert [p.name for p in out_dir.iterdir()] == ["comparison.pdf"]


def test_export_pdf_councils_landscape(tmp_path):
    out = tmp_path / "councils.pdf"
    done = run("--export-pdf", str(out), "--view", "councils", "--landscape", "--council", "Caerdydd")
    assert done.returncode == 0, done.stderr
    assert page_size_points(out) == pytest.approx((842, 595), abs=1)
    assert "Councils: Cardiff (with references to all councils)" in normalise(pdf_text(out))


def test_export_csv(tmp_path):
    out = tmp_path / "councils.csv"
    done = run("--export-csv", str(out), "--view", "councils")
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"\xef\xbb\xbfCode,")
    assert "23 rows" in done.stdout


def test_a_bad_theme_is_refused_with_a_message(tmp_path):
    out = tmp_path / "x.pdf"
    done = run("--export-pdf", str(out), "--view", "comparison", "--theme", "no-such-theme")
    assert done.returncode == 2
    assert "--theme 'no-such-theme'" in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()


def test_a_missing_folder_is_refused_with_a_message(tmp_path):
    out = tmp_path / "missing" / "x.csv"
    done = run("--export-csv", str(out), "--view", "comparison")
    assert done.returncode == 2
    assert "does not exist" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_view_that_cannot_be_exported_is_refused(tmp_path):
    done = run("--export-pdf", str(tmp_path / "x.pdf"), "--view", "timeline")
    assert done.returncode == 2
    assert "--view comparison or --view councils" in done.stderr


def test_bad_data_lists_its_problems_and_exits_1(tmp_path):
    folder = copy_dataset(tmp_path)
    edit_csv(folder / "events.csv", 2, "date", "sometime")
    out = tmp_path / "x.pdf"
    done = run("--export-pdf", str(out), "--view", "comparison", "--data", str(folder))
    assert done.returncode == 1
    assert "events.csv:3:" in done.stdout
    assert "Traceback" not in done.stderr
    assert not out.exists()


def test_a_failed_export_does_not_clobber_an_existing_pdf(out_dir):
    out = out_dir / "report.pdf"
    out.write_bytes(b"%PDF-1.4 the earlier, good export\n")
    before = out.read_bytes()
    done = run("--export-pdf", str(out), "--view", "comparison", "--theme", "nonsense")
    assert done.returncode == 2
    assert out.read_bytes() == before
    assert [p.name for p in out_dir.iterdir()] == ["report.pdf"]


def test_a_target_that_is_a_folder_is_refused(tmp_path):
    done = run("--export-csv", str(tmp_path), "--view", "councils")
    assert done.returncode == 2
    assert "is a folder" in done.stderr
