"""Every input that once crashed a reader (tests/properties/regressions/<harness>/) is replayed
through its fuzzing harness: it must now end in a result or the reader's typed error."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from passport.errors import BundleError
from passport.formats.bundle_reader import verify_manifest

REGRESSIONS = Path(__file__).resolve().parent / "regressions"
INPUTS = sorted(path for path in REGRESSIONS.glob("*/*") if path.is_file())


@pytest.mark.parametrize("path", INPUTS, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_a_past_crash_is_now_refused_cleanly(path: Path) -> None:
    harness = importlib.import_module(f"fuzz.fuzz_{path.parent.name}")
    harness.check(path.read_bytes())


def test_the_known_crashes_are_kept() -> None:
    assert {p.name for p in INPUTS} >= {"date-beyond-utc.json", "created-before-utc.json", "lone-surrogate.json"}


@pytest.mark.parametrize("name", ["date-beyond-utc.json", "created-before-utc.json", "lone-surrogate.json"])
def test_each_known_crash_is_refused_as_a_bad_bundle(name: str) -> None:
    from fuzz.fuzz_manifest import envelope

    body = (REGRESSIONS / "manifest" / name).read_bytes()
    with pytest.raises(BundleError):
        verify_manifest(envelope(json.loads(body)))
