"""Property-based tests: every reader of outside input ends in its own typed error or a
valid result, never another exception."""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from passport.crypto.keyfile import KeyFile
from passport.crypto.recovery_code import check_shape, normalise_code
from passport.errors import (
    BackupDamaged,
    KeyFileDamaged,
    PassportError,
    RecoveryCodeMalformed,
    TooLarge,
    UnsupportedVersion,
    WrongSecret,
)
from passport.profile import Profile
from passport.store.backup import save_backup
from tests.helpers import FAST_KDF, add_entry

FUZZ = settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)


@FUZZ
@given(st.binary(max_size=2000))
def test_key_file_parser_on_random_bytes(raw: bytes) -> None:
    with pytest.raises((KeyFileDamaged, UnsupportedVersion)):
        KeyFile.parse(raw)


@FUZZ
@given(json_values)
def test_key_file_parser_on_random_json(value: object) -> None:
    with pytest.raises((KeyFileDamaged, UnsupportedVersion)):
        KeyFile.parse(json.dumps({"body": value, "checksum": "0"}).encode())


@FUZZ
@given(st.text(max_size=60))
def test_recovery_code_normaliser_never_fails(typed: str) -> None:
    normalised = normalise_code(typed)
    assert " " not in normalised and "-" not in normalised
    with contextlib.suppress(RecoveryCodeMalformed):  # its one typed refusal, never another error
        check_shape(typed)


@pytest.fixture(scope="module")
def backup_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, str]:
    from passport.models import ProfileKind
    from passport.profile import Profile

    base = tmp_path_factory.mktemp("fuzz-backup")
    profile, code = Profile.create(base / "data", ProfileKind.YOUNG_PERSON, "Fuzz", "fuzzing passphrase", kdf=FAST_KDF)
    add_entry(profile, "Something", "to back up")
    path = save_backup(profile.vault, base / "b.wpbackup")
    profile.lock()
    return path.read_bytes(), code


@settings(max_examples=60, deadline=4000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_backup_reader_on_mutated_files(backup_file: tuple[bytes, str], tmp_path_factory, data) -> None:
    raw, code = backup_file
    mutated = bytearray(raw)
    for _ in range(data.draw(st.integers(1, 4))):
        offset = data.draw(st.integers(0, len(mutated) - 1))
        mutated[offset] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        mutated = mutated[: data.draw(st.integers(0, len(mutated)))]
    work = tmp_path_factory.mktemp("restore")
    path = work / "m.wpbackup"
    path.write_bytes(bytes(mutated))
    try:
        Profile.restore_backup(work / "data", path, code, "a new passphrase", kdf=FAST_KDF)[0].lock()
    except (BackupDamaged, WrongSecret, TooLarge):
        assert not (work / "data").exists() or not any((work / "data").iterdir())
    else:
        assert bytes(mutated) == raw  # only the untouched file may restore


@settings(max_examples=40, deadline=4000)
@given(st.binary(max_size=4000))
def test_backup_reader_on_random_bytes(raw: bytes) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "r.wpbackup"
        path.write_bytes(raw)
        with pytest.raises(PassportError):
            Profile.restore_backup(Path(folder) / "data", path, "ABCD" * 7, "a new passphrase", kdf=FAST_KDF)
        assert not (Path(folder) / "data").exists() or not os.listdir(Path(folder) / "data")
