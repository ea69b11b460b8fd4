"""Suggestions: a carer drafts entries, the young person accepts, edits or declines them.

The carer's drafts are ordinary entries in the carer's own profile. :func:`make_suggestion`
sends chosen drafts as a signed bundle of kind ``suggestion`` to the young person's card.
The young person's app opens it only from someone they added as a contact, and keeps each
suggestion *pending* in its own tables: nothing joins the passport until the young person
accepts it. A declined suggestion is deleted with its attachments and pushed out of the
write-ahead log, so its words are gone from the files on disk too.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from passport.clock import now
from passport.content import attachments, entries
from passport.content import sections as stored_sections
from passport.errors import InvalidValue, NotFound, NotThisKindOfProfile
from passport.exchange import contacts, identity, sharing
from passport.exchange.contacts import Contact
from passport.exchange.received import StoreSpool, my_fingerprint
from passport.formats import bundle_format, bundle_reader
from passport.formats.bundle_format import BundleAttachment, BundleKind, Manifest, SuggestionOutcome
from passport.formats.bundle_reader import LIMITS, Limits, ReadPolicy
from passport.formats.bundle_writer import write_bundle
from passport.formats.cards import Card
from passport.formats.streams import ChunkReader
from passport.models import AttachmentKind, Entry, EntryContent, ProfileKind, Section
from passport.store.database import Connection, Row

if TYPE_CHECKING:
    from passport.vault import Vault

Progress = Callable[[int, int], None]
# How long a suggestion file can be opened for: long enough for a carer's file to wait on
# a memory stick for a while, short enough that an old one does not turn up years later.
SUGGESTION_DAYS = 180
MAX_NOTE = bundle_format.MAX_PURPOSE
RELATED_LIMIT = 6
_WORD = re.compile(r"\w{3,}", re.UNICODE)
# Words too common to make two entries alike.
_COMMON = frozenset({
    "the", "and", "for", "with", "you", "are", "was", "but", "not", "this", "that", "when", "what", "have",
    "has", "had", "can",
})


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SuggestionAttachment(_Model):
    id: str
    name: str
    kind: AttachmentKind
    media_type: str
    size: int
    sha256: str


class Suggestion(_Model):
    """One suggested entry waiting for the young person's answer."""

    id: str
    bundle_id: str
    sender: Card
    note: str
    sent: dt.datetime
    received_at: dt.datetime
    section_key: str | None
    section_title: str
    title: str
    body: str
    important_now: bool
    review_by: dt.date | None
    happened_on: dt.date | None
    colour: str | None
    attachments: tuple[SuggestionAttachment, ...]

    @property
    def sender_name(self) -> str:
        return self.sender.display_name


class OpenedSuggestions(_Model):
    """What opening a suggestion file found: who from, and what is new in it."""

    bundle_id: str
    sender: Card
    note: str
    suggestions: tuple[Suggestion, ...]
    already_seen: int  # suggestions in the file that were opened (and answered) before


class SentSuggestions(_Model):
    """The carer's record of one suggestion file."""

    bundle_id: str
    contact_id: str
    recipient_name: str
    sent_at: dt.datetime
    entry_ids: tuple[str, ...]
    # What the young person's latest answer said of each (a draft id missing: no answer yet).
    outcomes: dict[str, SuggestionOutcome] = {}


class RevisionOrigin(_Model):
    """Where a revision came from, when it was not typed by the owner."""

    suggested_by: str
    edited_before_accepting: bool


# --- the carer's side ----------------------------------------------------------------


