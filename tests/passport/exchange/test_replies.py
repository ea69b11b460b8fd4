"""Replies: the practitioner answers a share with a message and "what I'll do" per entry; the
young person keeps it beside that share. Only the card the share was made for can reply;
every refused file leaves the young person's profile as it was."""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from passport.clock import now
from passport.errors import (
    BundleDamaged,
    BundleNotForYou,
    BundleTooLarge,
    BundleVersionUnsupported,
    InvalidValue,
    NotFound,
    NotThisKindOfProfile,
    ReplyDoesNotMatch,
    ReplyNotPossible,
)
from passport.exchange import identity, replies
from passport.exchange.contacts import Contact
from passport.exchange.sharing import PassphraseRecipient, Share
from passport.formats.bundle_format import BundleKind, Manifest, canonical_bytes, sign
from passport.formats.bundle_reader import verify_manifest
from passport.formats.bundle_writer import write_bundle
from passport.formats.reply_format import MAX_REPLY_MESSAGE, Reply, ReplyNote
from passport.models import ProfileKind
from passport.profile import Profile
from tests.helpers import add_entry
from tests.suggestion_helpers import every_row, introduce, make_person


@pytest.fixture
def rao(data_dir: Path) -> Iterator[Profile]:
    profile = make_person(data_dir, ProfileKind.PRACTITIONER, "Work", "Dr Rao", "Psychologist")
    yield profile
    profile.lock()


@pytest.fixture
def rao_contact(sky: Profile, rao: Profile, tmp_path: Path) -> Contact:
    introduce(rao, sky, tmp_path)
    return introduce(sky, rao, tmp_path)


def _share(sky: Profile, to: Contact | PassphraseRecipient, folder: Path) -> tuple[Share, list[str], Path]:
    music = add_entry(sky, "Music helps", "Guitar when it gets loud.")
    quiet = add_entry(sky, "Quiet room", "Door open a little.")
    out = folder / "share.wpb"
    share = sky.sharing.make_share([music, quiet], to, now() + dt.timedelta(days=7), "New school", out).subject
    return share, [music, quiet], out


def _forged(signer: Profile, sky: Profile, reply: Reply, out: Path, **fields: object) -> Path:
    manifest = Manifest(kind=BundleKind.REPLY, id=uuid.uuid4().hex, sender=signer.people.own_card(),
                        recipient=sky.people.own_card().fingerprint, created=now(), reply=reply)
    manifest = manifest.model_copy(update=fields)
    write_bundle(out, sign(manifest, identity.of(signer.vault).sign), [], recipient=sky.people.own_card().age_recipient)
    return out


def test_a_reply_round_trip_keeps_it_beside_the_share(
    sky: Profile, rao: Profile, rao_contact: Contact, tmp_path: Path
) -> None:
    share, (music, quiet), bundle = _share(sky, rao_contact, tmp_path)
    opened = rao.received.open_bundle(bundle).subject

    draft = rao.received.draft_reply(opened.id, "  Thank you, Sky.\r\nSee you on Tuesday. ",
                                     {quiet: "I'll ask the school\tfor a quiet room.", music: "   "})
    assert draft.message == "Thank you, Sky.\nSee you on Tuesday."
    assert [(n.entry_title, n.what_i_will_do) for n in draft.notes] == [("Quiet room",
                                                                         "I'll ask the school for a quiet room.")]
    assert draft.to.display_name == "Sky" and draft.sender.display_name == "Dr Rao"

    out = tmp_path / "reply.wpreply"
    change = rao.received.make_reply(opened.id, "  Thank you, Sky.\r\nSee you on Tuesday. ",
                                     {quiet: "I'll ask the school\tfor a quiet room.", music: "   "}, out)
    assert change.subject == draft
    data = out.read_bytes()
    assert b"Dr Rao" not in data and b"quiet room" not in data  # encrypted

    opened_reply = sky.sharing.open_reply(out).subject
    assert not opened_reply.already_had and opened_reply.share.id == share.id
    reply = opened_reply.reply
    assert (reply.share_id, reply.sender_name, reply.message) == (share.id, "Dr Rao", draft.message)
    assert [(n.entry_id, n.what_i_will_do) for n in reply.notes] == [(quiet, "I'll ask the school for a quiet room.")]
    assert sky.sharing.replies(share.id) == [reply] == sky.sharing.replies()

    # The same file again: kept once, nothing changes.
    before = every_row(sky)
    assert sky.sharing.open_receipt_or_reply(out).subject.already_had
    assert every_row(sky) == before

    # A second reply is kept too, newest first.
    rao.received.make_reply(opened.id, "One more thing.", {}, tmp_path / "second.wpreply")
    sky.sharing.open_reply(tmp_path / "second.wpreply")
    assert [r.message for r in sky.sharing.replies(share.id)] == ["One more thing.", draft.message]


