"""A writer killed with SIGKILL mid-transaction loses at most the write in flight."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from passport.exchange import sharing
from passport.profile import Profile
from tests.helpers import PASSPHRASE, add_entry
from tests.sharing_helpers import in_a_week

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("seed", range(5))
def test_sigkill_mid_write_keeps_every_committed_entry(made_profile, seed: int) -> None:
    profile, _code = made_profile
    folder = profile.folder
    profile.lock()
    committed: dict[str, int] = {}
    for round_number in range(3):
        writer = subprocess.Popen(
            [sys.executable, "-m", "tests.crash_writer", str(folder.path), PASSPHRASE, str(seed * 10 + round_number)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None
        for _ in range(2 + (seed + round_number) % 4):
            entry_id, attachment_count = writer.stdout.readline().split()
            committed[entry_id] = int(attachment_count)
        # The writer is now inside its next transaction (or between two): kill it there.
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
        writer.stdout.close()

        reopened = Profile.open_with_passphrase(folder, PASSPHRASE)
        try:
            assert reopened.check() == []
            stored = {e.id for e in reopened.entries()}
            assert set(committed) <= stored
            for entry_id, attachment_count in committed.items():
                assert len(reopened.attachments(entry_id)) == attachment_count
        finally:
            reopened.lock()


def test_sigkill_mid_import_of_a_large_share_keeps_nothing_of_it(
    profile: Profile, practitioner: Profile, sam, tmp_path: Path
) -> None:
    """A large share is opened with the rollback journal (see Store.appending_transaction):
    killed part way, the next open rolls it back and the profile is whole."""
    song = add_entry(profile, "My song")
    for number in range(6):
        profile.add_attachment(song, f"song-{number}.bin", os.urandom(4 * 1024 * 1024))
    bundle = tmp_path / "big.wpb"
    sharing.make_share(profile.vault, [song], sam, in_a_week(), "", bundle)
    folder = practitioner.folder
    practitioner.lock()
    importer = subprocess.Popen(
        [sys.executable, "-m", "tests.crash_importer", str(folder.path), PASSPHRASE, str(bundle)],
        cwd=REPO, stdout=subprocess.PIPE, text=True,
    )
    assert importer.stdout is not None
    assert importer.stdout.readline().strip() == "halfway"
    os.kill(importer.pid, signal.SIGKILL)
    importer.wait()
    importer.stdout.close()

    reopened = Profile.open_with_passphrase(folder, PASSPHRASE)
    try:
        assert reopened.check() == []
        assert reopened.received.received_bundles() == []
        with reopened.vault.reading() as conn:
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        assert mode == "wal"
        opened = reopened.received.open_bundle(bundle).subject
        assert [a.size for a in opened.attachments] == [4 * 1024 * 1024] * 6
        assert reopened.check() == []
    finally:
        reopened.lock()
    assert not Path(f"{folder.path / 'store.db'}-journal").exists()
