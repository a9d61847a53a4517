"""Cymharu's command line. Without an action option it opens the window.

    python -m app                       open the window on the bundled dataset
    python -m app --data DIR            ... on another dataset
    python -m app --check-data [DIR]    check a dataset and print a summary or its problems
    python -m app --screenshot F.png --view comparison [filters]
    python -m app --export-pdf F.pdf --view comparison|councils [filters]
    python -m app --export-csv F.csv --view comparison|councils [filters]
    python -m app --self-test           load, build every view, print a PDF, check it
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

VIEWS = ("timeline", "comparison", "councils", "source")
EXPORT_VIEWS = ("comparison", "councils")


def _ensure_streams() -> None:
    """A windowed executable on Windows starts without stdout/stderr; give it harmless ones."""
    import io

    if sys.stdout is None:
        sys.stdout = io.StringIO()
    if sys.stderr is None:
        sys.stderr = io.StringIO()


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="cymharu",
        description="Compare what Welsh public-policy documents say, when, and about which councils.",
    )
    actions = p.add_mutually_exclusive_group()
    actions.add_argument(
        "--check-data", nargs="?", const="", metavar="DIR",
        help="check a dataset folder (default: the bundled data); print a summary, or its problems and exit 1",
    )
    actions.add_argument("--screenshot", metavar="FILE.png", help="render the window offscreen at 1400×900 to a PNG")
    actions.add_argument("--export-pdf", metavar="FILE.pdf", help="write the comparison or councils view as a PDF")
    actions.add_argument("--export-csv", metavar="FILE.csv", help="write the comparison or councils table as CSV")
    actions.add_argument("--self-test", action="store_true", help="check that this installation works, then exit")
    p.add_argument("--data", metavar="DIR", help="dataset folder to open (default: the bundled data)")
    p.add_argument("--view", choices=VIEWS, help="which view to show, render or export")
    p.add_argument("--council", action="append", default=[], metavar="CODE",
                   help="filter by council: GSS code (W06…), English or Welsh name; repeatable")
    p.add_argument("--theme", action="append", default=[], metavar="ID", help="filter by theme id; repeatable")
    p.add_argument("--event", action="append", default=[], metavar="ID", help="filter by event id; repeatable")
    p.add_argument("--search", default="", metavar="TEXT", help="filter by free text")
    p.add_argument("--left", metavar="EVENT", help="the left event of the comparison")
    p.add_argument("--right", metavar="EVENT", help="the right event of the comparison")
    p.add_argument("--landscape", action="store_true", help="print on landscape pages (default: A4 portrait)")
    return p


def _fail(message: str, code: int = 2) -> int:
    print(f"cymharu: {message}", file=sys.stderr)
    return code


def check_data(folder: str | None) -> int:
    from app.dataset import DatasetError, load_dataset
    from app.dataset.i18n import translate
    from app.paths import data_dir

    target = Path(folder) if folder else data_dir()
    try:
        ds = load_dataset(target)
    except DatasetError as exc:
        for line in exc.lines():
            print(line)
        print(translate("CommandLine", "{0} problem(s) in {1}").format(exc.count, target), file=sys.stderr)
        return 1
    print(translate("CommandLine", "OK {0}: {1}").format(target, ds.summary()))
    return 0


def main(argv: list[str] | None = None) -> int:
    _ensure_streams()
    args = build_parser().parse_args(argv)

    if args.check_data is not None:
        return check_data(args.check_data or args.data)

    from app.dataset.i18n import translate

    if args.export_pdf or args.export_csv:
        if args.view not in EXPORT_VIEWS:
            return _fail(translate("CommandLine", "--export-pdf and --export-csv need --view comparison or --view councils"))
        from app.report.cli import export

        return export(args)

    if args.screenshot:
        from app.ui.cli import screenshot

        return screenshot(args)

    if args.self_test:
        from app.selftest import run_self_test

        return run_self_test(args)

    from app.ui.application import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
