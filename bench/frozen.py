"""``python -m bench.frozen DIST DATA_DIR [RUNS]``: the standalone app's cold start.

``DIST`` is what ``bench/frozen.spec`` built: ``cold_app/`` (``bench/cold_app.py`` frozen with
the app's modules, Qt modules, exclusions and resources, as ``build.spec`` freezes the app)
and ``cold_bare/`` (``bench/cold_bare.py``, a bare PySide6 window, frozen the same way).
Each is started as a new process to its line saying it painted, alternated, after one
untimed start of each; prints the medians and their ratio (written in docs/build.md).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path


def first_paint(command: list[str]) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    line = child.stdout.readline() if child.stdout else ""
    seconds = time.perf_counter() - started
    child.wait(timeout=60)
    if line.strip() != "painted":
        raise RuntimeError(f"{command[0]} did not paint")
    return seconds


def main(argv: list[str]) -> int:
    dist, data_dir = Path(argv[0]), argv[1]
    runs = int(argv[2]) if len(argv) > 2 else 9
    app = [str(dist / "cold_app" / "cold_app"), data_dir]
    bare = [str(dist / "cold_bare" / "cold_bare")]
    first_paint(bare)
    first_paint(app)
    apps, bares = [], []
    for _ in range(runs):
        bares.append(first_paint(bare))
        apps.append(first_paint(app))
    app_ms, bare_ms = statistics.median(apps) * 1000, statistics.median(bares) * 1000
    print(f"frozen cold start to the unlock screen: {app_ms:.0f} ms; bare PySide6 window: {bare_ms:.0f} ms; "
          f"ratio {app_ms / bare_ms:.2f}x (median of {runs}; load average {os.getloadavg()[0]:.2f})")
    print("app", [round(s * 1000) for s in apps], "bare", [round(s * 1000) for s in bares])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
