"""Answers to suggestions: the young person tells a carer what became of each suggestion
(outcomes only, never words), and the carer's profile takes it only from the card the
suggestions went to, and only for suggestions it sent."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest

from passport.clock import now
from passport.errors import (
    BundleDamaged,
    InvalidValue,
    NotThisKindOfProfile,
    ReceiptDoesNotMatch,
)
from passport.exchange import identity
from passport.exchange.contacts import Contact
from passport.formats.bundle_format import (
    MAX_SUGGESTION_OUTCOMES,
    BundleKind,
    Manifest,
    ReceiptDetails,
    SuggestionOutcome,
    SuggestionOutcomeItem,
    sign,
)
from passport.formats.bundle_writer import write_bundle
from passport.kinds import ChangeKind
from passport.models import ProfileKind
from passport.profile import Profile
from tests.helpers import add_entry
from tests.sharing_helpers import encrypt_for, manifest_body, members_of, plaintext_of, signed_json, tar_of
from tests.suggestion_helpers import introduce, make_person

SKYS_WORDS = "SKYS-OWN-7f3a-otter"
ADDED, CHANGED, DECLINED, WAITING = (SuggestionOutcome.ADDED, SuggestionOutcome.ADDED_WITH_CHANGES,
                                     SuggestionOutcome.DECLINED, SuggestionOutcome.WAITING)


@pytest.fixture
def sky_card(jo: Profile, sky: Profile, tmp_path: Path) -> Contact:
    return introduce(jo, sky, tmp_path)


@pytest.fixture
def jo_contact(sky: Profile, jo: Profile, tmp_path: Path) -> Contact:
    return introduce(sky, jo, tmp_path)


@pytest.fixture
def drafts(jo: Profile) -> list[str]:
    return [add_entry(jo, "Walking the dog", "Sky calms down when we walk Biscuit."),
            add_entry(jo, "Music before bed", "Quiet music helps Sky sleep."),
            add_entry(jo, "Loud rooms", "Sky leaves loud rooms.")]


@pytest.fixture
def sent_id(jo: Profile, sky: Profile, sky_card: Contact, jo_contact: Contact, drafts: list[str],
            tmp_path: Path) -> str:
    """Jo sends three drafts; Sky opens the file (nothing decided yet)."""
    out = tmp_path / "from-jo.wpb"
    bundle_id = jo.suggestions.make_suggestion(drafts, sky_card, out).subject.bundle_id
    sky.suggestions.open_suggestion(out)
    return bundle_id


def _decide_all(sky: Profile) -> None:
    walk, music, loud = sky.suggestions.pending_suggestions()
    sky.suggestions.accept_suggestion(walk.id)
    mine = sky.suggestions.suggested_content(music).model_copy(update={"body": f"My music, {SKYS_WORDS}."})
    sky.suggestions.accept_suggestion(music.id, mine)
    sky.suggestions.decline_suggestion(loud.id)


def _answer_from(sender: Profile, to: Profile, outcomes: list[SuggestionOutcomeItem], out: Path,
                 receipt: ReceiptDetails | None = None) -> Path:
    """An answer signed by ``sender`` for ``to``, made with the core's own writer."""
    own = identity.of(sender.vault)
    manifest = Manifest(kind=BundleKind.RECEIPT, id=uuid.uuid4().hex, sender=own.card(sender.kind),
                        recipient=to.people.own_card().fingerprint, created=now(), receipt=receipt,
                        suggestion_outcomes=tuple(outcomes) if outcomes else None)
    write_bundle(out, sign(manifest, own.sign), [], recipient=to.people.own_card().age_recipient)
    return out


