"""A restore keeps trusted people (walk g, item 1): the pieces given before a backup still
open the passport restored from it, and Settings still names who holds them. A backup of an
older version (no trusted slot in it) restores too, and then says whose pieces no longer open."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from passport.cli.main import main
from passport.crypto import age_layer
from passport.crypto.keyfile import KeyFile
from passport.crypto.recovery_code import backup_identity
from passport.errors import BackupDamaged, NoTrustedPeople
from passport.profile import Profile
from passport.store import backup as backup_module
from passport.store.backup import save_backup
from tests.helpers import FAST_KDF
from tests.trusted_helpers import as_version_2, give_and_keep, lock_all, make_circle, rewritten_backup

NEW_PASSPHRASE = "a fresh start on a new laptop"


@pytest.fixture
def circle(data_dir: Path, tmp_path: Path):
    made = make_circle(data_dir, tmp_path)
    yield made
    lock_all(made)


def _backup_with_code(circle, tmp_path: Path) -> tuple[Path, str]:
    code = circle.owner.new_recovery_code()
    return save_backup(circle.owner.vault, tmp_path / "sky.wpbackup"), code


def test_pieces_given_before_a_backup_open_the_restored_passport(circle, tmp_path: Path) -> None:
    words = give_and_keep(circle, tmp_path / "out")
    backup, code = _backup_with_code(circle, tmp_path)
    restored, _fresh = Profile.restore_backup(tmp_path / "new-laptop", backup, code, NEW_PASSPHRASE, kdf=FAST_KDF)
    folder = restored.folder
    assert [piece.display_name for piece in restored.trusted.given().pieces] == ["Jo Carter", "Sam Lee", "Ash"]
    assert restored.trusted.pieces_left_behind() == ()
    restored.lock()
    for first, second in itertools.permutations(range(3), 2):
        Profile.open_with_pieces(folder, [words[first], words[second]]).lock()
    # The restored key file holds the new key: the backup's own key opens nothing there.
    assert KeyFile.load(folder.key_path).trusted_params() is not None


def test_a_restore_of_a_passport_without_trusted_people_has_none(circle, tmp_path: Path) -> None:
    backup, code = _backup_with_code(circle, tmp_path)
    restored, _fresh = Profile.restore_backup(tmp_path / "new-laptop", backup, code, NEW_PASSPHRASE, kdf=FAST_KDF)
    assert restored.trusted.given().pieces == ()
    assert restored.trusted.pieces_left_behind() == ()
    folder = restored.folder
    restored.lock()
    with pytest.raises(NoTrustedPeople):
        Profile.open_with_pieces(folder, ["x " * 20, "y " * 20])


def test_an_older_backup_restores_and_says_whose_pieces_no_longer_open(circle, tmp_path: Path) -> None:
    words = give_and_keep(circle, tmp_path / "out")
    backup, code = _backup_with_code(circle, tmp_path)

    older = rewritten_backup(backup, code, as_version_2, tmp_path / "older.wpbackup")
    restored, _fresh = Profile.restore_backup(tmp_path / "new-laptop", older, code, NEW_PASSPHRASE, kdf=FAST_KDF)
    assert restored.trusted.given().pieces == ()
    assert restored.trusted.pieces_left_behind() == ("Jo Carter", "Sam Lee", "Ash")
    folder = restored.folder
    restored.lock()
    with pytest.raises(NoTrustedPeople):
        Profile.open_with_pieces(folder, words[:2])


@pytest.mark.parametrize("recipient", ["age1nothere", "x" * 62, "age1" + "q" * 58])
def test_a_crafted_trusted_slot_is_refused_and_nothing_is_kept(circle, tmp_path: Path, recipient: str) -> None:
    give_and_keep(circle, tmp_path / "out")
    backup, code = _backup_with_code(circle, tmp_path)

    def crafted(manifest: dict) -> dict:
        manifest["trusted_people"]["recipient"] = recipient
        return manifest

    bad = rewritten_backup(backup, code, crafted, tmp_path / "bad.wpbackup")
    base = tmp_path / "new-laptop"
    with pytest.raises(BackupDamaged):
        Profile.restore_backup(base, bad, code, NEW_PASSPHRASE, kdf=FAST_KDF)
    assert not base.exists() or not any(base.iterdir())


def test_the_backup_manifest_holds_only_the_slot_public_part(circle, tmp_path: Path) -> None:
    give_and_keep(circle, tmp_path / "out")
    backup, code = _backup_with_code(circle, tmp_path)
    plain = age_layer.decrypt_bytes(backup.read_bytes(), [backup_identity(code)], 1 << 30)
    start = plain.rindex(b'{"format"')
    manifest = json.loads(plain[start:plain.index(b"\x00", start)])
    assert manifest["version"] == backup_module.VERSION == 3
    assert set(manifest["trusted_people"]) == {"kdf", "recipient"}
    slot = KeyFile.load(circle.owner.folder.key_path)
    assert manifest["trusted_people"]["recipient"] in {s.recipient for s in slot.slots}


def test_the_command_line_restore_says_the_pieces_still_open_it(circle, tmp_path: Path, capsys) -> None:
    give_and_keep(circle, tmp_path / "out")
    backup, code = _backup_with_code(circle, tmp_path)
    passphrase_file = tmp_path / "pass.txt"
    passphrase_file.write_text(NEW_PASSPHRASE)
    status = main(["--data-dir", str(tmp_path / "new-laptop"), "restore", str(backup), "--recovery-code", code,
                   "--passphrase-file", str(passphrase_file)])
    out = capsys.readouterr().out
    assert status == 0
    assert "the old one still opens the backup, not this copy" in out
    assert "The pieces your trusted people hold still open it." in out
