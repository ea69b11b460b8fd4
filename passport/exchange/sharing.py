"""Sharing, the owner's side: cards, shares to a named person, withdrawals, history.

Each share is a bundle made for one person (their card) or protected by a passphrase
the owner passes on by voice. It is recorded: to whom, when, until when, why, which
entries at which revision. A new share to the same person replaces the last one; a
withdrawal asks the person's app to delete a share's content.

A share is recorded *before* its file is written (state "pending", with where the file
goes), and marked made once the file is whole: a crash between the two never leaves a
file the owner can neither see nor withdraw. The next listing settles what a crash left:
a pending share whose file is there (written after it was recorded) is marked made, one
whose file never appeared is dropped.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import json
import secrets
import stat
import threading
import time
import uuid
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from passport.clock import now
from passport.content import attachments as stored_attachments
from passport.content import boundaries as stored_boundaries
from passport.content import entries as stored_entries
from passport.content import sections as stored_sections
from passport.errors import InvalidValue, NotFound
from passport.exchange import contacts, identity, origins
from passport.exchange.contacts import Contact
from passport.formats import bundle_format
from passport.formats.boundaries import Boundaries
from passport.formats.bundle_format import (
    PASSPHRASE_RECIPIENT,
    BundleAttachment,
    BundleEntry,
    BundleKind,
    EntryOrigin,
    Manifest,
    RecordsPermission,
)
from passport.formats.bundle_writer import Member, attachment_member, write_bundle
from passport.formats.cards import Card, write_card
from passport.store.database import Connection

if TYPE_CHECKING:
    from passport.vault import Vault

Progress = Callable[[int, int], None]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ShareState(StrEnum):
    PENDING = "pending"  # recorded, its file not yet written (never listed)
    ACTIVE = "active"
    REPLACED = "replaced"  # a newer share to the same person took its place
    WITHDRAWN = "withdrawn"


class SharedEntry(_Model):
    entry_id: str
    revision: int


class PassphraseRecipient(_Model):
    """Someone without the app's card: the bundle opens with a passphrase instead."""

    name: str
    passphrase: str | None = None  # made for the owner when not given


class Share(_Model):
    id: str  # also the bundle's id
    contact_id: str | None
    recipient: str  # the contact's card fingerprint, or "passphrase"
    recipient_name: str
    passphrase: str | None  # kept (encrypted, like all else) to read out again or withdraw
    created: dt.datetime
    expires: dt.datetime
    purpose: str
    state: ShareState
    replaces: str | None
    replaced_by: str | None
    withdrawn_at: dt.datetime | None
    entries: tuple[SharedEntry, ...]
    attachment_ids: tuple[str, ...]
    opened_at: dt.datetime | None = None  # from the recipient's receipt, when one came back
    records_allowed: bool = False  # the young person let the recipient copy it into their records
    boundaries_sha256: str | None = None  # a digest of the boundaries it carried; None: none went

    @property
    def carried_boundaries(self) -> bool:
        return self.boundaries_sha256 is not None

    def expired(self, at: dt.datetime | None = None) -> bool:
        return self.expires <= (at or now())


def end_of_day(day: dt.date) -> dt.datetime:
    """A share "until <day>" lasts to the end of that day, where the owner lives."""
    midnight = dt.datetime.combine(day + dt.timedelta(days=1), dt.time()).astimezone()
    return midnight.astimezone(dt.UTC)


def last_day(expires: dt.datetime) -> dt.date:
    """The last whole day a share lasts, where the reader is (the inverse of end_of_day)."""
    return (expires - dt.timedelta(microseconds=1)).astimezone().date()


def boundaries_digest(boundaries: Boundaries) -> str:
    """What a share records of the boundaries it carried: enough to tell, next time, whether
    they changed, without a second copy of the words."""
    return hashlib.sha256(boundaries.model_dump_json().encode("utf-8")).hexdigest()


def new_passphrase() -> str:
    """Six groups of four digits (about 80 bits): easy to read aloud over the phone."""
    return "-".join(f"{secrets.randbelow(10_000):04d}" for _ in range(6))


