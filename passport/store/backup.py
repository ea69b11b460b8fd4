"""Backups: the whole profile in one file that the recovery code alone opens.

A ``.wpbackup`` is an age file (X25519) whose identity is derived from the recovery code
with HKDF, so it streams (pyrage's passphrase mode is whole-buffer). Inside is a tar
stream: ``manifest.json`` first, then ``store.db`` — the SQLCipher database file exactly
as it is on disk, still encrypted with its own key, which the manifest carries. So no
plaintext of the profile exists at any point, in memory beyond a chunk or on disk.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from passport import __version__
from passport.byte_streams import Writable
from passport.clock import now
from passport.crypto import age_layer
from passport.crypto.keyfile import DEFAULT_KDF, KEY_BYTES, KdfSettings, KeyFile, PiecesParams, trusted_slot_for
from passport.crypto.passphrases import check_new_passphrase
from passport.crypto.recovery_code import backup_identity, new_code
from passport.errors import AgeError, AgeNotForYou, BackupDamaged, PassportError, TooLarge, WrongSecret, disk_full
from passport.fileio import open_outside_file, open_private, written_out_early, written_whole
from passport.formats.streams import ChunkReader, decrypted_reader, tar_end, tar_member
from passport.formats.ustar import Member, UstarReader
from passport.models import ProfileKind
from passport.store import profiles
from passport.store.database import Store, rekey_file
from passport.vault import Vault

FORMAT: Final = "wellbeing-passport-backup"
# Version 2 writes the database first and the manifest, which carries the database key, last:
# a backup cut short (a kill before its rename leaves ``<name>.part``) holds no key and so
# reveals nothing, whatever its name. Version 1 (manifest first) is still restored.
# Version 3 (same order) adds the trusted-people slot's public part, so that the pieces given
# before a backup open the passport restored from it; a version 1 or 2 backup restores
# without trusted people (``trusted.pieces_left_behind`` then names who held the old pieces).
VERSION: Final = 3
READABLE_VERSIONS = (1, 2, 3)
MANIFEST_NAME = "manifest.json"
DATABASE_NAME = "store.db"
RESTORING_LABEL = "Restoring"  # until the manifest, at the end, names it
MAX_MANIFEST_BYTES = 64 * 1024
MAX_DATABASE_BYTES = 16 * 1024**3
CHUNK_BYTES = 1024 * 1024
# The tar framing around the database: two members' headers, padding and the end blocks.
_TAR_OVERHEAD = 64 * 1024

Progress = Callable[[int, int], None]


class TrustedPart(BaseModel):
    """The trusted-people slot's public part: its salt and sets, and the public key the
    database key is sealed to. No secret: two pieces are still needed to open anything."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kdf: PiecesParams
    recipient: str = Field(pattern=r"^age1[02-9ac-hj-np-z]{58}$")


class BackupManifest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal["wellbeing-passport-backup"]
    version: int = Field(ge=0, le=2**31 - 1)  # every integer bounded (issue 13)
    created_at: dt.datetime
    app_version: str = Field(max_length=40)
    label: str = Field(max_length=profiles.MAX_LABEL)
    kind: ProfileKind
    database_key: str = Field(pattern=r"^[0-9a-f]{64}$")
    database_size: int = Field(ge=1, le=MAX_DATABASE_BYTES)
    trusted_people: TrustedPart | None = None  # version 3; None: no trusted people