def test_round_trip_outcomes_exact_and_no_words(
    jo: Profile, sky: Profile, jo_contact: Contact, drafts: list[str], sent_id: str, tmp_path: Path
) -> None:
    _decide_all(sky)
    assert [c.id for c in sky.suggestions.carers_to_answer()] == [jo_contact.id]
    preview = sky.suggestions.answer_preview(jo_contact.id)
    assert [(line.entry_id, line.outcome, line.position) for line in preview.lines] == [
        (drafts[0], ADDED, 0), (drafts[1], CHANGED, 1), (drafts[2], DECLINED, 2)]

    out = tmp_path / "answer.wpreceipt"
    change = sky.suggestions.make_answer(jo_contact.id, out)
    assert change.kind is ChangeKind.RECEIPT_SAVED
    assert change.subject == preview
    plaintext = plaintext_of(out, jo)
    for words in (SKYS_WORDS, "My music", "Walking the dog", "Music before bed", "Loud rooms", "Biscuit"):
        assert words.encode() not in plaintext
    body = manifest_body(plaintext)
    assert body["kind"] == "receipt" and body["receipt"] is None
    assert [item["outcome"] for item in body["suggestion_outcomes"]] == ["added", "added_with_changes", "declined"]
    assert [name for name, _data in members_of(plaintext)] == ["manifest.json"]

    assert jo.suggestions.sent_suggestions()[0].outcomes == {}
    opened = jo.suggestions.open_answer(out)
    assert opened.kind is ChangeKind.SUGGESTIONS_SENT
    assert opened.subject.sender_name == "Sky"
    assert opened.subject.recorded == 3
    assert opened.subject.bundle_ids == (sent_id,)
    (sent,) = jo.suggestions.sent_suggestions()
    assert sent.outcomes == {drafts[0]: ADDED, drafts[1]: CHANGED, drafts[2]: DECLINED}
    # The same answer again records nothing new.
    assert jo.suggestions.open_answer(out).subject.recorded == 0


def test_waiting_then_decided_and_an_older_answer_changes_nothing(
    jo: Profile, sky: Profile, jo_contact: Contact, drafts: list[str], sent_id: str, tmp_path: Path
) -> None:
    walk, _music, _loud = sky.suggestions.pending_suggestions()
    sky.suggestions.decline_suggestion(walk.id)
    early = tmp_path / "early.wpreceipt"
    sky.suggestions.make_answer(jo_contact.id, early)
    jo.suggestions.open_answer(early)
    assert jo.suggestions.sent_suggestions()[0].outcomes == {drafts[0]: DECLINED, drafts[1]: WAITING,
                                                             drafts[2]: WAITING}
    for pending in sky.suggestions.pending_suggestions():
        sky.suggestions.accept_suggestion(pending.id)
    late = tmp_path / "late.wpreceipt"
    sky.suggestions.make_answer(jo_contact.id, late)
    assert jo.suggestions.open_answer(late).subject.recorded == 2
    jo.suggestions.open_answer(early)  # opened again after the newer one
    assert jo.suggestions.sent_suggestions()[0].outcomes == {drafts[0]: DECLINED, drafts[1]: ADDED,
                                                             drafts[2]: ADDED}


def test_an_answer_from_another_card_with_the_same_name_is_refused(
    data_dir: Path, jo: Profile, sky: Profile, drafts: list[str], sent_id: str, tmp_path: Path
) -> None:
    other = make_person(data_dir, ProfileKind.YOUNG_PERSON, "Other", "Sky")
    try:
        introduce(jo, other, tmp_path)  # even a card Jo knows: the suggestions went to Sky's
        forged = _answer_from(other, jo, [SuggestionOutcomeItem(suggestion_bundle_id=sent_id, entry_id=d,
                                                                outcome=DECLINED) for d in drafts],
                              tmp_path / "forged.wpreceipt")
    finally:
        other.lock()
    with pytest.raises(ReceiptDoesNotMatch):
        jo.suggestions.open_answer(forged)
    assert jo.suggestions.sent_suggestions()[0].outcomes == {}


def test_an_answer_about_suggestions_this_carer_did_not_send_changes_nothing(
    jo: Profile, sky: Profile, drafts: list[str], sent_id: str, tmp_path: Path
) -> None:
    elsewhere = [SuggestionOutcomeItem(suggestion_bundle_id=uuid.uuid4().hex, entry_id=drafts[0], outcome=ADDED),
                 SuggestionOutcomeItem(suggestion_bundle_id=sent_id, entry_id=uuid.uuid4().hex, outcome=ADDED)]
    with pytest.raises(ReceiptDoesNotMatch):
        jo.suggestions.open_answer(_answer_from(sky, jo, elsewhere, tmp_path / "elsewhere.wpreceipt"))
    assert jo.suggestions.sent_suggestions()[0].outcomes == {}
    # Mixed with a real one, only the real one is recorded.
    mixed = [*elsewhere, SuggestionOutcomeItem(suggestion_bundle_id=sent_id, entry_id=drafts[1], outcome=DECLINED)]
    opened = jo.suggestions.open_answer(_answer_from(sky, jo, mixed, tmp_path / "mixed.wpreceipt")).subject
    assert opened.recorded == 1
    assert jo.suggestions.sent_suggestions()[0].outcomes == {drafts[1]: DECLINED}


