"""Benchmark: how fast Cymharu loads, paints, filters, zooms and prints a dataset.

    python -m app.bench [--data DIR] [--repeat R]

Prints one JSON object (medians and 95th percentiles of repeated runs):

    load_s          read and check the dataset (median of R loads)
    first_paint_s   main window with every view built and painted, offscreen, after load
    filter_ms_p50   set a council or theme filter until every view is updated and painted
    filter_ms_p95     (the view on screen and the filter panel from the event loop, then each
                      other view shown and painted in turn, as if visited; each view once)
    filter_visible_ms_p50  set a filter while one view is on screen until the event loop has
    filter_visible_ms_p95    repainted it and the filter panel (over all four views)
    zoom_ms_p95     one timeline zoom step, repainted
    pdf_s           a council-filtered comparison PDF
    peak_rss_mb     the process's peak resident memory

A script, not a test: it asserts nothing. docs/PERFORMANCE.md records its figures.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 1024 / 1024


def paint_all_views(window) -> None:
    """Bring every view up to date and paint it, as a user switching tabs would see it
    (hidden views catch up with the filter when shown), then the filter panel."""
    current = window.tabs.currentIndex()
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        window.tabs.currentWidget().repaint()
    window.tabs.setCurrentIndex(current)
    window.filters.repaint()


def follow_filter_everywhere(app, window) -> None:
    """After a filter change, until every view shows it: the application answers as it does
    (the view on screen and the filter panel repaint from the event loop), then each other
    view is shown and painted in turn, as a user visiting the tabs would see it, and
    anything left pending is run. Each view is painted once."""
    app.processEvents()
    current = window.tabs.currentIndex()
    for i in range(window.tabs.count()):
        if i != current:
            window.tabs.setCurrentIndex(i)
            window.tabs.currentWidget().repaint()
    app.processEvents()


def run(data: Path, repeat: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.dataset import load_dataset
    from app.dataset.query import Filter

    loads = []
    ds = None
    for _ in range(repeat):
        ds = None  # one dataset in memory at a time, as in the app
        gc.collect()
        started = time.perf_counter()
        ds = load_dataset(data)
        loads.append(time.perf_counter() - started)

    from PySide6.QtWidgets import QApplication

    from app.ui.application import create_application
    from app.ui.main_window import MainWindow
    from app.ui.state import AppState

    app = create_application()
    started = time.perf_counter()
    state = AppState()
    state.set_dataset(ds)
    window = MainWindow(state, settings=None)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    paint_all_views(window)
    first_paint = time.perf_counter() - started

    councils = ds.councils["council_id"].tolist()
    themes = ds.themes["theme_id"].tolist()
    filters = []
    for i in range(max(10, repeat * 4)):
        if i % 2 == 0:
            filters.append(Filter(councils=frozenset({councils[(i * 7) % len(councils)]})))
        else:
            filters.append(Filter(themes=frozenset({themes[(i * 13) % len(themes)]})))
    filter_ms = []
    home = window.tabs.currentIndex()
    for f in filters:
        started = time.perf_counter()
        state.set_filter(f)
        follow_filter_everywhere(app, window)
        filter_ms.append((time.perf_counter() - started) * 1000)
        window.tabs.setCurrentIndex(home)  # back to the first view between measurements
        app.processEvents()
    state.clear_filter()
    app.processEvents()

    # What a user waits for: a filter set while looking at one view (the others catch up
    # when shown), for each of the four views.
    visible_ms = []
    for view in range(window.tabs.count()):
        window.tabs.setCurrentIndex(view)
        app.processEvents()
        for f in filters:
            started = time.perf_counter()
            state.set_filter(f)
            app.processEvents()
            visible_ms.append((time.perf_counter() - started) * 1000)
    state.clear_filter()
    app.processEvents()

    window.show_view("timeline")
    canvas = window.timeline.canvas
    app.processEvents()
    canvas.fit()
    zoom_ms = []
    for i in range(max(20, repeat * 8)):
        step = canvas.zoom_in if (i // 6) % 2 == 0 else canvas.zoom_out
        started = time.perf_counter()
        step()
        canvas.repaint()
        zoom_ms.append((time.perf_counter() - started) * 1000)

    from app.report import export_pdf

    pdf_times = []
    with tempfile.TemporaryDirectory(prefix="cymharu-bench-") as tmp:
        f = Filter(councils=frozenset({councils[min(13, len(councils) - 1)]}))
        for _ in range(max(1, min(repeat, 3))):
            started = time.perf_counter()
            export_pdf(Path(tmp) / "comparison.pdf", "comparison", ds, f, state.left, state.right)
            pdf_times.append(time.perf_counter() - started)
    window.close()
    QApplication.processEvents()

    return {
        "data": str(data),
        "events": int(len(ds.events)),
        "statements": int(len(ds.statements)),
        "mentions": int(len(ds.mentions)),
        "repeat": repeat,
        "load_s": round(statistics.median(loads), 3),
        "first_paint_s": round(first_paint, 3),
        "filter_ms_p50": round(_percentile(filter_ms, 0.5), 1),
        "filter_ms_p95": round(_percentile(filter_ms, 0.95), 1),
        "filter_visible_ms_p50": round(_percentile(visible_ms, 0.5), 1),
        "filter_visible_ms_p95": round(_percentile(visible_ms, 0.95), 1),
        "zoom_ms_p95": round(_percentile(zoom_ms, 0.95), 1),
        "pdf_s": round(statistics.median(pdf_times), 3),
        "peak_rss_mb": round(_peak_rss_mb(), 1),
    }


def main(argv: list[str] | None = None) -> int:
    from app.paths import data_dir

    p = argparse.ArgumentParser(prog="python -m app.bench", description=__doc__.split("\n\n")[0])
    p.add_argument("--data", type=Path, default=None, help="dataset folder (default: the bundled data)")
    p.add_argument("--repeat", type=int, default=5, help="how many times to repeat each measurement")
    args = p.parse_args(argv)
    from app.dataset import DatasetError

    try:
        result = run(args.data or data_dir(), max(1, args.repeat))
    except DatasetError as exc:
        print("\n".join(exc.lines()), file=sys.stderr)
        return 1
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
