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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from passport.clock import now, today
from passport.content import attachments, boundaries, entries, safety_plan, search
from passport.content import sections as stored_sections
from passport.content.sections import STARTER_SECTIONS
from passport.crypto import age_layer
from passport.crypto.keyfile import (
    DEFAULT_KDF,
    KEY_BYTES,
    KdfSettings,
    KeyFile,
    Slot,
    passphrase_slot,
    recovery_slot,
    recovery_slot_for,
)
from passport.crypto.passphrases import check_new_passphrase
from passport.crypto.recovery_code import backup_recipient, new_code
from passport.errors import InvalidValue, NotFound, RecoveryCodeNeeded
from passport.exchange import identity
from passport.exchange.rooms import People, Received, Sharing, Suggestions
from passport.exchange.trusted_room import Trusted
from passport.formats.boundaries import Boundaries
from passport.models import (
    Attachment,
    AttachmentKind,
    Change,
    ChangeKind,
    Entry,
    EntryContent,
    PlanStep,
    ProfileKind,
    Revision,
    SearchHit,
    Section,
)
from passport.store import backup, profiles, rekey
from passport.store.database import Connection, Store
from passport.store.profiles import ProfileFolder
from passport.vault import Vault

DEFAULT_BACKUP_REMINDER_DAYS = 30
BACKUP_CODE_CHANGED = "backup_code_changed"
RESTORED_FROM_BACKUP = "restored_from_backup"
UNFINISHED_CODE = "recovery_code_unfinished"
MAX_SEALED = 4 * 1024 * 1024  # words held across a lock: one entry's, with room to spare
Progress = Callable[[int, int], None]


@dataclass(frozen=True, repr=False)
class NewRecoveryCode:
    """A recovery code made and shown, not yet in use (:meth:`Profile.prepare_recovery_code`).
    ``passphrase`` is kept only for a first-version passphrase slot, which must be sealed again
    with it. Never printed: its repr names neither secret."""

    code: str
    passphrase: str | None = None