def make_suggestion(vault: Vault, entry_ids: list[str], to: Contact, out_path: Path, note: str = "",
                    progress: Progress | None = None) -> SentSuggestions:
    """Write the chosen drafts as a signed suggestion bundle for one young person."""
    if vault.kind is not ProfileKind.CARER:
        raise NotThisKindOfProfile("only a carer's profile sends suggestions")
    if not entry_ids:
        raise InvalidValue("choose at least one draft to send")
    if len(set(entry_ids)) != len(entry_ids):
        raise InvalidValue("a draft is chosen twice")
    note = note.strip()
    if len(note) > MAX_NOTE:
        raise InvalidValue(f"the note can have at most {MAX_NOTE} characters")
    contact = contacts.contact(vault, to.id)
    if contact.card.kind is not ProfileKind.YOUNG_PERSON:
        raise InvalidValue("suggestions go to a young person's card")
    own = identity.of(vault)
    created = now()
    bundle_entries, bundle_attachments, members = sharing.gather(vault, entry_ids)
    manifest = Manifest(
        kind=BundleKind.SUGGESTION, id=uuid.uuid4().hex, sender=own.card(vault.kind),
        recipient=contact.card.fingerprint, created=created, expires=created + dt.timedelta(days=SUGGESTION_DAYS),
        purpose=note, entries=tuple(bundle_entries), attachments=tuple(bundle_attachments),
    )
    write_bundle(out_path, bundle_format.sign(manifest, own.sign), members,
                 recipient=contact.card.age_recipient, progress=progress)
    with vault.writing() as conn:
        conn.executemany(
            "INSERT INTO suggestions_sent (bundle_id, entry_id, contact_id, sent_at) VALUES (?, ?, ?, ?)",
            [(manifest.id, entry_id, contact.id, created.isoformat()) for entry_id in entry_ids],
        )
    return SentSuggestions(bundle_id=manifest.id, contact_id=contact.id, recipient_name=contact.display_name,
                           sent_at=created, entry_ids=tuple(entry_ids))


def sent_suggestions(vault: Vault) -> list[SentSuggestions]:
    """Every suggestion file this carer made, newest first."""
    with vault.reading() as conn:
        rows = conn.execute(
            "SELECT bundle_id, contact_id, sent_at, entry_id, outcome FROM suggestions_sent"
            " ORDER BY sent_at DESC, rowid"
        ).fetchall()
        names = dict(conn.execute("SELECT id, display_name FROM contacts").fetchall())
    grouped: dict[str, list[Row]] = {}
    for row in rows:
        grouped.setdefault(row[0], []).append(row)
    return [
        SentSuggestions(bundle_id=bundle_id, contact_id=group[0][1], recipient_name=names.get(group[0][1], ""),
                        sent_at=group[0][2], entry_ids=tuple(r[3] for r in group),
                        outcomes={r[3]: SuggestionOutcome(r[4]) for r in group if r[4] is not None})
        for bundle_id, group in grouped.items()
    ]


# --- the young person's side: opening -------------------------------------------------


class _InboxReceiver:
    """Writes a suggestion bundle's new entries into the inbox as they are verified."""

    def __init__(self, conn: Connection, received_at: dt.datetime) -> None:
        self._conn = conn
        self._received_at = received_at
        self._owner: dict[str, str] = {}  # the sender's entry id -> our suggestion id
        self.new_ids: list[str] = []
        self.already_seen = 0

    def manifest(self, manifest: Manifest) -> None:
        conn = self._conn
        known = {
            row[0] for row in conn.execute(
                "SELECT entry_id FROM suggestions WHERE bundle_id = ?"
                " UNION SELECT entry_id FROM suggestions_handled WHERE bundle_id = ?", (manifest.id, manifest.id),
            )
        }
        fresh = [entry for entry in manifest.entries if entry.id not in known]
        self.already_seen = len(manifest.entries) - len(fresh)
        if not fresh:
            return
        conn.execute(
            "INSERT OR IGNORE INTO suggestion_bundles (id, sender_fingerprint, sender_card, note, created_at,"
            " received_at) VALUES (?, ?, ?, ?, ?, ?)",
            (manifest.id, manifest.sender.fingerprint, manifest.sender.model_dump_json(), manifest.purpose,
             _stamp(manifest.created), _stamp(self._received_at)),
        )
        start = conn.execute(
            "SELECT coalesce(max(position), -1) + 1 FROM suggestions WHERE bundle_id = ?", (manifest.id,)
        ).fetchone()[0]
        for offset, entry in enumerate(fresh):
            suggestion_id = uuid.uuid4().hex
            conn.execute(
                "INSERT INTO suggestions (id, bundle_id, entry_id, position, section_key, section_title, title,"
                " body, important_now, review_by, happened_on, colour) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (suggestion_id, manifest.id, entry.id, start + offset, entry.section_key, entry.section_title,
                 entry.title, entry.body, int(entry.important_now), _date(entry.review_by),
                 _date(entry.happened_on), entry.colour),
            )
            conn.executemany(
                "INSERT INTO suggestion_attachments (suggestion_id, id, name, kind, media_type, size, sha256)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(suggestion_id, a.id, attachments.clean_name(a.name), a.kind.value, a.media_type, a.size,
                  a.sha256) for a in manifest.attachments_of(entry.id)],
            )
            self._owner[entry.id] = suggestion_id
            self.new_ids.append(suggestion_id)

    def chunk(self, attachment: BundleAttachment, number: int, data: bytes) -> None:
        suggestion_id = self._owner.get(attachment.entry_id)
        if suggestion_id is None:
            return  # part of a suggestion already answered: not kept again
        self._conn.execute(
            "INSERT INTO suggestion_chunks (suggestion_id, attachment_id, number, data) VALUES (?, ?, ?, ?)",
            (suggestion_id, attachment.id, number, data),
        )


