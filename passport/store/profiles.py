"""Where profiles live on disk, and the one thing readable without a secret: their labels.

The base folder holds one folder per profile, named at random. Inside: ``label.json``
(the label its owner chose, which may be a disguise), ``keys.json`` (the wrapped database
key) and ``store.db`` (the SQLCipher database). File names say nothing about the content.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from passport.errors import (
    DeleteNeedsSecret,
    InvalidValue,
    PassportError,
    ProfileExists,
    ProfileNotFound,
    WrongSecret,
)
from passport.fileio import fsync_folder, make_private_folder, replace_atomically

ENV_HOME = "PASSPORT_HOME"
APP_FOLDER = "WellbeingPassport"
LABEL_FILE = "label.json"
KEY_FILE = "keys.json"
DB_FILE = "store.db"
MAX_LABEL = 60
_LABEL_FORMAT = "wellbeing-passport-label"


# The most of a key file read to see whether it has trusted people (its real size is a few KiB).
_KEY_FILE_LIMIT = 64 * 1024


@dataclass(frozen=True)
class ProfileFolder:
    path: Path
    label: str

    @property
    def key_path(self) -> Path:
        return self.path / KEY_FILE

    @property
    def db_path(self) -> Path:
        return self.path / DB_FILE

    def has_trusted_people(self) -> bool:
        """Whether its key file has a trusted-people slot, read from the file's public part
        without unlocking (the unlock screen offers pieces only then). A key file that cannot
        be read says no: the passphrase and the recovery code say what is wrong with it.

        Read as plain JSON, not through ``KeyFile``: the unlock screen asks before its first
        paint, and importing the key file's module builds its pydantic models (about 130 ms of
        cold start). Pieces typed in are checked against the whole key file later."""
        try:
            with self.key_path.open("rb") as source:
                raw = source.read(_KEY_FILE_LIMIT + 1)
            if len(raw) > _KEY_FILE_LIMIT:
                return False
            body = json.loads(raw).get("body")
            slots = body.get("slots") if isinstance(body, dict) else None
        except (OSError, ValueError, AttributeError, RecursionError):
            return False
        return isinstance(slots, list) and any(
            isinstance(slot, dict) and slot.get("kind") == "trusted_people" for slot in slots)


def data_dir(explicit: Path | None = None) -> Path:
    """The base folder: ``--data-dir``, else ``$PASSPORT_HOME``, else the user data dir."""
    if explicit is not None:
        return explicit
    if os.environ.get(ENV_HOME):
        return Path(os.environ[ENV_HOME])
    return Path(platformdirs.user_data_dir(APP_FOLDER, appauthor=False))


def clean_label(label: str) -> str:
    cleaned = " ".join(label.split())
    if not cleaned:
        raise InvalidValue("the label is empty")
    if len(cleaned) > MAX_LABEL:
        raise InvalidValue(f"the label is longer than {MAX_LABEL} characters")
    if not cleaned.isprintable():
        raise InvalidValue("the label has characters that cannot be shown")
    return cleaned


def _read_label(folder: Path) -> str | None:
    try:
        with (folder / LABEL_FILE).open("rb") as f:
            data = json.loads(f.read(4096))
        if data.get("format") != _LABEL_FORMAT:
            return None
        return clean_label(str(data["label"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError, InvalidValue):
        return None


def list_profiles(base: Path) -> list[ProfileFolder]:
    """Every profile in ``base``, by label. A folder without a readable label and key
    file is not a profile and is skipped."""
    if not base.is_dir():
        return []
    found = []
    for child in base.iterdir():
        if not child.is_dir() or not (child / KEY_FILE).exists():
            continue
        label = _read_label(child)
        if label is not None:
            found.append(ProfileFolder(child, label))
    return sorted(found, key=lambda p: (p.label.casefold(), p.path.name))


def find_profile(base: Path, label: str) -> ProfileFolder:
    wanted = " ".join(label.split()).casefold()
    for profile in list_profiles(base):
        if profile.label.casefold() == wanted:
            return profile
    raise ProfileNotFound(label)


def _check_label_free(base: Path, label: str, except_path: Path | None = None) -> None:
    for profile in list_profiles(base):
        if profile.label.casefold() == label.casefold() and profile.path != except_path:
            raise ProfileExists(label)


def new_folder(base: Path, label: str) -> ProfileFolder:
    label = clean_label(label)
    make_private_folder(base)
    _check_label_free(base, label)
    import secrets  # here, not at start-up: it brings hmac and OpenSSL's hashes (4 ms)

    path = base / secrets.token_hex(8)
    path.mkdir(mode=0o700)
    write_label(path, label)
    return ProfileFolder(path, label)


def write_label(path: Path, label: str) -> None:
    data = json.dumps({"format": _LABEL_FORMAT, "version": 1, "label": label}).encode()
    replace_atomically(path / LABEL_FILE, data)


def relabel(folder: ProfileFolder, label: str) -> ProfileFolder:
    label = clean_label(label)
    _check_label_free(folder.path.parent, label, except_path=folder.path)
    write_label(folder.path, label)
    return ProfileFolder(folder.path, label)


def remove_folder(folder: ProfileFolder | Path) -> None:
    """Delete a profile's folder and everything in it."""
    path = folder.path if isinstance(folder, ProfileFolder) else folder
    shutil.rmtree(path, ignore_errors=True)


