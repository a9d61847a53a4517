"""--self-test: check that this installation (from source or packaged) works end to end.

Loads the bundled data, builds every view offscreen, prints a comparison PDF to a
temporary folder and checks it, says what it checked, and exits 0 — or 1 with a clear
message at the first failure.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
from pathlib import Path


class SelfTestFailure(Exception):
    """A check failed; the message says which, for the person running the self-test."""


def _say(ok: bool, text: str) -> None:
    print(f"{'ok  ' if ok else 'FAIL'} {text}", flush=True)


def _check_pdf(path: Path) -> str:
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise SelfTestFailure(f"{path.name} does not start with a PDF header")
    if b"%%EOF" not in data[-1024:]:
        raise SelfTestFailure(f"{path.name} is not a complete PDF (no end-of-file marker)")
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", data))
    if pages < 1:
        raise SelfTestFailure(f"{path.name} has no pages")
    boxes = set(re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data))
    a4 = {(w, h) for w, h in boxes if abs(float(w) - 595) < 2 and abs(float(h) - 842) < 2}
    if not a4:
        raise SelfTestFailure(f"{path.name} is not A4 portrait (page boxes: {sorted(boxes)})")
    return f"{pages} page(s), A4 portrait, {len(data):,} bytes"


def run_self_test(args) -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    try:
        _run(args)
    except SelfTestFailure as exc:
        _say(False, str(exc))
        print("Self-test FAILED.", flush=True)
        return 1
    except Exception as exc:  # noqa: BLE001 - report anything, never a bare traceback
        _say(False, f"unexpected {type(exc).__name__}: {exc}")
        print("Self-test FAILED.", flush=True)
        return 1
    print(f"Self-test passed in {time.perf_counter() - started:.1f} s.", flush=True)
    return 0


def _run(args) -> None:
    from app import __version__
    from app.dataset import DatasetError
    from app.options import load_from_args, selection_from_args
    from app.paths import bundle_root, is_frozen

    print(f"Cymharu {__version__} self-test ({'packaged' if is_frozen() else 'from source'}, "
          f"Python {sys.version.split()[0]}, files in {bundle_root()})", flush=True)
    try:
        ds = load_from_args(args)
    except DatasetError as exc:
        raise SelfTestFailure("the dataset does not load:\n  " + "\n  ".join(exc.lines())) from None
    _say(True, f"dataset loads and checks: {ds.summary()}")
    selection = selection_from_args(ds, args)

    from PySide6 import __version__ as pyside_version
    from PySide6.QtGui import QGuiApplication

    from app.ui.application import create_application
    from app.ui.cli import build_window
    from app.ui.main_window import VIEWS

    app = create_application()
    _say(True, f"Qt {pyside_version} starts (platform {QGuiApplication.platformName()})")
    window = build_window(selection)
    for view in VIEWS:
        window.show_view(view)
        app.processEvents()
        image = window.grab().toImage()
        if image.isNull() or image.width() < 100:
            raise SelfTestFailure(f"the {view} view could not be drawn")
        sample = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 41)}
        if len(sample) < 3:
            raise SelfTestFailure(f"the {view} view is blank")
        _say(True, f"{view} view builds and paints ({image.width()}×{image.height()}, {len(sample)} colours sampled)")
    rows = window.comparison.model.rowCount()
    if rows == 0:
        raise SelfTestFailure("the comparison shows no themes")
    _say(True, f"comparison shows {rows} themes: {window.comparison.summary.text()}")
    window.close()

    from app.report import export_pdf

    with tempfile.TemporaryDirectory(prefix="cymharu-selftest-") as tmp:
        target = Path(tmp) / "comparison.pdf"
        export_pdf(target, "comparison", ds, selection.filter, selection.left, selection.right)
        _say(True, f"comparison PDF written and checked: {_check_pdf(target)}")
