"""The vault: one open profile's encrypted store, its kind and its key.

The facade (:class:`passport.profile.Profile`) holds one vault; every service (content,
sharing, received bundles, receipts, suggestions, backup) takes the vault, never the
facade. The key stays inside: it leaves only by :meth:`Vault.database_key`, by name,
where a backup or a key rotation needs it.
"""

from __future__ import annotations

import contextlib
import json
from typing import TYPE_CHECKING, Any

from passport.crypto.recovery_code import backup_recipient
from passport.errors import NotThisKindOfProfile, ProfileLocked, StoreDamaged
from passport.kinds import ProfileKind

if TYPE_CHECKING:
    from passport.store.database import Appending, Connection, Store
    from passport.store.profiles import ProfileFolder


class Vault:
    """Open until :meth:`close`; after that every use raises :class:`ProfileLocked`."""

    def __init__(self, folder: ProfileFolder, store: Store, key: bytes) -> None:
        self.folder = folder
        self._store: Store | None = store
        self._key: bytearray | None = bytearray(key)
        # Shares being opened right now: what they wrote so far is unverified on purpose, so
        # the purge of leftovers waits until none is (see ``received.purge_expired``).
        self.imports_in_flight = 0
        with store.reading() as conn:
            kind = meta(conn, "kind")
        if kind is None:
            raise StoreDamaged("the profile does not say what kind it is")
        self.kind = ProfileKind(kind)

    @property
    def is_open(self) -> bool:
        return self._store is not None

    def store(self) -> Store:
        if self._store is None:
            raise ProfileLocked("the profile is locked")
        return self._store

    def reading(self) -> contextlib.AbstractContextManager[Connection]:
        return self.store().reading()

    def writing(self) -> contextlib.AbstractContextManager[Connection]:
        """One write transaction: all of it is committed, or none of it."""
        return self.store().transaction()

    def appending(self) -> contextlib.AbstractContextManager[Appending]:
        """Writes that add hundreds of MB, in parts (see ``Store.appending_transaction``)."""
        return self.store().appending_transaction()

    def forget_deleted(self) -> None:
        self.store().forget_deleted()

    def integrity_problems(self) -> list[str]:
        return self.store().integrity_problems()

    def require(self, *kinds: ProfileKind, doing: str) -> None:
        """Refuse an action that belongs to another kind of profile."""
        if self.kind not in kinds:
            raise NotThisKindOfProfile(f"a {self.kind.value} profile cannot {doing}")

    def meta(self, key: str, *default: str | None) -> str | None:
        with self.reading() as conn:
            return meta(conn, key, *default)

    def setting(self, name: str, default: Any = None) -> Any:
        """One of the owner's settings (kept inside the encrypted store, never in Qt settings)."""
        raw = self.meta(f"setting.{name}", None)
        return default if raw is None else json.loads(raw)

    def set_setting(self, name: str, value: Any) -> None:
        with self.writing() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO profile_meta VALUES (?, ?)", (f"setting.{name}", json.dumps(value))
            )

    def remember_backup_recipient(self, code: str) -> None:
        """Keep the public key that backups are encrypted to (derived from the code), so a
        backup can be made without typing the code, and the code alone opens it."""
        with self.writing() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO profile_meta VALUES ('backup_recipient', ?)", (backup_recipient(code),)
            )

    def database_key(self) -> bytes:
        """The database key in clear, for the few places that need it: a backup (which
        carries it), wrapping it in a key slot, re-encrypting the store under a new key."""
        if self._key is None:
            raise ProfileLocked("the profile is locked")
        return bytes(self._key)

    def replace_store(self, store: Store, key: bytes) -> None:
        """Carry on with a store re-encrypted under a new key (the old one is closed)."""
        old = self.store()
        old.close()
        self._store = store
        self._wipe_key()
        self._key = bytearray(key)

    def close(self) -> None:
        """Close the database and overwrite the key in memory. Safe to call twice, and from
        any thread: a job still running against the vault then meets ``ProfileLocked``."""
        store, self._store = self._store, None
        self._wipe_key()
        if store is not None:
            store.close()

    def _wipe_key(self) -> None:
        if self._key is not None:
            self._key[:] = bytes(len(self._key))
            self._key = None


def meta(conn: Connection, key: str, *default: str | None) -> str | None:
    """A value from ``profile_meta``; without a default, a missing key means damage."""
    row = conn.execute("SELECT value FROM profile_meta WHERE key = ?", (key,)).fetchone()
    if row is not None:
        return str(row[0])
    if default:
        return default[0]
    raise StoreDamaged(f"profile has no {key}")