def remove_profile(folder: ProfileFolder, secret: str) -> None:
    """Erase a profile from this computer for good (the owner asked, and gave its secret).

    Only its passphrase or recovery code erases it (checked here, against the key file's
    slots): anyone at a shared computer can see the names, and a name is not a secret.
    Refuses a folder that is not a profile's, so a wrong path can never empty another
    folder. The database and its journals go first, then the key file (overwritten before
    it is unlinked: without it no copy of the database opens), the label, and the folder.
    A power cut part way leaves a profile still listed, to erase again.
    """
    path = folder.path
    if path.is_symlink() or not path.is_dir() or not folder.key_path.is_file() or _read_label(path) is None:
        raise ProfileNotFound(folder.label)
    check_secret(folder, secret)
    database = folder.db_path
    for name in (database.name, f"{database.name}-wal", f"{database.name}-shm", f"{database.name}-journal"):
        _unlink(path / name)
    for name in (KEY_FILE, f"{KEY_FILE}.previous", f"{KEY_FILE}.tmp"):
        _overwrite(path / name)
        _unlink(path / name)
    _unlink(path / f"{LABEL_FILE}.tmp")
    _unlink(path / LABEL_FILE)
    # Anything else in there was made by the app too (the folder's name is ours, at random).
    shutil.rmtree(path)
    fsync_folder(path.parent)


def check_secret(folder: ProfileFolder, secret: str) -> None:
    """Raise :class:`DeleteNeedsSecret` unless ``secret`` is the profile's passphrase or its
    recovery code. The code is tried first: its slot is quick to try, the passphrase's slow."""
    # Late: importing the key file's module builds its pydantic models (about 130 ms), and the
    # start screen lists the profiles before anyone reads a key file (cold start, docs/performance.md).
    from passport.crypto.keyfile import KeyFile

    key_file = KeyFile.load(folder.key_path)
    for unlock in (key_file.unlock_with_recovery_code, key_file.unlock_with_passphrase):
        try:
            unlock(secret)
        except WrongSecret:
            continue
        return
    raise DeleteNeedsSecret(folder.label)


def _overwrite(path: Path) -> None:
    try:
        # Never through a link: only the app's own file is overwritten.
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return
    try:
        os.write(fd, bytes(os.fstat(fd).st_size))
        os.fsync(fd)
    finally:
        os.close(fd)


def _unlink(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


# --- leftovers of a crash -------------------------------------------------------------------

# What a killed write can leave in the data folder, by the names we give: a backup or a
# share written as ``<name>.part``; a key file's temporary copy; a restore or a new profile
# killed before its key file existed (a folder with a full store and no key file, which
# ``list_profiles`` does not show, and which opens with the backup's own key).
LEFTOVER_QUIET_S = 60.0
_PART_NAMES = (".wpbackup.part", ".wpb.part", ".wpcard.part", ".wpreceipt.part")
_PROFILE_FOLDER_NAME = re.compile(r"^[0-9a-f]{16}$")
_OURS_IN_A_FOLDER = re.compile(
    r"^(label\.json|keys\.json|store\.db)(\.tmp|\.previous|\.rekey)?(-wal|-shm|-journal)?$"
)


def clean_leftovers(base: Path, quiet_for_s: float = LEFTOVER_QUIET_S) -> list[Path]:
    """Remove what killed writes left in ``base`` (called as the app and the CLI start).

    Only names this app makes are touched, and only in the data folder and its profile
    folders: half-written backups and shares (``*.wpbackup.part``...), temporary key files,
    the previous key file once the current one reads well, and folders of a restore or a
    new profile killed before their key file was written. Returns what was removed.

    A restore or a backup still being written by another running copy of the app changes
    its files all the time; only what has been still for ``quiet_for_s`` seconds is removed.
    """
    removed: list[Path] = []
    if not base.is_dir():
        return removed
    still_since = time.time() - quiet_for_s
    for child in sorted(base.iterdir()):
        if child.is_file() and child.name.endswith(_PART_NAMES):
            if _still(child, still_since):
                _remove(child, removed)
        elif child.is_dir() and not child.is_symlink() and _PROFILE_FOLDER_NAME.match(child.name):
            _clean_profile_folder(child, removed, still_since)
    return removed


def _still(path: Path, since: float) -> bool:
    try:
        return path.stat().st_mtime <= since
    except OSError:
        return False


def _clean_profile_folder(folder: Path, removed: list[Path], still_since: float) -> None:
    paths = list(folder.iterdir())
    if not all(_still(path, still_since) for path in paths):
        return  # being written right now (a restore, a backup, a key change in another copy of the app)
    names = [p.name for p in paths]
    ours = all(_OURS_IN_A_FOLDER.match(name) or name.endswith(_PART_NAMES) for name in names)
    if KEY_FILE not in names and f"{KEY_FILE}.previous" not in names:
        if ours:  # a restore or a new profile killed part way: nothing opens it, nobody can finish it
            remove_folder(folder)
            removed.append(folder)
        return
    for name in names:
        if name.endswith(_PART_NAMES) or name in (f"{KEY_FILE}.tmp", f"{LABEL_FILE}.tmp"):
            _remove(folder / name, removed)
    previous = folder / f"{KEY_FILE}.previous"
    if previous.exists() and _key_file_reads(folder / KEY_FILE):
        _remove(previous, removed)


def _key_file_reads(path: Path) -> bool:
    from passport.crypto.keyfile import KeyFile

    try:
        with path.open("rb") as f:
            KeyFile.parse(f.read(64 * 1024 + 1))
    except (OSError, PassportError):
        return False
    return True


def _remove(path: Path, removed: list[Path]) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        return
    except OSError:
        return  # tried again at the next start
    removed.append(path)
