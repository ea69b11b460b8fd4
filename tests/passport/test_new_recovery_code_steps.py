"""A new recovery code in two steps (the app's Settings): ``prepare_recovery_code`` checks the
passphrase and makes a code, and changes nothing; only ``commit_recovery_code``, once the person
has typed its last group back, moves the profile to it (the store re-encrypted under a new key).
Locking between the two leaves the old code working, and the profile says so next time."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from passport.errors import ProfileLocked, WrongSecret
from passport.profile import Profile
from passport.store import rekey
from tests.helpers import PASSPHRASE, add_entry


def test_a_prepared_code_changes_nothing_until_it_is_committed(made_profile, tmp_path: Path) -> None:
    profile, old_code = made_profile
    folder = profile.folder
    key_before = folder.key_path.read_bytes()
    prepared = profile.prepare_recovery_code(PASSPHRASE)
    assert prepared.code and prepared.code != old_code
    assert PASSPHRASE not in repr(prepared) and prepared.code not in repr(prepared)
    assert folder.key_path.read_bytes() == key_before, "the key file is untouched"
    assert not profile.backup_needs_new_code()
    assert profile.unfinished_recovery_code()
    profile.lock()
    with pytest.raises(WrongSecret):
        Profile.open_with_recovery_code(folder, prepared.code).lock()
    reopened = Profile.open_with_recovery_code(folder, old_code)
    try:
        assert reopened.unfinished_recovery_code(), "next time, the profile still knows"
        reopened.forget_unfinished_recovery_code()
        assert not reopened.unfinished_recovery_code()
    finally:
        reopened.lock()


def test_committing_moves_to_the_new_code_and_a_new_key(made_profile, tmp_path: Path) -> None:
    profile, old_code = made_profile
    folder = profile.folder
    old_key_file = tmp_path / "old.key"
    shutil.copy(folder.key_path, old_key_file)
    prepared = profile.prepare_recovery_code(PASSPHRASE)
    profile.commit_recovery_code(prepared, progress=lambda done, total: None)
    add_entry(profile, "written after the new code")
    assert not profile.unfinished_recovery_code()
    assert profile.backup_needs_new_code()
    profile.lock()
    with pytest.raises(WrongSecret):
        Profile.open_with_recovery_code(folder, old_code)
    Profile.open_with_recovery_code(folder, prepared.code).lock()
    Profile.open_with_passphrase(folder, PASSPHRASE).lock()
    assert old_key_file.read_bytes() != folder.key_path.read_bytes()


def test_a_wrong_passphrase_makes_no_code_and_marks_nothing(made_profile) -> None:
    profile, _code = made_profile
    with pytest.raises(WrongSecret):
        profile.prepare_recovery_code("not the passphrase at all")
    assert not profile.unfinished_recovery_code()


def test_a_lock_just_after_the_key_moved_is_not_called_unfinished(made_profile, monkeypatch) -> None:
    """Locked (or killed) after the key file moved to the new code but before the mark was
    cleared: the new code is the one in force, so the profile must not say the old one works."""
    profile, old_code = made_profile
    folder = profile.folder
    prepared = profile.prepare_recovery_code(PASSPHRASE)
    real_rotate = rekey.rotate

    def rotate_then_lock(vault, new_key_file, progress=None):
        real_rotate(vault, new_key_file, progress)
        vault.close()  # Hide now, the moment the rotation ends

    monkeypatch.setattr(rekey, "rotate", rotate_then_lock)
    with pytest.raises(ProfileLocked):
        profile.commit_recovery_code(prepared)
    monkeypatch.undo()
    reopened = Profile.open_with_passphrase(folder, PASSPHRASE)
    try:
        assert not reopened.unfinished_recovery_code()
        assert reopened.backup_needs_new_code(), "older backups need the old code: the reminder says so"
    finally:
        reopened.lock()
    with pytest.raises(WrongSecret):
        Profile.open_with_recovery_code(folder, old_code)
    Profile.open_with_recovery_code(folder, prepared.code).lock()
