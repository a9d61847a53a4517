"""Every user-visible string is wrapped so that Qt's lupdate finds it with its context
(the Welsh interface will be translated from resources/translations/cymharu_cy.ts)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _lupdate() -> str | None:
    here = Path(sys.executable).parent / "pyside6-lupdate"
    return str(here) if here.exists() else shutil.which("pyside6-lupdate")


def test_lupdate_finds_every_string_with_a_context(tmp_path):
    tool = _lupdate()
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    sources = sorted(str(p) for p in (ROOT / "app").rglob("*.py"))
    ts = tmp_path / "check.ts"
    done = subprocess.run([tool, *sources, "-ts", str(ts)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    text = ts.read_text(encoding="utf-8")
    assert "<name></name>" not in text, "a string is wrapped without a translation context"
    assert text.count("<message") > 400
    for context in ("MainWindow", "Comparison", "CouncilsView", "TimelineCanvas", "Dataset", "Report", "Dates"):
        assert f"<name>{context}</name>" in text


def test_the_welsh_translation_source_is_current():
    ts = ROOT / "resources" / "translations" / "cymharu_cy.ts"
    text = ts.read_text(encoding="utf-8")
    assert 'language="cy_GB"' in text
    assert "<source>Clear filters</source>" in text and "<source>c. {0}</source>" in text
