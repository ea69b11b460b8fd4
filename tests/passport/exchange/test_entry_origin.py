"""A carer's words stay a carer's words (issue 48): an accepted suggestion keeps who suggested
it, and a share says so for that entry ("suggested by Jo (carer), added by Sky"), in the signed
manifest and the FHIR export, while a share of the young person's own words reads as before."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from passport.errors import BundleDamaged
from passport.exchange import identity
from passport.exchange.contacts import Contact
from passport.formats.bundle_format import BundleEntry, EntryOrigin, entry_digest
from passport.models import EntryContent
from passport.profile import Profile
from tests.helpers import add_entry
from tests.sharing_helpers import (
    encrypt_for,
    give_card,
    in_a_week,
    make_practitioner,
    manifest_body,
    members_of,
    plaintext_of,
    signed_json,
    tar_of,
)
from tests.suggestion_helpers import introduce


@pytest.fixture
def accepted(jo: Profile, sky: Profile, tmp_path: Path) -> tuple[str, str, str]:
    """Sky's own entry, Jo's suggestion added as it was, and one Sky changed before adding it."""
    sky_card = introduce(jo, sky, tmp_path)
    introduce(sky, jo, tmp_path)
    helps = jo.section_by_key("what_helps").id
    drafts = [add_entry(jo, "Walking the dog", "Sky calms down with Biscuit.", section_id=helps),
              add_entry(jo, "Music before bed", "Quiet music helps.", section_id=helps)]
    jo.suggestions.make_suggestion(drafts, sky_card, tmp_path / "jo.wpb")
    walk, music = sky.suggestions.open_suggestion(tmp_path / "jo.wpb").subject.suggestions
    own = add_entry(sky, "Drawing", "I draw when I'm worried.")
    walked = sky.suggestions.accept_suggestion(walk.id).entry_id
    content: EntryContent = sky.suggestions.suggested_content(music)
    changed = sky.suggestions.accept_suggestion(
        music.id, content.model_copy(update={"body": "Quiet music, and the lamp on."})).entry_id
    return own, walked, changed


@pytest.fixture
def practitioner_of(sky: Profile, data_dir: Path, tmp_path: Path) -> Iterator[tuple[Profile, Contact]]:
    sam = make_practitioner(data_dir)
    yield sam, give_card(sam, sky, tmp_path)
    sam.lock()


def test_a_share_says_who_suggested_each_entry(sky: Profile, accepted: tuple[str, str, str],
                                               practitioner_of: tuple[Profile, Contact], tmp_path: Path) -> None:
    sam, sam_contact = practitioner_of
    own, walked, changed = accepted
    out = tmp_path / "share.wpb"
    sky.sharing.make_share([own, walked, changed], sam_contact, in_a_week(), "", out, records=True)

    raw = {entry["title"]: entry for entry in manifest_body(plaintext_of(out, sam))["entries"]}
    assert "origin" not in raw["Drawing"]  # older readers still open a share of one's own words
    assert raw["Walking the dog"]["origin"] == {"version": 1, "suggested_by": "Jo Carter",
                                                "suggested_by_role": "carer", "changed_by_owner": False}
    assert raw["Music before bed"]["origin"]["changed_by_owner"] is True

    bundle_id = sam.received.open_bundle(out).subject.id
    held = {entry.title: entry.origin for entry in sam.received.received_bundle(bundle_id).entries}
    assert held["Drawing"] is None
    assert held["Walking the dog"] == EntryOrigin(suggested_by="Jo Carter")

    sam.received.export_for_records(bundle_id, tmp_path / "record.json")
    record = json.loads((tmp_path / "record.json").read_text())
    story = record["entry"][0]["resource"]["section"][-1]
    subs = {sub["title"]: sub for section in story["section"] for sub in section["section"]}
    assert "author" not in subs["Drawing"]
    assert subs["Walking the dog"]["author"][0] == {"display": "Jo Carter (carer)"}
    assert "Suggested by Jo Carter (carer), added by Sky" in subs["Walking the dog"]["text"]["div"]
    assert "changed and added by Sky" in subs["Music before bed"]["text"]["div"]


def test_the_origin_follows_later_changes(sky: Profile, accepted: tuple[str, str, str]) -> None:
    _own, walked, _changed = accepted
    origin = sky.sharing.entry_origin(walked)
    assert origin is not None and not origin.changed_by_owner
    entry = sky.entry(walked)
    sky.update_entry(walked, entry.content.model_copy(update={"body": "Biscuit, and the park."}))
    origin = sky.sharing.entry_origin(walked)
    assert origin is not None and origin.changed_by_owner


def test_an_entry_without_origin_digests_as_before() -> None:
    """Shares held before origins existed compare unchanged with a new share of the same words."""
    entry = BundleEntry.model_validate_json(
        '{"id": "%s", "revision": 1, "section_title": "S", "title": "T", "updated_at": "2026-01-01T00:00:00Z"}'
        % ("a" * 32))
    old_way = hashlib.sha256(json.dumps({
        "entry": entry.model_dump(mode="json", exclude={"revision", "updated_at", "attachments", "origin"}),
        "attachments": []}, sort_keys=True).encode()).hexdigest()
    assert entry_digest(entry, []) == old_way
    with_origin = entry.model_copy(update={"origin": EntryOrigin(suggested_by="Jo")})
    assert entry_digest(with_origin, []) != old_way


@pytest.mark.parametrize("origin", [
    {"version": 2, "suggested_by": "Jo"},
    {"suggested_by": ""},
    {"suggested_by": "J" * 201},
    {"suggested_by": "Jo", "suggested_by_role": "practitioner"},
    {"suggested_by": "Jo", "extra": 1},
    {"suggested_by": 5},
    "Jo",
])
def test_a_crafted_origin_is_refused_whole(sky: Profile, accepted: tuple[str, str, str],
                                           practitioner_of: tuple[Profile, Contact], tmp_path: Path,
                                           origin: object) -> None:
    sam, sam_contact = practitioner_of
    out = tmp_path / "share.wpb"
    sky.sharing.make_share([accepted[1]], sam_contact, in_a_week(), "", out)
    members = members_of(plaintext_of(out, sam))
    body = json.loads(members[0][1])["manifest"]
    body["entries"][0]["origin"] = origin
    signed = signed_json(body, identity.of(sky.vault).sign)
    crafted = encrypt_for(sam, tar_of([("manifest.json", signed), *members[1:]]), tmp_path / "crafted.wpb")
    before = sam.received.received_bundles()
    with pytest.raises(BundleDamaged):
        sam.received.open_bundle(crafted)
    assert sam.received.received_bundles() == before
