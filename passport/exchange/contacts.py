"""The people a profile shares with: cards its owner imported, checked or not yet."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from passport.clock import now
from passport.errors import CardOlderThanKept, InvalidValue, NotFound
from passport.exchange import identity
from passport.formats.cards import CARD_VERSION, UNSIGNED_CARD_VERSION, Card, fingerprint, read_card
from passport.store.database import Connection, Row

if TYPE_CHECKING:
    from passport.vault import Vault

_COLUMNS = ("id, display_name, role, organisation, kind, age_recipient, signing_key, fingerprint, checked, added_at,"
            " signature")


class Contact(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    card: Card
    checked: bool  # the owner compared the fingerprint with the person, aloud
    added_at: dt.datetime

    @property
    def display_name(self) -> str:
        return self.card.display_name


def _contact(row: Row) -> Contact:
    fields = dict(zip(("display_name", "role", "organisation", "kind", "age_recipient", "signing_key",
                       "fingerprint"), row[1:8], strict=True))
    if row[10] is not None:  # a signed card: its words are checked against its keys again
        fields |= {"version": CARD_VERSION, "signature": row[10]}
    else:
        fields |= {"version": UNSIGNED_CARD_VERSION}
    # Checked again on the way out: a card in the store is trusted only if it still holds.
    card = Card.model_validate_json(json.dumps(fields))
    return Contact(id=row[0], card=card, checked=bool(row[8]), added_at=row[9])


def get(conn: Connection, contact_id: str) -> Contact:
    row = conn.execute(f"SELECT {_COLUMNS} FROM contacts WHERE id = ?", (contact_id,)).fetchone()
    if row is None:
        raise NotFound(f"contact {contact_id}")
    return _contact(row)


def contacts(vault: Vault) -> list[Contact]:
    with vault.reading() as conn:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM contacts ORDER BY display_name COLLATE NOCASE, added_at")
        return [_contact(row) for row in rows]


def contact(vault: Vault, contact_id: str) -> Contact:
    with vault.reading() as conn:
        return get(conn, contact_id)


def find(vault: Vault, name: str) -> Contact:
    """The one contact with this name (or id, or fingerprint)."""
    wanted = " ".join(name.split()).casefold()
    matches = [
        c for c in contacts(vault)
        if wanted in (c.display_name.casefold(), c.id, c.card.fingerprint)
    ]
    if not matches:
        raise NotFound(f"contact {name}")
    if len(matches) > 1:
        raise InvalidValue(f"more than one person is called {name}; use their id")
    return matches[0]


def add_card(vault: Vault, card: Card) -> Contact:
    """Keep someone's card. The same keys again update the name, role and organisation
    but keep whether the card was checked; an unsigned (version 1) card never changes what a
    signed one said (CardOlderThanKept), or a downgrade would undo the signature."""
    own = identity.of(vault)
    if card.fingerprint == fingerprint(own.public_key_bytes, own.age_recipient):
        raise InvalidValue("that is your own card")
    with vault.writing() as conn:
        row = conn.execute("SELECT id, signature FROM contacts WHERE fingerprint = ?",
                           (card.fingerprint,)).fetchone()
        if row is None:
            contact_id = uuid.uuid4().hex
            conn.execute(
                f"INSERT INTO contacts ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
                (contact_id, card.display_name, card.role, card.organisation, card.kind.value,
                 card.age_recipient, card.signing_key, card.fingerprint, now().isoformat(), card.signature),
            )
        else:
            contact_id = row[0]
            if row[1] is not None and not card.signed:
                raise CardOlderThanKept("an unsigned card cannot change a signed card kept for the same keys")
            conn.execute(
                "UPDATE contacts SET display_name = ?, role = ?, organisation = ?, kind = ?, signature = ?"
                " WHERE id = ?",
                (card.display_name, card.role, card.organisation, card.kind.value, card.signature, contact_id),
            )
        return get(conn, contact_id)


def import_card(vault: Vault, path: Path) -> Contact:
    return add_card(vault, read_card(path))


def mark_checked(vault: Vault, contact_id: str, checked: bool = True) -> Contact:
    with vault.writing() as conn:
        if conn.execute("UPDATE contacts SET checked = ? WHERE id = ?", (int(checked), contact_id)).rowcount == 0:
            raise NotFound(f"contact {contact_id}")
        return get(conn, contact_id)
