"""A writer killed with SIGKILL mid-transaction loses at most the write in flight."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from passport.profile import Profile
from tests.helpers import PASSPHRASE

REPO = Path(__file__).resolve().parents[1]


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
