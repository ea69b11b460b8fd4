"""Cards: export yours, import someone's, compare fingerprints aloud, refuse bad cards."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from passport.errors import CardInvalid, InvalidValue, UnsupportedVersion
from passport.exchange import contacts, identity, sharing
from passport.formats.cards import MAX_CARD_BYTES, card_bytes, format_fingerprint, parse_card, read_card
from passport.models import ProfileKind
from passport.profile import Profile
from tests.helpers import FAST_KDF, PASSPHRASE, files_under


@pytest.fixture
def practitioner(data_dir: Path) -> Profile:
    profile, _code = Profile.create(data_dir, ProfileKind.PRACTITIONER, "Work", PASSPHRASE, kdf=FAST_KDF)
    yield profile
    profile.lock()


def test_exported_card_reads_back_with_a_readable_fingerprint(practitioner: Profile, tmp_path: Path) -> None:
    out = tmp_path / "sam.wpcard"
    card = sharing.export_card(practitioner.vault, out, "Sam Lee", "Social worker", "Northside Council")
    assert read_card(out) == card
    assert card.kind is ProfileKind.PRACTITIONER
    groups = format_fingerprint(card.fingerprint).split(" ")
    assert len(groups) == 12 and all(len(g) == 5 and g.isdigit() for g in groups)


def test_keys_stay_the_same_across_unlocks_and_live_only_in_the_encrypted_store(
    practitioner: Profile, data_dir: Path, tmp_path: Path
) -> None:
    first = sharing.export_card(practitioner.vault, tmp_path / "a.wpcard", "Sam Lee")
    secret = identity.export_age_identity(practitioner.vault)
    folder = practitioner.folder
    practitioner.lock()
    again = Profile.open_with_passphrase(folder, PASSPHRASE)
    try:
        assert identity.own_card(again.vault).fingerprint == first.fingerprint
    finally:
        again.lock()
    for path in files_under(data_dir):
        data = path.read_bytes()
        assert secret.encode() not in data and secret.lower().encode() not in data


def test_a_card_needs_a_name(practitioner: Profile, tmp_path: Path) -> None:
    with pytest.raises(InvalidValue):
        sharing.export_card(practitioner.vault, tmp_path / "x.wpcard")
    assert not (tmp_path / "x.wpcard").exists()


def test_import_then_mark_checked(profile: Profile, practitioner: Profile, tmp_path: Path) -> None:
    sharing.export_card(practitioner.vault, tmp_path / "sam.wpcard", "Sam Lee", "Social worker")
    contact = contacts.import_card(profile.vault, tmp_path / "sam.wpcard")
    assert not contact.checked
    assert contacts.mark_checked(profile.vault, contact.id).checked
    # The same card again (a new role) keeps the one contact and its check.
    sharing.export_card(practitioner.vault, tmp_path / "sam.wpcard", role="Team lead")
    again = contacts.import_card(profile.vault, tmp_path / "sam.wpcard")
    assert again.id == contact.id and again.checked and again.card.role == "Team lead"
    assert [c.display_name for c in contacts.contacts(profile.vault)] == ["Sam Lee"]


def test_your_own_card_is_not_a_contact(profile: Profile, tmp_path: Path) -> None:
    sharing.export_card(profile.vault, tmp_path / "me.wpcard", "Sky")
    with pytest.raises(InvalidValue):
        contacts.import_card(profile.vault, tmp_path / "me.wpcard")


@pytest.fixture
def card_json(practitioner: Profile) -> dict:
    identity.set_details(practitioner.vault, "Sam Lee")
    return json.loads(card_bytes(identity.own_card(practitioner.vault)))


@pytest.mark.parametrize(
    "change",
    [
        {"fingerprint": "1" * 60},
        {"display_name": "Sam\u202eeL"},
        {"display_name": ""},
        {"age_recipient": "age1notarecipient"},
        {"signing_key": "A" * 43 + "="},
        {"extra": "field"},
        {"kind": "wizard"},
        {"format": "something-else"},
        {"display_name": 12},
    ],
    ids=["fingerprint", "bidi", "empty-name", "recipient", "key", "extra", "kind", "format", "type"],
)
def test_invalid_cards_are_refused(card_json: dict, change: dict) -> None:
    with pytest.raises(CardInvalid):
        parse_card(json.dumps(card_json | change).encode())


def test_a_swapped_key_changes_the_fingerprint(card_json: dict, data_dir: Path) -> None:
    other, _code = Profile.create(data_dir, ProfileKind.PRACTITIONER, "Other", PASSPHRASE, kdf=FAST_KDF)
    try:
        identity.set_details(other.vault, "Sam Lee")
        swapped = card_json | {"age_recipient": identity.of(other.vault).age_recipient}
        with pytest.raises(CardInvalid):
            parse_card(json.dumps(swapped).encode())
    finally:
        other.lock()


def test_malformed_files_are_refused(card_json: dict) -> None:
    text = json.dumps(card_json)
    with pytest.raises(CardInvalid):
        parse_card(text.replace('"role"', '"role": "x", "role"', 1).encode())  # duplicate key
    with pytest.raises(CardInvalid):
        parse_card(b"\xff\xfe not utf-8")
    with pytest.raises(CardInvalid):
        parse_card(b"[" * 100_000)
    with pytest.raises(CardInvalid):
        parse_card(text.encode() + b" " * MAX_CARD_BYTES)
    with pytest.raises(UnsupportedVersion):
        parse_card(json.dumps(card_json | {"version": 3}).encode())


def test_a_key_spelled_another_way_in_base64_is_refused(practitioner, tmp_path) -> None:
    """Base64 ignores the spare bits of a key's last letter, so "…U4=" and "…U5=" are one key;
    a card spelling it the other way is refused (found by the byte-level fuzzer), or two
    spellings of one key would be two cards to anything comparing them as text."""
    import json

    from passport.errors import CardInvalid
    from passport.formats.cards import read_card

    out = tmp_path / "sam.wpcard"
    card = practitioner.people.export_card(out, "Sam Lee").subject
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    last = card.signing_key[-2]
    other = letters[letters.index(last) ^ 1]  # the same six bits but the lowest, which 32 bytes never use
    data = json.loads(out.read_text())
    data["signing_key"] = card.signing_key[:-2] + other + "="
    out.write_text(json.dumps(data))
    with pytest.raises(CardInvalid):
        read_card(out)
