"""Key rotation: after a new passphrase, a new recovery code or a restore, old keys open nothing.

The attack (issue 13, item 2): a copy of the key file taken before the change, with the old
secret, or an old backup with its recovery code, still read entries written afterwards,
because the database key never changed. Each test copies the key file aside first, makes
the change, writes something new, and checks the old key no longer opens the store.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from passport.crypto import age_layer
from passport.crypto.keyfile import (
    Argon2Params,
    HkdfParams,
    KeyFile,
    _b64,
    _wrap,
    normalise_passphrase,
    previous_path,
)
from passport.crypto.recovery_code import backup_identity, new_code, normalise_code
from passport.errors import SecretNeeded, StoreDamaged, WrongSecret
from passport.profile import Profile
from passport.store import rekey
from passport.store.backup import save_backup
from passport.store.database import DatabaseError, Store
from tests.helpers import FAST_KDF, PASSPHRASE, add_entry

NEW_PASSPHRASE = "a brand new passphrase for a new start"


def _old_key_opens_current_store(old_key_file: Path, profile: Profile, *, passphrase: str | None = None,
                                 code: str | None = None) -> bool:
    """Whether the copied key file, with the old secret, opens the store as it is now."""
    key_file = KeyFile.load(old_key_file)
    key = key_file.unlock_with_passphrase(passphrase) if passphrase else key_file.unlock_with_recovery_code(code or "")
    try:
        Store.probe(profile.folder.db_path, key)
    except DatabaseError:
        return False
    return True


def _files(profile: Profile) -> list[str]:
    return sorted(path.name for path in profile.folder.path.iterdir())


def test_a_new_passphrase_moves_the_store_to_a_new_key(made_profile, tmp_path: Path) -> None:
    profile, code = made_profile
    before = add_entry(profile, "written before")
    old_copy = tmp_path / "old-keys.json"
    shutil.copy(profile.folder.key_path, old_copy)
    old_key = profile.vault.database_key()
    assert _old_key_opens_current_store(old_copy, profile, passphrase=PASSPHRASE)  # the test can fail

    done: list[tuple[int, int]] = []
    profile.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, FAST_KDF, progress=lambda d, t: done.append((d, t)))
    after = add_entry(profile, "written after the change")

    assert profile.vault.database_key() != old_key
    assert done and done[-1][0] == done[-1][1]
    assert not _old_key_opens_current_store(old_copy, profile, passphrase=PASSPHRASE)
    assert not rekey.rekey_path(profile.folder.db_path).exists()
    assert not previous_path(profile.folder.key_path).exists()
    assert {e.id for e in profile.entries()} == {before, after}
    assert profile.check() == []
    profile.lock()
    with pytest.raises(WrongSecret):
        Profile.open_with_passphrase(profile.folder, PASSPHRASE)
    for reopened in (Profile.open_with_passphrase(profile.folder, NEW_PASSPHRASE),
                     Profile.open_with_recovery_code(profile.folder, code)):  # the code is unchanged
        assert {e.id for e in reopened.entries()} == {before, after}
        reopened.lock()


def test_a_new_recovery_code_moves_the_store_to_a_new_key(made_profile, tmp_path: Path) -> None:
    profile, old_code = made_profile
    old_copy = tmp_path / "old-keys.json"
    shutil.copy(profile.folder.key_path, old_copy)
    old_backup = tmp_path / "old.wpbackup"
    save_backup(profile.vault, old_backup)

    code = profile.new_recovery_code(progress=lambda d, t: None)
    secret = add_entry(profile, "written after the new code")

    assert not _old_key_opens_current_store(old_copy, profile, code=old_code)
    assert not _old_key_opens_current_store(old_copy, profile, passphrase=PASSPHRASE)
    # The old backup carries the old database key: it no longer opens the store either.
    key_in_backup = _key_in_backup(old_backup, old_code)
    with pytest.raises(DatabaseError):
        Store.probe(profile.folder.db_path, key_in_backup)
    assert profile.backup_recipient() == age_layer.recipient_of(backup_identity(code))
    profile.lock()
    with pytest.raises(WrongSecret):
        Profile.open_with_recovery_code(profile.folder, old_code)
    for reopened in (Profile.open_with_recovery_code(profile.folder, code),
                     Profile.open_with_passphrase(profile.folder, PASSPHRASE)):
        assert secret in {e.id for e in reopened.entries()}
        reopened.lock()


def test_a_restored_backup_gets_a_key_of_its_own(made_profile, data_dir: Path, tmp_path: Path) -> None:
    profile, code = made_profile
    add_entry(profile, "in the backup")
    backup = tmp_path / "sky.wpbackup"
    save_backup(profile.vault, backup)
    old_copy = tmp_path / "old-keys.json"
    shutil.copy(profile.folder.key_path, old_copy)
    profile.lock()

    steps: list[tuple[int, int]] = []
    restored, fresh = Profile.restore_backup(data_dir, backup, code, NEW_PASSPHRASE, kdf=FAST_KDF,
                                             progress=lambda d, t: steps.append((d, t)))
    try:
        add_entry(restored, "written after the restore")
        assert [d <= t for d, t in steps] and steps[-1][0] == steps[-1][1]
        assert [d for d, _t in steps] == sorted(d for d, _t in steps)  # never goes back
        with pytest.raises(DatabaseError):  # the backup's own key (and so its code) opens nothing new
            Store.probe(restored.folder.db_path, _key_in_backup(backup, code))
        key_file = KeyFile.load(old_copy)
        with pytest.raises(DatabaseError):
            Store.probe(restored.folder.db_path, key_file.unlock_with_passphrase(PASSPHRASE))
        assert sorted(p.name for p in restored.folder.path.iterdir() if "rekey" in p.name) == []
        assert "in the backup" in {e.title for e in restored.entries()}
    finally:
        restored.lock()
    Profile.open_with_recovery_code(restored.folder, fresh).lock()


def _key_in_backup(backup: Path, code: str) -> bytes:
    import io
    import json

    from passport.formats.ustar import UstarReader

    plain = io.BytesIO()
    with backup.open("rb") as source:
        age_layer.decrypt_stream(source, plain, [backup_identity(code)], 1 << 30)
    plain.seek(0)
    archive = UstarReader(plain, first_limit=1 << 30, member_limit=1 << 30, max_members=3,
                          damaged=ValueError, too_large=ValueError)
    while (member := archive.next()) is not None:
        data = archive.read(member.size)
        if member.name == "manifest.json":
            return bytes.fromhex(json.loads(data)["database_key"])
    raise AssertionError("the backup has no manifest")


# --- settling a rotation a kill interrupted ------------------------------------------------


def _interrupted(profile: Profile, *, key_file_moved: bool) -> tuple[bytes, bytes]:
    """Run a rotation's first steps by hand: the new store exported and, if asked, the key
    file moved to the new key; the switch (step 3) never happens."""
    old_key = profile.vault.database_key()
    new_key = os.urandom(32)
    target = rekey.rekey_path(profile.folder.db_path)
    profile.vault.store().export_to(target, new_key)
    if key_file_moved:
        KeyFile.load(profile.folder.key_path).sealed_for(new_key).save(profile.folder.key_path)
    profile.lock()
    return old_key, new_key


@pytest.mark.parametrize("moved", [False, True], ids=["rolled-back", "finished"])
def test_opening_settles_an_interrupted_rotation(made_profile, moved: bool) -> None:
    profile, code = made_profile
    ids = {add_entry(profile, f"kept {n}") for n in range(3)}
    folder = profile.folder
    old_key, new_key = _interrupted(profile, key_file_moved=moved)
    assert rekey.rekey_path(folder.db_path).exists()

    reopened = Profile.open_with_passphrase(folder, PASSPHRASE)
    try:
        assert reopened.vault.database_key() == (new_key if moved else old_key)
        assert {e.id for e in reopened.entries()} == ids
        assert reopened.check() == []
        assert not rekey.rekey_path(folder.db_path).exists()
    finally:
        reopened.lock()
    Profile.open_with_recovery_code(folder, code).lock()


def test_a_half_written_new_store_is_dropped(made_profile) -> None:
    profile, _code = made_profile
    entry = add_entry(profile, "kept")
    folder = profile.folder
    _interrupted(profile, key_file_moved=False)
    target = rekey.rekey_path(folder.db_path)
    with target.open("r+b") as f:
        f.truncate(target.stat().st_size // 2)
    reopened = Profile.open_with_passphrase(folder, PASSPHRASE)
    try:
        assert [e.id for e in reopened.entries()] == [entry]
        assert not target.exists()
    finally:
        reopened.lock()


def test_a_store_nobody_can_open_stays_put(made_profile) -> None:
    """Neither file opens with the key file's key (damage): nothing is removed or renamed."""
    profile, _code = made_profile
    folder = profile.folder
    _interrupted(profile, key_file_moved=False)
    target = rekey.rekey_path(folder.db_path)
    with folder.db_path.open("r+b") as f:
        f.write(b"\0" * 4096)
    with pytest.raises(StoreDamaged):
        Profile.open_with_passphrase(folder, PASSPHRASE)
    assert target.exists() and folder.db_path.exists()


