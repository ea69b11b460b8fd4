"""`passport profile passphrase`: a new passphrase from the command line, and a new key with it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from passport.crypto.keyfile import KeyFile
from passport.store import profiles
from passport.store.database import DatabaseError, Store
from tests.cli_helpers import ok, refused, run

OLD = "correct horse battery"
NEW = "a quiet morning at the lake"


@pytest.fixture
def made(data_dir: Path, tmp_path: Path) -> tuple[str, Path, Path]:
    old_file, new_file = tmp_path / "old.txt", tmp_path / "new.txt"
    old_file.write_text(OLD + "\n", encoding="utf-8")
    new_file.write_text(NEW + "\n", encoding="utf-8")
    created = ok(data_dir, "profile", "create", "--kind", "young_person", "--label", "Blue", "--passphrase-file",
                 str(old_file))
    return created.strip().splitlines()[-1], old_file, new_file


def _old_key_opens(old_copy: Path, data_dir: Path) -> bool:
    key = KeyFile.load(old_copy).unlock_with_passphrase(OLD)
    try:
        Store.probe(profiles.find_profile(data_dir, "Blue").db_path, key)
    except DatabaseError:
        return False
    return True


def test_changing_the_passphrase_from_files(data_dir: Path, tmp_path: Path, made) -> None:
    code, old_file, new_file = made
    old_copy = tmp_path / "keys-copy.json"
    shutil.copy(profiles.find_profile(data_dir, "Blue").key_path, old_copy)
    assert _old_key_opens(old_copy, data_dir)

    out = ok(data_dir, "profile", "passphrase", "--profile", "Blue", "--passphrase-file", str(old_file),
             "--new-passphrase-file", str(new_file))
    assert "Changed the passphrase" in out
    entry = ok(data_dir, "entry", "add", "--profile", "Blue", "--passphrase-file", str(new_file), "--title", "After")
    assert not _old_key_opens(old_copy, data_dir)
    assert "doesn't open" in refused(data_dir, "entry", "list", "--profile", "Blue", "--passphrase-file",
                                      str(old_file))
    assert entry.strip() in ok(data_dir, "entry", "list", "--profile", "Blue", "--recovery-code", code)


def test_a_forgotten_passphrase_reset_with_the_recovery_code(data_dir: Path, made) -> None:
    code, old_file, _new_file = made
    result = run(data_dir, "profile", "passphrase", "--profile", "Blue", "--recovery-code", code, stdin=NEW + "\n")
    assert result.returncode == 0, result.stderr
    assert run(data_dir, "entry", "list", "--profile", "Blue", stdin=NEW + "\n").returncode == 0
    refused(data_dir, "entry", "list", "--profile", "Blue", "--passphrase-file", str(old_file))


def test_a_wrong_current_passphrase_changes_nothing(data_dir: Path, tmp_path: Path, made) -> None:
    _code, old_file, new_file = made
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase at all\n", encoding="utf-8")
    before = profiles.find_profile(data_dir, "Blue").key_path.read_bytes()
    assert "doesn't open" in refused(data_dir, "profile", "passphrase", "--profile", "Blue", "--passphrase-file",
                                      str(wrong), "--new-passphrase-file", str(new_file))
    assert profiles.find_profile(data_dir, "Blue").key_path.read_bytes() == before
    ok(data_dir, "entry", "list", "--profile", "Blue", "--passphrase-file", str(old_file))


def test_both_passphrases_on_standard_input(data_dir: Path, made) -> None:
    _code, _old_file, _new_file = made
    result = run(data_dir, "profile", "passphrase", "--profile", "Blue", stdin=f"{OLD}\n{NEW}\n")
    assert result.returncode == 0, result.stderr
    assert run(data_dir, "entry", "list", "--profile", "Blue", stdin=NEW + "\n").returncode == 0
