"""Key rotation: the store re-encrypted under a new random key, crash-safely.

Changing the passphrase, making a new recovery code and restoring a backup each move the
profile to a new database key, so a copy of the old key file (or an old backup) with the
old secret opens nothing written since. The steps, each one safe to be killed after:

1. every page of the store is read, its HMAC checked, and written re-encrypted with the new
   key into ``store.db.rekey`` (:mod:`passport.store.pages`, on every core), which is synced
   (the old store is still the profile; the new file is readable by no key file);
2. the key file is replaced atomically by one whose slots hold the new key: this is the
   moment the profile moves;
3. the old store is closed, its (empty) log files removed, and ``store.db.rekey`` renamed
   over ``store.db``; the folder is synced.

Opening a profile settles a rotation a kill interrupted (:func:`open_store`): if the key
from the key file opens ``store.db``, step 2 never happened and the new file is removed;
if it opens ``store.db.rekey`` instead, step 3 is finished. Either way the profile opens
with the secrets then in its key file, and holds every committed change.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from passport.crypto.keyfile import KEY_BYTES, KeyFile
from passport.errors import StoreDamaged
from passport.fileio import fsync_folder
from passport.store.database import DatabaseError, Store
from passport.vault import Vault

SUFFIX = ".rekey"
Progress = Callable[[int, int], None]


def rekey_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + SUFFIX)


def rotate(vault: Vault, new_key_file: Callable[[bytes], KeyFile], progress: Progress | None = None) -> None:
    """Move the vault's profile to a new random key; ``new_key_file`` makes the key file
    (its slots holding the new key it is given). The vault carries on with the new store."""
    folder = vault.folder
    store = vault.store()
    target = rekey_path(folder.db_path)
    new_key = os.urandom(KEY_BYTES)
    with store.held():
        discard(target)
        try:
            store.export_to(target, new_key, progress, current_key=vault.database_key())
            key_file = new_key_file(new_key)
            written = key_file.to_bytes()
        except BaseException:
            discard(target)
            raise
        try:
            key_file.save(folder.key_path)
        except BaseException:
            if not _holds(folder.key_path, written):
                discard(target)
                raise
            # The new key file is in place even though its last sync failed: carry on.
        # From here the key file holds the new key: the new store is the profile.
        store.close()
        try:
            switch(folder.db_path)
            new_store = Store(folder.db_path, new_key)
        except BaseException:
            vault.close()  # the next open finishes the switch
            raise
        vault.replace_store(new_store, new_key)


def open_store(db_path: Path, key: bytes) -> Store:
    """Open the profile's store with ``key``, first settling a rotation a kill interrupted."""
    pending = rekey_path(db_path)
    if not pending.exists():
        return Store(db_path, key)
    try:
        store = Store(db_path, key)
    except StoreDamaged:
        if not _opens(pending, key):
            raise
        switch(db_path)  # the key file moved to the new key: finish the move
        return Store(db_path, key)
    discard(pending)  # the key file still holds the old key: the new file is no one's
    return store


def switch(db_path: Path) -> None:
    """Put the exported store in the old one's place (the old one is closed, its log empty)."""
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{db_path}{suffix}")
    os.replace(rekey_path(db_path), db_path)
    fsync_folder(db_path.parent)


def discard(target: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{target}{suffix}")


def _holds(path: Path, written: bytes) -> bool:
    try:
        return path.read_bytes() == written
    except OSError:
        return False


def _opens(path: Path, key: bytes) -> bool:
    try:
        Store.probe(path, key)
    except DatabaseError:
        return False
    return True