def test_a_failed_rotation_leaves_the_old_store_working(profile: Profile) -> None:
    entry = add_entry(profile, "kept")
    old_key = profile.vault.database_key()

    def refuse(_key: bytes) -> KeyFile:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        rekey.rotate(profile.vault, refuse)
    assert profile.vault.database_key() == old_key
    assert [e.id for e in profile.entries()] == [entry]
    assert not rekey.rekey_path(profile.folder.db_path).exists()
    add_entry(profile, "still writes")


# --- key files of the first version --------------------------------------------------------


def _first_version_key_file(key: bytes, passphrase: str, code: str) -> KeyFile:
    settings = FAST_KDF
    kdf = Argon2Params(salt=_b64(os.urandom(16)), **settings.model_dump())
    passphrase_slot = _wrap("passphrase", kdf, normalise_passphrase(passphrase), key)
    recovery = _wrap("recovery_code", HkdfParams(salt=_b64(os.urandom(16))), normalise_code(code).encode(), key)
    return KeyFile((passphrase_slot, recovery))


def test_a_first_version_key_file_is_sealed_at_unlock_and_then_rotates(made_profile, tmp_path: Path) -> None:
    profile, _ = made_profile
    entry = add_entry(profile, "kept")
    code = new_code()
    profile.remember_backup_recipient(code)
    folder = profile.folder
    _first_version_key_file(profile.vault.database_key(), PASSPHRASE, code).save(folder.key_path)
    profile.lock()

    opened = Profile.open_with_recovery_code(folder, code)  # seals the recovery slot only
    assert KeyFile.load(folder.key_path).has_unsealed("passphrase")
    with pytest.raises(SecretNeeded):
        opened.new_recovery_code()
    assert [e.id for e in opened.entries()] == [entry]
    opened.lock()

    opened = Profile.open_with_passphrase(folder, PASSPHRASE)  # seals the passphrase slot
    assert not KeyFile.load(folder.key_path).has_unsealed("passphrase")
    fresh = opened.new_recovery_code()
    opened.lock()
    Profile.open_with_passphrase(folder, PASSPHRASE).lock()
    Profile.open_with_recovery_code(folder, fresh).lock()


