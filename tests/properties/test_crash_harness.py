"""Crash consistency: a writer (tests/crash_harness_writer.py) makes random changes to one
profile and is killed with SIGKILL at random points, again and again. After every kill the
profile must open with the passphrase in force, pass both integrity checks, and hold
exactly the changes the writer reported as committed, plus at most the one in flight.

The test suite runs 200 kills (CRASH_KILLS overrides it); the long mode is
``python -m tests.properties.test_crash_harness --kills 2000``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from passport.errors import WrongSecret
from passport.models import ProfileKind
from passport.profile import Profile
from passport.store.profiles import ProfileFolder
from tests.crash_harness_writer import QUICK_KDF, digest

REPO = Path(__file__).resolve().parents[2]
FIRST_PASSPHRASE = "crash harness passphrase"
# One entry as the harness sees it: title, body digest, revision, {(attachment id, sha256)}.
EntryState = tuple[str, str, int, frozenset[tuple[str, str]]]


@dataclass
class Tally:
    kills: int = 0
    committed: int = 0  # changes reported committed, all found after the kills
    in_flight_landed: int = 0  # kills after a change committed but before it was reported
    in_flight_lost: int = 0  # kills mid-change: the change was cleanly not there
    passphrase_changes: int = 0
    kills_during_passphrase_change: int = 0
    seconds: float = 0.0
    slowest_round: float = 0.0
    ops: dict[str, int] = field(default_factory=dict)


class Harness:
    def __init__(self, folder: ProfileFolder, passphrase: str, seed: int) -> None:
        self.folder = folder
        self.passphrase = passphrase
        self.rng = random.Random(seed)
        self.model: dict[str, EntryState] = {}
        self.tally = Tally()

    # --- one kill ---------------------------------------------------------------------

    def round(self, number: int) -> None:
        started = time.perf_counter()
        with tempfile.TemporaryFile("w+") as errors:
            writer = subprocess.Popen(
                [sys.executable, "-m", "tests.crash_harness_writer", str(self.folder.path), self.passphrase,
                 str(self.rng.randrange(2**32))],
                cwd=REPO, stdout=subprocess.PIPE, stderr=errors, text=True,
            )
            assert writer.stdout is not None
            lines: list[dict[str, Any]] = []
            if self.rng.random() < 0.15:
                time.sleep(self.rng.uniform(0, 0.4))  # often inside start-up or opening the profile
            else:
                wanted = self.rng.randint(1, 8)
                while sum("done" in line for line in lines) < wanted:
                    text = writer.stdout.readline()
                    if not text:
                        break
                    lines.append(json.loads(text))
                time.sleep(self.rng.uniform(0, 0.015))
            os.kill(writer.pid, signal.SIGKILL)
            writer.wait()
            lines += [json.loads(text) for text in writer.stdout.read().splitlines()]
            writer.stdout.close()
            errors.seek(0)
            assert writer.returncode == -signal.SIGKILL, f"the writer stopped by itself:\n{errors.read()}"
        self.tally.kills += 1
        self._check(number, lines)
        elapsed = time.perf_counter() - started
        self.tally.seconds += elapsed
        self.tally.slowest_round = max(self.tally.slowest_round, elapsed)

    def _check(self, number: int, lines: list[dict[str, Any]]) -> None:
        in_flight: dict[str, Any] | None = None
        for line in lines:
            if "begin" in line:
                in_flight = line["begin"]
            elif "done" in line:
                self._apply(line["done"])
                self.tally.committed += 1
                op = line["done"]["op"]
                self.tally.ops[op] = self.tally.ops.get(op, 0) + 1
                in_flight = None
        profile = self._open(in_flight)
        try:
            problems = profile.check()
            assert problems == [], (number, problems)
            actual = observe(profile)
        finally:
            profile.lock()
        if actual == self.model:
            if in_flight is not None and in_flight["op"] != "passphrase":
                self.tally.in_flight_lost += 1
        else:
            assert in_flight is not None and landed(self.model, actual, in_flight), (number, in_flight, lines[-3:])
            self.tally.in_flight_landed += 1
        self.model = actual

    def _open(self, in_flight: dict[str, Any] | None) -> Profile:
        """With the passphrase in force; during a change, the old or the new one."""
        if in_flight is None or in_flight["op"] != "passphrase":
            return Profile.open_with_passphrase(self.folder, self.passphrase)
        self.tally.kills_during_passphrase_change += 1
        try:
            return Profile.open_with_passphrase(self.folder, self.passphrase)
        except WrongSecret:
            self.passphrase = in_flight["new"]
            return Profile.open_with_passphrase(self.folder, self.passphrase)

    def _apply(self, done: dict[str, Any]) -> None:
        op = done["op"]
        if op == "add":
            self.model[done["id"]] = (done["title"], done["body"], 1, frozenset())
        elif op == "attach":
            title, body, revision, attached = self.model[done["entry"]]
            self.model[done["entry"]] = (title, body, revision, attached | {(done["id"], done["sha256"])})
        elif op == "edit":
            _title, _body, _revision, attached = self.model[done["entry"]]
            self.model[done["entry"]] = (done["title"], done["body"], done["revision"], attached)
        elif op == "erase":
            del self.model[done["entry"]]
        else:
            self.passphrase = done["new"]
            self.tally.passphrase_changes += 1


def observe(profile: Profile) -> dict[str, EntryState]:
    """What the profile holds, checking each entry's history and attachment bytes too."""
    state: dict[str, EntryState] = {}
    for entry in profile.entries():
        history = profile.revisions(entry.id)  # newest first, none missing
        assert [r.number for r in history] == list(range(entry.revision, 0, -1))
        assert (history[0].content.title, digest(history[0].content.body)) == (entry.title, digest(entry.body))
        attached = frozenset((a.id, a.sha256) for a in profile.attachments(entry.id))
        for attachment_id, sha256 in attached:
            assert digest(profile.attachment_data(attachment_id)) == sha256
        state[entry.id] = (entry.title, digest(entry.body), entry.revision, attached)
    return state


