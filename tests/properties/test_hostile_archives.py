"""The hostile archives corpus (tools/make_hostile_corpus.py): every bundle in it is properly
encrypted to the practitioner and, where it matters, properly signed, so only its hostile
archive or manifest can stop it. Each must be refused with its own typed error, quickly, in
little memory, leaving the practitioner's profile as it was and nothing on disk."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from passport import errors
from passport.profile import Profile
from tools.make_hostile_corpus import ESCAPE_MARKER, PASSPHRASE, Case, Parties, build_corpus, snapshot

REPO = Path(__file__).resolve().parents[2]
MAX_SECONDS = 1.0
MAX_GROWTH_KIB = 100 * 1024


@dataclass(frozen=True)
class Run:
    cases: list[Case]
    records: dict[str, dict[str, Any]]
    base: Path
    cwd: Path
    before: dict[str, Any]
    after: dict[str, Any]
    files_before: set[Path]
    files_after: set[Path]


def _files(root: Path) -> set[Path]:
    return {path.relative_to(root) for path in root.rglob("*")}


def _profile_state(folder: Path) -> dict[str, Any]:
    from passport.store.profiles import ProfileFolder

    profile = Profile.open_with_passphrase(ProfileFolder(folder, "Work"), PASSPHRASE)
    try:
        return snapshot(profile)
    finally:
        profile.lock()


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    base = tmp_path_factory.mktemp("hostile")
    parties = Parties.create(base)
    folder = parties.practitioner.folder.path
    try:
        cases = build_corpus(parties, base / "corpus")
    finally:
        parties.lock()
    cwd = base / "cwd"  # the reader runs here, so a relative name that escaped would land here
    cwd.mkdir()
    before = _profile_state(folder)
    profile_files = {path.relative_to(base) for path in folder.rglob("*")}
    files_before = _files(base) - profile_files
    # One worker process for the whole corpus; it resets its peak memory before each file.
    worker = subprocess.run(
        [sys.executable, "-m", "tools.make_hostile_corpus", "--measure", "--reader", "bundle",
         "--profile", str(folder), "--passphrase", PASSPHRASE, *(str(case.path) for case in cases)],
        cwd=cwd, env=os.environ | {"PYTHONPATH": str(REPO)}, capture_output=True, text=True, timeout=600,
    )
    assert worker.returncode == 0, worker.stderr
    records = {record["file"]: record for record in map(json.loads, worker.stdout.splitlines())}
    after = _profile_state(folder)
    files_after = _files(base) - {path.relative_to(base) for path in folder.rglob("*")}
    yield Run(cases, records, base, cwd, before, after, files_before, files_after)


def test_the_corpus_has_every_kind_of_hostile_archive(run: Run) -> None:
    names = {case.name for case in run.cases}
    for expected in ("name-dotdot", "name-absolute", "name-drive-letter", "member-symlink", "member-hardlink",
                     "member-char-device", "member-block-device", "member-fifo", "duplicate-manifest",
                     "duplicate-attachment", "lookalike-cyrillic-o", "lookalike-fullwidth-dot",
                     "declared-8gib-attachment", "sparse-1gib-file", "members-100000", "manifest-50mb",
                     "json-nested-100000", "json-signed-nested-5000", "wrong-type-sender-int",
                     "wrong-type-entry-title-list", "withdrawal-with-extra-member", "sender-card-unsigned-v1",
                     "sender-card-renamed", "sender-card-kind-changed", "sender-card-signed-by-another-key"):
        assert expected in names
    assert len(run.cases) > 300
    assert (run.base / "corpus" / "manifest-50mb.wpb").stat().st_size > 50 * 1024 * 1024


def test_each_is_refused_with_its_own_typed_error(run: Run) -> None:
    from ui.runtime.messages import message_for

    generic = message_for(errors.PassportError("x"))
    wrong = []
    for case in run.cases:
        record = run.records[case.path.name]
        if record["outcome"] != case.refused_as.__name__ or not record["message"]:
            wrong.append((case.name, case.refused_as.__name__, record["outcome"], record["message"]))
            continue
        # The person is told something specific, never the catch-all sentence.
        error_type = getattr(errors, record["outcome"])
        assert message_for(error_type(record["message"])) != generic, case.name
    assert wrong == []


def test_each_is_refused_within_a_second_and_100_mb(run: Run) -> None:
    slowest = max(run.records.values(), key=lambda r: r["seconds"])
    largest = max(run.records.values(), key=lambda r: r["growth_kib"])
    print(f"{len(run.records)} hostile bundles; slowest {slowest['file']} {slowest['seconds']:.3f} s;"
          f" most memory {largest['file']} +{largest['growth_kib'] / 1024:.1f} MiB"
          f" (peak {largest['peak_kib'] / 1024:.1f} MiB)")
    slow = [(n, r["seconds"]) for n, r in run.records.items() if r["seconds"] >= MAX_SECONDS]
    big = [(n, r["growth_kib"]) for n, r in run.records.items() if r["growth_kib"] >= MAX_GROWTH_KIB]
    assert slow == [] and big == []


def test_the_practitioners_profile_is_unchanged(run: Run) -> None:
    changed = [name for name, record in run.records.items() if record["profile_unchanged"] is not True]
    assert changed == []
    assert run.after == run.before
    assert run.before["counts"]["received_bundles"] == 0


def test_no_member_name_reaches_the_filesystem(run: Run) -> None:
    assert list(run.cwd.iterdir()) == []
    assert run.files_after == run.files_before  # only the corpus and the profiles, as before
    assert [str(p) for p in run.base.rglob(f"*{ESCAPE_MARKER}*")] == []
    # Where "../../x", "/tmp/x" and "C:\\x" would have gone from the worker's folder.
    for place in (run.base.parent, run.base.parent.parent, Path("/tmp"), Path("/"), Path.home(), REPO):
        assert [p.name for p in place.iterdir() if ESCAPE_MARKER in p.name] == [], place