def open_suggestion(vault: Vault, path: Path, progress: Progress | None = None, limits: Limits = LIMITS,
                    at: dt.datetime | None = None) -> OpenedSuggestions:
    """Verify a suggestion file and put what is new in it in the inbox. Only files signed
    by one of this profile's contacts are opened (else BundleUntrustedSender); on any
    failure nothing is kept. Nothing is added to the passport itself."""
    if vault.kind is not ProfileKind.YOUNG_PERSON:
        raise NotThisKindOfProfile("only a young person's profile takes suggestions")
    own = identity.of(vault)
    trusted = frozenset(contact.card.fingerprint for contact in contacts.contacts(vault))
    plaintext = bundle_reader.decrypt(path, StoreSpool(vault), identity=own.age_identity, limits=limits,
                                      progress=progress)
    moment = at or now()
    try:
        with vault.writing() as conn:
            receiver = _InboxReceiver(conn, moment)
            policy = ReadPolicy(me=my_fingerprint(vault), now=moment, kinds=frozenset({BundleKind.SUGGESTION}),
                                trusted=trusted)
            manifest = bundle_reader.parse(plaintext, policy, receiver, limits)
    finally:
        plaintext.discard()
    if progress is not None:
        progress(1, 1)
    new_ids = set(receiver.new_ids)
    with vault.reading() as conn:
        fresh = [found for found in _suggestions(conn, "WHERE s.bundle_id = ?", (manifest.id,)) if found.id in new_ids]
    return OpenedSuggestions(bundle_id=manifest.id, sender=manifest.sender, note=manifest.purpose,
                             suggestions=tuple(fresh), already_seen=receiver.already_seen)


# --- the inbox ----------------------------------------------------------------------------

_SUGGESTION_COLUMNS = (
    "s.id, s.bundle_id, b.sender_card, b.note, b.created_at, b.received_at, s.section_key, s.section_title,"
    " s.title, s.body, s.important_now, s.review_by, s.happened_on, s.colour"
)


def _suggestions(conn: Connection, where: str = "", params: tuple[object, ...] = ()) -> list[Suggestion]:
    """Suggestions with their attachments, in two queries whatever their number; each
    distinct sender card is parsed once (a file may carry thousands of suggestions)."""
    rows = conn.execute(
        f"SELECT {_SUGGESTION_COLUMNS} FROM suggestions s JOIN suggestion_bundles b ON b.id = s.bundle_id"
        f" {where} ORDER BY b.received_at, b.id, s.position",
        params,
    ).fetchall()
    attached: dict[str, list[SuggestionAttachment]] = {}
    for a in conn.execute(
        "SELECT a.suggestion_id, a.id, a.name, a.kind, a.media_type, a.size, a.sha256 FROM suggestion_attachments a"
        f" JOIN suggestions s ON s.id = a.suggestion_id JOIN suggestion_bundles b ON b.id = s.bundle_id {where}"
        " ORDER BY a.rowid",
        params,
    ):
        attached.setdefault(a[0], []).append(
            SuggestionAttachment(id=a[1], name=a[2], kind=a[3], media_type=a[4], size=a[5], sha256=a[6])
        )
    cards: dict[str, Card] = {}

    def card(raw: str) -> Card:
        if raw not in cards:
            cards[raw] = Card.model_validate_json(raw)
        return cards[raw]

    return [
        Suggestion(
            id=row[0], bundle_id=row[1], sender=card(row[2]),
            note=row[3], sent=row[4], received_at=row[5], section_key=row[6], section_title=row[7], title=row[8],
            body=row[9], important_now=bool(row[10]), review_by=row[11], happened_on=row[12], colour=row[13],
            attachments=tuple(attached.get(row[0], ())),
        )
        for row in rows
    ]


