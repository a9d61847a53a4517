"""--screenshot: render the main window offscreen at 1400×900 with filters applied."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.dataset.i18n import translate

SIZE = (1400, 900)


def _fail(message: str, code: int) -> int:
    print(f"cymharu: {message}", file=sys.stderr)
    return code


def build_window(selection, view: str | None = None):
    """A MainWindow over *selection* (dataset, filter, pair), not tied to user settings."""
    from PySide6.QtWidgets import QApplication

    from app.ui.main_window import MainWindow
    from app.ui.state import AppState

    state = AppState()
    state.set_dataset(selection.dataset)
    state.set_pair(selection.left, selection.right)
    state.set_filter(selection.filter)
    if selection.filter.events:
        first = [e for e in selection.dataset.events["event_id"] if e in selection.filter.events]
        if first:
            state.select_event(first[0])
    window = MainWindow(state, settings=None)
    window.resize(*SIZE)
    if view:
        window.show_view(view)
    window.show()
    QApplication.processEvents()
    return window


def screenshot(args) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from app.dataset import DatasetError
    from app.options import OptionError, load_from_args, selection_from_args
    from app.ui.application import create_application

    target = Path(args.screenshot)
    if target.suffix.lower() != ".png":
        return _fail(translate("CommandLine", "--screenshot needs a file name ending in .png"), 2)
    if not target.parent.exists():
        return _fail(translate("CommandLine", "folder {0} does not exist").format(target.parent), 2)
    try:
        ds = load_from_args(args)
    except DatasetError as exc:
        for line in exc.lines():
            print(line, file=sys.stderr)
        return 1
    try:
        selection = selection_from_args(ds, args)
    except OptionError as exc:
        return _fail(str(exc), 2)
    app = create_application()
    window = build_window(selection, args.view or "timeline")
    for _ in range(3):
        app.processEvents()
    image = window.grab()
    window.close()
    if image.isNull() or not image.save(str(target), "PNG"):
        return _fail(translate("CommandLine", "could not write {0}").format(target), 1)
    print(translate("CommandLine", "Wrote {0} ({1}×{2}, view {3})").format(target, image.width(), image.height(), args.view or "timeline"))
    return 0
