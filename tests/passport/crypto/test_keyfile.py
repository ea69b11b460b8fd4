"""Key slots: the database key is stored only wrapped, and each secret is its own slot."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from passport.crypto.keyfile import DEFAULT_KDF, KeyFile, _checksum, previous_path
from passport.errors import KdfParametersRefused, KeyFileDamaged, UnsupportedVersion, WrongSecret
from passport.profile import Profile
from passport.store.profiles import find_profile
from tests.helpers import PASSPHRASE


def _rewrite_body(path: Path, change: callable, fix_checksum: bool = True) -> None:  # type: ignore[valid-type]
    outer = json.loads(path.read_bytes())
    change(outer["body"])
    if fix_checksum:
        outer["checksum"] = _checksum(outer["body"])
    path.write_text(json.dumps(outer))


def test_default_kdf_is_argon2id_64mib_t3_p4(profile: Profile) -> None:
    assert (DEFAULT_KDF.memory_kib, DEFAULT_KDF.iterations, DEFAULT_KDF.lanes) == (65536, 3, 4)
    slots = json.loads(profile.folder.key_path.read_bytes())["body"]["slots"]
    passphrase_slot = next(s for s in slots if s["kind"] == "passphrase")
    assert passphrase_slot["kdf"]["name"] == "argon2id"
    assert len(passphrase_slot["kdf"]["salt"]) == 24  # 16 random bytes, base64


def test_key_file_holds_no_raw_key(profile: Profile) -> None:
    raw = profile.folder.key_path.read_bytes()
    assert profile.vault.database_key().hex().encode() not in raw
    assert profile.vault.database_key() not in raw


def test_wrong_passphrase_is_told_apart_from_a_damaged_key_file(made_profile, data_dir: Path) -> None:
    profile, _code = made_profile
    profile.lock()
    folder = find_profile(data_dir, "Sky")
    with pytest.raises(WrongSecret):
        Profile.open_with_passphrase(folder, "not the passphrase")

    raw = bytearray(folder.key_path.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    folder.key_path.write_bytes(bytes(raw))
    with pytest.raises(KeyFileDamaged) as damaged:
        Profile.open_with_passphrase(folder, PASSPHRASE)
    assert not isinstance(damaged.value, WrongSecret)

    folder.key_path.write_bytes(b"")
    with pytest.raises(KeyFileDamaged):
        Profile.open_with_passphrase(folder, PASSPHRASE)
    folder.key_path.unlink()
    with pytest.raises(KeyFileDamaged):
        Profile.open_with_passphrase(folder, PASSPHRASE)


def test_unknown_key_file_version_is_its_own_error(profile: Profile) -> None:
    profile.lock()
    _rewrite_body(profile.folder.key_path, lambda body: body.update(version=99))
    with pytest.raises(UnsupportedVersion):
        Profile.open_with_passphrase(profile.folder, PASSPHRASE)


def test_an_unsealed_slot_naming_the_backup_key_is_a_damaged_key_file(profile: Profile) -> None:
    # Found by mypy: such a slot reached for a salt it does not have (an AttributeError).
    profile.lock()

    def backup_identity_unsealed(body: dict) -> None:
        for slot in body["slots"]:
            if slot["kind"] == "passphrase":
                slot["kdf"] = {"name": "backup-identity"}
                slot.pop("recipient", None)

    _rewrite_body(profile.folder.key_path, backup_identity_unsealed)
    with pytest.raises(KeyFileDamaged):
        Profile.open_with_passphrase(profile.folder, PASSPHRASE)


def test_absurd_kdf_parameters_are_refused_at_once(profile: Profile) -> None:
    profile.lock()

    def absurd(body: dict) -> None:
        for slot in body["slots"]:
            if slot["kind"] == "passphrase":
                slot["kdf"]["memory_kib"] = 64 * 1024 * 1024  # 64 GiB
                slot["kdf"]["iterations"] = 1_000_000

    _rewrite_body(profile.folder.key_path, absurd)
    started = time.perf_counter()
    with pytest.raises(KdfParametersRefused):
        Profile.open_with_passphrase(profile.folder, PASSPHRASE)
    assert time.perf_counter() - started < 1.0


def test_recovery_code_opens_in_any_reasonable_spelling(made_profile) -> None:
    profile, code = made_profile
    profile.lock()
    for typed in (code, code.lower(), code.replace("-", " "), code.replace("-", ""), f"  {code}\n"):
        opened = Profile.open_with_recovery_code(profile.folder, typed)
        assert opened.kind == profile.kind
        opened.lock()
    with pytest.raises(WrongSecret):
        Profile.open_with_recovery_code(profile.folder, code[:-1] + ("A" if code[-1] != "A" else "B"))


def test_passphrase_change_moves_the_database_to_a_new_key(made_profile) -> None:
    profile, code = made_profile
    db_before = profile.folder.db_path.read_bytes()
    key_before = profile.vault.database_key()
    profile.change_passphrase(PASSPHRASE, "a brand new passphrase")
    assert profile.folder.db_path.read_bytes()[:4096] != db_before[:4096]
    assert profile.vault.database_key() != key_before
    assert not previous_path(profile.folder.key_path).exists()
    profile.lock()
    with pytest.raises(WrongSecret):
        Profile.open_with_passphrase(profile.folder, PASSPHRASE)
    Profile.open_with_passphrase(profile.folder, "a brand new passphrase").lock()
    Profile.open_with_recovery_code(profile.folder, code).lock()


def test_changing_the_passphrase_needs_the_current_one(profile: Profile) -> None:
    with pytest.raises(WrongSecret):
        profile.change_passphrase("a wrong guess at it", "a brand new passphrase")
    profile.lock()
    Profile.open_with_passphrase(profile.folder, PASSPHRASE).lock()


def test_new_recovery_code_makes_the_old_one_fail(made_profile) -> None:
    profile, old_code = made_profile
    new_code = profile.new_recovery_code()
    assert new_code != old_code
    profile.lock()
    with pytest.raises(WrongSecret):
        Profile.open_with_recovery_code(profile.folder, old_code)
    Profile.open_with_recovery_code(profile.folder, new_code).lock()
    Profile.open_with_passphrase(profile.folder, PASSPHRASE).lock()


def test_previous_key_file_is_used_if_a_rewrite_was_cut_short(made_profile) -> None:
    profile, _code = made_profile
    profile.lock()
    key_path = profile.folder.key_path
    # What a crash between keeping the copy and renaming the new file leaves behind.
    previous_path(key_path).write_bytes(key_path.read_bytes())
    key_path.write_bytes(b'{"body": {"format": "wellbeing-pass')
    Profile.open_with_passphrase(profile.folder, PASSPHRASE).lock()


def test_passphrases_are_unicode_normalised(data_dir: Path) -> None:
    composed = "caf\u00e9 au lait, s'il vous pla\u00eet"
    decomposed = "cafe\u0301 au lait, s'il vous pla\u0131\u0302t".replace("\u0131\u0302", "i\u0302")
    profile, _ = Profile.create(data_dir, profile_kind(), "Cafe", composed, kdf=fast())
    profile.lock()
    Profile.open_with_passphrase(profile.folder, decomposed).lock()


def test_key_file_parser_never_raises_anything_but_its_own_errors() -> None:
    for raw in (b"", b"null", b"[]", b'{"body": 1}', b'{"body": {}}', b"\xff\xfe", b"{" * 10000, b"0" * 70000):
        with pytest.raises((KeyFileDamaged, UnsupportedVersion)):
            KeyFile.parse(raw)


def profile_kind():
    from passport.models import ProfileKind

    return ProfileKind.YOUNG_PERSON


def fast():
    from tests.helpers import FAST_KDF

    return FAST_KDF
