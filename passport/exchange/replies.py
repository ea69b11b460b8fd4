"""Replies: the practitioner answers a share, in their own words, and the young person keeps it.

A reply is a small bundle of kind ``reply`` (see :mod:`passport.formats.reply_format`),
signed with the practitioner's card and encrypted to the card the share came from, like a
receipt. It carries a short message and, if they like, "what I'll do" for some entries,
named by id only: the young person's app shows its own titles. Only the card a share was
made for can reply to it (matched by key, never by name); a share opened with a passphrase
names no card, so no reply to it can be checked, and none is made.

The young person's app keeps each reply beside the share it answers (``share_replies``,
``share_reply_notes``), so their history can say "Dr Rao replied …". Opening the same file
again changes nothing; erasing an entry erases the notes about it.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, ValidationError

from passport.clock import now
from passport.errors import (
    BundleDamaged,
    InvalidValue,
    NotFound,
    NotThisKindOfProfile,
    ReceiptDoesNotMatch,
    ReplyDoesNotMatch,
    ReplyNotPossible,
)
from passport.exchange import identity, receipts, received
from passport.exchange.sharing import Share, share_by_id
from passport.formats import bundle_format
from passport.formats.bundle_format import PASSPHRASE_RECIPIENT, BundleKind, Manifest
from passport.formats.bundle_reader import Limits
from passport.formats.bundle_writer import write_bundle
from passport.formats.cards import Card
from passport.formats.reply_format import (
    MAX_REPLY_MESSAGE,
    MAX_REPLY_NOTE,
    MAX_REPLY_NOTES,
    Reply,
    ReplyNote,
    shown_text,
)
from passport.models import ProfileKind
from passport.store.database import Row

if TYPE_CHECKING:
    from passport.vault import Vault

# The most a reply holds is about 1.2 MB of UTF-8 (300 notes of 1,000 four-byte characters).
REPLY_LIMITS = Limits(bundle=4 * 1024 * 1024, passphrase_bundle=0, manifest=2 * 1024 * 1024, attachment=0,
                      entries=0, attachments=0)


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class DraftNote(_Model):
    entry_id: str
    entry_title: str  # shown to the practitioner only; the file names the entry by id
    what_i_will_do: str


class ReplyDraft(_Model):
    """Exactly what a reply would carry, with what the practitioner's screen shows it by."""

    bundle_id: str  # the share answered
    shared_on: dt.datetime
    to: Card  # the young person's card, from the share: the reply is encrypted to it
    sender: Card  # the practitioner's own card, carried whole in the file
    message: str
    notes: tuple[DraftNote, ...]


class ShareReply(_Model):
    """A reply as the young person keeps it."""

    id: str
    share_id: str
    sender_name: str
    sender_fingerprint: str
    replied_at: dt.datetime
    received_at: dt.datetime
    message: str
    notes: tuple[ReplyNote, ...]  # only about entries still in the passport


class ReplyOpened(_Model):
    reply: ShareReply
    share: Share
    already_had: bool  # the same file was opened before: nothing changed


# --- the practitioner's side ------------------------------------------------------------------


