"""Cards (``.wpcard``): a profile's public identity, as a small JSON file.

A card carries a display name, role and organisation, the profile's age recipient (to
encrypt bundles for it) and Ed25519 public key (to check what it signs). Its fingerprint
is 60 digits derived from both keys, shown in 12 groups of 5, so two people can read it
aloud to each other and know the card was not swapped on the way.

A version 2 card is signed by its own Ed25519 key over every other field, so the name,
role, organisation and kind are what the key holder wrote: the numbers bind the keys to a
person, the signature binds the words to the keys. A version 1 card (made by older copies
of the app) has no signature and still reads, its words bound to nothing; the bundle and
piece readers refuse it, and a contact kept from a signed card is not changed by one.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final, Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    ValidationError,
    field_validator,
    model_serializer,
    model_validator,
)

from passport.crypto import age_layer
from passport.errors import AgeKeyInvalid, CardInvalid, UnsupportedVersion
from passport.fileio import open_outside_file, replace_atomically
from passport.models import ProfileKind

CARD_FORMAT: Final = "wellbeing-passport-card"
CARD_VERSION: Final = 2  # what this app writes: signed
UNSIGNED_CARD_VERSION: Final = 1  # older copies of the app wrote it; still read, words not bound
CARD_SUFFIX = ".wpcard"
MAX_CARD_BYTES = 64 * 1024
MAX_NAME = 100
MAX_ROLE = 100
MAX_ORGANISATION = 200
FINGERPRINT_DIGITS = 60
FINGERPRINT_GROUP = 5
_FINGERPRINT_CONTEXT = b"wellbeing-passport-card-fingerprint-v1\x00"
_SIGNATURE_CONTEXT = b"wellbeing-passport-card-signature-v2\x00"
_SIGNATURE_PATTERN = r"^[A-Za-z0-9+/]{86}==$"


class StrictModel(BaseModel):
    """File formats: unknown fields refused, no type coercion, immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


def _printable(value: str) -> str:
    if not value.isprintable():
        raise ValueError("has characters that cannot be shown")
    return value


class Card(StrictModel):
    model_config = ConfigDict(**StrictModel.model_config, json_schema_extra={
        # Version 2 carries its signature; version 1 has no such field.
        "if": {"properties": {"version": {"const": CARD_VERSION}}},
        "then": {"required": ["signature"], "properties": {"signature": {"type": "string"}}},
        "else": {"not": {"required": ["signature"]}},
    })

    format: Literal["wellbeing-passport-card"] = CARD_FORMAT
    version: Literal[1, 2] = Field(
        default=CARD_VERSION, description="2: signed (written now); 1: unsigned, from older copies of the app",
    )
    kind: ProfileKind
    display_name: str = Field(min_length=1, max_length=MAX_NAME)
    role: str = Field(default="", max_length=MAX_ROLE)
    organisation: str = Field(default="", max_length=MAX_ORGANISATION)
    age_recipient: str = Field(pattern=r"^age1[02-9ac-hj-np-z]{58}$")
    signing_key: str = Field(pattern=r"^[A-Za-z0-9+/]{43}=$", description="Ed25519 public key, base64")
    fingerprint: str = Field(pattern=r"^[0-9]{60}$")
    signature: str | None = Field(
        default=None, pattern=_SIGNATURE_PATTERN,
        description="version 2 only, and required there: base64 of the Ed25519 signature, by signing_key, of "
                    "'wellbeing-passport-card-signature-v2\\0' + the canonical JSON of every other field",
    )

    _printable_text = field_validator("display_name", "role", "organisation")(_printable)

    @model_serializer(mode="wrap")
    def _no_empty_signature(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # A version 1 card is written as it was, without the field older readers do not know.
        data: dict[str, Any] = handler(self)
        if data.get("signature", "") is None:
            del data["signature"]
        return data

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
        if self.version == UNSIGNED_CARD_VERSION:
            if "signature" in self.model_fields_set:  # not even null: older readers refuse the field
                raise ValueError("a version 1 card carries no signature")
        elif self.signature is None:
            raise ValueError("a version 2 card is signed")
        elif base64.b64encode(base64.b64decode(self.signature)).decode("ascii") != self.signature:
            raise ValueError("signature is not in its one base64 spelling")
        else:
            try:
                message = signed_bytes(self._fields())
            except UnicodeEncodeError:  # a lone surrogate: no signer could have signed it
                raise ValueError("the card holds text no one could sign") from None
            if not _signature_holds(self.signing_key, self.signature, message):
                raise ValueError("the card's signature does not match its words and keys")
        return self

    def _fields(self) -> dict[str, Any]:
        # Every field but the signature, in its JSON form (kind is the one enum); by hand, as
        # model_dump costs more than the rest of reading a card, and a store reads many.
        fields = {name: getattr(self, name) for name in type(self).model_fields if name != "signature"}
        return fields | {"kind": self.kind.value}

    @property
    def signed(self) -> bool:
        """Whether the name, role, organisation and kind are bound to the keys (version 2)."""
        return self.signature is not None

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


def signed_bytes(fields: dict[str, Any]) -> bytes:
    """What a card's signature covers: a context string, then every field but the signature
    as JSON with sorted keys, no spaces, UTF-8 (no floats occur, so the form is unambiguous).

    Raises UnicodeEncodeError for text no signer could have signed (a lone surrogate)."""
    text = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return _SIGNATURE_CONTEXT + text.encode("utf-8")


# Signatures already found good, by digest: a store reads the same cards again and again (each
# received bundle's row, each contact), and an Ed25519 check costs far more than the rest of a card.
_VERIFIED: set[bytes] = set()
_VERIFIED_LIMIT = 4096


def _signature_holds(signing_key: str, signature: str, message: bytes) -> bool:
    digest = hashlib.sha256(b"%b\x00%b\x00%b" % (signing_key.encode(), signature.encode(), message)).digest()
    if digest in _VERIFIED:
        return True
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(signing_key)).verify(base64.b64decode(signature),
                                                                                  message)
    except InvalidSignature:
        return False
    if len(_VERIFIED) >= _VERIFIED_LIMIT:
        _VERIFIED.clear()
    _VERIFIED.add(digest)
    return True


def make_card(kind: ProfileKind, display_name: str, role: str, organisation: str,
              age_recipient: str, signing_key: bytes, sign: Callable[[bytes], bytes]) -> Card:
    """A version 2 card, signed by ``sign(data) -> signature`` (the private half of ``signing_key``)."""
    fields: dict[str, Any] = {
        "format": CARD_FORMAT,
        "version": CARD_VERSION,
        "kind": kind.value,
        "display_name": display_name,
        "role": role,
        "organisation": organisation,
        "age_recipient": age_recipient,
        "signing_key": base64.b64encode(signing_key).decode("ascii"),
        "fingerprint": fingerprint(signing_key, age_recipient),
    }
    signature = base64.b64encode(sign(signed_bytes(fields))).decode("ascii")
    return Card.model_validate_json(json.dumps(fields | {"signature": signature}))


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
    if raw.get("version") not in (UNSIGNED_CARD_VERSION, CARD_VERSION):
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