def test_the_one_door_takes_receipts_and_replies(
    sky: Profile, rao: Profile, rao_contact: Contact, tmp_path: Path
) -> None:
    share, _entries, bundle = _share(sky, rao_contact, tmp_path)
    opened = rao.received.open_bundle(bundle).subject
    rao.received.make_receipt(opened.id, tmp_path / "r.wpreceipt")
    rao.received.make_reply(opened.id, "Thanks", {}, tmp_path / "r.wpreply")
    assert sky.sharing.open_receipt_or_reply(tmp_path / "r.wpreceipt").subject.opened_at == opened.received_at
    assert sky.sharing.open_receipt_or_reply(tmp_path / "r.wpreply").subject.reply.message == "Thanks"
    with pytest.raises(BundleNotForYou):  # a share is neither
        sky.sharing.open_receipt_or_reply(bundle)
    with pytest.raises(BundleNotForYou):  # a receipt is not a reply
        sky.sharing.open_reply(tmp_path / "r.wpreceipt")
    assert sky.sharing.share_history()[0].id == share.id


def test_a_reply_is_unread_until_the_young_person_sees_it(
    sky: Profile, rao: Profile, rao_contact: Contact, tmp_path: Path
) -> None:
    """Home points to a reply until it has been seen; opening the same file again does not
    make it new again, but a second reply does."""
    share, _entries, bundle = _share(sky, rao_contact, tmp_path)
    opened = rao.received.open_bundle(bundle).subject
    assert sky.sharing.shares_with_unread_replies() == []
    rao.received.make_reply(opened.id, "Thanks", {}, tmp_path / "r.wpreply")
    sky.sharing.open_reply(tmp_path / "r.wpreply")
    assert [s.id for s in sky.sharing.shares_with_unread_replies()] == [share.id]

    change = sky.sharing.mark_replies_read(share.id)
    assert change is not None and change.subject == share.id
    assert sky.sharing.shares_with_unread_replies() == []
    assert sky.sharing.mark_replies_read(share.id) is None, "nothing new to see"
    sky.sharing.open_reply(tmp_path / "r.wpreply")
    assert sky.sharing.shares_with_unread_replies() == []

    rao.received.make_reply(opened.id, "One more thing", {}, tmp_path / "r2.wpreply")
    sky.sharing.open_reply(tmp_path / "r2.wpreply")
    assert [s.id for s in sky.sharing.shares_with_unread_replies()] == [share.id]
    with pytest.raises(NotThisKindOfProfile):
        rao.sharing.shares_with_unread_replies()