def test_hostile_answers_are_refused_with_a_typed_error(
    jo: Profile, sky: Profile, jo_contact: Contact, drafts: list[str], sent_id: str, tmp_path: Path
) -> None:
    _decide_all(sky)
    real = tmp_path / "answer.wpreceipt"
    sky.suggestions.make_answer(jo_contact.id, real)
    body = manifest_body(plaintext_of(real, jo))
    item = body["suggestion_outcomes"][0]
    many = range(MAX_SUGGESTION_OUTCOMES + 1)
    huge = dict(body, suggestion_outcomes=[dict(item, entry_id=f"{n:032x}") for n in many])
    bad_word = dict(body, suggestion_outcomes=[dict(item, outcome="deleted_everything")])
    twice = dict(body, suggestion_outcomes=[item, item])
    both = dict(body, receipt={"bundle": sent_id, "opened_at": body["created"]})
    with_title = dict(body, suggestion_outcomes=[dict(item, title="Walking the dog")])
    empty = dict(body, suggestion_outcomes=[])
    sky_signs = identity.of(sky.vault).sign
    for number, hostile in enumerate((huge, bad_word, twice, both, with_title, empty)):
        tar = tar_of([("manifest.json", signed_json(hostile, sky_signs))])
        with pytest.raises(BundleDamaged):
            jo.suggestions.open_answer(encrypt_for(jo, tar, tmp_path / f"hostile-{number}.wpreceipt"))
    assert jo.suggestions.sent_suggestions()[0].outcomes == {}


def test_each_side_only_and_a_share_receipt_is_not_an_answer(
    jo: Profile, sky: Profile, jo_contact: Contact, sky_card: Contact, sent_id: str, tmp_path: Path
) -> None:
    with pytest.raises(NotThisKindOfProfile):
        jo.suggestions.make_answer(sky_card.id, tmp_path / "x.wpreceipt")
    with pytest.raises(NotThisKindOfProfile):
        sky.suggestions.open_answer(tmp_path / "x.wpreceipt")
    receipt = _answer_from(sky, jo, [], tmp_path / "receipt.wpreceipt",
                           receipt=ReceiptDetails(bundle=sent_id, opened_at=now()))
    with pytest.raises(ReceiptDoesNotMatch):
        jo.suggestions.open_answer(receipt)
    assert jo.suggestions.sent_suggestions()[0].outcomes == {}


def test_nothing_to_answer_and_only_to_a_carer(
    data_dir: Path, sky: Profile, jo_contact: Contact, tmp_path: Path
) -> None:
    with pytest.raises(InvalidValue):  # Jo sent nothing yet
        sky.suggestions.make_answer(jo_contact.id, tmp_path / "x.wpreceipt")
    assert sky.suggestions.carers_to_answer() == []
    sam = make_person(data_dir, ProfileKind.PRACTITIONER, "Work", "Sam Lee")
    try:
        sam_contact = introduce(sky, sam, tmp_path)
    finally:
        sam.lock()
    with pytest.raises(InvalidValue):
        sky.suggestions.make_answer(sam_contact.id, tmp_path / "x.wpreceipt")
    assert not (tmp_path / "x.wpreceipt").exists()


def test_other_bundles_do_not_carry_the_new_field(data_dir: Path, sky: Profile, tmp_path: Path) -> None:
    """Readers made before answers existed refuse unknown fields: only an answer carries it."""
    out = tmp_path / "share.wpb"
    entry = add_entry(sky, "Mine", "Words.")
    sam = make_person(data_dir, ProfileKind.PRACTITIONER, "Work", "Sam Lee")
    try:
        sam_contact = introduce(sky, sam, tmp_path)
        sky.sharing.make_share([entry], sam_contact, now() + dt.timedelta(days=3), "", out)
        assert "suggestion_outcomes" not in manifest_body(plaintext_of(out, sam))
    finally:
        sam.lock()
