"""Bundles a practitioner received: open and verify, keep read-only, delete at expiry.

A bundle is kept only after everything in it checked out (see bundle_reader); its content
is deleted when it expires, when its sender withdraws it, and (all but an outline of
which entries it held) when a newer bundle replaces it. Just before that, what changed is
worked out and kept with the newer bundle (see ``changes``); the words the young person
took out are not kept.

Every read filters by expiry itself, so nothing past its time is returned even before the
purge runs; and a share from a held card (see ``senders``) is never returned as a sender's.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from passport import clock
from passport.byte_streams import Readable
from passport.content.attachments import clean_name
from passport.errors import (
    AlreadyOpening,
    BundleDamaged,
    BundleReplaced,
    BundleUntrustedSender,
    DiskFull,
    InvalidValue,
    NotFound,
    ProfileLocked,
    SenderHeld,
    StoreDamaged,
)
from passport.exchange import changes, identity, senders
from passport.exchange.changes import BundleChanges
from passport.exchange.senders import KnownSender
from passport.formats import bundle_reader
from passport.formats.boundaries import Boundaries
from passport.formats.bundle_format import BundleAttachment, BundleEntry, BundleKind, Manifest, entry_digest
from passport.formats.bundle_reader import LIMITS, Limits, ReadPolicy
from passport.formats.cards import Card, fingerprint
from passport.store.database import Appending, Connection, Row

if TYPE_CHECKING:
    from passport.vault import Vault

Progress = Callable[[int, int], None]
_ACCEPTED = frozenset({BundleKind.SHARE, BundleKind.WITHDRAWAL})


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ReceivedState(StrEnum):
    CURRENT = "current"
    REPLACED = "replaced"  # content deleted; only its outline is left


class EntryOutline(_Model):
    id: str
    revision: int
    digest: str


class ReceivedBundle(_Model):
    id: str
    sender: Card
    created: dt.datetime
    expires: dt.datetime
    purpose: str
    received_at: dt.datetime
    state: ReceivedState
    replaces: str | None
    entries: tuple[BundleEntry, ...]
    attachments: tuple[BundleAttachment, ...]
    outline: tuple[EntryOutline, ...]
    records_allowed: bool = False  # the young person let this profile copy it into its records
    boundaries: Boundaries | None = None  # the young person's, when they picked them for this share

    def important_now(self) -> list[BundleEntry]:
        return [entry for entry in self.entries if entry.important_now]

    def attachments_of(self, entry_id: str) -> list[BundleAttachment]:
        return [a for a in self.attachments if a.entry_id == entry_id]


class ReceivedWithdrawal(_Model):
    bundle_id: str  # the bundle withdrawn
    sender: Card
    withdrawn_at: dt.datetime
    removed: bool  # whether this profile held it (and so just deleted it)


class HeldShare(_Model):
    """A share kept but not listed: signed by a card not seen before, in the name of someone
    already known (``known``, on their own cards). Its content is not read until its card
    is accepted as a different person."""

    id: str
    sender: Card
    created: dt.datetime
    expires: dt.datetime
    received_at: dt.datetime
    known: tuple[KnownSender, ...]


class WhatChanged(_Model):
    added: tuple[str, ...]
    changed: tuple[str, ...]
    removed: tuple[str, ...]


# --- the spool and the receiver ------------------------------------------------------


class StoreSpool:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def put(self, number: int, data: bytes) -> None:
        with self._vault.writing() as conn:
            conn.execute("INSERT INTO unverified_spool (number, data) VALUES (?, ?)", (number, data))

    def get(self, number: int) -> bytes:
        with self._vault.reading() as conn:
            row = conn.execute("SELECT data FROM unverified_spool WHERE number = ?", (number,)).fetchone()
        if row is None:
            raise BundleDamaged("the spooled bundle lost a part")
        return bytes(row[0])

    def clear(self) -> None:
        with self._vault.writing() as conn:
            conn.execute("DELETE FROM unverified_spool")
        self._vault.forget_deleted()


class _AlreadyHeld(Exception):
    """Ends the import's transaction early: this bundle is already kept."""


