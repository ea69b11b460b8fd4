"""Backups: the recovery code alone restores an identical profile; bad files change nothing."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
import tarfile
from collections.abc import Callable
from pathlib import Path

import pytest

from passport.crypto import age_layer
from passport.crypto.recovery_code import backup_identity, backup_recipient
from passport.errors import AgeError, BackupDamaged, InvalidValue, TooLarge, WrongSecret
from passport.formats.streams import tar_end, tar_member
from passport.formats.ustar import UstarReader
from passport.profile import Profile
from passport.store import profiles
from passport.store.backup import save_backup
from tests.helpers import CANARY, FAST_KDF, PASSPHRASE, add_entry, png_bytes, wav_bytes

REPO = Path(__file__).resolve().parents[3]
NEW_PASSPHRASE = "a fresh start on a new laptop"


def snapshot(profile: Profile) -> dict:
    """Everything a person would miss if it were lost, in comparable form."""
    entries = sorted(profile.entries(), key=lambda e: e.id)
    return {
        "kind": profile.kind,
        "sections": profile.sections(include_hidden=True),
        "entries": entries,
        "revisions": {e.id: profile.revisions(e.id) for e in entries},
        "attachments": {
            e.id: [(a, hashlib.sha256(profile.attachment_data(a.id)).hexdigest()) for a in profile.attachments(e.id)]
            for e in entries
        },
        "settings": profile.setting("theme"),
    }


@pytest.fixture
def filled(made_profile) -> tuple[Profile, str]:
    profile, code = made_profile
    first = add_entry(profile, "Drawing", f"I draw dragons {CANARY}", important_now=True)
    profile.update_entry(first, profile.entry(first).content.model_copy(update={"body": "Dragons and castles"}))
    profile.add_attachment(first, "dragon.png", png_bytes(40, 30))
    profile.add_attachment(first, "song.wav", wav_bytes())
    add_entry(profile, "Quiet", "Quiet rooms help")
    profile.add_section("Gaming")
    profile.set_setting("theme", "dark")
    return profile, code


def test_round_trip_is_identical_and_gets_a_fresh_code(filled, tmp_path: Path) -> None:
    profile, code = filled
    backup = save_backup(profile.vault, tmp_path / "my.wpbackup")
    assert profile.setting("last_backup_at") is not None
    assert CANARY.encode() not in backup.read_bytes()

    new_home = tmp_path / "new-laptop"
    restored, fresh_code = Profile.restore_backup(new_home, backup, code.lower(), NEW_PASSPHRASE, kdf=FAST_KDF)
    assert fresh_code != code
    assert snapshot(restored) == snapshot(profile)
    assert restored.label == "Sky" and restored.check() == []
    restored.lock()
    # The restored profile opens with the new passphrase and the fresh code only.
    folder = profiles.find_profile(new_home, "Sky")
    Profile.open_with_passphrase(folder, NEW_PASSPHRASE).lock()
    Profile.open_with_recovery_code(folder, fresh_code).lock()
    with pytest.raises(WrongSecret):
        Profile.open_with_recovery_code(folder, code)


def test_restoring_next_to_the_original_picks_a_free_label(filled, data_dir: Path, tmp_path: Path) -> None:
    profile, code = filled
    backup = save_backup(profile.vault, tmp_path / "b.wpbackup")
    restored, _ = Profile.restore_backup(data_dir, backup, code, NEW_PASSPHRASE, kdf=FAST_KDF)
    assert restored.label == "Sky (restored)"
    restored.lock()


def _assert_refused(base: Path, backup: Path, code: str, error: type[Exception]) -> None:
    before = sorted(p.name for p in base.iterdir()) if base.exists() else []
    with pytest.raises(error):
        Profile.restore_backup(base, backup, code, NEW_PASSPHRASE, kdf=FAST_KDF)
    after = sorted(p.name for p in base.iterdir()) if base.exists() else []
    assert after == before, "a refused backup left something behind"


def test_wrong_code_truncated_tampered_and_junk_are_refused(filled, tmp_path: Path) -> None:
    profile, code = filled
    backup = save_backup(profile.vault, tmp_path / "b.wpbackup")
    raw = backup.read_bytes()
    base = tmp_path / "restore-here"

    other_code = profile.new_recovery_code()
    _assert_refused(base, backup, other_code, WrongSecret)

    for cut in (0, 10, 200, len(raw) // 2, len(raw) - 1):
        (tmp_path / "cut.wpbackup").write_bytes(raw[:cut])
        _assert_refused(base, tmp_path / "cut.wpbackup", code, BackupDamaged)

    for offset in (300, len(raw) // 3, len(raw) // 2, len(raw) - 20):
        flipped = bytearray(raw)
        flipped[offset] ^= 0x04
        (tmp_path / "flip.wpbackup").write_bytes(bytes(flipped))
        _assert_refused(base, tmp_path / "flip.wpbackup", code, BackupDamaged)

    (tmp_path / "junk.wpbackup").write_bytes(os.urandom(5000))
    _assert_refused(base, tmp_path / "junk.wpbackup", code, BackupDamaged)


def test_a_weak_new_passphrase_is_refused_before_any_work(filled, tmp_path: Path) -> None:
    profile, code = filled
    backup = save_backup(profile.vault, tmp_path / "b.wpbackup")
    with pytest.raises(InvalidValue):
        Profile.restore_backup(tmp_path / "x", backup, code, "short")
    assert not (tmp_path / "x").exists()


def test_a_failed_backup_leaves_no_file_under_the_final_name(filled, tmp_path: Path) -> None:
    profile, _code = filled
    target = tmp_path / "no-such-folder" / "b.wpbackup"
    with pytest.raises(OSError):
        save_backup(profile.vault, target)
    assert not target.exists()


def _run_worker(*args: str) -> tuple[int, int]:
    result = subprocess.run(
        [sys.executable, "-m", "tests.backup_worker", *args], cwd=REPO, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stderr
    baseline, peak = map(int, result.stdout.split())
    return baseline, peak


@pytest.mark.slow
def test_300_mb_profile_backs_up_and_restores_in_bounded_memory(data_dir: Path, tmp_path: Path) -> None:
    profile, code = Profile.create(data_dir, profiles_kind(), "Big", PASSPHRASE, kdf=FAST_KDF)
    digests = {}
    for n in range(31):  # 31 attachments of 10 MiB (just over 300 MB)
        entry_id = add_entry(profile, f"Recording {n}")
        data = os.urandom(10 * 1024 * 1024)
        attachment = profile.add_attachment(entry_id, f"r{n}.bin", data).attachment
        digests[attachment.id] = hashlib.sha256(data).hexdigest()
    profile.lock()

    backup = tmp_path / "big.wpbackup"
    _baseline, peak = _run_worker("backup", str(data_dir), "Big", PASSPHRASE, str(backup))
    assert backup.stat().st_size > 300 * 1024 * 1024
    assert peak < 200 * 1024, f"backup peaked at {peak // 1024} MiB"

    new_home = tmp_path / "new-laptop"
    _baseline, peak = _run_worker("restore", str(new_home), str(backup), code, NEW_PASSPHRASE)
    assert peak < 200 * 1024, f"restore peaked at {peak // 1024} MiB"

    restored = Profile.open_with_passphrase(profiles.find_profile(new_home, "Big"), NEW_PASSPHRASE)
    try:
        found = {}
        for entry in restored.entries():
            for attachment in restored.attachments(entry.id):
                digest = hashlib.sha256()
                for chunk in restored.attachment_chunks(attachment.id):
                    digest.update(chunk)
                found[attachment.id] = digest.hexdigest()
        assert found == digests
        assert restored.check() == []
    finally:
        restored.lock()


def profiles_kind():
    from passport.models import ProfileKind

    return ProfileKind.YOUNG_PERSON


def _with_archive(backup: Path, code: str, change: Callable[[bytes], bytes], out: Path) -> Path:
    """The backup re-made by someone who holds the recovery code, its tar changed."""
    plain = age_layer.decrypt_bytes(backup.read_bytes(), [backup_identity(code)], 1 << 30)
    sink = io.BytesIO()
    age_layer.encrypt_stream(io.BytesIO(change(plain)), sink, [backup_recipient(code)])
    out.write_bytes(sink.getvalue())
    return out


def _set_size(header: bytes, field: bytes) -> bytes:
    changed = header[:124] + field + header[136:148] + b" " * 8 + header[156:]
    return changed[:148] + b"%06o\x00 " % sum(changed) + changed[156:]


def test_a_backup_with_a_negative_size_or_an_extra_part_is_refused(filled, tmp_path: Path) -> None:
    """Made with the right code but not by the app: a size of -1 (which would read the rest
    of the file as one part) and a third part are refused as damaged, and nothing is kept."""
    profile, code = filled
    backup = save_backup(profile.vault, tmp_path / "b.wpbackup")
    base = tmp_path / "restore-here"

    def negative_database_size(plain: bytes) -> bytes:
        assert plain[:8] == b"store.db"  # the database first, its manifest (and key) last
        return _set_size(plain[:512], b"-0000000001\x00") + plain[512:]

    def third_part(plain: bytes) -> bytes:
        return plain[:-1024] + b"".join(tar_member("extra.txt", 5, [b"hello"])) + tar_end()

    for change in (negative_database_size, third_part):
        crafted = _with_archive(backup, code, change, tmp_path / f"{change.__name__}.wpbackup")
        _assert_refused(base, crafted, code, BackupDamaged)


def test_a_database_of_8_gib_or_more_keeps_its_size_in_the_header() -> None:
    """A backup's database can pass the 8 GiB an ustar size field holds: the writer puts it
    in base-256 (GNU) and the reader reads it back, instead of a pax header it would refuse."""
    size = 9 * 1024**3
    header = next(iter(tar_member("store.db", size, [])))
    archive = UstarReader(io.BytesIO(header), first_limit=size, member_limit=size, max_members=1,
                          damaged=BackupDamaged, too_large=TooLarge)
    assert archive.next() == ("store.db", size)


def test_a_negative_or_malformed_size_is_refused_before_anything_is_read() -> None:
    """The old reader took "-0000000001" for -1 and then read the rest of the stream into
    memory as one part; numbers must be octal digits (or base-256)."""
    info = tarfile.TarInfo("manifest.json")
    header = info.tobuf(tarfile.USTAR_FORMAT)  # POSIX here; the GNU magic is covered above
    for field in (b"-0000000001\x00", b"0000000001a\x00", b"\xff" * 12):
        source = io.BytesIO(_set_size(header, field) + b"x" * 4096)
        archive = UstarReader(source, first_limit=1 << 20, member_limit=1 << 20, max_members=2,
                              damaged=BackupDamaged, too_large=TooLarge)
        with pytest.raises(BackupDamaged):
            archive.next()
        assert source.tell() == 512, "nothing past the header was read"


def test_a_backup_cut_short_reveals_no_key(filled, tmp_path: Path) -> None:
    """A backup killed before its rename leaves ``<name>.part`` wherever the person chose to
    save it, out of reach of the next start's clean-up. The database goes first and the
    manifest, which carries the database key, last: what the recovery code decrypts of a
    cut file is SQLCipher's ciphertext and nothing that opens it."""
    profile, code = filled
    backup = save_backup(profile.vault, tmp_path / "b.wpbackup")
    key_hex = profile.vault.database_key().hex().encode()
    data = backup.read_bytes()
    for cut in (len(data) // 4, len(data) // 2, len(data) - 700):
        plain = io.BytesIO()
        with pytest.raises(AgeError):
            age_layer.decrypt_stream(io.BytesIO(data[:cut]), plain, [backup_identity(code)], 1 << 30)
        assert plain.getvalue(), "age streams: something of a cut file does decrypt"
        assert key_hex not in plain.getvalue() and b"manifest.json" not in plain.getvalue()


def test_after_a_new_recovery_code_the_app_asks_for_a_new_backup(filled, tmp_path: Path) -> None:
    """Backups saved before a new recovery code open only with the old code (a new user found
    this the hard way after a forgotten passphrase): until the next backup, one is due."""
    profile, _code = filled
    save_backup(profile.vault, tmp_path / "before.wpbackup")
    profile.set_setting("last_backup_at", None)
    profile.save_backup(tmp_path / "b.wpbackup")
    assert not profile.backup_due() and not profile.backup_needs_new_code()
    profile.new_recovery_code()
    assert profile.backup_due() and profile.backup_needs_new_code()
    profile.save_backup(tmp_path / "after.wpbackup")
    assert not profile.backup_due() and not profile.backup_needs_new_code()