# --- cards and contacts ------------------------------------------------------------


def export_card(vault: Vault, out_path: Path, display_name: str | None = None, role: str | None = None,
                organisation: str | None = None) -> Card:
    card = identity.set_details(vault, display_name, role, organisation)
    write_card(out_path, card)
    return card


# --- shares --------------------------------------------------------------------------


def make_share(vault: Vault, entry_ids: list[str], to: Contact | PassphraseRecipient,
               expires: dt.datetime, purpose: str, out_path: Path,
               progress: Progress | None = None, *, leave_out: AbstractSet[str] = frozenset(),
               records: bool = False, with_boundaries: bool = False, created: dt.datetime | None = None) -> Share:
    """Write a bundle of these entries (current revision) for one person, and record it;
    the attachments in ``leave_out`` (ids) stay behind. With ``records`` the young person lets
    that person copy it into their records (signed into the file); without, it is read only.
    The owner's boundaries go only ``with_boundaries`` (and only when there are some).
    ``created``: the time the preview showed as made (it said 00:18 and the file 00:19); else now."""
    moment = now()
    created = moment if created is None else created
    if not entry_ids:
        raise InvalidValue("choose at least one entry to share")
    if len(set(entry_ids)) != len(entry_ids):
        raise InvalidValue("an entry is chosen twice")
    if created.tzinfo is None or created > moment:
        raise InvalidValue("the time it was made must be now or before")
    created = created.astimezone(dt.UTC)
    if expires.tzinfo is None or expires <= moment:
        raise InvalidValue("the end date must be in the future")
    own = identity.of(vault)
    card = own.card(vault.kind)
    bundle_entries, bundle_attachments, members = gather(vault, entry_ids, leave_out)
    boundaries = None
    if with_boundaries:
        with vault.reading() as conn:
            boundaries = stored_boundaries.get(conn)
        boundaries = None if boundaries.is_empty() else boundaries
    if isinstance(to, Contact):
        contact = contacts.contact(vault, to.id)
        recipient, name, passphrase = contact.card.fingerprint, contact.display_name, None
        replaces = _active_share_id(vault, contact.id)
    else:
        recipient, name, passphrase = PASSPHRASE_RECIPIENT, " ".join(to.name.split()), to.passphrase or new_passphrase()
        replaces = None
        contact = None
    manifest = Manifest(
        kind=BundleKind.SHARE, id=uuid.uuid4().hex, sender=card, recipient=recipient, created=created,
        expires=expires, purpose=purpose.strip(), replaces=replaces,
        entries=tuple(bundle_entries), attachments=tuple(bundle_attachments), boundaries=boundaries,
        records=RecordsPermission(allowed=True) if records else None,
    )
    with _IN_PROGRESS_LOCK:
        _IN_PROGRESS.add(manifest.id)
    try:
        # 1. Recorded first, as pending, with where its file goes.
        with vault.writing() as conn:
            conn.execute(
                "INSERT INTO shares (id, contact_id, recipient, recipient_name, passphrase, created_at, expires_at,"
                " purpose, state, replaces, records_allowed, boundaries_sha256)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (manifest.id, contact.id if contact else None, recipient, name, passphrase, created.isoformat(),
                 expires.astimezone(dt.UTC).isoformat(), manifest.purpose, ShareState.PENDING.value, replaces,
                 int(records), None if boundaries is None else boundaries_digest(boundaries)),
            )
            conn.executemany(
                "INSERT INTO share_entries (share_id, entry_id, revision) VALUES (?, ?, ?)",
                [(manifest.id, entry.id, entry.revision) for entry in bundle_entries],
            )
            conn.executemany(
                "INSERT INTO share_attachments (share_id, attachment_id) VALUES (?, ?)",
                [(manifest.id, attachment.id) for attachment in bundle_attachments],
            )
            conn.execute(
                "INSERT OR REPLACE INTO profile_meta VALUES (?, ?)",
                (_PENDING_KEY + manifest.id, json.dumps({"path": str(out_path), "started_ns": time.time_ns()})),
            )
        # 2. The file (written whole under a temporary name, then renamed).
        try:
            write_bundle(
                out_path, bundle_format.sign(manifest, own.sign), members,
                recipient=contact.card.age_recipient if contact else None, passphrase=passphrase, progress=progress,
            )
        except BaseException:
            with contextlib.suppress(Exception):  # else the next listing drops it
                _drop_pending(vault, manifest.id)
            raise
        # 3. Made.
        with vault.writing() as conn:
            _mark_made(conn, manifest.id, replaces)
            return _get(conn, manifest.id)
    finally:
        with _IN_PROGRESS_LOCK:
            _IN_PROGRESS.discard(manifest.id)


