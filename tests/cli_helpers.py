"""Helpers for the command-line tests: the ``passport`` command run as a real process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def run(data_dir: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "passport", "--data-dir", str(data_dir), *args],
        cwd=REPO, input=stdin, capture_output=True, text=True, timeout=120,
    )


def ok(data_dir: Path, *args: str) -> str:
    result = run(data_dir, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def refused(data_dir: Path, *args: str) -> str:
    """The command failed with one plain line on stderr, never a traceback."""
    result = run(data_dir, *args)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    return result.stderr
