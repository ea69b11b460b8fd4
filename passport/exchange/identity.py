"""This profile's own keys: an X25519 age identity and an Ed25519 signing key.

Both are made when the profile is created (or, for a profile made before sharing
existed, the first time they are needed) and live only in the encrypted store. The
owner's display name, role and organisation, shown on their card, sit beside them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from passport.clock import now
from passport.crypto import age_layer
from passport.errors import InvalidValue
from passport.formats.cards import MAX_NAME, MAX_ORGANISATION, MAX_ROLE, Card, fingerprint, make_card
from passport.models import ProfileKind
from passport.store.database import Connection

if TYPE_CHECKING:  # the facade imports this module to make the keys at creation
    from passport.vault import Vault


@dataclass(frozen=True)
class Identity:
    age_identity: str
    signing_key: Ed25519PrivateKey
    display_name: str
    role: str
    organisation: str

    @property
    def age_recipient(self) -> str:
        return age_layer.recipient_of(self.age_identity)

    @property
    def public_key_bytes(self) -> bytes:
        return self.signing_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    def sign(self, data: bytes) -> bytes:
        return self.signing_key.sign(data)

    @property
    def numbers(self) -> str:
        """The card's numbers: from its two keys alone, so known before the card has a name."""
        return fingerprint(self.public_key_bytes, self.age_recipient)

    def card(self, kind: ProfileKind) -> Card:
        if not self.display_name.strip():
            raise InvalidValue("a card needs a name")
        return make_card(kind, self.display_name, self.role, self.organisation,
                         self.age_recipient, self.public_key_bytes, self.sign)


def create(conn: Connection) -> None:
    """Make the keys, inside the caller's transaction, unless they already exist."""
    if conn.execute("SELECT 1 FROM identity").fetchone() is not None:
        return
    secret, _recipient = age_layer.new_identity()
    signing = Ed25519PrivateKey.generate().private_bytes_raw()
    conn.execute(
        "INSERT INTO identity (id, age_identity, signing_key, created_at) VALUES (1, ?, ?, ?)",
        (secret, signing, now().isoformat()),
    )


def _load(conn: Connection) -> Identity | None:
    row = conn.execute(
        "SELECT age_identity, signing_key, display_name, role, organisation FROM identity"
    ).fetchone()
    if row is None:
        return None
    return Identity(row[0], Ed25519PrivateKey.from_private_bytes(bytes(row[1])), row[2], row[3], row[4])


def of(vault: Vault) -> Identity:
    """The profile's identity, made now if the profile predates sharing."""
    with vault.reading() as conn:
        found = _load(conn)
    if found is None:
        with vault.writing() as conn:
            create(conn)
            found = _load(conn)
    assert found is not None
    return found


def own_card(vault: Vault) -> Card:
    return of(vault).card(vault.kind)


def set_details(vault: Vault, display_name: str | None = None, role: str | None = None,
                organisation: str | None = None) -> Card:
    """Change what the owner's card says; ``None`` keeps a value as it is."""
    current = of(vault)
    values = {
        "display_name": (current.display_name if display_name is None else " ".join(display_name.split()), MAX_NAME),
        "role": (current.role if role is None else " ".join(role.split()), MAX_ROLE),
        "organisation": (
            current.organisation if organisation is None else " ".join(organisation.split()), MAX_ORGANISATION,
        ),
    }
    for name, (value, limit) in values.items():
        if len(value) > limit:
            raise InvalidValue(f"the {name.replace('_', ' ')} can have at most {limit} characters")
        if not value.isprintable():
            raise InvalidValue(f"the {name.replace('_', ' ')} has characters that cannot be shown")
    with vault.writing() as conn:
        conn.execute(
            "UPDATE identity SET display_name = ?, role = ?, organisation = ?",
            tuple(value for value, _limit in values.values()),
        )
    return own_card(vault)


def export_age_identity(vault: Vault) -> str:
    """The secret age identity, so the owner can open a bundle with the ``age`` tool."""
    return of(vault).age_identity


def replace_age_identity(vault: Vault, age_identity: str) -> None:
    """Use another age identity for this profile (tests use it to decrypt the CCTV
    vectors through the import path; it also moves a practitioner's key to a new laptop)."""
    canonical = age_layer.validate_identity(age_identity)
    of(vault)
    with vault.writing() as conn:
        conn.execute("UPDATE identity SET age_identity = ?", (canonical,))