# Shares being made in this process right now: a listing meanwhile must not take them
# for what a crash left behind.
_IN_PROGRESS: set[str] = set()
_IN_PROGRESS_LOCK = threading.Lock()
_PENDING_KEY = "pending_share."
# A file's modification time may be rounded down (to 2 s on FAT): allow that much.
_MTIME_SLACK_NS = 2_000_000_000


def _mark_made(conn: Connection, share_id: str, replaces: str | None) -> None:
    conn.execute("UPDATE shares SET state = ? WHERE id = ?", (ShareState.ACTIVE.value, share_id))
    conn.execute("DELETE FROM profile_meta WHERE key = ?", (_PENDING_KEY + share_id,))
    if replaces is not None:
        conn.execute(
            "UPDATE shares SET state = ?, replaced_by = ? WHERE id = ? AND state = ?",
            (ShareState.REPLACED.value, share_id, replaces, ShareState.ACTIVE.value),
        )


def _drop_pending(vault: Vault, share_id: str) -> None:
    with vault.writing() as conn:
        conn.execute("DELETE FROM shares WHERE id = ? AND state = ?", (share_id, ShareState.PENDING.value))
        conn.execute("DELETE FROM profile_meta WHERE key = ?", (_PENDING_KEY + share_id,))


def settle_pending(vault: Vault) -> None:
    """Finish or drop the shares a crash left pending (see the module's notes)."""
    with vault.reading() as conn:
        rows = conn.execute(
            "SELECT s.id, s.replaces, m.value FROM shares s LEFT JOIN profile_meta m ON m.key = ? || s.id"
            " WHERE s.state = ?", (_PENDING_KEY, ShareState.PENDING.value),
        ).fetchall()
    with _IN_PROGRESS_LOCK:
        left = [row for row in rows if row[0] not in _IN_PROGRESS]
    for share_id, replaces, record in left:
        if _file_was_written(record):
            with vault.writing() as conn:
                _mark_made(conn, share_id, replaces)
        else:
            _remove_part(record)
            _drop_pending(vault, share_id)


def _remove_part(record: str | None) -> None:
    """The half-written ``<file>.part`` a kill left where the share was being saved (out of
    reach of the start's clean-up, which looks only in the data folder)."""
    try:
        part = Path(json.loads(record or "")["path"] + ".part")
    except (ValueError, TypeError, KeyError):
        return
    with contextlib.suppress(OSError):
        if stat.S_ISREG(part.lstat().st_mode):
            part.unlink()


def _file_was_written(record: str | None) -> bool:
    try:
        pending = json.loads(record or "")
        written = Path(pending["path"]).stat()
        return stat.S_ISREG(written.st_mode) and written.st_mtime_ns + _MTIME_SLACK_NS >= int(pending["started_ns"])
    except (ValueError, TypeError, KeyError, OSError):
        return False


