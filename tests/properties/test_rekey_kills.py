"""A key rotation killed with SIGKILL at any moment leaves the old or the new store whole.

A subprocess writes entries and changes the passphrase back and forth (each change moves
the store to a new key: export, key file, switch); it is killed at chosen steps of a
rotation, and at random moments. After each kill the profile must open with the secret
its key file then holds (one of the two passphrases, and always the recovery code, which
a passphrase change keeps), hold every entry whose commit was reported, pass its check,
and leave no ``.rekey`` file behind once opened.

``PASSPORT_REKEY_KILLS=N`` runs N random kills instead of the default 24. Run as a module,
this file is the subprocess.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from passport.errors import WrongSecret
from passport.models import EntryContent
from passport.profile import Profile
from passport.store import rekey
from passport.store.profiles import ProfileFolder
from tests.helpers import FAST_KDF, PASSPHRASE, add_entry

REPO = Path(__file__).resolve().parents[2]
OTHER = "another long walk by the sea"
RANDOM_KILLS = int(os.environ.get("PASSPORT_REKEY_KILLS", "24"))
_BEFORE: set[str] = set()  # entries written without an attachment, before the worker runs
STEPS = ("exported", "key-file-saved", "old-store-closed", "switched")


# --- the subprocess ---------------------------------------------------------------------


def _die_after(owner: object, name: str, step: str, wanted: str) -> None:
    """Kill this process as soon as ``owner.name`` has run, when ``step`` is the one wanted."""
    if step != wanted:
        return
    original = getattr(owner, name)

    def then_die(*args: object, **kwargs: object) -> object:
        result = original(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGKILL)
        return result

    setattr(owner, name, then_die)


def worker(folder: Path, current: str, step: str, seed: int) -> None:
    from passport.crypto.keyfile import KeyFile
    from passport.store.database import Store

    rng = random.Random(seed)
    _die_after(Store, "export_to", step, "exported")
    _die_after(KeyFile, "save", step, "key-file-saved")
    _die_after(Store, "close", step, "old-store-closed")
    _die_after(rekey, "switch", step, "switched")
    profile = Profile.open_with_passphrase(ProfileFolder(folder, "kills"), current)
    section = profile.sections()[0].id
    other = OTHER if current == PASSPHRASE else PASSPHRASE
    for n in range(1000):
        entry_id = profile.add_entry(EntryContent(section_id=section, title=f"n{n}", body="w " * rng.randint(1, 9000)))
        profile.add_attachment(str(entry_id.entry_id), "a.bin", rng.randbytes(rng.randint(1, 400_000)))
        print("committed", entry_id.entry_id, flush=True)
        print("rotating", other, flush=True)
        profile.change_passphrase(current, other, FAST_KDF)
        print("rotated", other, flush=True)
        current, other = other, current


# --- the tests ----------------------------------------------------------------------------


def _run_and_kill(folder: ProfileFolder, current: str, step: str, seed: int, lines: int) -> tuple[set[str], str]:
    """Run the worker; kill it after ``lines`` lines (or let it kill itself at ``step``).
    Returns the entries it reported committed and the passphrase its last finished rotation set."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.properties.test_rekey_kills", str(folder.path), current, step, str(seed)],
        cwd=REPO, stdout=subprocess.PIPE, text=True,
    )
    assert proc.stdout is not None
    committed: set[str] = set()
    for read, line in enumerate(proc.stdout, start=1):
        word, value = line.rstrip("\n").split(" ", 1)
        if word == "committed":
            committed.add(value)
        elif word == "rotated":
            current = value
        if step == "random" and read >= lines:
            break
    if step == "random":
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    return committed, current


def _opened(folder: ProfileFolder, last_set: str) -> tuple[Profile, str]:
    """The profile opens with the passphrase last set, or (the rotation in flight had moved
    the key file) with the next one; never neither."""
    for passphrase in (last_set, OTHER if last_set == PASSPHRASE else PASSPHRASE):
        try:
            return Profile.open_with_passphrase(folder, passphrase), passphrase
        except WrongSecret:
            continue
    raise AssertionError("neither passphrase opens the profile")


def _check(folder: ProfileFolder, code: str, committed: set[str], last_set: str) -> str:
    profile, current = _opened(folder, last_set)
    try:
        assert profile.check() == []
        stored = {entry.id for entry in profile.entries()}
        assert committed <= stored
        for entry_id in committed:
            assert len(profile.attachments(entry_id)) == (0 if entry_id in _BEFORE else 1)
        assert not rekey.rekey_path(folder.db_path).exists()
    finally:
        profile.lock()
    Profile.open_with_recovery_code(folder, code).lock()
    return current


@pytest.mark.parametrize("step", STEPS)
def test_a_kill_at_each_step_of_a_rotation(made_profile, step: str) -> None:
    profile, code = made_profile
    committed = {add_entry(profile, "before")}
    _BEFORE.update(committed)
    folder = profile.folder
    profile.lock()
    current = PASSPHRASE
    for round_number in range(2):
        new, current = _run_and_kill(folder, current, step, round_number, 0)
        committed |= new
        current = _check(folder, code, committed, current)


def test_kills_at_random_moments_of_rotations(made_profile) -> None:
    profile, code = made_profile
    committed: set[str] = set()
    folder = profile.folder
    profile.lock()
    current = PASSPHRASE
    rng = random.Random(13)
    for kill in range(RANDOM_KILLS):
        new, current = _run_and_kill(folder, current, "random", kill, rng.randint(1, 7))
        committed |= new
        current = _check(folder, code, committed, current)


if __name__ == "__main__":
    worker(Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4]))