def test_a_first_version_recovery_slot_survives_a_passphrase_change(made_profile) -> None:
    profile, _ = made_profile
    code = new_code()
    profile.remember_backup_recipient(code)
    folder = profile.folder
    _first_version_key_file(profile.vault.database_key(), PASSPHRASE, code).save(folder.key_path)
    profile.lock()
    opened = Profile.open_with_passphrase(folder, PASSPHRASE)
    opened.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, FAST_KDF)
    opened.lock()
    Profile.open_with_recovery_code(folder, code).lock()
    Profile.open_with_passphrase(folder, NEW_PASSPHRASE).lock()


def test_no_rotation_while_a_backup_reads_the_store(profile: Profile) -> None:
    """A backup copies the file through a second connection: moving the store from under
    it (and removing its log) could cost the new store its log. The rotation waits."""
    from passport.errors import ProfileBusy

    entry = add_entry(profile, "kept")
    key = profile.vault.database_key()
    with profile.vault.store().still_file(key), pytest.raises(ProfileBusy):
        profile.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, FAST_KDF)
    assert profile.vault.database_key() == key
    assert not rekey.rekey_path(profile.folder.db_path).exists()
    profile.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, FAST_KDF)  # once the backup is done
    assert [e.id for e in profile.entries()] == [entry]
