"""Suggestions end to end in the core: a carer drafts and sends, the young person's inbox
keeps them pending, and accept, edit-then-accept and decline each do exactly that."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from passport.errors import (
    BundleDamaged,
    BundleExpired,
    BundleNotForYou,
    BundleSignatureInvalid,
    BundleTooLarge,
    BundleUntrustedSender,
    InvalidValue,
    NotThisKindOfProfile,
)
from passport.exchange import identity, sharing, suggestions
from passport.exchange.contacts import Contact
from passport.formats.bundle_reader import Limits
from passport.models import EntryContent, ProfileKind
from passport.profile import Profile
from tests.helpers import add_entry, png_bytes
from tests.sharing_helpers import encrypt_for, manifest_body, members_of, plaintext_of, signed_json, tar_of
from tests.suggestion_helpers import holds_text, introduce, make_person, raw_files_hold

DECLINED = "DECLINED-9c1e-heron"


@pytest.fixture
def sky_card(jo: Profile, sky: Profile, tmp_path: Path) -> Contact:
    return introduce(jo, sky, tmp_path)


@pytest.fixture
def jo_contact(sky: Profile, jo: Profile, tmp_path: Path) -> Contact:
    return introduce(sky, jo, tmp_path)


@pytest.fixture
def drafts(jo: Profile) -> list[str]:
    helps = jo.section_by_key("what_helps").id
    hard = jo.section_by_key("when_things_get_hard").id
    first = add_entry(jo, "Walking the dog", "Sky calms down when we walk Biscuit.", section_id=helps,
                      important_now=True)
    jo.add_attachment(first, "biscuit.png", png_bytes(20, 10))
    second = add_entry(jo, "Music before bed", "Quiet music helps Sky sleep.", section_id=helps)
    third = add_entry(jo, "Loud rooms", f"Sky leaves loud rooms {DECLINED}.", section_id=hard)
    return [first, second, third]


@pytest.fixture
def suggestion_file(jo: Profile, sky_card: Contact, drafts: list[str], jo_contact: Contact, tmp_path: Path) -> Path:
    out = tmp_path / "from-jo.wpb"
    change = jo.suggestions.make_suggestion(drafts, sky_card, out, note="Some things I noticed this month")
    assert change.subject.recipient_name == "Sky"
    return out


def test_opening_keeps_pending_and_adds_nothing_to_the_passport(sky: Profile, suggestion_file: Path) -> None:
    entries_before = sky.entries()
    opened = sky.suggestions.open_suggestion(suggestion_file).subject

    assert opened.sender.display_name == "Jo Carter"
    assert opened.note == "Some things I noticed this month"
    assert [s.title for s in opened.suggestions] == ["Walking the dog", "Music before bed", "Loud rooms"]
    assert opened.suggestions[0].attachments[0].name == "biscuit.png"
    assert opened.suggestions[0].section_key == "what_helps"
    assert sky.entries() == entries_before
    assert [s.id for s in sky.suggestions.pending_suggestions()] == [s.id for s in opened.suggestions]
    assert sky.search("Biscuit") == []


def test_accept_edit_and_decline(sky: Profile, suggestion_file: Path) -> None:
    walk, music, loud = sky.suggestions.open_suggestion(suggestion_file).subject.suggestions
    # Sky renamed the section: the key still finds it.
    helps = sky.section_by_key("what_helps")
    sky.rename_section(helps.id, "Things that help me")

    accepted = sky.suggestions.accept_suggestion(walk.id).entry
    assert accepted is not None
    assert accepted.section_id == helps.id
    assert accepted.suggested_by == "Jo Carter"
    assert accepted.important_now
    (attachment,) = sky.attachments(accepted.id)
    assert sky.attachment_data(attachment.id) == png_bytes(20, 10)
    origin = sky.suggestions.revision_origin(accepted.id, 1)
    assert origin is not None and origin.suggested_by == "Jo Carter" and not origin.edited_before_accepting

    mine = sky.suggestions.suggested_content(music)
    mine = mine.model_copy(update={"body": "Quiet music helps me sleep, my choice."})
    edited = sky.suggestions.accept_suggestion(music.id, mine).entry
    assert edited is not None
    assert edited.body == "Quiet music helps me sleep, my choice."
    assert edited.suggested_by == "Jo Carter"
    assert [r.content.body for r in sky.revisions(edited.id)] == ["Quiet music helps me sleep, my choice."]
    origin = sky.suggestions.revision_origin(edited.id, 1)
    assert origin is not None and origin.edited_before_accepting

    sky.suggestions.decline_suggestion(loud.id)
    assert sky.suggestions.pending_suggestions() == []
    assert holds_text(sky, DECLINED) == []
    assert holds_text(sky, "Loud rooms") == []
    assert holds_text(sky, "Some things I noticed") == []  # the note went with the last one
    assert not raw_files_hold(sky, DECLINED.encode())
    assert sky.search("Biscuit")[0].entry.id == accepted.id

    # Later edits keep the attribution; the history shows where it began.
    sky.update_entry(accepted.id, accepted.content.model_copy(update={"title": "Walks with Biscuit"}))
    assert sky.entry(accepted.id).suggested_by == "Jo Carter"
    assert sky.suggestions.revision_origin(accepted.id, 2) is None


def test_opening_the_same_file_again_brings_nothing_back(sky: Profile, suggestion_file: Path) -> None:
    first, *rest = sky.suggestions.open_suggestion(suggestion_file).subject.suggestions
    sky.suggestions.decline_suggestion(first.id)
    again = sky.suggestions.open_suggestion(suggestion_file).subject
    assert again.suggestions == ()
    assert again.already_seen == 3
    assert [s.id for s in sky.suggestions.pending_suggestions()] == [s.id for s in rest]


def test_a_sender_never_added_is_refused_and_nothing_kept(
    data_dir: Path, jo: Profile, sky: Profile, sky_card: Contact, drafts: list[str], tmp_path: Path
) -> None:
    out = tmp_path / "from-jo.wpb"
    jo.suggestions.make_suggestion(drafts, sky_card, out)
    before = holds_text(sky, "Walking the dog")
    with pytest.raises(BundleUntrustedSender):
        sky.suggestions.open_suggestion(out)
    assert sky.suggestions.pending_suggestions() == []
    assert before == holds_text(sky, "Walking the dog") == []


def test_a_forged_sender_card_fails_its_signature(
    sky: Profile, jo: Profile, jo_contact: Contact, suggestion_file: Path, data_dir: Path, tmp_path: Path
) -> None:
    """Someone else signs with their own key but puts Jo's card in the manifest."""
    mallory = make_person(data_dir, ProfileKind.CARER, "Other", "Mallory")
    try:
        plaintext = plaintext_of(suggestion_file, sky)
        members = members_of(plaintext)
        body = manifest_body(plaintext)
        forged = tar_of([("manifest.json", signed_json(body, identity.of(mallory.vault).sign)), *members[1:]])
        with pytest.raises(BundleSignatureInvalid):
            sky.suggestions.open_suggestion(encrypt_for(sky, forged, tmp_path / "forged.wpb"))
        assert sky.suggestions.pending_suggestions() == []
    finally:
        mallory.lock()