def pending(vault: Vault) -> list[Suggestion]:
    """Every suggestion waiting for an answer, oldest file first, in the carer's order."""
    with vault.reading() as conn:
        return _suggestions(conn)


def suggestion(vault: Vault, suggestion_id: str) -> Suggestion:
    with vault.reading() as conn:
        return _get(conn, suggestion_id)


def _get(conn: Connection, suggestion_id: str) -> Suggestion:
    found = _suggestions(conn, "WHERE s.id = ?", (suggestion_id,))
    if not found:
        raise NotFound(f"suggestion {suggestion_id}")
    return found[0]


def attachment_data(vault: Vault, suggestion_id: str, attachment_id: str) -> bytes:
    """A suggested attachment's bytes, to look at or listen to before answering."""
    with vault.reading() as conn:
        rows = conn.execute(
            "SELECT data FROM suggestion_chunks WHERE suggestion_id = ? AND attachment_id = ? ORDER BY number",
            (suggestion_id, attachment_id),
        ).fetchall()
    if not rows:
        raise NotFound(f"attachment {attachment_id}")
    return b"".join(bytes(row[0]) for row in rows)


def matching_section(vault: Vault, found: Suggestion) -> Section:
    """Where an accepted suggestion goes: the section with the same key (a starter
    section, even renamed), else the same title, else the first section."""
    with vault.reading() as conn:
        sections = stored_sections.select(conn)
    if not sections:
        raise NotFound("this profile has no sections")
    if found.section_key:
        for section in sections:
            if section.key == found.section_key:
                return section
    wanted = found.section_title.casefold().strip()
    for section in sections:
        if section.title.casefold() == wanted:
            return section
    return sections[0]


def suggested_content(vault: Vault, found: Suggestion) -> EntryContent:
    """The entry a suggestion becomes when accepted as it is."""
    return EntryContent(
        section_id=matching_section(vault, found).id, title=found.title, body=found.body,
        important_now=found.important_now, review_by=found.review_by, happened_on=found.happened_on,
        colour=found.colour,
    )


def accept(vault: Vault, suggestion_id: str, content: EntryContent | None = None) -> Entry:
    """Add the suggestion to the passport (as it is, or as the young person edited it),
    marked "suggested by" its sender in the entry and its first revision."""
    found = suggestion(vault, suggestion_id)
    edited = content is not None and content != suggested_content(vault, found)
    content = content or suggested_content(vault, found)
    with vault.writing() as conn:
        if conn.execute("SELECT 1 FROM sections WHERE id = ?", (content.section_id,)).fetchone() is None:
            raise NotFound(f"section {content.section_id}")
        entry = entries.insert(conn, content, suggested_by=found.sender_name)
        conn.execute(
            "UPDATE revisions SET suggested_by = ?, edited_before_accepting = ? WHERE entry_id = ? AND number = 1",
            (found.sender_name, int(edited), entry.id),
        )
        for attachment in found.attachments:
            attachments.add(conn, entry.id, attachment.name, ChunkReader(_chunks(conn, found.id, attachment.id)))
        _forget(conn, found, SuggestionOutcome.ADDED_WITH_CHANGES if edited else SuggestionOutcome.ADDED)
    vault.forget_deleted()
    return entry