def test_erasing_an_entry_erases_the_notes_about_it(
    sky: Profile, rao: Profile, rao_contact: Contact, tmp_path: Path
) -> None:
    share, (music, quiet), bundle = _share(sky, rao_contact, tmp_path)
    opened = rao.received.open_bundle(bundle).subject
    rao.received.make_reply(opened.id, "", {music: "Bring the guitar.", quiet: "Quiet room booked."},
                            tmp_path / "a.wpreply")
    rao.received.make_reply(opened.id, "Later", {music: "Guitar lessons?"}, tmp_path / "b.wpreply")
    sky.sharing.open_reply(tmp_path / "a.wpreply")
    sky.erase_entry(music)
    assert [n.entry_id for n in sky.sharing.replies(share.id)[0].notes] == [quiet]
    # Arriving after the entry was erased: its note is not kept.
    assert sky.sharing.open_reply(tmp_path / "b.wpreply").subject.reply.notes == ()
    assert not any("guitar" in str(row).lower() for row in every_row(sky)["share_reply_notes"])


def test_only_the_card_the_share_was_made_for_can_reply(
    data_dir: Path, sky: Profile, rao: Profile, rao_contact: Contact, tmp_path: Path
) -> None:
    share, (music, _quiet), _bundle = _share(sky, rao_contact, tmp_path)
    ana = make_person(data_dir, ProfileKind.PRACTITIONER, "Ana work", "Dr Rao", "Psychologist")  # same name
    try:
        introduce(sky, ana, tmp_path)  # even one of Sky's own people
        before = every_row(sky)
        for number, reply in enumerate((Reply(share=share.id, message="It's me, Dr Rao."),
                                        Reply(share=uuid.uuid4().hex, message="No such share"))):
            with pytest.raises(ReplyDoesNotMatch):
                sky.sharing.open_reply(_forged(ana, sky, reply, tmp_path / f"ana{number}.wpreply"))
        # From the right card, but about an entry that share did not hold.
        other = add_entry(sky, "Not shared", "Private.")
        before = every_row(sky)
        stray = Reply(share=share.id, notes=(ReplyNote(entry_id=other, what_i_will_do="Saw it"),))
        with pytest.raises(ReplyDoesNotMatch):
            sky.sharing.open_reply(_forged(rao, sky, stray, tmp_path / "stray.wpreply"))
        assert every_row(sky) == before
        assert music  # the shared one would have been fine
    finally:
        ana.lock()


def test_a_passphrase_share_gets_no_reply(sky: Profile, rao: Profile, tmp_path: Path) -> None:
    secret = "1234-5678-9012-3456-7890-1234"
    _share_obj, (music, _quiet), bundle = _share(sky, PassphraseRecipient(name="Dr Rao", passphrase=secret), tmp_path)
    opened = rao.received.open_bundle(bundle, passphrase=secret).subject
    with pytest.raises(ReplyNotPossible):
        rao.received.draft_reply(opened.id, "Thanks", {})
    with pytest.raises(ReplyNotPossible):
        rao.received.make_reply(opened.id, "Thanks", {music: "x"}, tmp_path / "no.wpreply")
    assert not (tmp_path / "no.wpreply").exists()


def test_what_a_reply_may_say(sky: Profile, rao: Profile, rao_contact: Contact, tmp_path: Path) -> None:
    _share_obj, (music, _quiet), bundle = _share(sky, rao_contact, tmp_path)
    opened = rao.received.open_bundle(bundle).subject
    for message, notes in (("", {}), ("  ", {music: " "}), ("x" * (MAX_REPLY_MESSAGE + 1), {}),
                           ("Hi", {"0" * 32: "not in the share"}), ("Hi\u202eevil", {}), ("Hi", {music: "\x07"})):
        with pytest.raises(InvalidValue):
            rao.received.draft_reply(opened.id, message, notes)
    with pytest.raises(NotFound):
        rao.received.draft_reply("0" * 32, "Hi", {})
    with pytest.raises(NotThisKindOfProfile):
        sky.received.draft_reply(opened.id, "Hi", {})
    with pytest.raises(NotThisKindOfProfile):
        rao.sharing.open_reply(tmp_path / "x.wpreply")
    # Emoji with joiners and line breaks are words like any other.
    assert rao.received.draft_reply(opened.id, "Well done 👩\u200d🎤\nSee you", {}).message.endswith("See you")


