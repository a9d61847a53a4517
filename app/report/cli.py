"""``python -m app --export-pdf FILE.pdf`` and ``--export-csv FILE.csv``: headless exports.

Exit codes: 0 written; 1 the dataset has problems (listed as FILE:LINE: message);
2 a bad option, or the file cannot be written. Never a traceback.
"""

from __future__ import annotations

import os
import sys

from app.dataset.i18n import translate


def _fail(message: str, code: int = 2) -> int:
    print(f"cymharu: {message}", file=sys.stderr)
    return code


def _headless() -> None:
    """Without a display (Linux, BSD), let Qt paint offscreen: a PDF needs no screen."""
    if sys.platform.startswith(("win", "darwin")):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _gui_application():
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication(["cymharu"])
    return app


def export(args) -> int:
    from app.options import OptionError, load_from_args, selection_from_args

    from .files import ExportError, check_target

    pdf = bool(getattr(args, "export_pdf", None))
    path = args.export_pdf if pdf else getattr(args, "export_csv", None)
    view = getattr(args, "view", None)
    if not path:
        return _fail(translate("Report", "nothing to export: give --export-pdf FILE.pdf or --export-csv FILE.csv"))
    if view not in ("comparison", "councils"):
        return _fail(translate("Report", "--export-pdf and --export-csv need --view comparison or --view councils"))
    try:
        check_target(path)
    except ExportError as exc:
        return _fail(str(exc))

    from app.dataset import DatasetError

    try:
        ds = load_from_args(args)
    except DatasetError as exc:
        for line in exc.lines():
            print(line)
        print(translate("Report", "{0} problem(s) in the dataset; nothing was written").format(exc.count), file=sys.stderr)
        return 1
    except OSError as exc:
        return _fail(translate("Report", "cannot read the dataset: {0}").format(exc))
    try:
        sel = selection_from_args(ds, args)
    except OptionError as exc:
        return _fail(str(exc))

    try:
        if pdf:
            _headless()
            app = _gui_application()  # noqa: F841 (keeps Qt's application alive while printing)
            from .pdf import export_pdf

            pages = export_pdf(path, view, ds, sel.filter, sel.left, sel.right,
                               landscape=bool(getattr(args, "landscape", False)))
            what = (translate("Report", "1 page") if pages == 1 else translate("Report", "{0} pages").format(pages))
            print(translate("Report", "Wrote the {0} view to {1} ({2}, A4 {3}).").format(
                view, path, what, translate("Report", "landscape") if getattr(args, "landscape", False) else translate("Report", "portrait")))
        else:
            from .csvexport import export_csv

            rows = export_csv(path, view, ds, sel.filter, sel.left, sel.right)
            print(translate("Report", "Wrote the {0} table to {1} ({2} rows).").format(view, path, rows))
    except ExportError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(translate("Report", "cannot write {0}: {1}").format(path, exc.strerror or exc))
    except Exception as exc:  # never a traceback on the command line
        return _fail(translate("Report", "could not export {0}: {1}: {2}").format(path, type(exc).__name__, exc))
    return 0
