"""Cards (``.wpcard``): a profile's public identity, as a small JSON file.

A card carries a display name, role and organisation, the profile's age recipient (to
encrypt bundles for it) and Ed25519 public key (to check what it signs). Its fingerprint
is 60 digits derived from both keys, shown in 12 groups of 5, so two people can read it
aloud to each other and know the card was not swapped on the way.
"""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any, Final, Literal

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from passport.crypto import age_layer
from passport.errors import AgeKeyInvalid, CardInvalid, UnsupportedVersion
from passport.fileio import open_outside_file, replace_atomically
from passport.models import ProfileKind

CARD_FORMAT: Final = "wellbeing-passport-card"
CARD_VERSION: Final = 1
CARD_SUFFIX = ".wpcard"
MAX_CARD_BYTES = 64 * 1024
MAX_NAME = 100
MAX_ROLE = 100
MAX_ORGANISATION = 200
FINGERPRINT_DIGITS = 60
FINGERPRINT_GROUP = 5
_FINGERPRINT_CONTEXT = b"wellbeing-passport-card-fingerprint-v1\x00"


class StrictModel(BaseModel):
    """File formats: unknown fields refused, no type coercion, immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


def _printable(value: str) -> str:
    if not value.isprintable():
        raise ValueError("has characters that cannot be shown")
    return value


class Card(StrictModel):
    format: Literal["wellbeing-passport-card"] = CARD_FORMAT
    version: Literal[1] = CARD_VERSION
    kind: ProfileKind
    display_name: str = Field(min_length=1, max_length=MAX_NAME)
    role: str = Field(default="", max_length=MAX_ROLE)
    organisation: str = Field(default="", max_length=MAX_ORGANISATION)
    age_recipient: str = Field(pattern=r"^age1[02-9ac-hj-np-z]{58}$")
    signing_key: str = Field(pattern=r"^[A-Za-z0-9+/]{43}=$", description="Ed25519 public key, base64")
    fingerprint: str = Field(pattern=r"^[0-9]{60}$")

    _printable_text = field_validator("display_name", "role", "organisation")(_printable)

    @model_validator(mode="after")
    def _keys_and_fingerprint_agree(self) -> Card:
        try:
            age_layer.validate_recipient(self.age_recipient)
        except AgeKeyInvalid:
            raise ValueError("age_recipient is not an age recipient") from None
        raw = self.signing_key_bytes
        if base64.b64encode(raw).decode("ascii") != self.signing_key:
            # Base64 ignores the last letter's spare bits: two spellings of one key would be
            # two cards to anything that compares them as text. Only the one spelling reads.
            raise ValueError("signing_key is not in its one base64 spelling")
        try:
            Ed25519PublicKey.from_public_bytes(raw)
        except ValueError:
            raise ValueError("signing_key is not an Ed25519 public key") from None
        if fingerprint(raw, self.age_recipient) != self.fingerprint:
            raise ValueError("fingerprint does not match the keys")
        return self

    @property
    def signing_key_bytes(self) -> bytes:
        return base64.b64decode(self.signing_key)

    @property
    def public_key(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.signing_key_bytes)

    @property
    def fingerprint_groups(self) -> list[str]:
        return fingerprint_groups(self.fingerprint)


def fingerprint(signing_key: bytes, age_recipient: str) -> str:
    """60 decimal digits from SHA-256 over both public keys (bias from the modulo is
    below 2**-56, far too small to help anyone find a look-alike card)."""
    digest = hashlib.sha256(_FINGERPRINT_CONTEXT + signing_key + age_recipient.encode("ascii")).digest()
    return str(int.from_bytes(digest, "big") % 10**FINGERPRINT_DIGITS).zfill(FINGERPRINT_DIGITS)


def fingerprint_groups(digits: str) -> list[str]:
    return [digits[i : i + FINGERPRINT_GROUP] for i in range(0, len(digits), FINGERPRINT_GROUP)]


def format_fingerprint(digits: str) -> str:
    """For reading aloud: ``12345 67890 ...``."""
    return " ".join(fingerprint_groups(digits))


def make_card(kind: ProfileKind, display_name: str, role: str, organisation: str,
              age_recipient: str, signing_key: bytes) -> Card:
    return Card(
        kind=kind,
        display_name=display_name,
        role=role,
        organisation=organisation,
        age_recipient=age_recipient,
        signing_key=base64.b64encode(signing_key).decode("ascii"),
        fingerprint=fingerprint(signing_key, age_recipient),
    )


# --- JSON, strictly ---------------------------------------------------------------


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def loads_strict(data: bytes) -> Any:
    """Parse JSON from outside: UTF-8 only, no duplicate keys, no NaN or Infinity.

    Raises ValueError (json.JSONDecodeError and UnicodeDecodeError are ValueErrors).
    """
    return json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants)


# --- files ------------------------------------------------------------------------


def parse_card(data: bytes) -> Card:
    """A card from a file's bytes. Raises CardInvalid or UnsupportedVersion."""
    if len(data) > MAX_CARD_BYTES:
        raise CardInvalid("the card file is too large")
    try:
        raw = loads_strict(data)
    except (ValueError, RecursionError):
        raise CardInvalid("the card file is not JSON") from None
    if not isinstance(raw, dict) or raw.get("format") != CARD_FORMAT:
        raise CardInvalid("the file is not a card")
    if raw.get("version") != CARD_VERSION:
        raise UnsupportedVersion("the card was made by a newer version of the app")
    try:
        # JSON mode: strict about types, yet reads enums and dates from their JSON form.
        return Card.model_validate_json(data)
    except ValidationError as exc:
        raise CardInvalid(f"the card is not valid: {exc.error_count()} problem(s)") from None


def read_card(path: Path) -> Card:
    with open_outside_file(path) as f:
        data = f.read(MAX_CARD_BYTES + 1)
    return parse_card(data)


def card_bytes(card: Card) -> bytes:
    return (json.dumps(card.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def write_card(path: Path, card: Card) -> None:
    replace_atomically(path, card_bytes(card))
