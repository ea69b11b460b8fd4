"""Never frozen, never slow to hide: the two responsiveness figures, each from app processes
of their own (``bench.responsiveness_child``).

- ``hide_now_under_load``: Ctrl+Shift+H to the neutral page painted, while a share, an open, a
  backup and a restore of the big passport are each running; the worst of all the presses.
- ``gui_stall_max``: the longest gap between the beats of a 5 ms timer on the GUI thread, over
  unlock, Home, share, backup, restore, open and the purge of a caseload out of date; the
  worst, with the operation it happened in.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from bench import dataset as data
from bench.report import Figure, Target

HERE = Path(__file__).resolve().parent
FIGURES = ("hide_now_under_load", "gui_stall_max")


def _child(*args: str, timeout: float = 1200) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(HERE.parent))
    done = subprocess.run([sys.executable, "-m", "bench.responsiveness_child", *args], capture_output=True,
                          text=True, env=env, timeout=timeout, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"bench.responsiveness_child {args[0]} failed:\n{done.stderr[-3000:]}")
    return json.loads(lines[-1])


def figures(ds: data.Dataset, json_path: Path, work: Path, runs: int, only: set[str],
            say: Callable[[str], None] = print) -> list[Figure]:
    if not only & set(FIGURES):
        return []
    say("responsiveness: Hide now under load, the longest the window cannot answer")
    work.mkdir(mode=0o700, exist_ok=True)
    size = f"{ds.attachment_bytes / data.MB:.0f} MB"
    found: list[Figure] = []
    if "hide_now_under_load" in only:
        presses = _child("hide", str(json_path), str(work / "hide"), str(runs))["hide"]
        timed = {op: [p["ms"] for p in ps] for op, ps in presses.items()}
        samples = [ms for values in timed.values() for ms in values]
        under_load = sum(p["job_running"] for ps in presses.values() for p in ps)
        found.append(Figure(
            "hide_now_under_load", f"Hide now to the neutral page painted, during a {size} share, open, backup "
            "and restore (worst)", "ms", max(samples), Target(100, "ms"), samples=samples,
            how=f"{runs} presses during each operation, at 20/50/80 % of its progress: Ctrl+Shift+H posted "
                "from another thread to the widget with the keyboard, to the end of the neutral page's first "
                f"paint; {under_load} of {sum(len(ps) for ps in presses.values())} while the job still ran",
            extra={"worst_by_operation_ms": {op: max(v) for op, v in timed.items()},
                   "presses": presses}))
    if "gui_stall_max" in only:
        results = [_child("stall", str(json_path), str(work / f"stall-{n}")) for n in range(runs)]
        by_op: dict[str, list[float]] = {}
        for result in results:
            for op, ms in result["stall_ms"].items():
                by_op.setdefault(op, []).append(ms)
        worst_op = max(by_op, key=lambda op: max(by_op[op]))
        found.append(Figure(
            "gui_stall_max", f"longest the window cannot answer (worst: {worst_op})", "ms", max(by_op[worst_op]),
            Target(50, "ms"), samples=[max(r["stall_ms"].values()) for r in results],
            how=f"{runs} app processes: the longest gap between beats of a 5 ms timer on the GUI thread, over "
                f"unlock, Home with {ds.entry_count:,} entries, a {size} share, backup, restore and opening it "
                f"(practitioner), and a practitioner's {ds.received_shares} shares all out of date when their "
                "profile opens (the purge)",
            extra={"worst_operation": worst_op, "worst_by_operation_ms": {op: max(v) for op, v in by_op.items()},
                   "runs": results}))
    return found