class _StoreReceiver:
    """Writes a share's content as it is verified; marked unverified until the end. Between
    chunks it lets other work at the store in (``Appending.breathe``), so what it wrote
    so far may be committed: it stays invisible (``verified = 0``) until the last step."""

    def __init__(self, batch: Appending, vault: Vault) -> None:
        self._batch = batch
        self._vault = vault
        self.bundle_id = ""

    def manifest(self, manifest: Manifest) -> None:
        if manifest.kind is not BundleKind.SHARE:
            return
        conn = self._batch.conn
        row = conn.execute(
            "SELECT sender_fingerprint, verified FROM received_bundles WHERE id = ?", (manifest.id,)
        ).fetchone()
        if row is not None and not row[1]:
            if self._vault.imports_in_flight > 1:
                raise AlreadyOpening("this share is being opened already")
            # What an import that stopped (a crash, a lock) left: gone before this one starts.
            conn.execute("DELETE FROM received_bundles WHERE id = ?", (manifest.id,))
            row = None
        if row is not None:
            if row[0] != manifest.sender.fingerprint:
                raise BundleDamaged("another sender's bundle has the same id")
            raise _AlreadyHeld(manifest.id)
        assert manifest.expires is not None
        self.bundle_id = manifest.id
        conn.execute(
            "INSERT INTO received_bundles (id, kind, sender_fingerprint, sender_card, created_at, expires_at,"
            " purpose, manifest, outline, state, received_at, verified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
            (manifest.id, manifest.kind.value, manifest.sender.fingerprint, manifest.sender.model_dump_json(),
             _stamp(manifest.created), _stamp(manifest.expires), manifest.purpose, manifest.model_dump_json(),
             json.dumps([o.model_dump() for o in _outline(manifest)]), ReceivedState.CURRENT.value,
             _stamp(clock.now())),
        )
        conn.executemany(
            "INSERT INTO received_attachments (bundle_id, id, entry_id, name, media_type, size, sha256)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(manifest.id, a.id, a.entry_id, clean_name(a.name), a.media_type, a.size, a.sha256)
             for a in manifest.attachments],
        )

    def chunk(self, attachment: BundleAttachment, number: int, data: bytes) -> None:
        self._batch.conn.execute(
            "INSERT INTO received_chunks (bundle_id, attachment_id, number, data) VALUES (?, ?, ?, ?)",
            (self.bundle_id, attachment.id, number, data),
        )
        self._batch.breathe()


def _stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat()


def _outline(manifest: Manifest) -> list[EntryOutline]:
    # Grouped once: each entry's own search of every attachment was 17 ms of the import's CPU for a
    # 300 MB share, time the window waited for the GIL.
    attachments: dict[str, list[BundleAttachment]] = {}
    for attachment in manifest.attachments:
        attachments.setdefault(attachment.entry_id, []).append(attachment)
    return [
        EntryOutline(id=e.id, revision=e.revision, digest=entry_digest(e, attachments.get(e.id, [])))
        for e in manifest.entries
    ]


# --- opening -----------------------------------------------------------------------


def my_fingerprint(vault: Vault) -> str:
    own = identity.of(vault)
    return fingerprint(own.public_key_bytes, own.age_recipient)


def open_bundle(vault: Vault, path: Path, passphrase: str | None = None, progress: Progress | None = None,
                limits: Limits = LIMITS, at: dt.datetime | None = None
                ) -> ReceivedBundle | ReceivedWithdrawal | HeldShare:
    """Open a bundle made for this profile: verify all of it, then keep it (a share) or
    act on it (a withdrawal). A share from a card held (see ``senders``) is kept but comes
    back as a HeldShare. Raises a BundleError, and then nothing is kept."""
    own = identity.of(vault)
    me = fingerprint(own.public_key_bytes, own.age_recipient)
    passphrase_mode = passphrase is not None or bundle_reader.needs_passphrase(path)
    vault.imports_in_flight += 1
    bundle_id = ""
    try:
        if passphrase_mode:
            # Passphrase files decrypt whole (pyrage's scrypt mode is whole-buffer).
            spool = StoreSpool(vault)
            plaintext = bundle_reader.decrypt(path, spool, identity=own.age_identity, passphrase=passphrase,
                                              limits=limits, progress=progress)
            try:
                with vault.appending() as batch:
                    receiver = _StoreReceiver(batch, vault)
                    try:
                        opened = _keep(batch.conn, receiver, plaintext, me, at, limits, passphrase_mode=True)
                    finally:
                        bundle_id = receiver.bundle_id
            finally:
                plaintext.discard()
        else:
            # Streamed: decrypted bytes go straight into the store, unverified (and invisible)
            # until the last authentication tag; a failure anywhere removes them again.
            stream = bundle_reader.decrypted_stream(path, identity=own.age_identity, limits=limits,
                                                    progress=progress)
            with vault.appending() as batch, stream as streamed:
                receiver = _StoreReceiver(batch, vault)
                try:
                    opened = _keep(batch.conn, receiver, streamed, me, at, limits, passphrase_mode=False)
                finally:
                    bundle_id = receiver.bundle_id
    except _AlreadyHeld as held:
        opened = str(held.args[0])
    except BaseException:
        if bundle_id:
            _forget_unfinished(vault, bundle_id)
        raise
    finally:
        vault.imports_in_flight -= 1
    # Whatever a withdrawal or replacement deleted must leave the write-ahead log too.
    vault.forget_deleted()
    if progress is not None:
        progress(1, 1)
    if isinstance(opened, ReceivedWithdrawal):
        return opened
    try:
        return received_bundle(vault, opened)
    except SenderHeld:
        return held_share(vault, opened)


