"""Leftovers of a crash (issue 13, item 7): nothing readable stays behind under any name.

Each attack is reproduced with a real subprocess killed (SIGKILL) at the worst moment: a
restore just before its key file is written (a folder with the backup's whole store, which
the backup's own key opens), a backup just before its ``.part`` file becomes the backup (a
whole backup under another name), and a key file write refused for want of space. The next
start (:func:`clean_leftovers`) removes them, and only them. Run as a module, this file is
the subprocess.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from passport.crypto.keyfile import KeyFile
from passport.errors import DiskFull
from passport.profile import Profile
from passport.store import backup as backup_module
from passport.store import profiles
from passport.store.backup import save_backup
from tests.helpers import FAST_KDF, PASSPHRASE, add_entry

REPO = Path(__file__).resolve().parents[3]


# --- the subprocess ---------------------------------------------------------------------


def _die_when_called(owner: object, name: str) -> None:
    def die(*_args: object, **_kwargs: object) -> None:
        os.kill(os.getpid(), signal.SIGKILL)

    setattr(owner, name, die)


def worker(action: str, data_dir: Path, a: str, b: str) -> None:
    if action == "restore":  # killed once the store is written, before it has a key file
        _die_when_called(backup_module, "rekey_file")  # before its re-encryption under a new key
        Profile.restore_backup(data_dir, Path(a), b, "a new passphrase for the restore", kdf=FAST_KDF)
    elif action == "backup":  # killed once the .part file is whole, before it is renamed
        profile = Profile.open_with_passphrase(profiles.find_profile(data_dir, "Sky"), PASSPHRASE)
        _die_when_called(os, "replace")
        save_backup(profile.vault, Path(a))
    elif action == "key-file":  # no room for the new key file
        key_file = KeyFile.load(Path(a))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (200, resource.RLIM_INFINITY))
        try:
            key_file.save(Path(a))
        except DiskFull:
            print("DiskFull")
            return
        print("saved")


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.passport.store.test_leftovers", *map(str, args)],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )


# --- the tests ----------------------------------------------------------------------------


def _everything(base: Path) -> set[str]:
    return {str(path.relative_to(base)) for path in base.rglob("*")}


def test_a_killed_restore_leaves_nothing_after_the_next_start(made_profile, data_dir: Path, tmp_path: Path) -> None:
    profile, code = made_profile
    add_entry(profile, "in the backup")
    backup = tmp_path / "sky.wpbackup"
    save_backup(profile.vault, backup)
    profile.lock()
    before = _everything(data_dir)

    result = _run("restore", data_dir, backup, code)
    assert result.returncode == -signal.SIGKILL, result.stderr
    left = _everything(data_dir) - before
    assert any(name.endswith("store.db") for name in left)  # the attack: a whole store, no key file
    assert [p.label for p in profiles.list_profiles(data_dir)] == ["Sky"]

    assert profiles.clean_leftovers(data_dir) == []  # still being written, for all we know
    removed = profiles.clean_leftovers(data_dir, quiet_for_s=0)
    assert removed and _everything(data_dir) == before
    Profile.open_with_passphrase(profile.folder, PASSPHRASE).lock()  # the profile itself untouched


def test_a_killed_backup_leaves_nothing_after_the_next_start(made_profile, data_dir: Path) -> None:
    profile, _code = made_profile
    add_entry(profile, "in the backup")
    profile.lock()
    out = data_dir / "sky.wpbackup"
    result = _run("backup", data_dir, out, "")
    assert result.returncode == -signal.SIGKILL, result.stderr
    part = data_dir / "sky.wpbackup.part"
    assert part.stat().st_size > 0 and not out.exists()
    not_ours = data_dir / "notes.txt.part"
    not_ours.write_text("someone else's")

    removed = profiles.clean_leftovers(data_dir, quiet_for_s=0)
    assert removed == [part]
    assert not part.exists() and not_ours.exists()


def test_a_key_file_refused_for_space_leaves_no_temporary_copy(profile: Profile) -> None:
    key_path = profile.folder.key_path
    before = key_path.read_bytes()
    result = _run("key-file", profile.folder.path, key_path, "")
    assert result.stdout.strip() == "DiskFull", result.stderr
    assert sorted(p.name for p in profile.folder.path.iterdir() if p.name.startswith("keys")) == ["keys.json"]
    assert key_path.read_bytes() == before


def test_the_next_start_removes_temporary_and_previous_key_files(profile: Profile) -> None:
    folder = profile.folder.path
    (folder / "keys.json.tmp").write_bytes(b"")
    (folder / "keys.json.previous").write_bytes(profile.folder.key_path.read_bytes())
    removed = profiles.clean_leftovers(folder.parent, quiet_for_s=0)
    assert sorted(p.name for p in removed) == ["keys.json.previous", "keys.json.tmp"]
    profile.lock()
    Profile.open_with_passphrase(profile.folder, PASSPHRASE).lock()


def test_a_previous_key_file_is_kept_while_the_current_one_is_damaged(profile: Profile) -> None:
    folder = profile.folder.path
    good = profile.folder.key_path.read_bytes()
    (folder / "keys.json.previous").write_bytes(good)
    profile.folder.key_path.write_bytes(good[:40])
    assert profiles.clean_leftovers(folder.parent, quiet_for_s=0) == []
    profile.lock()
    Profile.open_with_passphrase(profile.folder, PASSPHRASE).lock()  # from the previous copy


def test_folders_and_files_that_are_not_ours_are_left_alone(data_dir: Path, profile: Profile) -> None:
    mine = data_dir / "0123456789abcdef"
    mine.mkdir()
    (mine / "holiday.jpg").write_bytes(b"not ours")
    other = data_dir / "photos"
    other.mkdir()
    (other / "store.db").write_bytes(b"not ours either")
    old = time.time() - 3600
    os.utime(mine / "holiday.jpg", (old, old))
    assert profiles.clean_leftovers(data_dir, quiet_for_s=0) == []
    assert (mine / "holiday.jpg").exists() and (other / "store.db").exists()
    assert [p.label for p in profiles.list_profiles(data_dir)] == [profile.label]


@pytest.mark.parametrize("missing", [True, False])
def test_cleaning_an_absent_or_empty_data_folder(tmp_path: Path, missing: bool) -> None:
    base = tmp_path / "nowhere"
    if not missing:
        base.mkdir()
    assert profiles.clean_leftovers(base) == []


if __name__ == "__main__":
    worker(sys.argv[1], Path(sys.argv[2]), sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else "")