def gather(vault: Vault, entry_ids: list[str], leave_out: AbstractSet[str] = frozenset(),
           ) -> tuple[list[BundleEntry], list[BundleAttachment], list[Member]]:
    """The entries (current revision) and attachments to put in a bundle, with members
    that stream each attachment from the store; attachments in ``leave_out`` stay behind."""
    entries, attachments, members = [], [], []
    with vault.reading() as conn:  # two queries for hundreds of entries, not two each
        sections = {section.id: section for section in stored_sections.select(conn, include_hidden=True)}
        stored = stored_entries.by_ids(conn, entry_ids)
        attached_to = stored_attachments.of_entries(conn, entry_ids)
        origin = {entry.id: origins.origin(conn, entry) for entry in stored.values() if entry.suggested_by}
    for entry_id in entry_ids:
        entry = stored.get(entry_id)
        if entry is None:
            raise NotFound(f"entry {entry_id}")
        section = sections[entry.section_id]
        attached = [found for found in attached_to[entry_id] if found.id not in leave_out]
        for found in attached:
            attachment = BundleAttachment(
                id=found.id, entry_id=entry_id, name=found.name, kind=found.kind,
                media_type=found.media_type, size=found.size, sha256=found.sha256,
            )
            attachments.append(attachment)
            members.append(attachment_member(attachment, functools.partial(stored_attachments.chunks, vault, found.id)))
        entries.append(BundleEntry(
            id=entry.id, revision=entry.revision, section_title=section.title, section_key=section.key,
            title=entry.title, body=entry.body, important_now=entry.important_now, review_by=entry.review_by,
            happened_on=entry.happened_on, colour=entry.colour, updated_at=entry.updated_at,
            attachments=tuple(a.id for a in attached), origin=origin.get(entry_id),
        ))
    return entries, attachments, members


def entry_origin(vault: Vault, entry_id: str) -> EntryOrigin | None:
    """What a share of this entry would say of who suggested it (None: the owner's own words)."""
    with vault.reading() as conn:
        return origins.origin(conn, stored_entries.get(conn, entry_id))


def _active_share_id(vault: Vault, contact_id: str) -> str | None:
    with vault.reading() as conn:
        row = conn.execute(
            "SELECT id FROM shares WHERE contact_id = ? AND state = ? ORDER BY created_at DESC LIMIT 1",
            (contact_id, ShareState.ACTIVE.value),
        ).fetchone()
    return None if row is None else row[0]


def make_withdrawal(vault: Vault, share_id: str, out_path: Path) -> Share:
    """Write a signed withdrawal of a share for its recipient, and record it. Making it
    again (say the first file was lost) gives a new file for the same share."""
    share = share_by_id(vault, share_id)
    own = identity.of(vault)
    created = now()
    manifest = Manifest(
        kind=BundleKind.WITHDRAWAL, id=uuid.uuid4().hex, sender=own.card(vault.kind),
        recipient=share.recipient, created=created, withdraws=share.id,
    )
    recipient = None
    if share.contact_id is not None:
        recipient = contacts.contact(vault, share.contact_id).card.age_recipient
    write_bundle(out_path, bundle_format.sign(manifest, own.sign), [],
                 recipient=recipient, passphrase=share.passphrase)
    with vault.writing() as conn:
        conn.execute(
            "UPDATE shares SET state = ?, withdrawn_at = coalesce(withdrawn_at, ?) WHERE id = ?",
            (ShareState.WITHDRAWN.value, created.isoformat(), share.id),
        )
        return _get(conn, share.id)


class BoundariesSince(StrEnum):
    """What becomes of the boundaries ("what people should know first") in a new share,
    against the last one to the same person."""

    NOT_SHARED = "not_shared"  # they went neither time
    LEFT_OUT = "left_out"  # they went last time and won't this time
    NEW = "new"  # they go this time and didn't last time
    CHANGED = "changed"  # they go both times, and changed in between
    SAME = "same"  # they go both times, as they were


class SinceLastShare(_Model):
    """What a new share to someone changes, against the last one made for them: titles of
    the chosen entries that are new or changed, of the last share's entries left out, and
    how many of those were erased since (their titles are gone with them); and what becomes
    of the boundaries."""

    last: Share
    new: tuple[str, ...]
    changed: tuple[str, ...]
    no_longer_shared: tuple[str, ...]
    erased: int
    boundaries: BoundariesSince = BoundariesSince.NOT_SHARED