def _keep(conn: Connection, receiver: _StoreReceiver, plaintext: Readable, me: str, at: dt.datetime | None,
          limits: Limits, passphrase_mode: bool) -> str | ReceivedWithdrawal:
    """Verify the bundle into the store; its id, or what a withdrawal did. The last steps
    (a replacement, a withdrawal, ``verified = 1``) share one transaction."""
    policy = ReadPolicy(me=me, now=at or clock.now(), kinds=_ACCEPTED, withdrawn=_withdrawn_or_replaced(conn))
    manifest = bundle_reader.parse(plaintext, policy, receiver, limits, passphrase_mode=passphrase_mode)
    if manifest.kind is BundleKind.WITHDRAWAL:
        return _withdraw(conn, manifest)
    senders.note(conn, manifest.sender)
    if manifest.replaces is not None:
        _replace(conn, manifest, manifest.sender.fingerprint)
    conn.execute("UPDATE received_bundles SET verified = 1 WHERE id = ?", (manifest.id,))
    return manifest.id


def _forget_unfinished(vault: Vault, bundle_id: str) -> None:
    """Remove what a failed import committed part way. If the store cannot take the delete
    now (locked, full), the rows stay unverified, never shown, and the next purge removes them."""
    with contextlib.suppress(ProfileLocked, DiskFull, StoreDamaged), vault.writing() as conn:
        conn.execute("DELETE FROM received_bundles WHERE id = ? AND verified = 0", (bundle_id,))


def _withdraw(conn: Connection, manifest: Manifest) -> ReceivedWithdrawal:
    assert manifest.withdraws is not None
    sender = manifest.sender.fingerprint
    row = conn.execute(
        "SELECT sender_fingerprint FROM received_bundles WHERE id = ?", (manifest.withdraws,)
    ).fetchone()
    if row is not None and row[0] != sender:
        raise BundleUntrustedSender("only the person who shared a bundle can withdraw it")
    conn.execute("DELETE FROM received_bundles WHERE id = ?", (manifest.withdraws,))
    _record_withdrawal(conn, manifest.withdraws, sender, "withdrawn", manifest.created)
    return ReceivedWithdrawal(
        bundle_id=manifest.withdraws, sender=manifest.sender, withdrawn_at=manifest.created, removed=row is not None
    )


def _replace(conn: Connection, manifest: Manifest, sender: str) -> None:
    """Delete a replaced bundle's content, keeping its outline; what changed since it is
    worked out first, while its content is still here, and kept with the new bundle."""
    assert manifest.replaces is not None
    bundle_id = manifest.replaces
    row = conn.execute(
        "SELECT sender_fingerprint, state, manifest, expires_at FROM received_bundles WHERE id = ? AND verified = 1",
        (bundle_id,),
    ).fetchone()
    if row is not None and row[0] == sender:
        # Only from content still readable: a bundle whose time is up is not read again.
        if row[1] == ReceivedState.CURRENT.value and row[2] and _in_time(row[3], clock.now()):
            _keep_changes(conn, manifest, Manifest.model_validate_json(row[2]))
        conn.execute(
            "UPDATE received_bundles SET state = ?, manifest = '', purpose = '' WHERE id = ?",
            (ReceivedState.REPLACED.value, bundle_id),
        )
        conn.execute("DELETE FROM received_attachments WHERE bundle_id = ?", (bundle_id,))
        conn.execute("DELETE FROM received_changes WHERE bundle_id = ?", (bundle_id,))
    _record_withdrawal(conn, bundle_id, sender, "replaced", clock.now())