def landed(model: dict[str, EntryState], actual: dict[str, EntryState], op: dict[str, Any]) -> bool:
    """Whether ``actual`` is ``model`` with the in-flight change ``op`` applied, whole."""
    kind = op["op"]
    if kind == "add":
        extra = set(actual) - set(model)
        if len(extra) != 1:
            return False
        (new_id,) = extra
        rest = {key: value for key, value in actual.items() if key != new_id}
        return rest == model and actual[new_id] == (op["title"], op["body"], 1, frozenset())
    expected = dict(model)
    if kind == "erase":
        expected.pop(op["entry"], None)
        return actual == expected
    title, body, revision, attached = model[op["entry"]]
    if kind == "edit":
        expected[op["entry"]] = (op["title"], op["body"], revision + 1, attached)
        return actual == expected
    if kind == "attach" and op["entry"] in actual:
        added = actual[op["entry"]][3] - attached
        if len(added) != 1 or next(iter(added))[1] != op["sha256"]:
            return False
        expected[op["entry"]] = (title, body, revision, attached | added)
        return actual == expected
    return False


def run_harness(base: Path, kills: int, seed: int) -> Tally:
    """One profile, reused across every kill, as a person's laptop would be."""
    profile, _code = Profile.create(base, ProfileKind.YOUNG_PERSON, "Crash", FIRST_PASSPHRASE, kdf=QUICK_KDF)
    folder = profile.folder
    profile.lock()
    harness = Harness(folder, FIRST_PASSPHRASE, seed)
    for number in range(kills):
        harness.round(number)
    return harness.tally


@pytest.mark.slow
def test_200_random_kills_lose_nothing_committed(tmp_path: Path) -> None:
    kills = int(os.environ.get("CRASH_KILLS", "200"))
    tally = run_harness(tmp_path / "data", kills, seed=int(os.environ.get("CRASH_SEED", "6")))
    print(json.dumps(tally.__dict__))
    assert tally.kills == kills >= 200 or "CRASH_KILLS" in os.environ
    assert tally.committed > kills  # real work happened between the kills
    assert {"add", "attach", "edit", "erase", "passphrase"} <= set(tally.ops)
    assert tally.in_flight_lost > 0 and tally.in_flight_landed + tally.kills_during_passphrase_change > 0


def main() -> None:
    parser = argparse.ArgumentParser(description="Kill a writer at random points and check the profile.")
    parser.add_argument("--kills", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as base:
        started = time.perf_counter()
        tally = run_harness(Path(base) / "data", args.kills, args.seed)
        print(json.dumps(tally.__dict__ | {"wall_seconds": round(time.perf_counter() - started, 1)}))


if __name__ == "__main__":
    main()
