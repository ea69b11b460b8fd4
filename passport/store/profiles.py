"""Where profiles live on disk, and the one thing readable without a secret: their labels.

The base folder holds one folder per profile, named at random. Inside: ``label.json``
(the label its owner chose, which may be a disguise), ``keys.json`` (the wrapped database
key) and ``store.db`` (the SQLCipher database). File names say nothing about the content.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from passport.errors import InvalidValue, ProfileExists, ProfileNotFound
from passport.fileio import fsync_folder, make_private_folder, replace_atomically

ENV_HOME = "PASSPORT_HOME"
APP_FOLDER = "WellbeingPassport"
LABEL_FILE = "label.json"
KEY_FILE = "keys.json"
DB_FILE = "store.db"
MAX_LABEL = 60
_LABEL_FORMAT = "wellbeing-passport-label"


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


def remove_profile(folder: ProfileFolder) -> None:
    """Erase a profile from this computer for good (the owner asked, and confirmed).

    Refuses a folder that is not a profile's, so a wrong path can never empty another
    folder. The database and its journals go first, then the key file (overwritten before
    it is unlinked: without it no copy of the database opens), the label, and the folder.
    A power cut part way leaves a profile still listed, to erase again.
    """
    path = folder.path
    if path.is_symlink() or not path.is_dir() or not folder.key_path.is_file() or _read_label(path) is None:
        raise ProfileNotFound(folder.label)
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
