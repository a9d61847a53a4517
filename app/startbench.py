"""Start-up benchmark: time from launching Cymharu to its first painted window.

    python -m app.startbench [--exe PATH] [--runs N]

Runs the app N times (default 11) with the bundled data and reports, as JSON, the
median, minimum and maximum wall-clock seconds from launch until the main window has
painted for the first time. By default it times the packaged executable
(dist/cymharu/cymharu) when it exists, otherwise ``python -m app``. Warm file cache:
one untimed run comes first. A script, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _command(exe: str | None) -> list[str]:
    if exe:
        return [exe]
    frozen = ROOT / "dist" / "cymharu" / ("cymharu.exe" if os.name == "nt" else "cymharu")
    if frozen.exists():
        return [str(frozen)]
    return [sys.executable, "-m", "app"]


def time_once(cmd: list[str], env: dict, limit: float = 30.0) -> float:
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT)
    assert proc.stdout is not None
    watchdog = threading.Timer(limit, proc.kill)  # never hang on an app that does not report
    watchdog.start()
    try:
        for line in proc.stdout:
            if line.strip() == "first-paint":
                elapsed = time.perf_counter() - started
                break
        else:
            raise RuntimeError(f"{cmd[0]} ended ({proc.wait()}) without reporting its first paint")
        proc.wait(timeout=limit)
    finally:
        watchdog.cancel()
    return elapsed


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m app.startbench", description=__doc__.split("\n\n")[0])
    p.add_argument("--exe", help="the command to time (default: the packaged app, else python -m app)")
    p.add_argument("--runs", type=int, default=11)
    args = p.parse_args(argv)
    cmd = _command(args.exe)
    env = dict(os.environ, CYMHARU_STARTUP_PROBE="1")
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    time_once(cmd, env)  # warm the file cache
    times = [time_once(cmd, env) for _ in range(max(1, args.runs))]
    print(json.dumps({
        "command": " ".join(cmd),
        "platform": env.get("QT_QPA_PLATFORM", "xcb" if env.get("DISPLAY") else "default"),
        "runs": len(times),
        "first_paint_median_s": round(statistics.median(times), 3),
        "first_paint_min_s": round(min(times), 3),
        "first_paint_max_s": round(max(times), 3),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