def _clean(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ").strip()


def reply_possible(vault: Vault, bundle_id: str) -> bool:
    """Whether this share can be answered: it was made for this card, not a passphrase."""
    received.check_readable(vault, bundle_id)  # NotFound once it is gone (its manifest is not needed here)
    with vault.reading() as conn:
        # A replaced file keeps only its outline (manifest ''): nothing is left to reply about.
        (recipient,) = conn.execute(
            "SELECT CASE WHEN manifest <> '' THEN json_extract(manifest, '$.recipient') END FROM received_bundles"
            " WHERE id = ?", (bundle_id,)
        ).fetchone()
    if recipient is None:
        raise NotFound(f"bundle {bundle_id}")
    return bool(recipient != PASSPHRASE_RECIPIENT)


def draft_reply(vault: Vault, bundle_id: str, message: str, notes: Mapping[str, str]) -> ReplyDraft:
    """What a reply to this share would carry: the message and the notes (by entry id; empty
    ones left out), checked against the reply's rules. Raises InvalidValue for a broken rule,
    ReplyNotPossible for a share opened with a passphrase, NotFound once it is gone."""
    if vault.kind is not ProfileKind.PRACTITIONER:
        raise NotThisKindOfProfile("only a practitioner's profile replies to shares")
    bundle = received.received_bundle(vault, bundle_id)
    if not reply_possible(vault, bundle_id):
        raise ReplyNotPossible("the share was opened with a passphrase, not made for this card")
    titles = {entry.id: entry.title for entry in bundle.entries}
    message = _clean(message)
    kept = [(entry_id, _clean(text)) for entry_id, text in notes.items() if _clean(text)]
    for entry_id, _text in kept:
        if entry_id not in titles:
            raise InvalidValue("a note is about an entry that is not in this share")
    _check_words(message, [text for _entry, text in kept])
    # In the share's order, so the young person reads them as they wrote them.
    order = {entry.id: position for position, entry in enumerate(bundle.entries)}
    kept.sort(key=lambda note: order[note[0]])
    return ReplyDraft(
        bundle_id=bundle.id, shared_on=bundle.created, to=bundle.sender, sender=identity.own_card(vault),
        message=message,
        notes=tuple(DraftNote(entry_id=entry_id, entry_title=titles[entry_id], what_i_will_do=text)
                    for entry_id, text in kept),
    )


def _check_words(message: str, notes: list[str]) -> None:
    """The reply's rules, each said plainly (the format refuses the same, less kindly)."""
    if not message and not notes:
        raise InvalidValue("write a message or a note about at least one entry")
    if len(message) > MAX_REPLY_MESSAGE:
        raise InvalidValue(f"the message can be at most {MAX_REPLY_MESSAGE:,} characters")
    if any(len(text) > MAX_REPLY_NOTE for text in notes):
        raise InvalidValue(f"each note can be at most {MAX_REPLY_NOTE:,} characters")
    if len(notes) > MAX_REPLY_NOTES:
        raise InvalidValue(f"a reply can have at most {MAX_REPLY_NOTES} notes")
    for text in (message, *notes):
        try:
            shown_text(text)
        except ValueError:
            raise InvalidValue("the words have characters that cannot be shown") from None


def make_reply(vault: Vault, bundle_id: str, message: str, notes: Mapping[str, str], out_path: Path) -> ReplyDraft:
    """Write a signed reply to a share, for the card it came from; what it carries is
    exactly :func:`draft_reply` of the same words."""
    draft = draft_reply(vault, bundle_id, message, notes)
    own = identity.of(vault)
    try:
        reply = Reply(share=draft.bundle_id, message=draft.message,
                      notes=tuple(ReplyNote(entry_id=n.entry_id, what_i_will_do=n.what_i_will_do)
                                  for n in draft.notes))
    except ValidationError as exc:  # the checks above say each rule first; this is the last word
        raise InvalidValue(f"the reply breaks a rule ({exc.error_count()})") from None
    manifest = Manifest(kind=BundleKind.REPLY, id=uuid.uuid4().hex, sender=draft.sender,
                        recipient=draft.to.fingerprint, created=now(), reply=reply)
    write_bundle(out_path, bundle_format.sign(manifest, own.sign), [], recipient=draft.to.age_recipient)
    return draft


# --- the young person's side ------------------------------------------------------------------


def open_reply(vault: Vault, path: Path, at: dt.datetime | None = None) -> ReplyOpened:
    """Check a reply and keep it beside the share it answers. Raises a BundleError
    (ReplyDoesNotMatch when it answers a share not made for its signer, or writes about an
    entry that share did not hold); then nothing changes."""
    _young_person(vault)
    manifest = receipts.read_receipt(vault, path, REPLY_LIMITS, at, frozenset({BundleKind.REPLY}))
    return record_reply(vault, manifest)


def open_receipt_or_reply(vault: Vault, path: Path, at: dt.datetime | None = None) -> Share | ReplyOpened:
    """One door for what comes back from the person a share was made for: a receipt
    (the Share, now with when it was opened) or a reply (a ReplyOpened)."""
    _young_person(vault)
    manifest = receipts.read_receipt(vault, path, REPLY_LIMITS, at, frozenset({BundleKind.RECEIPT, BundleKind.REPLY}))
    if manifest.kind is BundleKind.REPLY:
        return record_reply(vault, manifest)
    return receipts.record_receipt(vault, manifest)


def _young_person(vault: Vault) -> None:
    if vault.kind is not ProfileKind.YOUNG_PERSON:
        raise NotThisKindOfProfile("only a young person's profile takes replies to shares")


def record_reply(vault: Vault, manifest: Manifest) -> ReplyOpened:
    """Keep what a verified reply says (see :func:`open_reply`)."""
    reply = manifest.reply
    if reply is None:
        raise ReceiptDoesNotMatch("the file is not a reply")
    signer = manifest.sender.fingerprint
    with vault.writing() as conn:
        row = conn.execute("SELECT recipient, state FROM shares WHERE id = ?", (reply.share,)).fetchone()
        # Only the card the share was made for can answer it (a passphrase share names none).
        if row is None or row[0] != signer or row[1] == "pending":
            raise ReplyDoesNotMatch("the reply is not about a share made for its sender")
        shared = {r[0] for r in conn.execute("SELECT entry_id FROM share_entries WHERE share_id = ?",
                                             (reply.share,))}
        if any(note.entry_id not in shared for note in reply.notes):
            raise ReplyDoesNotMatch("the reply writes about an entry that share did not hold")
        earlier = conn.execute("SELECT share_id, sender_fingerprint FROM share_replies WHERE id = ?",
                               (manifest.id,)).fetchone()
        if earlier is not None and tuple(earlier) != (reply.share, signer):
            raise BundleDamaged("another reply has the same id")
        if earlier is None:
            conn.execute(
                "INSERT INTO share_replies (id, share_id, sender_fingerprint, sender_name, replied_at, received_at,"
                " message) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (manifest.id, reply.share, signer, manifest.sender.display_name, _stamp(manifest.created),
                 _stamp(now()), reply.message),
            )
            # Notes about an entry erased since are not kept: erasing took everything of it.
            conn.executemany(
                "INSERT INTO share_reply_notes (reply_id, entry_id, position, note)"
                " SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM entries WHERE id = ?)",
                [(manifest.id, note.entry_id, position, note.what_i_will_do, note.entry_id)
                 for position, note in enumerate(reply.notes)],
            )
    return ReplyOpened(reply=_reply(vault, manifest.id), share=share_by_id(vault, reply.share),
                       already_had=earlier is not None)


