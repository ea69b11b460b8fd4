"""Property-based tests of the card reader: whatever a ``.wpcard`` file holds, reading it
ends in a valid card or the reader's own typed error (never another exception), in time."""

from __future__ import annotations

import base64
import contextlib
import json
import tempfile
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from passport.crypto import age_layer
from passport.errors import PassportError
from passport.formats.cards import MAX_CARD_BYTES, Card, card_bytes, fingerprint, make_card, parse_card, read_card
from passport.models import ProfileKind

FUZZ = settings(max_examples=300, deadline=2000)


def _real_card() -> Card:
    _identity, recipient = age_layer.new_identity()
    key = Ed25519PrivateKey.generate()
    return make_card(ProfileKind.PRACTITIONER, "Sam Lee", "Social worker", "Northside", recipient,
                     key.public_key().public_bytes_raw(), key.sign)


CARD = _real_card()
CARD_JSON: dict[str, Any] = json.loads(card_bytes(CARD))

scalars = (
    st.none() | st.booleans() | st.integers() | st.integers(min_value=2**63) | st.floats(allow_nan=False)
    | st.text(max_size=40) | st.sampled_from(["", " ", "\u202e", "\x00", "x" * 300, "1", "young_person"])
)
json_values = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=15,
)


def read(raw: bytes) -> Card | None:
    """The reader's answer: a card, or None for its typed refusal. Anything else fails."""
    try:
        card = parse_card(raw)
    except PassportError:
        return None
    # A card that reads is whole: its keys and fingerprint agree.
    assert card.fingerprint == fingerprint(card.signing_key_bytes, card.age_recipient)
    return card


def test_a_real_card_reads_back() -> None:
    assert read(card_bytes(CARD)) == CARD


@FUZZ
@given(st.binary(max_size=3000))
def test_random_bytes(raw: bytes) -> None:
    read(raw)


@FUZZ
@given(json_values)
def test_random_json(value: object) -> None:
    read(json.dumps(value).encode())


@FUZZ
@given(st.sampled_from(sorted(CARD_JSON)), json_values)
def test_one_field_replaced_by_anything(field: str, value: object) -> None:
    card = read(json.dumps(CARD_JSON | {field: value}).encode())
    assert card is None or getattr(card, field) == value


@FUZZ
@given(st.sets(st.sampled_from(sorted(CARD_JSON))), st.dictionaries(st.text(max_size=10), json_values, max_size=2))
def test_fields_missing_or_added(missing: set[str], added: dict[str, object]) -> None:
    changed = {k: v for k, v in CARD_JSON.items() if k not in missing} | added
    card = read(json.dumps(changed).encode())
    if card is not None:  # only the optional role and organisation may be left out
        assert missing <= {"role", "organisation"} and card.fingerprint == CARD.fingerprint


@FUZZ
@given(st.data())
def test_byte_level_mutations_of_a_real_card(data: st.DataObject) -> None:
    raw = bytearray(card_bytes(CARD))
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, len(raw)))
        action = data.draw(st.sampled_from(["flip", "insert", "delete"]))
        if action == "flip" and at < len(raw):
            raw[at] ^= data.draw(st.integers(1, 255))
        elif action == "insert":
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=8))
        else:
            del raw[at : at + data.draw(st.integers(1, 8))]
    card = read(bytes(raw))
    # The keys and fingerprint protect each other, and the signature binds the words to the
    # keys: whatever reads is the very card that was written (only its spacing may differ).
    if card is not None:
        assert card == CARD


@FUZZ
@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=", max_size=60),
       st.text(alphabet="023456789acdefghjklmnpqrstuvwxyz1", max_size=70))
def test_keys_that_look_almost_right(signing_key: str, recipient: str) -> None:
    forged = CARD_JSON | {"signing_key": signing_key, "age_recipient": "age1" + recipient}
    forged["fingerprint"] = "0" * 60
    with contextlib.suppress(ValueError):
        forged["fingerprint"] = fingerprint(base64.b64decode(signing_key), forged["age_recipient"])
    read(json.dumps(forged).encode())


@settings(max_examples=30, deadline=2000)
@given(st.integers(MAX_CARD_BYTES - 10, MAX_CARD_BYTES + 10), st.sampled_from([b" ", b"[", b"{\"a\":"]))
def test_files_at_the_size_limit(size: int, filler: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.wpcard"
        path.write_bytes((filler * size)[:size])
        with contextlib.suppress(PassportError):
            read_card(path)
