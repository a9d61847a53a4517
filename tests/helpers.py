"""Helpers for tests that need a modified copy of the bundled dataset."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


def copy_dataset(tmp_path: Path, name: str = "dataset") -> Path:
    target = tmp_path / name
    shutil.copytree(DATA, target, ignore=shutil.ignore_patterns("README.md"))
    return target


def edit_csv(path: Path, row: int, column: str, value: str) -> None:
    """Set *column* of data row *row* (1 = first row after the header) in a CSV file."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    rows[row][header.index(column)] = value
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