def _stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat()


_REPLY_COLUMNS = "id, share_id, sender_name, sender_fingerprint, replied_at, received_at, message"
_NOTES = ("(SELECT json_group_array(json_object('entry_id', entry_id, 'what_i_will_do', note)) FROM"
          " (SELECT entry_id, note FROM share_reply_notes WHERE reply_id = share_replies.id ORDER BY position))")


def _from_row(row: Row) -> ShareReply:
    fields = ("id", "share_id", "sender_name", "sender_fingerprint", "replied_at", "received_at", "message")
    notes = tuple(ReplyNote.model_validate(note) for note in json.loads(row[7]))
    return ShareReply.model_validate(dict(zip(fields, row[:7], strict=True)) | {"notes": notes})


def _reply(vault: Vault, reply_id: str) -> ShareReply:
    with vault.reading() as conn:
        row = conn.execute(f"SELECT {_REPLY_COLUMNS}, {_NOTES} FROM share_replies WHERE id = ?",
                           (reply_id,)).fetchone()
    return _from_row(row)


def replies(vault: Vault, share_id: str | None = None) -> list[ShareReply]:
    """The replies kept (to one share, or to every share), newest first."""
    _young_person(vault)
    where, params = ("WHERE share_id = ?", (share_id,)) if share_id is not None else ("", ())
    with vault.reading() as conn:
        rows = conn.execute(
            f"SELECT {_REPLY_COLUMNS}, {_NOTES} FROM share_replies {where} ORDER BY received_at DESC, replied_at DESC",
            params,
        ).fetchall()
    return [_from_row(row) for row in rows]


def shares_with_unread_replies(vault: Vault) -> list[Share]:
    """The shares with a reply the young person has not seen yet, newest reply first (Home
    points to each until it is seen)."""
    _young_person(vault)
    with vault.reading() as conn:
        rows = conn.execute(
            "SELECT share_id FROM share_replies WHERE read_at IS NULL GROUP BY share_id"
            " ORDER BY max(received_at) DESC"
        ).fetchall()
    return [share_by_id(vault, share_id) for (share_id,) in rows]


def mark_read(vault: Vault, share_id: str, at: dt.datetime | None = None) -> bool:
    """The replies to this share have been seen; whether any were not before."""
    _young_person(vault)
    with vault.writing() as conn:
        done = conn.execute("UPDATE share_replies SET read_at = ? WHERE share_id = ? AND read_at IS NULL",
                            (_stamp(at or now()), share_id))
        return bool(done.rowcount)
