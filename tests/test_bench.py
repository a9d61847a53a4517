"""The benchmark runs end to end on a small generated dataset and reports every figure.
(No timings are asserted: figures belong in docs/PERFORMANCE.md, not in tests.)"""

import json
import subprocess
import sys

from app.dataset import load_dataset
from app.synth import generate

KEYS = ("load_s", "first_paint_s", "filter_ms_p50", "filter_ms_p95", "zoom_ms_p95", "pdf_s", "peak_rss_mb")


def test_generated_data_is_valid_and_the_benchmark_runs(tmp_path):
    folder = tmp_path / "synth"
    generate(folder, events=60, seed=5)
    ds = load_dataset(folder)
    assert len(ds.events) == 60
    done = subprocess.run(
        [sys.executable, "-m", "app.bench", "--data", str(folder), "--repeat", "1"],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["events"] == 60 and result["statements"] == len(ds.statements)
    for key in KEYS:
        assert isinstance(result[key], (int, float)) and result[key] >= 0, key


def test_benchmark_reports_bad_data_without_a_traceback(tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()
    done = subprocess.run([sys.executable, "-m", "app.bench", "--data", str(folder)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "events.csv:1: file not found" in done.stderr
    assert "Traceback" not in done.stderr
