"""The profile facade: the one front door to an open profile.

Everything the app and the command line do with a profile goes through :class:`Profile`.
It returns pydantic models and raises typed errors; every mutation returns a
:class:`~passport.models.Change` that says what changed.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from passport.clock import now, today
from passport.content import attachments, entries, search
from passport.content.sections import STARTER_SECTIONS
from passport.crypto.keyfile import DEFAULT_KDF, KEY_BYTES, KdfSettings, KeyFile, passphrase_slot, recovery_slot
from passport.crypto.passphrases import check_new_passphrase
from passport.crypto.recovery_code import backup_recipient, new_code
from passport.errors import InvalidValue, NotFound, ProfileLocked, RecoveryCodeNeeded, StoreDamaged
from passport.exchange import contacts, identity, receipts, received, sharing, suggestions
from passport.models import (
    Attachment,
    Change,
    ChangeKind,
    Entry,
    EntryContent,
    ProfileKind,
    Revision,
    SearchHit,
    Section,
)
from passport.store import profiles
from passport.store.database import Connection, Store
from passport.store.profiles import ProfileFolder

if TYPE_CHECKING:
    from passport.exchange.contacts import Contact
    from passport.exchange.received import ReceivedBundle
    from passport.exchange.sharing import PassphraseRecipient, Share
    from passport.exchange.suggestions import RevisionOrigin, SentSuggestions, Suggestion
    from passport.formats.cards import Card

DEFAULT_BACKUP_REMINDER_DAYS = 30
Progress = Callable[[int, int], None]


class Profile:
    """An unlocked profile. :meth:`lock` closes the database and drops the key."""

    def __init__(self, folder: ProfileFolder, store: Store, key: bytes) -> None:
        self.folder = folder
        self._store: Store | None = store
        self._key: bytearray | None = bytearray(key)
        # Opened with the recovery code: the owner may choose a new passphrase without the old one.
        self.opened_with_recovery_code = False
        with store.reading() as conn:
            self.kind = ProfileKind(_meta(conn, "kind"))

    # --- opening, creating, locking ------------------------------------------------

    @classmethod
    def create(cls, base: Path, kind: ProfileKind, label: str, passphrase: str,
               kdf: KdfSettings | None = None) -> tuple[Profile, str]:
        """A new profile and its recovery code (to show once, never stored in clear)."""
        check_new_passphrase(passphrase)
        folder = profiles.new_folder(base, label)
        try:
            key = os.urandom(KEY_BYTES)
            code = new_code()
            KeyFile.new(key, passphrase, code, kdf or DEFAULT_KDF).save(folder.key_path)
            store = Store(folder.db_path, key)
            with store.transaction() as conn:
                conn.execute("INSERT INTO profile_meta VALUES ('kind', ?)", (kind.value,))
                conn.execute("INSERT INTO profile_meta VALUES ('created_at', ?)", (now().isoformat(),))
                identity.create(conn)
                if kind is not ProfileKind.PRACTITIONER:
                    for position, starter in enumerate(STARTER_SECTIONS):
                        prompt = starter.carer_prompt if kind is ProfileKind.CARER else starter.prompt
                        conn.execute(
                            "INSERT INTO sections (key, title, prompt, position) VALUES (?, ?, ?, ?)",
                            (starter.key, starter.title, prompt, position),
                        )
            profile = cls(folder, store, key)
            profile.remember_backup_recipient(code)
        except BaseException:
            profiles.remove_folder(folder)
            raise
        return profile, code

    @classmethod
    def open_with_passphrase(cls, folder: ProfileFolder, passphrase: str) -> Profile:
        key = KeyFile.load(folder.key_path).unlock_with_passphrase(passphrase)
        return cls(folder, Store(folder.db_path, key), key)

    @classmethod
    def open_with_recovery_code(cls, folder: ProfileFolder, code: str) -> Profile:
        key = KeyFile.load(folder.key_path).unlock_with_recovery_code(code)
        profile = cls(folder, Store(folder.db_path, key), key)
        profile.opened_with_recovery_code = True
        return profile

    @property
    def is_locked(self) -> bool:
        return self._store is None

    @property
    def label(self) -> str:
        return self.folder.label

    def lock(self) -> None:
        """Close the database and forget the key. Safe to call twice."""
        if self._store is not None:
            self._store.close()
            self._store = None
        if self._key is not None:
            self._key[:] = bytes(len(self._key))
            self._key = None

    def _db(self) -> Store:
        if self._store is None:
            raise ProfileLocked("the profile is locked")
        return self._store

    def _write(self):  # noqa: ANN202 - a context manager from Store
        return self._db().transaction()

    def _appending_write(self):  # noqa: ANN202 - for adding hundreds of MB at once
        return self._db().appending_transaction()

    def _read(self):  # noqa: ANN202
        return self._db().reading()

    # --- secrets -------------------------------------------------------------------

    def change_passphrase(self, current: str, new: str, kdf: KdfSettings | None = None) -> None:
        """Rewrap the database key; the database file itself is not touched."""
        check_new_passphrase(new)
        key_file = KeyFile.load(self.folder.key_path)
        key_file.unlock_with_passphrase(current)
        key_file.replacing(passphrase_slot(new, self._key_bytes(), kdf or DEFAULT_KDF)).save(self.folder.key_path)

    def new_recovery_code(self) -> str:
        """A fresh recovery code; the old one stops working."""
        code = new_code()
        key_file = KeyFile.load(self.folder.key_path)
        key_file.replacing(recovery_slot(code, self._key_bytes())).save(self.folder.key_path)
        self.remember_backup_recipient(code)
        return code

    def remember_backup_recipient(self, code: str) -> None:
        """Keep the public key that backups are encrypted to (derived from the code), so a
        backup can be made without typing the code, and the code alone opens it."""
        with self._write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO profile_meta VALUES ('backup_recipient', ?)", (backup_recipient(code),)
            )

    def backup_recipient(self) -> str:
        with self._read() as conn:
            return str(_meta(conn, "backup_recipient"))

    def _key_bytes(self) -> bytes:
        if self._key is None:
            raise ProfileLocked("the profile is locked")
        return bytes(self._key)

    def rename(self, label: str) -> Change:
        self._db()
        self.folder = profiles.relabel(self.folder, label)
        return Change(kind=ChangeKind.SETTINGS_CHANGED)

    def check(self) -> list[str]:
        """Integrity problems found by SQLCipher's HMAC check and SQLite's check."""
        return self._db().integrity_problems()

    def reset_passphrase(self, new: str, kdf: KdfSettings | None = None) -> str:
        """After a forgotten passphrase: a new one without the old, then a new recovery code
        (returned, to show once), since the old code has been used and may have been seen."""
        if not self.opened_with_recovery_code:
            raise RecoveryCodeNeeded("open it with the recovery code first")
        check_new_passphrase(new)
        key_file = KeyFile.load(self.folder.key_path)
        key_file.replacing(passphrase_slot(new, self._key_bytes(), kdf or DEFAULT_KDF)).save(self.folder.key_path)
        code = self.new_recovery_code()
        self.opened_with_recovery_code = False
        return code

    # --- settings (inside the encrypted store, never in Qt settings) -----------------

    def setting(self, name: str, default: Any = None) -> Any:
        with self._read() as conn:
            raw = _meta(conn, f"setting.{name}", None)
        return default if raw is None else json.loads(raw)

    def set_setting(self, name: str, value: Any) -> Change:
        with self._write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO profile_meta VALUES (?, ?)", (f"setting.{name}", json.dumps(value))
            )
        return Change(kind=ChangeKind.SETTINGS_CHANGED)

    # --- sections ------------------------------------------------------------------

    def sections(self, include_hidden: bool = False) -> list[Section]:
        where = "" if include_hidden else "WHERE hidden = 0"
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT id, key, title, prompt, position, hidden FROM sections {where} ORDER BY position, id"
            )
            return [
                Section(id=r[0], key=r[1], title=r[2], prompt=r[3], position=r[4], hidden=bool(r[5]))
                for r in rows
            ]

    def section(self, section_id: int) -> Section:
        for section in self.sections(include_hidden=True):
            if section.id == section_id:
                return section
        raise NotFound(f"section {section_id}")

    def section_by_key(self, key: str) -> Section:
        for section in self.sections(include_hidden=True):
            if section.key == key:
                return section
        raise NotFound(f"section {key}")

    def add_section(self, title: str, prompt: str = "") -> Change:
        title = _clean_section_title(title)
        with self._write() as conn:
            position = conn.execute("SELECT coalesce(max(position), -1) + 1 FROM sections").fetchone()[0]
            cursor = conn.execute(
                "INSERT INTO sections (title, prompt, position) VALUES (?, ?, ?)", (title, prompt, position)
            )
            new_id = cursor.lastrowid
        return Change(kind=ChangeKind.SECTIONS_CHANGED, section=self.section(new_id))

    def rename_section(self, section_id: int, title: str) -> Change:
        return self._update_section(section_id, "title = ?", _clean_section_title(title))

    def set_section_hidden(self, section_id: int, hidden: bool) -> Change:
        return self._update_section(section_id, "hidden = ?", int(hidden))

    def move_section(self, section_id: int, new_index: int) -> Change:
        """Put a section at ``new_index`` in the order, shifting the others."""
        ordered = [s.id for s in self.sections(include_hidden=True)]
        if section_id not in ordered:
            raise NotFound(f"section {section_id}")
        ordered.remove(section_id)
        ordered.insert(max(0, min(new_index, len(ordered))), section_id)
        with self._write() as conn:
            for position, sid in enumerate(ordered):
                conn.execute("UPDATE sections SET position = ? WHERE id = ?", (position, sid))
        return Change(kind=ChangeKind.SECTIONS_CHANGED, section=self.section(section_id))

    def _update_section(self, section_id: int, assignment: str, value: object) -> Change:
        with self._write() as conn:
            if conn.execute(f"UPDATE sections SET {assignment} WHERE id = ?", (value, section_id)).rowcount == 0:
                raise NotFound(f"section {section_id}")
        return Change(kind=ChangeKind.SECTIONS_CHANGED, section=self.section(section_id))

    # --- entries -------------------------------------------------------------------

    def entries(self, section_id: int | None = None, limit: int | None = None) -> list[Entry]:
        """Entries, most recently changed first; ``limit`` for a screen that shows a few."""
        where, params = ("", []) if section_id is None else ("WHERE section_id = ?", [section_id])
        if limit is not None:
            where, params = f"{where} ORDER BY updated_at DESC LIMIT ?", [*params, limit]
            with self._read() as conn:
                return entries.select(conn, where, params, order="")
        with self._read() as conn:
            return entries.select(conn, where, params)

    def entry_counts(self) -> dict[int, int]:
        """How many entries each section holds (sections with none are left out)."""
        with self._read() as conn:
            return dict(conn.execute("SELECT section_id, count(*) FROM entries GROUP BY section_id").fetchall())

    def entry(self, entry_id: str) -> Entry:
        with self._read() as conn:
            return entries.get(conn, entry_id)

    def important_now(self) -> list[Entry]:
        with self._read() as conn:
            return entries.select(conn, "WHERE important_now = 1")

    def due_for_review(self, on: dt.date | None = None) -> list[Entry]:
        """Entries whose *review by* date has come: the app asks "is this still true?"."""
        with self._read() as conn:
            return entries.select(
                conn, "WHERE review_by IS NOT NULL AND review_by <= ?", ((on or today()).isoformat(),),
                order="review_by, updated_at DESC",
            )

    def timeline(self) -> list[Entry]:
        """Every entry, newest first, by when it happened (or, failing that, was written)."""
        with self._read() as conn:
            return entries.select(conn, order="coalesce(happened_on, substr(created_at, 1, 10)) DESC, created_at DESC")

    def add_entry(self, content: EntryContent, *, session: str | None = None) -> Change:
        with self._write() as conn:
            self._check_section(conn, content.section_id)
            entry = entries.insert(conn, content, session=session)
        return Change(kind=ChangeKind.ENTRY_ADDED, entry_id=entry.id, entry=entry)

    def update_entry(self, entry_id: str, content: EntryContent, *, session: str | None = None) -> Change:
        """Save new content. Pass the editor's ``session`` so autosaves while typing make
        one revision, not one per keystroke."""
        with self._write() as conn:
            self._check_section(conn, content.section_id)
            entry = entries.update(conn, entry_id, content, session)
        return Change(kind=ChangeKind.ENTRY_UPDATED, entry_id=entry.id, entry=entry)

    def revisions(self, entry_id: str) -> list[Revision]:
        with self._read() as conn:
            return entries.revisions(conn, entry_id)

    def restore_revision(self, entry_id: str, number: int) -> Change:
        """Make an old revision current again, as a new revision (history is kept)."""
        with self._write() as conn:
            old = entries.revision(conn, entry_id, number)
            content = old.content
            if conn.execute("SELECT 1 FROM sections WHERE id = ?", (content.section_id,)).fetchone() is None:
                current = entries.get(conn, entry_id)
                content = content.model_copy(update={"section_id": current.section_id})
            entry = entries.update(conn, entry_id, content, session=None)
        return Change(kind=ChangeKind.ENTRY_UPDATED, entry_id=entry.id, entry=entry)

    def erase_entry(self, entry_id: str) -> Change:
        """Remove an entry, its whole history and its attachments, for good."""
        with self._write() as conn:
            entries.erase(conn, entry_id)
        self._db().forget_deleted()
        return Change(kind=ChangeKind.ENTRY_ERASED, entry_id=entry_id)

    @staticmethod
    def _check_section(conn: Connection, section_id: int) -> None:
        if conn.execute("SELECT 1 FROM sections WHERE id = ?", (section_id,)).fetchone() is None:
            raise NotFound(f"section {section_id}")

    # --- attachments ---------------------------------------------------------------

    def add_attachment(self, entry_id: str, name: str, data: bytes | BinaryIO) -> Change:
        source = io.BytesIO(data) if isinstance(data, bytes | bytearray) else data
        with self._write() as conn:
            entries.get(conn, entry_id)
            found = attachments.add(conn, entry_id, name, source)
        return Change(kind=ChangeKind.ATTACHMENTS_CHANGED, entry_id=entry_id, attachment=found)

    def attachments(self, entry_id: str) -> list[Attachment]:
        with self._read() as conn:
            return attachments.of_entry(conn, entry_id)

    def attachment(self, attachment_id: str) -> Attachment:
        with self._read() as conn:
            return attachments.get(conn, attachment_id)

    def attachment_chunks(self, attachment_id: str) -> Iterator[bytes]:
        """The attachment's bytes, a chunk at a time (memory stays flat for big files)."""
        with self._read() as conn:
            count = attachments.chunk_count(conn, attachment_id)
        for number in range(count):
            # The store's lock is let go before the chunk is handed out: the consumer may
            # be another thread, or may stop reading half way.
            with self._read() as conn:
                data = attachments.chunk(conn, attachment_id, number)
            yield data

    def attachment_data(self, attachment_id: str) -> bytes:
        """The whole attachment in memory (for showing an image or playing audio)."""
        return b"".join(self.attachment_chunks(attachment_id))

    def remove_attachment(self, attachment_id: str) -> Change:
        with self._write() as conn:
            found = attachments.remove(conn, attachment_id)
        self._db().forget_deleted()
        return Change(kind=ChangeKind.ATTACHMENTS_CHANGED, entry_id=found.entry_id, attachment=found)

    # --- finding -------------------------------------------------------------------

    def search(self, text: str, limit: int = 200) -> list[SearchHit]:
        with self._read() as conn:
            return search.search(conn, text, limit)


    # --- cards and contacts ----------------------------------------------------------

    def own_card(self) -> Card:
        return identity.own_card(self)

    def set_card_details(self, display_name: str | None = None, role: str | None = None,
                         organisation: str | None = None) -> Change:
        card = identity.set_details(self, display_name, role, organisation)
        return Change(kind=ChangeKind.CARD_CHANGED, subject=card)

    def export_card(self, out_path: Path, display_name: str | None = None, role: str | None = None,
                    organisation: str | None = None) -> Change:
        card = sharing.export_card(self, out_path, display_name, role, organisation)
        return Change(kind=ChangeKind.CARD_CHANGED, subject=card)

    def import_card(self, path: Path) -> Change:
        return Change(kind=ChangeKind.CONTACTS_CHANGED, subject=contacts.import_card(self, path))

    def mark_checked(self, contact_id: str, checked: bool = True) -> Change:
        return Change(kind=ChangeKind.CONTACTS_CHANGED, subject=contacts.mark_checked(self, contact_id, checked))

    def contacts(self) -> list[Contact]:
        return contacts.contacts(self)

    # --- sharing (young person) --------------------------------------------------------

    def make_share(self, entry_ids: list[str], to: Contact | PassphraseRecipient, expires: dt.datetime,
                   purpose: str, out_path: Path, progress: Progress | None = None) -> Change:
        share = sharing.make_share(self, entry_ids, to, expires, purpose, out_path, progress)
        return Change(kind=ChangeKind.SHARES_CHANGED, subject=share)

    def share_history(self, contact_id: str | None = None) -> list[Share]:
        return sharing.share_history(self, contact_id)

    def make_withdrawal(self, share_id: str, out_path: Path) -> Change:
        return Change(kind=ChangeKind.SHARES_CHANGED, subject=sharing.make_withdrawal(self, share_id, out_path))

    # --- received bundles (practitioner) -------------------------------------------------

    def open_bundle(self, path: Path, passphrase: str | None = None, progress: Progress | None = None) -> Change:
        """Verify and keep a bundle (or act on a withdrawal); raises a BundleError and
        keeps nothing if any check fails."""
        opened = received.open_bundle(self, path, passphrase, progress)
        return Change(kind=ChangeKind.RECEIVED_CHANGED, subject=opened)

    def received_bundles(self) -> list[ReceivedBundle]:
        return received.received_bundles(self)

    def received_bundle(self, bundle_id: str) -> ReceivedBundle:
        return received.received_bundle(self, bundle_id)

    def received_attachment_data(self, bundle_id: str, attachment_id: str) -> bytes:
        return received.attachment_data(self, bundle_id, attachment_id)

    def previous_from_sender(self, bundle: ReceivedBundle) -> ReceivedBundle | None:
        return received.previous_from_sender(self, bundle)

    def purge_expired(self, at: dt.datetime | None = None) -> Change:
        """Delete the content of every received bundle whose time is up."""
        return Change(kind=ChangeKind.RECEIVED_CHANGED, subject=received.purge_expired(self, at))


    # --- suggestions, receipts and backup reminders (carers, and a passport that lasts) ---

    def make_suggestion(self, entry_ids: list[str], to: Contact, out_path: Path, note: str = "",
                        progress: Progress | None = None) -> Change:
        """Carer: send chosen drafts to a young person as a signed suggestion file."""
        sent = suggestions.make_suggestion(self, entry_ids, to, out_path, note, progress)
        return Change(kind=ChangeKind.SHARES_CHANGED, subject=sent)

    def sent_suggestions(self) -> list[SentSuggestions]:
        return suggestions.sent_suggestions(self)

    def open_suggestion(self, path: Path, progress: Progress | None = None) -> Change:
        """Young person: verify a suggestion file from one of their people and keep what is
        new in it as pending. Nothing is added to the passport by opening."""
        opened = suggestions.open_suggestion(self, path, progress)
        return Change(kind=ChangeKind.RECEIVED_CHANGED, subject=opened)

    def pending_suggestions(self) -> list[Suggestion]:
        return suggestions.pending(self)

    def suggestion(self, suggestion_id: str) -> Suggestion:
        return suggestions.suggestion(self, suggestion_id)

    def suggested_content(self, suggestion: Suggestion) -> EntryContent:
        """What accepting a suggestion as it is would add (to prefill an editor)."""
        return suggestions.suggested_content(self, suggestion)

    def suggestion_attachment_data(self, suggestion_id: str, attachment_id: str) -> bytes:
        return suggestions.attachment_data(self, suggestion_id, attachment_id)

    def accept_suggestion(self, suggestion_id: str, content: EntryContent | None = None) -> Change:
        """Add a suggestion to the passport, as it is or with the owner's edits."""
        entry = suggestions.accept(self, suggestion_id, content)
        return Change(kind=ChangeKind.ENTRY_ADDED, entry_id=entry.id, entry=entry, subject=suggestion_id)

    def decline_suggestion(self, suggestion_id: str) -> Change:
        """Delete a suggestion and everything of it, for good."""
        suggestions.decline(self, suggestion_id)
        return Change(kind=ChangeKind.RECEIVED_CHANGED, subject=suggestion_id)

    def related_entries(self, suggestion: Suggestion) -> list[Entry]:
        return suggestions.related_entries(self, suggestion)

    def revision_origin(self, entry_id: str, number: int) -> RevisionOrigin | None:
        """Who suggested this revision, when it came from a suggestion."""
        return suggestions.revision_origin(self, entry_id, number)

    def written_with_names(self) -> list[str]:
        """Names to offer for "written with": contacts first, then names used before."""
        return suggestions.names_for_written_with(self)

    def make_receipt(self, bundle_id: str, out_path: Path) -> Change:
        """Practitioner: a signed "I opened it" for the young person who shared it."""
        return Change(kind=ChangeKind.RECEIVED_CHANGED, subject=receipts.make_receipt(self, bundle_id, out_path))

    def open_receipt(self, path: Path) -> Change:
        """Young person: record when a share was opened, from its recipient's receipt."""
        return Change(kind=ChangeKind.SHARES_CHANGED, subject=receipts.open_receipt(self, path))

    def backup_due(self, days: int | None = None, at: dt.datetime | None = None) -> bool:
        """Whether to remind the owner to save a backup: the last one (or, with none yet,
        the profile itself) is older than ``days`` (the owner's setting, 30 by default)."""
        if days is None:
            days = int(self.setting("backup_reminder_days", DEFAULT_BACKUP_REMINDER_DAYS))
        if days <= 0:
            return False  # the owner turned the reminder off
        last = self.setting("last_backup_at")
        if last is None:
            with self._read() as conn:
                last = _meta(conn, "created_at")
        return (at or now()) - dt.datetime.fromisoformat(str(last)) > dt.timedelta(days=days)


def _meta(conn: Connection, key: str, *default: str | None) -> str | None:
    row = conn.execute("SELECT value FROM profile_meta WHERE key = ?", (key,)).fetchone()
    if row is not None:
        return row[0]
    if default:
        return default[0]
    raise StoreDamaged(f"profile has no {key}")


def _clean_section_title(title: str) -> str:
    cleaned = " ".join(title.split())
    if not cleaned:
        raise InvalidValue("a section needs a name")
    if len(cleaned) > 80:
        raise InvalidValue("a section name can have at most 80 characters")
    return cleaned
