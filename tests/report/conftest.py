"""Fixtures for the printing and export tests."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

PRINTED = dt.date(2026, 11, 24)


def normalise(text: str) -> str:
    """Text as compared: NFKC, one space for any run of whitespace, no space after a hyphen
    or dash (a line may wrap there)."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"([-–—]) ", r"\1", text)


def pdf_text(path: Path, *, layout: bool = False) -> str:
    """The PDF's text in drawing order (cell by cell), whitespace normalised."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    mode = "-layout" if layout else "-raw"
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", mode, str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def pdf_info(path: Path) -> dict[str, str]:
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    done = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True)
    info = {}
    for line in done.stdout.splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def page_size_points(path: Path) -> tuple[float, float]:
    m = re.match(r"([\d.]+) x ([\d.]+) pts", pdf_info(path)["Page size"])
    assert m, pdf_info(path)
    return float(m.group(1)), float(m.group(2))


@pytest.fixture
def gui(qapp):
    """A Qt application for painting (pytest-qt's, offscreen)."""
    return qapp


@pytest.fixture
def out_dir(tmp_path):
    """An empty folder for exports (tmp_path also holds the isolated home folder)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def pair(bundled_dataset):
    return bundled_dataset.default_pair()
