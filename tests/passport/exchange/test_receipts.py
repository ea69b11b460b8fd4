"""Receipts: a practitioner says "opened on <date>", the young person's share history shows
it, and only the person a share was made for can say so. Also the suggestion and receipt
commands of the `passport` command line, run as real processes."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from passport.clock import now
from passport.errors import BundleDamaged, BundleNotForYou, NotFound, NotThisKindOfProfile, ReceiptDoesNotMatch
from passport.exchange import identity
from passport.exchange.contacts import Contact
from passport.exchange.sharing import PassphraseRecipient
from passport.formats.bundle_format import BundleKind, Manifest, ReceiptDetails, sign
from passport.formats.bundle_writer import write_bundle
from passport.models import ProfileKind
from passport.profile import Profile
from tests.cli_helpers import ok, refused
from tests.helpers import PASSPHRASE, add_entry
from tests.suggestion_helpers import introduce, make_person


@pytest.fixture
def sam(data_dir: Path) -> Iterator[Profile]:
    profile = make_person(data_dir, ProfileKind.PRACTITIONER, "Work", "Sam Lee", "Social worker")
    yield profile
    profile.lock()


@pytest.fixture
def sam_contact(sky: Profile, sam: Profile, tmp_path: Path) -> Contact:
    return introduce(sky, sam, tmp_path)


def _share(sky: Profile, to: Contact | PassphraseRecipient, folder: Path, name: str = "share.wpb") -> tuple[str, Path]:
    entry = add_entry(sky, "Music helps", "Guitar when it gets loud.")
    out = folder / name
    until = dt.datetime.now(dt.UTC) + dt.timedelta(days=7)
    share = sky.sharing.make_share([entry], to, until, "New school", out).subject
    return share.id, out


def test_receipt_round_trip_updates_the_share_history(
    sky: Profile, sam: Profile, sam_contact: Contact, tmp_path: Path
) -> None:
    share_id, bundle = _share(sky, sam_contact, tmp_path)
    opened = sam.received.open_bundle(bundle).subject
    assert sky.sharing.share_history()[0].opened_at is None

    receipt = tmp_path / "receipt.wpreceipt"
    sam.received.make_receipt(opened.id, receipt)
    assert len(receipt.read_bytes()) < 4096  # small
    assert b"Sam Lee" not in receipt.read_bytes()  # encrypted
    share = sky.sharing.open_receipt(receipt).subject
    assert share.id == share_id
    assert share.opened_at == opened.received_at
    (listed,) = sky.sharing.share_history(sam_contact.id)
    assert listed.opened_at == opened.received_at

    # A second receipt (made again, say) keeps the first opening.
    sam.received.make_receipt(opened.id, tmp_path / "again.wpreceipt")
    assert sky.sharing.open_receipt(tmp_path / "again.wpreceipt").subject.opened_at == opened.received_at


def test_a_receipt_from_someone_else_is_refused(
    data_dir: Path, sky: Profile, sam: Profile, sam_contact: Contact, tmp_path: Path
) -> None:
    """Ana learnt the id of a share made for Sam: a receipt she signs is not Sam's."""
    share_id, _bundle = _share(sky, sam_contact, tmp_path)
    ana = make_person(data_dir, ProfileKind.PRACTITIONER, "Ana work", "Ana")
    try:
        introduce(sky, ana, tmp_path)  # even one of Sky's own people
        manifest = Manifest(
            kind=BundleKind.RECEIPT, id=uuid.uuid4().hex, sender=ana.people.own_card(),
            recipient=sky.people.own_card().fingerprint,
            created=now(), receipt=ReceiptDetails(bundle=share_id, opened_at=now()),
        )
        forged = tmp_path / "ana.wpreceipt"
        write_bundle(forged, sign(manifest, identity.of(ana.vault).sign), [],
                     recipient=sky.people.own_card().age_recipient)
        with pytest.raises(ReceiptDoesNotMatch):
            sky.sharing.open_receipt(forged)
        assert sky.sharing.share_history()[0].opened_at is None
    finally:
        ana.lock()


def test_a_receipt_signed_by_another_card_with_the_same_name_is_refused(
    data_dir: Path, sky: Profile, sam: Profile, sam_contact: Contact, tmp_path: Path
) -> None:
    """Matched by key, never by name: a second "Sam Lee" cannot say Sam opened it (issue 13, item 1)."""
    share_id, _bundle = _share(sky, sam_contact, tmp_path)
    other = make_person(data_dir, ProfileKind.PRACTITIONER, "Other work", "Sam Lee", "Social worker")
    try:
        manifest = Manifest(
            kind=BundleKind.RECEIPT, id=uuid.uuid4().hex, sender=other.people.own_card(),
            recipient=sky.people.own_card().fingerprint,
            created=now(), receipt=ReceiptDetails(bundle=share_id, opened_at=now()),
        )
        forged = tmp_path / "other.wpreceipt"
        write_bundle(forged, sign(manifest, identity.of(other.vault).sign), [],
                     recipient=sky.people.own_card().age_recipient)
        with pytest.raises(ReceiptDoesNotMatch):
            sky.sharing.open_receipt(forged)
        assert sky.sharing.share_history()[0].opened_at is None
    finally:
        other.lock()


