"""Text at 200 % on a 1366×768 laptop (tests/ui/laptop_fit_cases.py), on a screen of that size.

Qt's offscreen screen is 800×800 for the whole test run; a screen of another size needs a process
of its own, given the offscreen platform's configuration file (laptop_screen.json)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent.parent


def test_every_window_and_dialog_fits_a_1366x768_laptop_at_200_percent() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={HERE / 'laptop_screen.json'}",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")]))}
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "ignore",
                          str(HERE / "laptop_fit_cases.py")],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
