"""Boundaries ("Call me…", "Please don't ask me about…", "How to talk with me"): kept by the
young person, carried by a share only when picked, read back first by the practitioner;
hostile or newer forms refused with one plain error and nothing kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from passport.clock import now
from passport.errors import BundleDamaged, BundleVersionUnsupported, InvalidValue, NotThisKindOfProfile
from passport.exchange import identity
from passport.formats.boundaries import MAX_BOUNDARY, MAX_CALL_ME, Boundaries
from passport.formats.bundle_format import BundleKind, Manifest
from passport.kinds import ChangeKind
from passport.profile import Profile
from tests.sharing_helpers import (
    encrypt_for,
    give_card,
    in_a_week,
    manifest_body,
    members_of,
    plaintext_of,
    received_rows,
    signed_json,
    tar_of,
)


def test_boundaries_are_kept_tidied_and_cleared(profile: Profile) -> None:
    assert profile.boundaries().is_empty()
    change = profile.set_boundaries("  Jay\x1b[2J ", "my dad\r\n\r\nmy old school\x00", "\n Slowly. Tell me first.\n")
    assert change.kind is ChangeKind.BOUNDARIES_CHANGED
    assert profile.boundaries() == Boundaries(call_me="Jay[2J", please_dont_ask="my dad\n\nmy old school",
                                              how_to_talk="Slowly. Tell me first.")
    profile.set_boundaries("", " ", "\n")
    assert profile.boundaries().is_empty()
    with profile.vault.reading() as conn:
        assert conn.execute("SELECT 1 FROM profile_meta WHERE key = 'boundaries'").fetchone() is None


def test_too_long_is_refused_and_the_old_words_stay(profile: Profile) -> None:
    profile.set_boundaries("Jay", "", "")
    with pytest.raises(InvalidValue):
        profile.set_boundaries("J" * (MAX_CALL_ME + 1), "", "")
    with pytest.raises(InvalidValue):
        profile.set_boundaries("Jay", "x" * (MAX_BOUNDARY + 1), "")
    assert profile.boundaries().call_me == "Jay"


def test_only_a_young_person_keeps_boundaries(practitioner: Profile) -> None:
    with pytest.raises(NotThisKindOfProfile):
        practitioner.set_boundaries("Sam", "", "")


def _share(profile: Profile, practitioner: Profile, entries: list[str], out: Path, **kw: bool) -> Path:
    contact = next(iter(profile.people.contacts()), None) or give_card(practitioner, profile, out.parent)
    profile.people.set_card_details("Sky")
    profile.sharing.make_share(entries[:1], contact, in_a_week(), "new school", out, **kw)
    return out


def test_a_share_carries_them_only_when_picked(profile: Profile, practitioner: Profile, entries: list[str],
                                               tmp_path: Path) -> None:
    profile.set_boundaries("Jay", "my dad", "Slowly, and tell me what happens next.")
    plain = _share(profile, practitioner, entries, tmp_path / "plain.wpb")
    assert "boundaries" not in manifest_body(plaintext_of(plain, practitioner))  # old readers still open it
    opened = practitioner.received.open_bundle(plain).subject
    assert opened.boundaries is None

    picked = _share(profile, practitioner, entries, tmp_path / "picked.wpb", with_boundaries=True)
    assert manifest_body(plaintext_of(picked, practitioner))["boundaries"] == {
        "version": 1, "call_me": "Jay", "please_dont_ask": "my dad",
        "how_to_talk": "Slowly, and tell me what happens next."}
    opened = practitioner.received.open_bundle(picked).subject
    assert opened.boundaries == profile.boundaries()
    assert practitioner.received.received_bundle(opened.id).boundaries == profile.boundaries()


def test_picked_but_none_written_carries_none(profile: Profile, practitioner: Profile, entries: list[str],
                                              tmp_path: Path) -> None:
    made = _share(profile, practitioner, entries, tmp_path / "s.wpb", with_boundaries=True)
    assert "boundaries" not in manifest_body(plaintext_of(made, practitioner))


def _resigned(profile: Profile, practitioner: Profile, made: Path, change: dict, out: Path) -> Path:
    members = members_of(plaintext_of(made, practitioner))
    body = manifest_body(plaintext_of(made, practitioner))
    body.update(change)
    members[0] = ("manifest.json", signed_json(body, identity.of(profile.vault).sign))
    return encrypt_for(practitioner, tar_of(members), out)


@pytest.mark.parametrize("boundaries", [
    {"version": 1, "call_me": "J" * (MAX_CALL_ME + 1)},
    {"version": 1, "how_to_talk": "x" * (MAX_BOUNDARY + 1)},
    {"version": 1, "call_me": 7},
    {"version": 1, "call_me": "Jay", "records": True},
    {"version": "1"},
    [],
], ids=["long-name", "huge", "number", "unknown-field", "string-version", "list"])
def test_hostile_boundaries_are_refused_and_nothing_kept(profile: Profile, practitioner: Profile,
                                                         entries: list[str], tmp_path: Path,
                                                         boundaries: object) -> None:
    made = _share(profile, practitioner, entries, tmp_path / "s.wpb")
    hostile = _resigned(profile, practitioner, made, {"boundaries": boundaries}, tmp_path / "h.wpb")
    before = received_rows(practitioner)
    with pytest.raises(BundleDamaged):
        practitioner.received.open_bundle(hostile)
    assert received_rows(practitioner) == before


def test_a_newer_form_of_boundaries_says_update(profile: Profile, practitioner: Profile, entries: list[str],
                                               tmp_path: Path) -> None:
    made = _share(profile, practitioner, entries, tmp_path / "s.wpb")
    newer = _resigned(profile, practitioner, made, {"boundaries": {"version": 2, "pronouns": "they"}},
                      tmp_path / "n.wpb")
    with pytest.raises(BundleVersionUnsupported):
        practitioner.received.open_bundle(newer)


def test_control_and_bidi_characters_travel_as_written(profile: Profile, practitioner: Profile,
                                                       entries: list[str], tmp_path: Path) -> None:
    """Like an entry's words, they are the sender's to write; the views show them with care."""
    made = _share(profile, practitioner, entries, tmp_path / "s.wpb")
    odd = {"version": 1, "call_me": "Jay\u202eevil", "how_to_talk": "a\x1b[2Jb"}
    opened = practitioner.received.open_bundle(
        _resigned(profile, practitioner, made, {"boundaries": odd}, tmp_path / "o.wpb")).subject
    assert opened.boundaries == Boundaries.model_validate(odd)


def test_only_a_share_carries_boundaries(profile: Profile) -> None:
    profile.people.set_card_details("Sky")
    withdrawal = {"kind": BundleKind.WITHDRAWAL, "id": "0" * 32, "sender": profile.people.own_card(),
                  "recipient": "passphrase", "created": now(), "withdraws": "1" * 32}
    Manifest(**withdrawal)
    with pytest.raises(ValueError, match="only a share"):
        Manifest(**withdrawal, boundaries=Boundaries(call_me="Jay"))