def _keep_changes(conn: Connection, manifest: Manifest, old: Manifest) -> None:
    found = changes.compare(old.created, old.entries, old.attachments, manifest.entries, manifest.attachments)
    conn.execute("INSERT OR REPLACE INTO received_changes (bundle_id, changes) VALUES (?, ?)",
                 (manifest.id, found.model_dump_json()))


def _record_withdrawal(conn: Connection, bundle_id: str, sender: str, reason: str, at: dt.datetime) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO withdrawals_received (bundle_id, sender_fingerprint, reason, withdrawn_at,"
        " received_at) VALUES (?, ?, ?, ?, ?)",
        (bundle_id, sender, reason, _stamp(at), _stamp(clock.now())),
    )


# --- reading what was kept -------------------------------------------------------------

_BUNDLE_COLUMNS = "id, sender_card, created_at, expires_at, purpose, received_at, state, manifest, outline"


def _bundle(row: Row) -> ReceivedBundle:
    manifest = Manifest.model_validate_json(row[7]) if row[7] else None
    return ReceivedBundle(
        id=row[0], sender=Card.model_validate_json(row[1]), created=row[2], expires=row[3], purpose=row[4],
        received_at=row[5], state=ReceivedState(row[6]),
        replaces=manifest.replaces if manifest else None,
        entries=manifest.entries if manifest else (),
        attachments=manifest.attachments if manifest else (),
        outline=tuple(EntryOutline.model_validate(o) for o in json.loads(row[8])),
        records_allowed=manifest.records_allowed if manifest else False,
        boundaries=manifest.boundaries if manifest else None,
    )


# Shares from a held card are kept, but never read as their sender's.
_NOT_HELD = "sender_fingerprint NOT IN (SELECT fingerprint FROM known_senders WHERE held = 1)"


def _in_time(expires: str, moment: dt.datetime) -> bool:
    """Whether a bundle's time is not up yet (checked at each read, purge or no purge)."""
    return dt.datetime.fromisoformat(expires) > moment


def received_bundles(vault: Vault, include_replaced: bool = False) -> list[ReceivedBundle]:
    """The bundles kept whose time is not up, newest first; none from a held card."""
    where = "" if include_replaced else "AND state = 'current'"
    moment = clock.now()
    with vault.reading() as conn:
        rows = conn.execute(
            f"SELECT {_BUNDLE_COLUMNS} FROM received_bundles WHERE verified = 1 AND {_NOT_HELD} {where}"
            " ORDER BY created_at DESC"
        ).fetchall()
    return [_bundle(row) for row in rows if _in_time(row[3], moment)]


def _readable(conn: Connection, bundle_id: str) -> None:
    """Refuse a bundle not kept, past its time (NotFound) or from a held card (SenderHeld)."""
    row = conn.execute(
        "SELECT expires_at, sender_fingerprint FROM received_bundles WHERE id = ? AND verified = 1", (bundle_id,)
    ).fetchone()
    if row is None or not _in_time(row[0], clock.now()):
        raise NotFound(f"bundle {bundle_id}")
    if row[1] in senders.held_fingerprints(conn):
        raise SenderHeld(f"bundle {bundle_id}")


def check_readable(vault: Vault, bundle_id: str) -> None:
    """Refused as its content would be (NotFound, SenderHeld), without reading its manifest."""
    with vault.reading() as conn:
        _readable(conn, bundle_id)


def received_bundle(vault: Vault, bundle_id: str) -> ReceivedBundle:
    with vault.reading() as conn:
        _readable(conn, bundle_id)
        row = conn.execute(f"SELECT {_BUNDLE_COLUMNS} FROM received_bundles WHERE id = ?", (bundle_id,)).fetchone()
    return _bundle(row)


def _held(conn: Connection, row: Row) -> HeldShare:
    card = Card.model_validate_json(row[1])
    return HeldShare(id=row[0], sender=card, created=row[2], expires=row[3], received_at=row[4],
                     known=senders.known_alike(conn, card))