def save_backup(vault: Vault, out_path: Path, progress: Progress | None = None) -> Path:
    """Write a backup of the profile that its current recovery code opens.

    Written to ``<out>.part`` and renamed only when complete, so a full disk or a crash
    never leaves a half backup under the final name.
    """
    recipient = str(vault.meta("backup_recipient"))
    trusted_part = KeyFile.load(vault.folder.key_path).trusted_public_part()
    try:
        with vault.store().still_file(vault.database_key()):
            db_path = vault.folder.db_path
            size = db_path.stat().st_size
            manifest = BackupManifest(
                format=FORMAT,
                version=VERSION,
                created_at=now(),
                app_version=__version__,
                label=vault.folder.label,
                kind=vault.kind,
                database_key=vault.database_key().hex(),
                database_size=size,
                trusted_people=None if trusted_part is None else TrustedPart(kdf=trusted_part[0],
                                                                              recipient=trusted_part[1]),
            ).model_dump_json(exclude_none=True).encode()
            with db_path.open("rb") as db, written_whole(out_path) as sink:
                stream = _archive(manifest, db, size, progress)
                with written_out_early(sink.fileno()):
                    age_layer.encrypt_stream(ChunkReader(stream), sink, [recipient])
    except BaseException as exc:
        full = disk_full(exc)
        if full is None or full is exc:
            raise
        raise full from exc
    vault.set_setting("last_backup_at", now().isoformat())
    return out_path


def _archive(manifest: bytes, db: BinaryIO, size: int, progress: Progress | None) -> Iterator[bytes]:
    def database_chunks() -> Iterator[bytes]:
        done = 0
        while chunk := db.read(CHUNK_BYTES):
            done += len(chunk)
            if progress is not None:
                progress(done, size)
            yield chunk

    yield from tar_member(DATABASE_NAME, size, database_chunks())
    yield from tar_member(MANIFEST_NAME, len(manifest), [manifest])
    yield tar_end()


def restore_backup(
    base: Path,
    backup_path: Path,
    code: str,
    new_passphrase: str,
    progress: Progress | None = None,
    kdf: KdfSettings | None = None,
) -> tuple[Vault, str]:
    """Restore a backup as a new profile in ``base``; returns its vault and its fresh recovery code.

    Nothing is left behind on failure: a wrong code raises WrongSecret, anything wrong
    with the file BackupDamaged (or TooLarge), and no profile folder remains.
    """
    check_new_passphrase(new_passphrase)
    identity = backup_identity(code)
    folder: profiles.ProfileFolder | None = None
    base_was_there = base.exists()
    try:
        with open_outside_file(backup_path) as source:

            def decrypt(sink: Writable) -> object:
                limit = MAX_DATABASE_BYTES + MAX_MANIFEST_BYTES + _TAR_OVERHEAD
                return age_layer.decrypt_stream(source, sink, [identity], limit)

            with decrypted_reader(decrypt) as plaintext:
                archive = UstarReader(plaintext, first_limit=MAX_DATABASE_BYTES, member_limit=MAX_DATABASE_BYTES,
                                      max_members=3, damaged=BackupDamaged, too_large=TooLarge)
                first = archive.next()
                if first is not None and first.name == MANIFEST_NAME:  # version 1: the manifest first
                    manifest = _manifest_of(archive, first, expected_versions=(1,))
                    folder = profiles.new_folder(base, _free_label(base, manifest.label))
                    _read_database(archive, archive.next(), folder.db_path, manifest.database_size,
                                   _first_half(progress))
                else:  # version 2: the database, then the manifest with its key
                    size = first.size if first is not None else 0
                    folder = profiles.new_folder(base, _free_label(base, RESTORING_LABEL))
                    _read_database(archive, first, folder.db_path, size, _first_half(progress))
                    manifest = _manifest_of(archive, archive.next(), expected_versions=(2, 3))
                    if manifest.database_size != size:
                        raise BackupDamaged("the database is not the size the manifest says")
                    folder = profiles.relabel(folder, _free_label(base, manifest.label))
                if archive.next() is not None:
                    raise BackupDamaged("the backup holds more than a profile")
        key = bytes.fromhex(manifest.database_key)
        # The restored store moves to a new key before it gets a key file at all: the
        # backup's key (and its recovery code) open nothing written from now on. The file is
        # no one's profile yet, so it is re-encrypted where it lies, page by page, with no
        # journal and no second copy; killed before the key file exists, the folder is a
        # leftover that the next start removes. age authenticated every byte, so the file is
        # exactly the one backed up; page 1's HMAC proves the key fits, and the pages are
        # re-encrypted on every core (store/pages.py). (`passport check` runs a full pass whenever wanted.)
        new_key = os.urandom(KEY_BYTES)
        rekey_file(folder.db_path, key, new_key)
        second_half = _second_half(progress)
        if second_half is not None:
            written = folder.db_path.stat().st_size
            second_half(written, written)
        fresh_code = new_code()
        restored = Vault(folder, Store(folder.db_path, new_key), new_key)
        key_file = KeyFile.new(new_key, new_passphrase, fresh_code, kdf or DEFAULT_KDF)
        if manifest.trusted_people is not None:  # the pieces people hold open the restored passport too
            part = manifest.trusted_people
            key_file = key_file.replacing(trusted_slot_for(part.kdf, part.recipient, new_key))
        # One atomic write holds every slot: killed before it, the folder has no key file and is removed.
        key_file.save(folder.key_path)
        restored.remember_backup_recipient(fresh_code)
        return restored, fresh_code
    except BaseException as exc:
        if folder is not None:
            profiles.remove_folder(folder)
        if not base_was_there:  # the data folder too, if this restore made it (a first run)
            with contextlib.suppress(OSError):
                base.rmdir()
        raise _typed(exc) from exc


