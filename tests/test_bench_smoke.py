"""The benchmark suite runs end to end at its smoke size and reports every figure.

Not a timed test: the machine running the suite may be busy, so nothing here asserts a
speed. It checks that ``python -m bench --quick`` builds its data, measures every figure
against its baseline, and writes them all to the JSON it was asked for.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.sharing_helpers import age_cli

FIGURES = {
    "cold_start", "unlock", "home_painted", "search_p50", "search_p95", "save_p95", "share", "open", "backup",
    "restore", "rekey_300mb", "memory_share", "memory_open", "memory_backup", "memory_restore", "memory_rekey",
    "practitioner_list", "hide_now_under_load", "gui_stall_max",
}
RATIO_FIGURES = {"cold_start", "share", "open", "backup", "restore", "rekey_300mb"}


@pytest.mark.slow
def test_the_quick_bench_reports_every_figure_with_its_target(tmp_path: Path) -> None:
    age_cli()
    out = tmp_path / "bench.json"
    done = subprocess.run([sys.executable, "-m", "bench", "--quick", "--json", str(out)],
                          capture_output=True, text=True, timeout=300, cwd=Path(__file__).parent.parent)
    assert done.returncode == 0, done.stderr[-3000:]
    figures = json.loads(out.read_text())["figures"]
    assert set(figures) == FIGURES
    for key, figure in figures.items():
        assert figure["value"] > 0, key
        assert figure["result"] in ("met", "missed"), key
        assert figure["target"].startswith("<="), key
    for key in RATIO_FIGURES:
        assert figures[key]["baseline"] > 0 and figures[key]["ratio"] > 0, key
    assert "| what" in done.stdout and "cold start to the unlock screen painted" in done.stdout