_HELD_COLUMNS = "id, sender_card, created_at, expires_at, received_at"


def held_shares(vault: Vault) -> list[HeldShare]:
    """Shares kept from held cards, whose time is not up, newest first (no content)."""
    moment = clock.now()
    with vault.reading() as conn:
        rows = conn.execute(
            f"SELECT {_HELD_COLUMNS} FROM received_bundles WHERE verified = 1 AND state = 'current'"
            f" AND NOT {_NOT_HELD} ORDER BY created_at DESC"
        ).fetchall()
        return [_held(conn, row) for row in rows if _in_time(row[3], moment)]


def held_share(vault: Vault, bundle_id: str) -> HeldShare:
    found = next((held for held in held_shares(vault) if held.id == bundle_id), None)
    if found is None:
        raise NotFound(f"bundle {bundle_id}")
    return found


def delete_held(vault: Vault, numbers: str) -> list[str]:
    """Delete everything a held card sent, and forget the card (its next share is held
    again). Returns the ids of the shares deleted."""
    with vault.writing() as conn:
        found = senders.find(conn, numbers)
        if not found.held:
            raise InvalidValue("that card is not held")
        ids = [row[0] for row in conn.execute(
            "SELECT id FROM received_bundles WHERE sender_fingerprint = ? ORDER BY created_at", (found.fingerprint,))]
        conn.execute("DELETE FROM received_bundles WHERE sender_fingerprint = ?", (found.fingerprint,))
        conn.execute("DELETE FROM known_senders WHERE fingerprint = ?", (found.fingerprint,))
    vault.forget_deleted()
    return ids


def previous_from_sender(vault: Vault, bundle: ReceivedBundle) -> ReceivedBundle | None:
    """The last bundle the same person sent before this one (its outline, at least)."""
    # Only this sender's rows, newest first, and only the one found is read whole: a
    # caseload of hundreds is not parsed to show one bundle.
    moment = clock.now()
    with vault.reading() as conn:
        rows = conn.execute(
            f"SELECT {_BUNDLE_COLUMNS} FROM received_bundles WHERE verified = 1 AND sender_fingerprint = ?"
            f" AND {_NOT_HELD} ORDER BY created_at DESC",
            (bundle.sender.fingerprint,),
        ).fetchall()
    return next((_bundle(row) for row in rows
                 if dt.datetime.fromisoformat(row[2]) < bundle.created and _in_time(row[3], moment)), None)


def what_changed(previous: ReceivedBundle, current: ReceivedBundle) -> WhatChanged:
    """Entry ids added, changed and no longer shared, between two bundles from one person."""
    if previous.sender.fingerprint != current.sender.fingerprint:
        raise InvalidValue("the two bundles come from different people")
    before = {o.id: o.digest for o in previous.outline}
    after = {o.id: o.digest for o in current.outline}
    order = [o.id for o in current.outline]
    return WhatChanged(
        added=tuple(i for i in order if i not in before),
        changed=tuple(i for i in order if i in before and before[i] != after[i]),
        removed=tuple(o.id for o in previous.outline if o.id not in after),
    )


def bundle_changes(vault: Vault, bundle_id: str, bundle: ReceivedBundle | None = None) -> BundleChanges | None:
    """What changed in a bundle since the one it replaced; None when it replaced none from
    the same person. Kept when it was opened; when the replaced one's content was gone by
    then, only what its outline tells. Refused like its content: NotFound past its time.
    ``bundle``: that bundle as already read (its manifest is not parsed again)."""
    with vault.reading() as conn:
        _readable(conn, bundle_id)
        row = conn.execute("SELECT changes FROM received_changes WHERE bundle_id = ?", (bundle_id,)).fetchone()
    if row is not None:
        return BundleChanges.model_validate_json(row[0])
    if bundle is None or bundle.id != bundle_id:
        bundle = received_bundle(vault, bundle_id)
    previous = previous_from_sender(vault, bundle)
    if previous is None:
        return None
    return changes.from_outlines(previous.created, [(o.id, o.digest) for o in previous.outline],
                                 [(o.id, o.digest) for o in bundle.outline])