class Profile:
    """An unlocked profile: one vault, with rooms by concern (``people``, ``sharing``,
    ``received``, ``suggestions``). :meth:`lock` closes the vault and drops the key."""

    def __init__(self, vault: Vault, *, opened_with_recovery_code: bool = False,
                 opened_with_pieces: bool = False) -> None:
        self.vault = vault
        self.kind = vault.kind
        # Pieces from trusted people count as a recovery code: a new passphrase without the old one.
        self.opened_with_recovery_code = opened_with_recovery_code or opened_with_pieces
        self.opened_with_pieces = opened_with_pieces
        self.people = People(vault)
        self.sharing = Sharing(vault)
        self.received = Received(vault)
        self.suggestions = Suggestions(vault)
        self.trusted = Trusted(vault)

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
            profile = cls(Vault(folder, store, key))
            profile.remember_backup_recipient(code)
        except BaseException:
            profiles.remove_folder(folder)
            raise
        return profile, code

    @classmethod
    def open_with_passphrase(cls, folder: ProfileFolder, passphrase: str) -> Profile:
        key_file = KeyFile.load(folder.key_path)
        key = key_file.unlock_with_passphrase(passphrase)
        profile = cls(Vault(folder, rekey.open_store(folder.db_path, key), key))
        cls._after_unlock(profile,
            key_file, "passphrase", lambda: passphrase_slot(passphrase, key, key_file.passphrase_cost())
        )
        return profile

    @classmethod
    def open_with_recovery_code(cls, folder: ProfileFolder, code: str) -> Profile:
        key_file = KeyFile.load(folder.key_path)
        key = key_file.unlock_with_recovery_code(code)
        profile = cls(Vault(folder, rekey.open_store(folder.db_path, key), key), opened_with_recovery_code=True)
        cls._after_unlock(profile, key_file, "recovery_code", lambda: recovery_slot(code, key))
        return profile

    @classmethod
    def open_with_pieces(cls, folder: ProfileFolder, pieces: list[str]) -> Profile:
        """Open with two pieces from trusted people (typed words); raises a PieceError."""
        key = KeyFile.load(folder.key_path).unlock_with_pieces(pieces)
        return cls(Vault(folder, rekey.open_store(folder.db_path, key), key), opened_with_pieces=True)

    def _after_unlock(self, key_file: KeyFile, kind: str, new_slot: Callable[[], Slot]) -> None:
        """Small repairs while the secret is at hand. A slot of the first version is sealed
        anew, so a later key rotation can move it without asking for it. And backups go to
        the recovery code the key file holds (a kill just after a new code was made could
        leave the old code's public half in the store)."""
        try:
            if key_file.has_unsealed(kind):
                key_file.replacing(new_slot()).save(self.folder.key_path)
            recipient = key_file.recovery_recipient()
            if recipient is not None and recipient != self.vault.meta("backup_recipient", ""):
                with self.vault.writing() as conn:
                    conn.execute("INSERT OR REPLACE INTO profile_meta VALUES ('backup_recipient', ?)", (recipient,))
        except OSError:
            pass  # tried again at the next unlock; nothing here is needed to carry on

    @classmethod
    def restore_backup(cls, base: Path, backup_path: Path, code: str, new_passphrase: str,
                       progress: Progress | None = None, kdf: KdfSettings | None = None) -> tuple[Profile, str]:
        """Restore a backup as a new profile in ``base``; returns it and its fresh recovery code.

        The restored store is moved to a new key (inside the restore), so the backup's old
        recovery code, and any copy of the old key file, open nothing written after it."""
        vault, fresh_code = backup.restore_backup(base, backup_path, code, new_passphrase, progress, kdf)
        vault.set_setting(BACKUP_CODE_CHANGED, True)
        vault.set_setting(RESTORED_FROM_BACKUP, True)
        return cls(vault), fresh_code

    @property
    def folder(self) -> ProfileFolder:
        return self.vault.folder

    @property
    def is_locked(self) -> bool:
        return not self.vault.is_open

    @property
    def label(self) -> str:
        return self.vault.folder.label

    def lock(self) -> None:
        """Close the database and forget the key. Safe to call twice, from any thread."""
        self.vault.close()

    # --- secrets -------------------------------------------------------------------

    def change_passphrase(self, current: str, new: str, kdf: KdfSettings | None = None,
                          progress: Progress | None = None) -> None:
        """A new passphrase, and the store re-encrypted under a new key (see ``passport.store.rekey``):
        a copy of the old key file with the old passphrase opens nothing written since."""
        KeyFile.load(self.folder.key_path).unlock_with_passphrase(current)
        self._set_passphrase(new, kdf, progress)

    def _set_passphrase(self, new: str, kdf: KdfSettings | None, progress: Progress | None) -> None:
        check_new_passphrase(new)
        key_file = KeyFile.load(self.folder.key_path)
        recipient = self.backup_recipient()

        def sealed(key: bytes) -> KeyFile:
            slots = [passphrase_slot(new, key, kdf or DEFAULT_KDF)]
            if key_file.has_unsealed("recovery_code"):
                slots.append(recovery_slot_for(recipient, key))  # the same code, sealed from its public half
            return key_file.sealed_for(key, *slots)

        rekey.rotate(self.vault, sealed, progress)

    def new_recovery_code(self, progress: Progress | None = None, *, passphrase: str | None = None) -> str:
        """A fresh recovery code in one step, and the store re-encrypted under a new key: the old
        code (with an old key file or an old backup) opens nothing written since. The app makes
        a code in two steps instead (:meth:`prepare_recovery_code`, :meth:`commit_recovery_code`).

        The passphrase slot is sealed again for the new key from its public half; only a
        slot of the first version needs ``passphrase`` (SecretNeeded without it)."""
        code = new_code()
        self._rotate_to_code(code, passphrase, progress)
        return code

    def prepare_recovery_code(self, passphrase: str) -> NewRecoveryCode:
        """Step one of a new recovery code: the current passphrase is checked (WrongSecret), and a
        fresh code made to show. Nothing about the keys changes: the old code still opens the
        profile until :meth:`commit_recovery_code`. Only a mark is kept (no secret), so that after
        a lock the app can say the new code was never finished (:meth:`unfinished_recovery_code`)."""
        key_file = KeyFile.load(self.folder.key_path)
        key_file.unlock_with_passphrase(passphrase)
        prepared = NewRecoveryCode(new_code(), passphrase if key_file.has_unsealed("passphrase") else None)
        # The code's public half (as kept for backups once it is in force): it tells, later,
        # whether the key file moved to this code after all (a lock just as it was committed).
        self.vault.set_setting(UNFINISHED_CODE, backup_recipient(prepared.code))
        return prepared

    def commit_recovery_code(self, prepared: NewRecoveryCode, progress: Progress | None = None) -> None:
        """Step two, once the person has shown they wrote the code down: the profile moves to it,
        the store re-encrypted under a new key as :meth:`new_recovery_code` does (crash-safe: see
        ``passport.store.rekey``); from then on the old code opens nothing written since."""
        self._rotate_to_code(prepared.code, prepared.passphrase, progress)

    def _rotate_to_code(self, code: str, passphrase: str | None, progress: Progress | None) -> None:
        key_file = KeyFile.load(self.folder.key_path)
        cost = key_file.passphrase_cost()

        def sealed(key: bytes) -> KeyFile:
            slots = [recovery_slot(code, key)]
            if key_file.has_unsealed("passphrase") and passphrase is not None:
                key_file.unlock_with_passphrase(passphrase)
                slots.append(passphrase_slot(passphrase, key, cost))
            return key_file.sealed_for(key, *slots)

        rekey.rotate(self.vault, sealed, progress)
        self.remember_backup_recipient(code)
        self.vault.set_setting(BACKUP_CODE_CHANGED, True)
        self.vault.set_setting(UNFINISHED_CODE, False)

    def unfinished_recovery_code(self) -> bool:
        """True when a new code was prepared and never committed: the old code still works.
        If the key file moved to it after all (locked or killed just after the rotation), the
        last steps of :meth:`commit_recovery_code` are finished here instead."""
        pending = self.setting(UNFINISHED_CODE, False)
        if not isinstance(pending, str):
            return False
        if KeyFile.load(self.folder.key_path).recovery_recipient() != pending:
            return True
        with self.vault.writing() as conn:
            conn.execute("INSERT OR REPLACE INTO profile_meta VALUES ('backup_recipient', ?)", (pending,))
        self.vault.set_setting(BACKUP_CODE_CHANGED, True)
        self.vault.set_setting(UNFINISHED_CODE, False)
        return False

    def forget_unfinished_recovery_code(self) -> None:
        """The person has been told their new code was never finished."""
        self.vault.set_setting(UNFINISHED_CODE, False)

    def remember_backup_recipient(self, code: str) -> None:
        self.vault.remember_backup_recipient(code)

    def backup_recipient(self) -> str:
        return str(self.vault.meta("backup_recipient"))

    def save_backup(self, out_path: Path, progress: Progress | None = None) -> Change:
        """Write a backup that the current recovery code alone opens (on any laptop)."""
        backup.save_backup(self.vault, out_path, progress)
        self.vault.set_setting(BACKUP_CODE_CHANGED, False)
        return Change(kind=ChangeKind.SETTINGS_CHANGED)  # the time of the last backup

    def rename(self, label: str) -> Change:
        self.vault.store()
        self.vault.folder = profiles.relabel(self.vault.folder, label)
        return Change(kind=ChangeKind.SETTINGS_CHANGED)

    def check(self) -> list[str]:
        """Integrity problems found by SQLCipher's HMAC check and SQLite's check."""
        return self.vault.integrity_problems()

    def reset_passphrase(self, new: str, kdf: KdfSettings | None = None, progress: Progress | None = None) -> str:
        """After a forgotten passphrase (the profile was opened with its recovery code): a
        new passphrase without the old one, and a new recovery code, returned to show once,
        since the old one has been used and may have been seen. The store moves to a new
        key once, for both: an old key file with either old secret opens nothing new."""
        if not self.opened_with_recovery_code:
            raise RecoveryCodeNeeded("open it with the recovery code first")
        check_new_passphrase(new)
        code = new_code()
        key_file = KeyFile.load(self.folder.key_path)

        def sealed(key: bytes) -> KeyFile:
            return key_file.sealed_for(key, passphrase_slot(new, key, kdf or DEFAULT_KDF), recovery_slot(code, key))

        rekey.rotate(self.vault, sealed, progress)
        self.remember_backup_recipient(code)
        self.vault.set_setting(BACKUP_CODE_CHANGED, True)
        self.vault.set_setting(UNFINISHED_CODE, False)  # a new code, finished here
        self.opened_with_recovery_code = self.opened_with_pieces = False
        return code

    # --- settings (inside the encrypted store, never in Qt settings) -----------------

    def setting(self, name: str, default: Any = None) -> Any:
        return self.vault.setting(name, default)

    def set_setting(self, name: str, value: Any) -> Change:
        self.vault.set_setting(name, value)
        return Change(kind=ChangeKind.SETTINGS_CHANGED)

    # --- boundaries: what people read first ------------------------------------------

    def boundaries(self) -> Boundaries:
        """"Call me…", "Please don't ask me about…", "How to talk with me" (empty until written)."""
        with self.vault.reading() as conn:
            return boundaries.get(conn)

    def set_boundaries(self, call_me: str, please_dont_ask: str, how_to_talk: str) -> Change:
        """Keep the owner's boundaries (tidied; all blank removes them). Nothing is shared by
        this: a share carries them only when the owner picks them for it."""
        self.vault.require(ProfileKind.YOUNG_PERSON, doing="keep boundaries")
        with self.vault.writing() as conn:
            kept = boundaries.put(conn, call_me, please_dont_ask, how_to_talk)
        self.vault.forget_deleted()
        return Change(kind=ChangeKind.BOUNDARIES_CHANGED, subject=kept)

    # --- sections ------------------------------------------------------------------

    def sections(self, include_hidden: bool = False) -> list[Section]:
        with self.vault.reading() as conn:
            return stored_sections.select(conn, include_hidden)

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
        with self.vault.writing() as conn:
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
        with self.vault.writing() as conn:
            for position, sid in enumerate(ordered):
                conn.execute("UPDATE sections SET position = ? WHERE id = ?", (position, sid))
        return Change(kind=ChangeKind.SECTIONS_CHANGED, section=self.section(section_id))

    def _update_section(self, section_id: int, assignment: str, value: object) -> Change:
        with self.vault.writing() as conn:
            if conn.execute(f"UPDATE sections SET {assignment} WHERE id = ?", (value, section_id)).rowcount == 0:
                raise NotFound(f"section {section_id}")
        return Change(kind=ChangeKind.SECTIONS_CHANGED, section=self.section(section_id))

    # --- entries -------------------------------------------------------------------

    def entries(self, section_id: int | None = None, limit: int | None = None) -> list[Entry]:
        """Entries, most recently changed first; ``limit`` for a screen that shows a few."""
        where, params = ("", []) if section_id is None else ("WHERE section_id = ?", [section_id])
        if limit is not None:
            where, params = f"{where} ORDER BY updated_at DESC LIMIT ?", [*params, limit]
            with self.vault.reading() as conn:
                return entries.select(conn, where, params, order="")
        with self.vault.reading() as conn:
            return entries.select(conn, where, params)

    def entry_counts(self) -> dict[int, int]:
        """How many entries each section holds (sections with none are left out)."""
        with self.vault.reading() as conn:
            return dict(conn.execute("SELECT section_id, count(*) FROM entries GROUP BY section_id").fetchall())

    def entry(self, entry_id: str) -> Entry:
        with self.vault.reading() as conn:
            return entries.get(conn, entry_id)

    def important_now(self) -> list[Entry]:
        with self.vault.reading() as conn:
            return entries.select(conn, "WHERE important_now = 1")

    def due_for_review(self, on: dt.date | None = None) -> list[Entry]:
        """Entries whose *review by* date has come: the app asks "is this still true?"."""
        with self.vault.reading() as conn:
            return entries.select(
                conn, "WHERE review_by IS NOT NULL AND review_by <= ?", ((on or today()).isoformat(),),
                order="review_by, updated_at DESC",
            )

    def timeline(self) -> list[Entry]:
        """Every entry, newest first, by when it happened (or, failing that, was written)."""
        with self.vault.reading() as conn:
            return entries.select(conn, order="coalesce(happened_on, substr(created_at, 1, 10)) DESC, created_at DESC")

    def add_entry(self, content: EntryContent, *, session: str | None = None) -> Change:
        with self.vault.writing() as conn:
            self._check_section(conn, content.section_id)
            entry = entries.insert(conn, content, session=session)
        return Change(kind=ChangeKind.ENTRY_ADDED, entry_id=entry.id, entry=entry)

    def update_entry(self, entry_id: str, content: EntryContent, *, session: str | None = None) -> Change:
        """Save new content. Pass the editor's ``session`` so autosaves while typing make
        one revision, not one per keystroke."""
        with self.vault.writing() as conn:
            self._check_section(conn, content.section_id)
            entry = entries.update(conn, entry_id, content, session)
        return Change(kind=ChangeKind.ENTRY_UPDATED, entry_id=entry.id, entry=entry)

    def revisions(self, entry_id: str) -> list[Revision]:
        with self.vault.reading() as conn:
            return entries.revisions(conn, entry_id)

    def restore_revision(self, entry_id: str, number: int) -> Change:
        """Make an old revision current again, as a new revision (history is kept)."""
        with self.vault.writing() as conn:
            old = entries.revision(conn, entry_id, number)
            content = old.content
            if conn.execute("SELECT 1 FROM sections WHERE id = ?", (content.section_id,)).fetchone() is None:
                current = entries.get(conn, entry_id)
                content = content.model_copy(update={"section_id": current.section_id})
            entry = entries.update(conn, entry_id, content, session=None)
        return Change(kind=ChangeKind.ENTRY_UPDATED, entry_id=entry.id, entry=entry)

    def erase_entry(self, entry_id: str) -> Change:
        """Remove an entry, its whole history and its attachments, for good."""
        with self.vault.writing() as conn:
            entries.erase(conn, entry_id)
        self.vault.forget_deleted()
        return Change(kind=ChangeKind.ENTRY_ERASED, entry_id=entry_id)

    @staticmethod
    def _check_section(conn: Connection, section_id: int) -> None:
        if conn.execute("SELECT 1 FROM sections WHERE id = ?", (section_id,)).fetchone() is None:
            raise NotFound(f"section {section_id}")

    # --- the plan for when things get hard (passport.content.safety_plan) --------------

    def safety_plan(self) -> list[PlanStep]:
        """The steps of the plan in order, with what the owner has written in each."""
        with self.vault.reading() as conn:
            return safety_plan.steps(conn)

    def set_plan_step(self, step: str, items: Iterable[str], *, title: str | None = None,
                      session: str | None = None) -> Change | None:
        """Keep ``items`` as the whole of ``step``: the first time, as a new entry called
        ``title`` (the step's own name by default) in "when things get hard"; after that, as
        a new revision of that entry (``session`` as for :meth:`update_entry`). None when
        there was nothing to keep."""
        self.vault.require(ProfileKind.YOUNG_PERSON, doing="keep a plan for when things get hard")
        spec = safety_plan.spec(step)
        body = "\n".join(safety_plan.clean_items(items))
        with self.vault.writing() as conn:
            entry_id = safety_plan.entry_of(conn, step)
            if entry_id is not None:
                content = entries.get(conn, entry_id).content.model_copy(update={"body": body})
                entry = entries.update(conn, entry_id, content, session)
                return Change(kind=ChangeKind.ENTRY_UPDATED, entry_id=entry.id, entry=entry)
            if not body:
                return None
            content = EntryContent(section_id=safety_plan.section_id(conn), title=title or spec.title, body=body)
            entry = entries.insert(conn, content, session=session)
            safety_plan.link(conn, step, entry.id)
        return Change(kind=ChangeKind.ENTRY_ADDED, entry_id=entry.id, entry=entry)

    # --- attachments ---------------------------------------------------------------

    def add_attachment(self, entry_id: str, name: str, data: bytes | BinaryIO) -> Change:
        source = io.BytesIO(data) if isinstance(data, bytes | bytearray) else data
        with self.vault.writing() as conn:
            entries.get(conn, entry_id)
            found = attachments.add(conn, entry_id, name, source)
        return Change(kind=ChangeKind.ATTACHMENTS_CHANGED, entry_id=entry_id, attachment=found)

    def attachments(self, entry_id: str) -> list[Attachment]:
        with self.vault.reading() as conn:
            return attachments.of_entry(conn, entry_id)

    def attachment(self, attachment_id: str) -> Attachment:
        with self.vault.reading() as conn:
            return attachments.get(conn, attachment_id)

    def attachment_chunks(self, attachment_id: str) -> Iterator[bytes]:
        """The attachment's bytes, a chunk at a time (memory stays flat for big files)."""
        return attachments.chunks(self.vault, attachment_id)

    def attachment_data(self, attachment_id: str) -> bytes:
        """The whole attachment in memory (for showing an image or playing audio)."""
        return b"".join(self.attachment_chunks(attachment_id))

    def remove_attachment(self, attachment_id: str) -> Change:
        with self.vault.writing() as conn:
            found = attachments.remove(conn, attachment_id)
        self.vault.forget_deleted()
        return Change(kind=ChangeKind.ATTACHMENTS_CHANGED, entry_id=found.entry_id, attachment=found)

    def attachment_kinds_by_entry(self) -> dict[str, set[AttachmentKind]]:
        """Which kinds of attachment each entry has (entries with none are left out)."""
        with self.vault.reading() as conn:
            return attachments.kinds_by_entry(conn)

    # --- finding -------------------------------------------------------------------

    def search(self, text: str, limit: int = 200) -> list[SearchHit]:
        with self.vault.reading() as conn:
            return search.search(conn, text, limit)

    # --- reminders -----------------------------------------------------------------

    def backup_due(self, days: int | None = None, at: dt.datetime | None = None) -> bool:
        """Whether to remind the owner to save a backup: the last one (or, with none yet,
        the profile itself) is older than ``days`` (the owner's setting, 30 by default)."""
        if self.backup_needs_new_code():
            return True
        if days is None:
            days = int(self.setting("backup_reminder_days", DEFAULT_BACKUP_REMINDER_DAYS))
        if days <= 0:
            return False  # the owner turned the reminder off
        last = self.setting("last_backup_at")
        if last is None:
            last = self.vault.meta("created_at")
        return (at or now()) - dt.datetime.fromisoformat(str(last)) > dt.timedelta(days=days)

    def backup_needs_new_code(self) -> bool:
        """True after the recovery code changed (a new code, a forgotten passphrase, a
        restore) until the next backup: backups saved before open only with the old code."""
        return bool(self.setting(BACKUP_CODE_CHANGED, False))

    def has_older_backups(self) -> bool:
        """Whether a backup of this profile may be out there: one was saved from it, or it was
        restored from one. Only then is there an old backup that needs the old recovery code."""
        return self.setting("last_backup_at") is not None or bool(self.setting(RESTORED_FROM_BACKUP, False))

    # --- words that could not be saved (a full disk) ----------------------------------

    def seal_unsaved(self, entry_id: str | None, content: EntryContent) -> bytes:
        """Words that could not be saved (the disk was full), encrypted to this profile's own
        key, so the app can hold them across a lock with no plaintext anywhere; the next
        time the profile is open, :meth:`save_sealed` saves them."""
        payload = json.dumps({"entry_id": entry_id, "content": content.model_dump(mode="json")}).encode()
        sealed = io.BytesIO()
        age_layer.encrypt_stream(io.BytesIO(payload), sealed, [identity.of(self.vault).age_recipient])
        return sealed.getvalue()

    def save_sealed(self, sealed: bytes) -> Change:
        """Save words sealed by :meth:`seal_unsaved`: a new revision of their entry, or a new
        entry when that one is gone."""
        found = json.loads(age_layer.decrypt_bytes(sealed, [identity.of(self.vault).age_identity], MAX_SEALED))
        content = EntryContent.model_validate(found["content"])
        if found["entry_id"] is not None:
            try:
                return self.update_entry(found["entry_id"], content)
            except NotFound:
                pass  # erased meanwhile: the words are kept as a new entry
        return self.add_entry(content)


def _clean_section_title(title: str) -> str:
    cleaned = " ".join(title.split())
    if not cleaned:
        raise InvalidValue("a section needs a name")
    if len(cleaned) > 80:
        raise InvalidValue("a section name can have at most 80 characters")
    return cleaned