def _chunks(conn: Connection, suggestion_id: str, attachment_id: str) -> Iterator[bytes]:
    number = 0
    while True:
        row = conn.execute(
            "SELECT data FROM suggestion_chunks WHERE suggestion_id = ? AND attachment_id = ? AND number = ?",
            (suggestion_id, attachment_id, number),
        ).fetchone()
        if row is None:
            return
        yield bytes(row[0])
        number += 1


def decline(vault: Vault, suggestion_id: str) -> None:
    """Delete a suggestion and its attachments completely: from the tables, and (secure
    delete is on, then the log is emptied) from the files on disk."""
    with vault.writing() as conn:
        found = _get(conn, suggestion_id)
        _forget(conn, found, SuggestionOutcome.DECLINED)
    vault.forget_deleted()


def _forget(conn: Connection, found: Suggestion, outcome: SuggestionOutcome) -> None:
    """Forget a suggestion's words, keeping only what an answer to its sender may say."""
    entry_id, position = conn.execute("SELECT entry_id, position FROM suggestions WHERE id = ?",
                                      (found.id,)).fetchone()
    conn.execute(
        "INSERT OR IGNORE INTO suggestions_handled (bundle_id, entry_id, sender_fingerprint, outcome, position,"
        " sent_at) VALUES (?, ?, ?, ?, ?, ?)",
        (found.bundle_id, entry_id, found.sender.fingerprint, outcome.value, position, _stamp(found.sent)),
    )
    conn.execute("DELETE FROM suggestions WHERE id = ?", (found.id,))
    # The file's note and sender go too once nothing from it is waiting.
    conn.execute(
        "DELETE FROM suggestion_bundles WHERE id = ? AND NOT EXISTS (SELECT 1 FROM suggestions WHERE bundle_id = ?)",
        (found.bundle_id, found.bundle_id),
    )


def related_entries(vault: Vault, found: Suggestion, limit: int = RELATED_LIMIT) -> list[Entry]:
    """Entries to show beside a suggestion: those sharing words with its title, best first,
    then others in the section it would go to."""
    words = list(dict.fromkeys(w.casefold() for w in _WORD.findall(found.title) if w.casefold() not in _COMMON))
    words = words[:12]
    section = matching_section(vault, found)
    related: dict[str, Entry] = {}
    with vault.reading() as conn:
        if words:
            expression = " OR ".join(f'"{w}"' for w in words)
            rows = conn.execute(
                "SELECT e.id FROM entries_fts JOIN entries e ON e.seq = entries_fts.rowid"
                " WHERE entries_fts MATCH ? ORDER BY bm25(entries_fts, 4.0, 1.0) LIMIT ?", (expression, limit),
            ).fetchall()
            for (entry_id,) in rows:
                related[entry_id] = entries.get(conn, entry_id)
        for entry in entries.select(conn, "WHERE section_id = ?", (section.id,)):
            if len(related) >= limit:
                break
            related.setdefault(entry.id, entry)
    return list(related.values())[:limit]


def revision_origin(vault: Vault, entry_id: str, number: int) -> RevisionOrigin | None:
    """Who suggested this revision, if it came from a suggestion."""
    with vault.reading() as conn:
        row = conn.execute(
            "SELECT suggested_by, edited_before_accepting FROM revisions WHERE entry_id = ? AND number = ?",
            (entry_id, number),
        ).fetchone()
    if row is None:
        raise NotFound(f"revision {number} of entry {entry_id}")
    if row[0] is None:
        return None
    return RevisionOrigin(suggested_by=row[0], edited_before_accepting=bool(row[1]))


def _stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat()


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def names_for_written_with(vault: Vault) -> list[str]:
    """Names to offer for "written with": the owner's contacts, then names used before."""
    names = [contact.display_name for contact in contacts.contacts(vault)]
    with vault.reading() as conn:
        used = [row[0] for row in conn.execute(
            "SELECT DISTINCT written_with FROM entries WHERE written_with IS NOT NULL AND written_with != ''"
            " ORDER BY written_with COLLATE NOCASE"
        )]
    return list(dict.fromkeys(names + used))