def _first_half(progress: Progress | None) -> Progress | None:
    """Reading the backup is the first half of a restore's progress; the key rotation the second."""
    if progress is None:
        return None
    return lambda done, total: progress(done, 2 * total)


def _second_half(progress: Progress | None) -> Progress | None:
    if progress is None:
        return None
    return lambda done, total: progress(total + done, 2 * total)


def _typed(exc: BaseException) -> BaseException:
    if isinstance(exc, AgeNotForYou):
        return WrongSecret("this recovery code does not open the backup")
    if isinstance(exc, AgeError | ValidationError):
        return BackupDamaged(str(exc) or type(exc).__name__)
    full = disk_full(exc)
    if full is not None:
        return full
    if isinstance(exc, PassportError | OSError | KeyboardInterrupt):
        return exc
    return BackupDamaged(type(exc).__name__)


def _manifest_of(archive: UstarReader, member: Member | None, expected_versions: tuple[int, ...]) -> BackupManifest:
    if member is None or member.name != MANIFEST_NAME:
        raise BackupDamaged("the backup has no manifest where it should be")
    if member.size > MAX_MANIFEST_BYTES:
        raise TooLarge("the backup's manifest is larger than allowed")
    manifest = BackupManifest.model_validate_json(archive.read(member.size))
    if manifest.version not in READABLE_VERSIONS:
        raise BackupDamaged(f"backup version {manifest.version} is not one this app reads")
    if manifest.version not in expected_versions:
        raise BackupDamaged("the backup's parts are not in the order its version says")
    return manifest


def _read_database(archive: UstarReader, member: Member | None, target: Path, size: int,
                   progress: Progress | None) -> None:
    if member is None or member.name != DATABASE_NAME:
        raise BackupDamaged("the backup has no database")
    if member.size != size:
        raise BackupDamaged("the database is not the size the manifest says")
    # These bytes are the SQLCipher file itself: ciphertext, safe to write to disk. They are
    # not synced yet: the restore re-encrypts them in place under a new key and syncs them
    # then; a crash before that leaves a folder with no key file, which the next start removes.
    done = 0
    with open_private(target) as out:
        while chunk := archive.read(CHUNK_BYTES):
            out.write(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, size)


def _free_label(base: Path, label: str) -> str:
    taken = {p.label.casefold() for p in profiles.list_profiles(base)}
    if label.casefold() not in taken:
        return label
    for n in range(1, 1000):
        candidate = f"{label} (restored{'' if n == 1 else f' {n}'})"[: profiles.MAX_LABEL]
        if candidate.casefold() not in taken:
            return candidate
    raise BackupDamaged("no free label for the restored profile")