def attachment_chunks(vault: Vault, bundle_id: str, attachment_id: str) -> Iterator[bytes]:
    with vault.reading() as conn:
        _readable(conn, bundle_id)
        count = conn.execute(
            "SELECT count(*) FROM received_chunks WHERE bundle_id = ? AND attachment_id = ?",
            (bundle_id, attachment_id),
        ).fetchone()[0]
    if count == 0:
        raise NotFound(f"attachment {attachment_id}")
    for number in range(count):
        with vault.reading() as conn:
            row = conn.execute(
                "SELECT data FROM received_chunks WHERE bundle_id = ? AND attachment_id = ? AND number = ?",
                (bundle_id, attachment_id, number),
            ).fetchone()
        if row is None:
            raise NotFound(f"attachment {attachment_id}")
        yield bytes(row[0])


def attachment_data(vault: Vault, bundle_id: str, attachment_id: str) -> bytes:
    return b"".join(attachment_chunks(vault, bundle_id, attachment_id))


# --- deleting at expiry ----------------------------------------------------------------


# Bundles deleted per transaction: between them the store's lock is free, so a caseload of
# hundreds out of date never keeps the window's reads (or locking) waiting for all of it.
PURGE_BATCH = 20


def purge_expired(vault: Vault, at: dt.datetime | None = None, progress: Progress | None = None) -> list[str]:
    """Delete every bundle whose time is up (and anything an interrupted import left), a few
    bundles per transaction; ``progress(done, total)`` after each (it may raise ``Cancelled``:
    what was deleted stays deleted, the rest waits for the next purge). Returns the ids
    deleted. The app calls it when the profile opens and while open."""
    moment = at or clock.now()
    if not _anything_to_purge(vault, moment):
        return []  # no write, so no sync to disk, each time the window opens or a minute passes
    with vault.reading() as conn:
        rows = conn.execute("SELECT id, expires_at, verified FROM received_bundles").fetchall()
    expired = [bundle_id for bundle_id, expires, verified in rows if dt.datetime.fromisoformat(expires) <= moment]
    deleted: list[str] = []
    try:
        for start in range(0, len(expired), PURGE_BATCH):
            with vault.writing() as conn:
                # An unverified row is an import's own while one runs: left to it.
                ids = [bundle_id for bundle_id in expired[start:start + PURGE_BATCH]
                       if vault.imports_in_flight == 0 or _verified(conn, bundle_id)]
                conn.executemany("DELETE FROM received_bundles WHERE id = ?", [(i,) for i in ids])
            deleted += ids
            if progress is not None:
                progress(min(start + PURGE_BATCH, len(expired)), len(expired))
        with vault.writing() as conn:
            # What a stopped import left; not while one is running (its rows are unverified on purpose).
            if vault.imports_in_flight == 0:
                conn.execute("DELETE FROM received_bundles WHERE verified = 0")
                conn.execute("DELETE FROM unverified_spool")
    finally:
        if deleted:
            vault.forget_deleted()
    return deleted


def _verified(conn: Connection, bundle_id: str) -> bool:
    row = conn.execute("SELECT verified FROM received_bundles WHERE id = ?", (bundle_id,)).fetchone()
    return row is not None and bool(row[0])


def _anything_to_purge(vault: Vault, moment: dt.datetime) -> bool:
    with vault.reading() as conn:
        rows = conn.execute("SELECT expires_at, verified FROM received_bundles").fetchall()
        spooled = conn.execute("SELECT 1 FROM unverified_spool LIMIT 1").fetchone() is not None
    leftovers = vault.imports_in_flight == 0
    return (spooled and leftovers) or any(
        (not verified and leftovers) or dt.datetime.fromisoformat(expires) <= moment for expires, verified in rows
    )


# --- why a bundle is no longer wanted --------------------------------------------------


def _withdrawn_or_replaced(conn: Connection) -> Callable[[str, str], bool]:
    """Whether a bundle was withdrawn; one replaced by a newer one is refused as replaced,
    so the person opening an old file again is told a newer one took its place."""
    def withdrawn(bundle_id: str, sender: str) -> bool:
        row = conn.execute(
            "SELECT reason FROM withdrawals_received WHERE bundle_id = ? AND sender_fingerprint = ?",
            (bundle_id, sender),
        ).fetchone()
        if row is not None and row[0] == "replaced":
            raise BundleReplaced("the sender shared a newer bundle in this one's place")
        return row is not None

    return withdrawn