def since_last_share(vault: Vault, contact_id: str, entry_ids: list[str],
                     leave_out: AbstractSet[str] = frozenset(), *,
                     with_boundaries: bool = False) -> SinceLastShare | None:
    """For the preview: ``None`` when nothing was shared with this contact before.
    ``with_boundaries`` as for make_share: whether this one would carry them."""
    last = next(iter(share_history(vault, contact_id)), None)
    if last is None:
        return None
    before = {shared.entry_id: shared.revision for shared in last.entries}
    with vault.reading() as conn:  # three queries, however many entries
        stored = stored_entries.by_ids(conn, [*entry_ids, *before])
        attached_to = stored_attachments.of_entries(conn, entry_ids)
        boundaries = stored_boundaries.get(conn)
    was_attached = set(last.attachment_ids)
    new, changed = [], []
    for entry_id in entry_ids:
        entry = stored.get(entry_id)
        if entry is None:
            continue  # erased since it was chosen: it will not be shared either
        if entry_id not in before:
            new.append(entry.title)
            continue
        attached = {found.id for found in attached_to[entry_id]}
        # Changed: a new revision, or not the same pictures and sounds going as went last time.
        if entry.revision != before[entry_id] or attached - leave_out != attached & was_attached:
            changed.append(entry.title)
    gone = [entry_id for entry_id in before if entry_id not in entry_ids]
    return SinceLastShare(
        last=last, new=tuple(new), changed=tuple(changed),
        no_longer_shared=tuple(stored[entry_id].title for entry_id in gone if entry_id in stored),
        erased=sum(1 for entry_id in gone if entry_id not in stored),
        boundaries=_boundaries_since(last, boundaries if with_boundaries and not boundaries.is_empty() else None),
    )


def _boundaries_since(last: Share, going: Boundaries | None) -> BoundariesSince:
    if going is None:
        return BoundariesSince.LEFT_OUT if last.carried_boundaries else BoundariesSince.NOT_SHARED
    if not last.carried_boundaries:
        return BoundariesSince.NEW
    return BoundariesSince.SAME if boundaries_digest(going) == last.boundaries_sha256 else BoundariesSince.CHANGED


def share_history(vault: Vault, contact_id: str | None = None) -> list[Share]:
    """Every share made, newest first (only those to one contact, if given); what a crash
    left pending is settled first, and a share still being made is not listed."""
    settle_pending(vault)
    with vault.reading() as conn:
        if contact_id is None:
            rows = conn.execute(
                "SELECT id FROM shares WHERE state != ? ORDER BY created_at DESC", (ShareState.PENDING.value,)
            ).fetchall()
        else:
            rows = conn.execute(
                "SELECT id FROM shares WHERE contact_id = ? AND state != ? ORDER BY created_at DESC",
                (contact_id, ShareState.PENDING.value),
            ).fetchall()
        return [_get(conn, row[0]) for row in rows]


def share_by_id(vault: Vault, share_id: str) -> Share:
    with vault.reading() as conn:
        return _get(conn, share_id)


def _get(conn: Connection, share_id: str) -> Share:
    row = conn.execute(
        "SELECT id, contact_id, recipient, recipient_name, passphrase, created_at, expires_at, purpose, state,"
        " replaces, replaced_by, withdrawn_at, opened_at, records_allowed, boundaries_sha256 FROM shares"
        " WHERE id = ?",
        (share_id,),
    ).fetchone()
    if row is None:
        raise NotFound(f"share {share_id}")
    shared = conn.execute(
        "SELECT entry_id, revision FROM share_entries WHERE share_id = ? ORDER BY rowid", (share_id,)
    ).fetchall()
    attached = conn.execute(
        "SELECT attachment_id FROM share_attachments WHERE share_id = ? ORDER BY rowid", (share_id,)
    ).fetchall()
    return Share(
        id=row[0], contact_id=row[1], recipient=row[2], recipient_name=row[3], passphrase=row[4],
        created=row[5], expires=row[6], purpose=row[7], state=ShareState(row[8]), replaces=row[9],
        replaced_by=row[10], withdrawn_at=row[11],
        entries=tuple(SharedEntry(entry_id=e, revision=r) for e, r in shared),
        attachment_ids=tuple(a for (a,) in attached), opened_at=row[12], records_allowed=bool(row[13]),
        boundaries_sha256=row[14],
    )