def test_a_receipt_for_a_passphrase_share_cannot_be_checked(
    sky: Profile, sam: Profile, tmp_path: Path
) -> None:
    _share_id, bundle = _share(sky, PassphraseRecipient(name="Dr Rao", passphrase="1234-5678-9012-3456-7890-1234"),
                               tmp_path)
    opened = sam.received.open_bundle(bundle, passphrase="1234-5678-9012-3456-7890-1234").subject
    sam.received.make_receipt(opened.id, tmp_path / "r.wpreceipt")
    with pytest.raises(ReceiptDoesNotMatch):
        sky.sharing.open_receipt(tmp_path / "r.wpreceipt")


def test_damaged_receipts_and_wrong_profiles_are_refused(
    sky: Profile, sam: Profile, sam_contact: Contact, tmp_path: Path
) -> None:
    _share_id, bundle = _share(sky, sam_contact, tmp_path)
    opened = sam.received.open_bundle(bundle).subject
    receipt = tmp_path / "receipt.wpreceipt"
    sam.received.make_receipt(opened.id, receipt)
    data = receipt.read_bytes()
    cut = tmp_path / "cut.wpreceipt"
    cut.write_bytes(data[:-20])
    with pytest.raises(BundleDamaged):
        sky.sharing.open_receipt(cut)
    with pytest.raises(NotThisKindOfProfile):
        sam.sharing.open_receipt(receipt)  # a practitioner's profile takes no receipts
    with pytest.raises(BundleNotForYou):
        sky.suggestions.open_suggestion(receipt)  # a receipt is not a suggestion
    with pytest.raises(NotThisKindOfProfile):
        sky.received.make_receipt(opened.id, tmp_path / "x")
    with pytest.raises(NotFound):
        sam.received.make_receipt("0" * 32, tmp_path / "x")
    assert sky.sharing.share_history()[0].opened_at is None


# --- the command line -------------------------------------------------------------------------


@pytest.mark.slow
def test_suggestions_and_receipts_from_the_command_line(
    data_dir: Path, sky: Profile, sam: Profile, sam_contact: Contact, tmp_path: Path
) -> None:
    jo = make_person(data_dir, ProfileKind.CARER, "Helping", "Jo Carter")
    introduce(jo, sky, tmp_path)
    drafts = [add_entry(jo, "Walking the dog"), add_entry(jo, "Music before bed"), add_entry(jo, "Loud rooms")]
    stranger = make_person(data_dir, ProfileKind.CARER, "Stranger", "Stranger")
    introduce(stranger, sky, tmp_path)
    stranger_draft = add_entry(stranger, "Not from anyone you know")
    for profile in (jo, stranger, sky, sam):
        profile.lock()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    as_jo = ["--profile", "Helping", "--passphrase-file", str(secret)]
    as_sky = ["--profile", "Sky", "--passphrase-file", str(secret)]
    as_sam = ["--profile", "Work", "--passphrase-file", str(secret)]

    file = tmp_path / "from-jo.wpb"
    said = ok(data_dir, "suggest", *as_jo, "--to", "Sky", *[arg for d in drafts for arg in ("--entry", d)],
              "--out", str(file), "--note", "For you")
    assert "Saved 3 suggestions for Sky" in said
    assert "not added" in refused(data_dir, "suggestions", "open", str(file), *as_sky)
    sky_profile = Profile.open_with_passphrase(sky.folder, PASSPHRASE)
    jo_profile = Profile.open_with_passphrase(jo.folder, PASSPHRASE)
    try:
        introduce(sky_profile, jo_profile, tmp_path)
    finally:
        sky_profile.lock()
        jo_profile.lock()

    opened = ok(data_dir, "suggestions", "open", str(file), *as_sky)
    assert "From: Jo Carter" in opened and "Note: For you" in opened and "Nothing is in your passport" in opened
    ids = [line.split()[0] for line in ok(data_dir, "suggestions", "list", *as_sky).splitlines()]
    assert len(ids) == 3
    entry_id = ok(data_dir, "suggestions", "accept", ids[0], *as_sky).strip()
    assert "Declined" in ok(data_dir, "suggestions", "decline", ids[1], *as_sky)
    assert len(ok(data_dir, "suggestions", "list", *as_sky).splitlines()) == 1
    assert "Walking the dog" in ok(data_dir, "entry", "show", entry_id, *as_sky)
    assert refused(data_dir, "suggestions", "accept", ids[1], *as_sky).startswith("That is no longer there")

    stranger_file = tmp_path / "stranger.wpb"
    ok(data_dir, "suggest", "--profile", "Stranger", "--passphrase-file", str(secret), "--to", "Sky",
       "--entry", stranger_draft, "--out", str(stranger_file))
    assert "not added" in refused(data_dir, "suggestions", "open", str(stranger_file), *as_sky)

    # Receipts: Sky shares with Sam, Sam opens and sends a receipt back.
    share_out = tmp_path / "for-sam.wpb"
    share_id = ok(data_dir, "share", *as_sky, "--to", "Sam Lee", "--entry", entry_id, "--expires",
                  (dt.date.today() + dt.timedelta(days=5)).isoformat(), "--out", str(share_out)).strip()
    ok(data_dir, "open", *as_sam, str(share_out))
    receipt = tmp_path / "receipt.wpreceipt"
    assert "Saved a receipt" in ok(data_dir, "receipt", *as_sam, "--bundle", share_id, "--out", str(receipt))
    assert "Sam Lee opened what you shared on" in ok(data_dir, "receipt", "open", str(receipt), *as_sky)
    assert f"opened {dt.date.today().isoformat()}" in ok(data_dir, "shared", *as_sky)
    assert refused(data_dir, "receipt", "open", str(share_out), *as_sky)
    assert "--bundle" in refused(data_dir, "receipt", *as_sam)