def test_the_reply_format_refuses_what_a_reply_never_carries(sky: Profile, rao: Profile) -> None:
    card = rao.people.own_card()
    share_id = uuid.uuid4().hex
    base = {"kind": BundleKind.REPLY, "id": uuid.uuid4().hex, "sender": card,
            "recipient": sky.people.own_card().fingerprint, "created": now()}
    reply = Reply(share=share_id, message="Hi")
    Manifest(**base, reply=reply)
    for extra in ({"expires": now() + dt.timedelta(days=1)}, {"purpose": "words elsewhere"},
                  {"withdraws": share_id}, {"replaces": share_id}):
        with pytest.raises(ValueError, match="reply"):
            Manifest(**base, reply=reply, **extra)
    with pytest.raises(ValueError, match="reply"):
        Manifest(**base)  # a reply kind without a reply
    with pytest.raises(ValueError, match="reply"):
        Manifest(**(base | {"kind": BundleKind.RECEIPT}), reply=reply)
    note = ReplyNote(entry_id=share_id, what_i_will_do="x")
    for bad in ({"message": ""}, {"message": "\x00"}, {"notes": (note, note)}, {"message": "\u202e"}):
        with pytest.raises(ValueError):
            Reply(**({"share": share_id, "message": "Hi"} | bad))


def test_a_reply_from_a_newer_app_says_so(sky: Profile, rao: Profile) -> None:
    manifest = Manifest(kind=BundleKind.REPLY, id=uuid.uuid4().hex, sender=rao.people.own_card(),
                        recipient=sky.people.own_card().fingerprint, created=now(),
                        reply=Reply(share=uuid.uuid4().hex, message="Hi"))
    body = manifest.model_dump(mode="json", exclude={"suggestion_outcomes"})
    body["reply"]["version"] = 2
    body["reply"]["mood"] = "new field"
    value = base64.b64encode(identity.of(rao.vault).sign(canonical_bytes(body))).decode()
    signed = json.dumps({"manifest": body, "signature": {"algorithm": "ed25519", "value": value}}).encode()
    with pytest.raises(BundleVersionUnsupported):
        verify_manifest(signed)


def test_damaged_and_oversized_replies_change_nothing(
    sky: Profile, rao: Profile, rao_contact: Contact, tmp_path: Path
) -> None:
    share, _entries, bundle = _share(sky, rao_contact, tmp_path)
    opened = rao.received.open_bundle(bundle).subject
    out = tmp_path / "reply.wpreply"
    rao.received.make_reply(opened.id, "Thank you", {}, out)
    before = every_row(sky)
    cut = tmp_path / "cut.wpreply"
    cut.write_bytes(out.read_bytes()[:-20])
    with pytest.raises(BundleDamaged):
        sky.sharing.open_reply(cut)
    huge = tmp_path / "huge.wpreply"
    huge.write_bytes(out.read_bytes() + b"\0" * (5 * 1024 * 1024))
    with pytest.raises(BundleTooLarge):
        replies.open_reply(sky.vault, huge)
    assert every_row(sky) == before
    assert sky.sharing.share_history()[0].id == share.id


def test_a_replaced_share_has_nothing_left_to_reply_to(
    sky: Profile, rao: Profile, rao_contact: Contact, tmp_path: Path
) -> None:
    _share_obj, entry_ids, first = _share(sky, rao_contact, tmp_path)
    old = rao.received.open_bundle(first).subject
    assert rao.received.can_reply(old.id)
    sky.sharing.make_share(entry_ids, rao_contact, now() + dt.timedelta(days=7), "", tmp_path / "second.wpb")
    rao.received.open_bundle(tmp_path / "second.wpb")
    with pytest.raises(NotFound):
        rao.received.can_reply(old.id)
