"""Signed cards (version 2): the words on a card are what its key holder wrote.

A card's numbers cover only its two keys; its signature, by its own Ed25519 key, covers
every other field too. A card whose name, role, organisation or kind was changed on the way,
or which was signed by another key, is refused. Unsigned version 1 cards (older copies of the
app) still read as cards, but not inside bundles or pieces, and never over a signed contact.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from passport.errors import BundleFromOlderApp, BundleSignatureInvalid, CardInvalid, CardOlderThanKept
from passport.exchange import contacts, identity, received, sharing
from passport.exchange.contacts import Contact
from passport.formats import piece_format
from passport.formats.cards import CARD_VERSION, card_bytes, parse_card, read_card, signed_bytes
from passport.formats.piece_format import SIGNATURE_CONTEXT as PIECE_CONTEXT
from passport.models import ProfileKind
from passport.profile import Profile
from passport.sentences import sentence_for
from tests.helpers import PASSPHRASE
from tests.sharing_helpers import (
    encrypt_for,
    in_a_week,
    manifest_body,
    members_of,
    plaintext_of,
    received_rows,
    signed_json,
    tar_of,
)


@pytest.fixture
def card_json(practitioner: Profile) -> dict[str, Any]:
    identity.set_details(practitioner.vault, "Sam Lee", "Social worker", "Northside Council")
    return json.loads(card_bytes(identity.own_card(practitioner.vault)))


def _resigned(fields: dict[str, Any], key: Ed25519PrivateKey) -> dict[str, Any]:
    unsigned = {name: value for name, value in fields.items() if name != "signature"}
    return unsigned | {"signature": base64.b64encode(key.sign(signed_bytes(unsigned))).decode()}


def _unsigned(fields: dict[str, Any]) -> dict[str, Any]:
    """The same card as an older copy of the app wrote it: version 1, no signature."""
    return {name: value for name, value in fields.items() if name != "signature"} | {"version": 1}


def test_a_card_written_now_is_signed_and_reads_back(card_json: dict[str, Any]) -> None:
    assert card_json["version"] == CARD_VERSION == 2
    card = parse_card(json.dumps(card_json).encode())
    assert card.signed and card.signature == card_json["signature"]


@pytest.mark.parametrize(
    "change",
    [{"display_name": "Sam Lea"}, {"role": "Team lead"}, {"organisation": "Southside Council"},
     {"kind": "young_person"}, {"role": ""}],
    ids=["name", "role", "organisation", "kind", "role-emptied"],
)
def test_a_signed_card_changed_on_the_way_is_refused(
    card_json: dict[str, Any], change: dict[str, str], profile: Profile, tmp_path: Path
) -> None:
    with pytest.raises(CardInvalid):
        parse_card(json.dumps(card_json | change).encode())
    # And through the real import: nothing is kept.
    path = tmp_path / "changed.wpcard"
    path.write_text(json.dumps(card_json | change))
    with pytest.raises(CardInvalid):
        contacts.import_card(profile.vault, path)
    assert contacts.contacts(profile.vault) == []


def test_a_card_re_signed_by_another_key_is_refused(card_json: dict[str, Any]) -> None:
    other = Ed25519PrivateKey.generate()
    with pytest.raises(CardInvalid):  # the same words, another key's signature
        parse_card(json.dumps(_resigned(card_json, other)).encode())
    with pytest.raises(CardInvalid):  # new words, signed by someone else
        parse_card(json.dumps(_resigned(card_json | {"display_name": "Sam Lea"}, other)).encode())


def test_a_signature_must_be_there_only_on_version_2_and_in_its_one_spelling(card_json: dict[str, Any]) -> None:
    without = {name: value for name, value in card_json.items() if name != "signature"}
    with pytest.raises(CardInvalid):  # version 2 without its signature
        parse_card(json.dumps(without).encode())
    with pytest.raises(CardInvalid):  # version 1 with one
        parse_card(json.dumps(card_json | {"version": 1}).encode())
    with pytest.raises(CardInvalid):
        parse_card(json.dumps(card_json | {"signature": None}).encode())
    with pytest.raises(CardInvalid):
        parse_card(json.dumps(_unsigned(card_json) | {"signature": None}).encode())
    # Base64's spare bits: the signature's last letter before "==" has four of them.
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    signature = card_json["signature"]
    other = letters[letters.index(signature[-3]) ^ 1]
    assert base64.b64decode(signature[:-3] + other + "==") == base64.b64decode(signature)
    with pytest.raises(CardInvalid):
        parse_card(json.dumps(card_json | {"signature": signature[:-3] + other + "=="}).encode())


def test_an_unsigned_version_1_card_still_reads_and_is_kept_unsigned(
    card_json: dict[str, Any], profile: Profile, tmp_path: Path
) -> None:
    path = tmp_path / "old.wpcard"
    path.write_text(json.dumps(_unsigned(card_json)))
    card = read_card(path)
    assert card.version == 1 and not card.signed and card.fingerprint == card_json["fingerprint"]
    assert "signature" not in json.loads(card_bytes(card))  # written back as older copies wrote it
    contact = contacts.import_card(profile.vault, path)
    assert contact.card == card and contacts.contacts(profile.vault)[0].card == card


def test_a_signed_contact_reads_back_signed_and_an_unsigned_card_cannot_change_it(
    card_json: dict[str, Any], profile: Profile, tmp_path: Path
) -> None:
    path = tmp_path / "sam.wpcard"
    path.write_text(json.dumps(card_json))
    kept = contacts.mark_checked(profile.vault, contacts.import_card(profile.vault, path).id)
    assert kept.card.signed and contacts.contacts(profile.vault)[0].card == parse_card(path.read_bytes())
    # A downgrade: the same keys in an unsigned card with other words.
    path.write_text(json.dumps(_unsigned(card_json) | {"display_name": "Sam Lea", "kind": "carer"}))
    with pytest.raises(CardOlderThanKept):
        contacts.import_card(profile.vault, path)
    assert contacts.contacts(profile.vault) == [kept]
    assert "older version" in sentence_for(CardOlderThanKept("x"))


def test_an_unsigned_contact_becomes_signed_by_the_newer_card_and_stays_checked(
    card_json: dict[str, Any], profile: Profile, tmp_path: Path
) -> None:
    path = tmp_path / "sam.wpcard"
    path.write_text(json.dumps(_unsigned(card_json)))
    old = contacts.mark_checked(profile.vault, contacts.import_card(profile.vault, path).id)
    path.write_text(json.dumps(card_json))
    new = contacts.import_card(profile.vault, path)
    assert (new.id, new.checked, new.card.signed) == (old.id, True, True)
    assert contacts.contact(profile.vault, new.id).card == parse_card(path.read_bytes())


@pytest.fixture
def bundle(profile: Profile, sam: Contact, entries: list[str], tmp_path: Path) -> Path:
    out = tmp_path / "for-sam.wpb"
    sharing.make_share(profile.vault, entries, sam, in_a_week(), "Moving to a new school", out)
    return out


def _rebuilt(bundle: Path, practitioner: Profile, signer: Profile, tmp_path: Path, sender: dict[str, Any]) -> Path:
    plaintext = plaintext_of(bundle, practitioner)
    body = manifest_body(plaintext) | {"sender": sender}
    manifest = signed_json(body, identity.of(signer.vault).sign)
    return encrypt_for(practitioner, tar_of([("manifest.json", manifest), *members_of(plaintext)[1:]]),
                       tmp_path / "re.wpb")


def test_a_share_carries_its_senders_signed_card(practitioner: Profile, bundle: Path) -> None:
    sender = manifest_body(plaintext_of(bundle, practitioner))["sender"]
    assert sender["version"] == 2 and parse_card(json.dumps(sender).encode()).signed


def test_a_bundle_with_an_unsigned_card_is_refused_even_when_the_bundle_is_signed(
    profile: Profile, practitioner: Profile, bundle: Path, tmp_path: Path
) -> None:
    sender = manifest_body(plaintext_of(bundle, practitioner))["sender"]
    old = _rebuilt(bundle, practitioner, profile, tmp_path, _unsigned(sender))
    before = received_rows(practitioner)
    with pytest.raises(BundleFromOlderApp):
        received.open_bundle(practitioner.vault, old)
    assert received_rows(practitioner) == before
    assert "older version" in sentence_for(BundleFromOlderApp("x"))


def test_the_bundles_signature_binds_the_card_it_carries(
    profile: Profile, practitioner: Profile, bundle: Path, tmp_path: Path
) -> None:
    # Sky's own, validly signed card with another name, put in place of the one the share was
    # signed with: the card reads, the bundle's signature does not.
    identity.set_details(profile.vault, "Sky Renamed")
    renamed = json.loads(card_bytes(identity.own_card(profile.vault)))
    plaintext = plaintext_of(bundle, practitioner)
    members = members_of(plaintext)
    envelope = json.loads(members[0][1])
    envelope["manifest"]["sender"] = renamed
    swapped = encrypt_for(practitioner, tar_of([("manifest.json", json.dumps(envelope).encode()), *members[1:]]),
                          tmp_path / "swapped.wpb")
    with pytest.raises(BundleSignatureInvalid):
        received.open_bundle(practitioner.vault, swapped)


def test_a_trusted_piece_with_an_unsigned_owner_card_is_refused(profile: Profile) -> None:
    identity.set_details(profile.vault, "Sky")
    owner = _unsigned(json.loads(card_bytes(identity.own_card(profile.vault))))
    body = {"format": piece_format.PIECE_FORMAT, "version": piece_format.PIECE_VERSION, "owner": owner}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    value = base64.b64encode(identity.of(profile.vault).sign(PIECE_CONTEXT + text)).decode()
    with pytest.raises(BundleFromOlderApp):
        piece_format.verify(json.dumps({"piece": body, "signature": {"algorithm": "ed25519", "value": value}})
                            .encode())


def test_the_numbers_stay_those_of_the_keys(card_json: dict[str, Any], practitioner: Profile) -> None:
    """Contacts checked in person before cards were signed stay checked: same 60 digits."""
    own = identity.of(practitioner.vault)
    assert card_json["fingerprint"] == own.numbers
    assert parse_card(json.dumps(_unsigned(card_json)).encode()).fingerprint == own.numbers
    assert ProfileKind(card_json["kind"]) is ProfileKind.PRACTITIONER


def test_contacts_kept_before_signed_cards_read_after_the_upgrade(
    card_json: dict[str, Any], profile: Profile, tmp_path: Path
) -> None:
    """Migration 16: contacts kept from unsigned cards stay, checked as they were, as version 1."""
    path = tmp_path / "old.wpcard"
    path.write_text(json.dumps(_unsigned(card_json)))
    kept = contacts.mark_checked(profile.vault, contacts.import_card(profile.vault, path).id)
    with profile.vault.writing() as conn:
        conn.execute("ALTER TABLE contacts DROP COLUMN signature")  # as at version 15
        conn.execute("PRAGMA user_version = 15")
    folder = profile.folder
    profile.lock()
    upgraded = Profile.open_with_passphrase(folder, PASSPHRASE)
    try:
        assert contacts.contacts(upgraded.vault) == [kept]
        path.write_text(json.dumps(card_json))  # the person's new, signed card then binds the words
        assert contacts.import_card(upgraded.vault, path).card.signed
    finally:
        upgraded.lock()


def test_the_signature_is_over_the_documented_bytes(card_json: dict[str, Any], practitioner: Profile) -> None:
    """docs/formats.md's recipe, done by hand, checks with the card's own key."""
    unsigned = {name: value for name, value in card_json.items() if name != "signature"}
    text = json.dumps(unsigned, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    message = b"wellbeing-passport-card-signature-v2\x00" + text.encode("utf-8")
    own = identity.of(practitioner.vault)
    own.signing_key.public_key().verify(base64.b64decode(card_json["signature"]), message)  # raises if not
