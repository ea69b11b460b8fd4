"""Helpers for the suggestion and receipt tests: real carers, young people and practitioners."""

from __future__ import annotations

from pathlib import Path

from passport.exchange import contacts, identity, sharing
from passport.exchange.contacts import Contact
from passport.models import ProfileKind
from passport.profile import Profile
from tests.helpers import FAST_KDF, PASSPHRASE


def make_person(data_dir: Path, kind: ProfileKind, label: str, name: str, role: str = "") -> Profile:
    profile, _code = Profile.create(data_dir, kind, label, PASSPHRASE, kdf=FAST_KDF)
    identity.set_details(profile.vault, name, role)
    return profile


def introduce(owner: Profile, other: Profile, folder: Path) -> Contact:
    """``owner`` adds ``other``'s card (as if handed over on a memory stick)."""
    card = folder / f"{other.people.own_card().fingerprint[:8]}.wpcard"
    sharing.export_card(other.vault, card)
    return contacts.import_card(owner.vault, card)


def every_row(profile: Profile) -> dict[str, list[tuple]]:
    """Every row of every table, FTS shadow tables included."""
    with profile.vault.reading() as conn:
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {table: conn.execute(f'SELECT * FROM "{table}"').fetchall() for table in tables}


def holds_text(profile: Profile, text: str) -> list[str]:
    """Tables in which ``text`` still appears, as text or as bytes."""
    needle = text.encode("utf-8")
    found = []
    for table, rows in every_row(profile).items():
        for row in rows:
            for value in row:
                if (isinstance(value, str) and text in value) or (
                        isinstance(value, bytes | memoryview) and needle in bytes(value)):
                    found.append(table)
    return found


def raw_files_hold(profile: Profile, data: bytes) -> bool:
    """Whether the database file or its write-ahead log holds these bytes as they are."""
    db = profile.folder.db_path
    return any(
        path.exists() and data in path.read_bytes()
        for path in (db, db.with_name(db.name + "-wal"))
    )