def test_hostile_files_are_refused_and_keep_nothing(
    sky: Profile, jo_contact: Contact, suggestion_file: Path, tmp_path: Path
) -> None:
    data = suggestion_file.read_bytes()
    cut = tmp_path / "cut.wpb"
    cut.write_bytes(data[: len(data) // 2])
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 1
    tampered = tmp_path / "tampered.wpb"
    tampered.write_bytes(bytes(flipped))
    for path in (cut, tampered):
        with pytest.raises(BundleDamaged):
            sky.suggestions.open_suggestion(path)
    with pytest.raises(BundleTooLarge):
        suggestions.open_suggestion(sky.vault, suggestion_file, limits=Limits(bundle=1024))
    with pytest.raises(BundleExpired):
        suggestions.open_suggestion(sky.vault, suggestion_file, at=dt.datetime.now(dt.UTC) + dt.timedelta(days=400))
    assert sky.suggestions.pending_suggestions() == []
    assert holds_text(sky, "Walking the dog") == []


def test_only_a_share_kind_is_not_taken_as_a_suggestion(
    sky: Profile, jo: Profile, jo_contact: Contact, sky_card: Contact, drafts: list[str], tmp_path: Path
) -> None:
    """A carer's *share* to the young person is not a suggestion, and is refused."""
    out = tmp_path / "share.wpb"
    with pytest.raises(NotThisKindOfProfile):  # the app never lets a carer make a share...
        jo.sharing.make_share(drafts, sky_card, dt.datetime.now(dt.UTC) + dt.timedelta(days=3), "", out)
    # ...but someone could craft one with the core's service, so the reader refuses it too.
    sharing.make_share(jo.vault, drafts, sky_card, dt.datetime.now(dt.UTC) + dt.timedelta(days=3), "", out)
    with pytest.raises(BundleNotForYou):
        sky.suggestions.open_suggestion(out)


def test_only_carers_send_and_only_young_people_open(
    sky: Profile, jo: Profile, jo_contact: Contact, sky_card: Contact, tmp_path: Path
) -> None:
    entry = add_entry(sky, "Mine")
    with pytest.raises(NotThisKindOfProfile):
        sky.suggestions.make_suggestion([entry], jo_contact, tmp_path / "x.wpb")
    with pytest.raises(InvalidValue):
        jo.suggestions.make_suggestion([], sky_card, tmp_path / "x.wpb")
    with pytest.raises(NotThisKindOfProfile):
        jo.suggestions.open_suggestion(tmp_path / "x.wpb")
    assert not (tmp_path / "x.wpb").exists()


def test_section_falls_back_to_title_then_first(sky: Profile, suggestion_file: Path) -> None:
    walk = sky.suggestions.open_suggestion(suggestion_file).subject.suggestions[0]
    own = sky.add_section("Walks").section
    assert own is not None
    by_title = walk.model_copy(update={"section_key": None, "section_title": "walks"})
    assert suggestions.matching_section(sky.vault, by_title).id == own.id
    unknown = walk.model_copy(update={"section_key": "nope", "section_title": "Nowhere"})
    assert suggestions.matching_section(sky.vault, unknown).id == sky.sections()[0].id


def test_related_entries_share_words_or_the_section(sky: Profile, suggestion_file: Path) -> None:
    helps = sky.section_by_key("what_helps").id
    dog = add_entry(sky, "My dog Biscuit", "He is the best.", section_id=sky.sections()[0].id)
    walking = add_entry(sky, "Walking to school", "With Ana.")
    same_section = add_entry(sky, "Drawing", "Pencils.", section_id=helps)
    unrelated = add_entry(sky, "Unrelated", "Nothing alike, the end.")
    walk = sky.suggestions.open_suggestion(suggestion_file).subject.suggestions[0]  # "Walking the dog"
    related = [e.id for e in sky.suggestions.related_entries(walk)]
    assert set(related[:2]) == {dog, walking}  # words in common come first
    assert related[2] == same_section  # then the section it would go to
    assert unrelated not in related  # "the" alone is not a likeness


def test_written_with_names_come_from_contacts_then_use(sky: Profile, jo_contact: Contact) -> None:
    add_entry(sky, "Together", written_with="Aunt May")
    assert sky.suggestions.written_with_names() == ["Jo Carter", "Aunt May"]
    content = EntryContent(section_id=sky.sections()[0].id, title="With Jo", written_with="Jo Carter")
    assert sky.add_entry(content).entry.written_with == "Jo Carter"


def test_backup_reminder(sky: Profile, tmp_path: Path) -> None:
    from passport.store.backup import save_backup

    now = dt.datetime.now(dt.UTC)
    assert not sky.backup_due()  # brand new: nothing to nag about yet
    assert sky.backup_due(at=now + dt.timedelta(days=31))
    save_backup(sky.vault, tmp_path / "b.wpbackup")
    assert not sky.backup_due(at=now + dt.timedelta(days=29))
    assert sky.backup_due(at=now + dt.timedelta(days=31))
    sky.set_setting("backup_reminder_days", 60)
    assert not sky.backup_due(at=now + dt.timedelta(days=31))
    sky.set_setting("backup_reminder_days", 0)
    assert not sky.backup_due(at=now + dt.timedelta(days=3000))


def test_a_card_with_a_known_name_but_another_key_is_refused(
    data_dir: Path, sky: Profile, jo_contact: Contact, tmp_path: Path
) -> None:
    """Matched by key, never by name: a second "Jo Carter" is not Sky's Jo (issue 13, item 1)."""
    other = make_person(data_dir, ProfileKind.CARER, "Other", "Jo Carter", "Foster carer")
    try:
        sky_for_other = introduce(other, sky, tmp_path)
        draft = add_entry(other, "Forged", "Words Jo never wrote.")
        out = tmp_path / "forged.wpb"
        other.suggestions.make_suggestion([draft], sky_for_other, out)
    finally:
        other.lock()
    with pytest.raises(BundleUntrustedSender):
        sky.suggestions.open_suggestion(out)
    assert sky.suggestions.pending_suggestions() == []
    assert holds_text(sky, "Words Jo never wrote.") == []
