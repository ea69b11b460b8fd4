"""Bundles end to end: a young person shares, a practitioner opens, and every hostile
or stale file is refused with its own error while the practitioner's store stays as it was."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from passport.errors import (
    BundleDamaged,
    BundleError,
    BundleExpired,
    BundleNeedsPassphrase,
    BundleNotForYou,
    BundleSignatureInvalid,
    BundleTooCostly,
    BundleTooLarge,
    BundleUnsigned,
    BundleUntrustedSender,
    BundleVersionUnsupported,
    BundleWithdrawn,
    BundleWrongPassphrase,
    InvalidValue,
    StoreDamaged,
)
from passport.exchange import contacts, identity, received, sharing
from passport.exchange.contacts import Contact
from passport.formats import bundle_writer
from passport.formats.bundle_reader import Limits
from passport.profile import Profile
from tests.helpers import PASSPHRASE, add_entry, wav_bytes
from tests.sharing_helpers import (
    age_cli,
    encrypt_for,
    in_a_week,
    make_practitioner,
    manifest_body,
    members_of,
    plaintext_of,
    received_rows,
    signed_json,
    tar_of,
)


@pytest.fixture
def bundle(profile: Profile, sam: Contact, entries: list[str], tmp_path: Path) -> Path:
    out = tmp_path / "for-sam.wpb"
    sharing.make_share(profile.vault, entries, sam, in_a_week(), "Moving to a new school", out)
    return out


def test_round_trip_is_byte_exact(profile: Profile, practitioner: Profile, bundle: Path, entries: list[str]) -> None:
    progress: list[tuple[int, int]] = []
    got = received.open_bundle(practitioner.vault, bundle, progress=lambda done, total: progress.append((done, total)))

    assert isinstance(got, received.ReceivedBundle)
    assert got.sender.display_name == "Sky"
    assert got.purpose == "Moving to a new school"
    assert [e.id for e in got.entries] == entries
    assert [e.title for e in got.important_now()] == ["Music helps"]
    assert got.entries[0].body == "I play guitar when it gets loud."
    assert [a.name for a in got.attachments] == ["me.png", "song.wav"]
    for attachment in got.attachments:
        got_data = received.attachment_data(practitioner.vault, got.id, attachment.id)
        assert got_data == profile.attachment_data(attachment.id)
    assert progress and progress[-1] == (1, 1)
    assert received.received_bundles(practitioner.vault) == [got]
    # Nothing plain on disk: only the practitioner's own encrypted files, no leftovers.
    assert not list(bundle.parent.glob("*.part"))
    assert journal_mode(practitioner) == "wal"  # back from the import's rollback journal
    assert not list(practitioner.folder.path.glob("*-journal"))


def journal_mode(profile: Profile) -> str:
    with profile.vault.reading() as conn:
        return str(conn.execute("PRAGMA journal_mode").fetchone()[0])


def test_share_is_recorded_with_revisions(profile: Profile, sam: Contact, bundle: Path, entries: list[str]) -> None:
    (share,) = sharing.share_history(profile.vault, sam.id)
    assert share.recipient_name == "Sam Lee"
    assert [(s.entry_id, s.revision) for s in share.entries] == [(e, 1) for e in entries]
    assert len(share.attachment_ids) == 2
    assert share.state is sharing.ShareState.ACTIVE


def test_bundle_opens_with_the_age_cli_and_starts_with_the_manifest(
    practitioner: Profile, bundle: Path, tmp_path: Path
) -> None:
    age = age_cli()
    key = tmp_path / "key.txt"
    key.write_text(identity.export_age_identity(practitioner.vault) + "\n")
    result = subprocess.run([age, "-d", "-i", str(key), str(bundle)], capture_output=True, check=True)
    with tarfile.open(fileobj=io.BytesIO(result.stdout), mode="r|") as archive:
        names = [member.name for member in archive]
    assert names[0] == "manifest.json"
    assert len(names) == 3


def test_a_file_made_by_the_age_cli_without_a_signature_is_refused(
    practitioner: Profile, bundle: Path, tmp_path: Path
) -> None:
    age = age_cli()
    body = manifest_body(plaintext_of(bundle, practitioner))
    plain = tmp_path / "plain.tar"
    plain.write_bytes(tar_of([("manifest.json", json.dumps({"manifest": body}).encode())]))
    unsigned = tmp_path / "unsigned.wpb"
    recipient = identity.of(practitioner.vault).age_recipient
    subprocess.run([age, "-r", recipient, "-o", str(unsigned), str(plain)], check=True)
    before = received_rows(practitioner)
    with pytest.raises(BundleUnsigned):
        received.open_bundle(practitioner.vault, unsigned)
    assert received_rows(practitioner) == before


def test_bit_flips_anywhere_are_refused(practitioner: Profile, bundle: Path, tmp_path: Path) -> None:
    data = bundle.read_bytes()
    before = received_rows(practitioner)
    offsets = sorted({*range(0, 200, 13), *range(200, len(data), max(1, len(data) // 40)), len(data) - 1})
    for offset in offsets:
        flipped = bytearray(data)
        flipped[offset] ^= 0x04
        path = tmp_path / "flipped.wpb"
        path.write_bytes(bytes(flipped))
        with pytest.raises(BundleError) as refused:
            received.open_bundle(practitioner.vault, path)
        # A flip in the recipient's stanza makes the key unreadable: "not for you".
        assert isinstance(refused.value, BundleDamaged | BundleNotForYou), (offset, refused.value)
        if offset > 300:
            assert isinstance(refused.value, BundleDamaged)
    assert received_rows(practitioner) == before


def test_truncated_bundles_are_refused(practitioner: Profile, bundle: Path, tmp_path: Path) -> None:
    data = bundle.read_bytes()
    before = received_rows(practitioner)
    for length in (0, 10, 100, 300, len(data) // 2, len(data) - 17, len(data) - 1):
        path = tmp_path / "cut.wpb"
        path.write_bytes(data[:length])
        with pytest.raises(BundleDamaged):
            received.open_bundle(practitioner.vault, path)
    assert received_rows(practitioner) == before


def test_a_bundle_for_someone_else_is_refused(
    profile: Profile, practitioner: Profile, data_dir: Path, entries: list[str], tmp_path: Path
) -> None:
    other = make_practitioner(data_dir, "Other work", "Alex Kim")
    try:
        identity.set_details(profile.vault, "Sky")
        sharing.export_card(other.vault, tmp_path / "alex.wpcard")
        alex = contacts.import_card(profile.vault, tmp_path / "alex.wpcard")
        out = tmp_path / "for-alex.wpb"
        sharing.make_share(profile.vault, entries, alex, in_a_week(), "", out)
        before = received_rows(practitioner)
        with pytest.raises(BundleNotForYou):
            received.open_bundle(practitioner.vault, out)
        assert received_rows(practitioner) == before

        # Encrypted to Sam, but the signed manifest names Alex: still not Sam's.
        body = manifest_body(plaintext_of(out, other))
        members = members_of(plaintext_of(out, other))
        readdressed = tar_of([("manifest.json", signed_json(body, identity.of(profile.vault).sign)), *members[1:]])
        with pytest.raises(BundleNotForYou):
            received.open_bundle(practitioner.vault, encrypt_for(practitioner, readdressed, tmp_path / "re.wpb"))
        assert received_rows(practitioner) == before
    finally:
        other.lock()


def test_an_expired_bundle_is_refused(practitioner: Profile, bundle: Path) -> None:
    before = received_rows(practitioner)
    with pytest.raises(BundleExpired):
        received.open_bundle(practitioner.vault, bundle, at=in_a_week() + dt.timedelta(days=1))
    assert received_rows(practitioner) == before


def _rebuilt(bundle: Path, practitioner: Profile, signer: Profile, tmp_path: Path, **changes: object) -> Path:
    plaintext = plaintext_of(bundle, practitioner)
    body = manifest_body(plaintext) | changes
    members = members_of(plaintext)
    manifest = signed_json(body, identity.of(signer.vault).sign)
    return encrypt_for(practitioner, tar_of([("manifest.json", manifest), *members[1:]]), tmp_path / "re.wpb")


def test_a_manifest_signed_by_someone_else_is_refused(
    practitioner: Profile, bundle: Path, tmp_path: Path
) -> None:
    before = received_rows(practitioner)
    # Sky's card, Sam's signature (anyone could encrypt to Sam; only Sky can sign as Sky).
    forged = _rebuilt(bundle, practitioner, practitioner, tmp_path, purpose="Send me your notes")
    with pytest.raises(BundleSignatureInvalid):
        received.open_bundle(practitioner.vault, forged)
    assert received_rows(practitioner) == before


def test_an_altered_manifest_fails_its_signature(practitioner: Profile, bundle: Path, tmp_path: Path) -> None:
    plaintext = plaintext_of(bundle, practitioner)
    members = members_of(plaintext)
    envelope = json.loads(members[0][1])
    envelope["manifest"]["purpose"] = "changed on the way"
    altered = tar_of([("manifest.json", json.dumps(envelope).encode()), *members[1:]])
    with pytest.raises(BundleSignatureInvalid):
        received.open_bundle(practitioner.vault, encrypt_for(practitioner, altered, tmp_path / "alt.wpb"))


def test_a_newer_version_is_refused(profile: Profile, practitioner: Profile, bundle: Path, tmp_path: Path) -> None:
    newer = _rebuilt(bundle, practitioner, profile, tmp_path, version=2)
    with pytest.raises(BundleVersionUnsupported):
        received.open_bundle(practitioner.vault, newer)


@pytest.mark.parametrize("revision", [10**400, 2**63, 2**31])
def test_a_signed_share_with_a_huge_revision_is_refused(
    profile: Profile, practitioner: Profile, bundle: Path, tmp_path: Path, revision: int
) -> None:
    # Issue 13: a signed share with revision 10**400 was accepted. Every integer is bounded.
    body = manifest_body(plaintext_of(bundle, practitioner))
    entries = [entry | {"revision": revision} for entry in body["entries"]]
    huge = _rebuilt(bundle, practitioner, profile, tmp_path, entries=entries)
    before = received_rows(practitioner)
    with pytest.raises(BundleDamaged):
        received.open_bundle(practitioner.vault, huge)
    assert received_rows(practitioner) == before


def test_an_attachment_swapped_on_the_way_is_refused(
    profile: Profile, practitioner: Profile, bundle: Path, tmp_path: Path
) -> None:
    members = members_of(plaintext_of(bundle, practitioner))
    name, data = members[1]
    swapped = bytearray(data)
    swapped[-1] ^= 1
    rebuilt = tar_of([members[0], (name, bytes(swapped)), members[2]])
    before = received_rows(practitioner)
    with pytest.raises(BundleDamaged):
        received.open_bundle(practitioner.vault, encrypt_for(practitioner, rebuilt, tmp_path / "swap.wpb"))
    missing = tar_of([members[0], members[2]])
    with pytest.raises(BundleDamaged):
        received.open_bundle(practitioner.vault, encrypt_for(practitioner, missing, tmp_path / "miss.wpb"))
    assert received_rows(practitioner) == before


@pytest.mark.parametrize("kind", [tarfile.SYMTYPE, tarfile.DIRTYPE])
def test_links_and_folders_in_the_archive_are_refused(
    practitioner: Profile, bundle: Path, tmp_path: Path, kind: bytes
) -> None:
    members = members_of(plaintext_of(bundle, practitioner))
    hostile = tar_of([members[0], ("attachments/../../../escape", b"")], kind=kind)
    with pytest.raises(BundleDamaged):
        received.open_bundle(practitioner.vault, encrypt_for(practitioner, hostile, tmp_path / "link.wpb"))
    assert not (tmp_path.parent / "escape").exists()


def test_pax_headers_are_refused(practitioner: Profile, bundle: Path, tmp_path: Path) -> None:
    members = members_of(plaintext_of(bundle, practitioner))
    long_name = [(members[0][0], members[0][1]), ("attachments/" + "x" * 300, b"data")]
    hostile = tar_of(long_name, tar_format=tarfile.PAX_FORMAT)
    with pytest.raises(BundleDamaged):
        received.open_bundle(practitioner.vault, encrypt_for(practitioner, hostile, tmp_path / "pax.wpb"))


def test_oversized_bundles_are_refused(practitioner: Profile, bundle: Path, tmp_path: Path) -> None:
    before = received_rows(practitioner)
    huge = tmp_path / "huge.wpb"
    with huge.open("wb") as f:
        f.write(bundle.read_bytes()[:200])
        f.truncate(1024**3 + 1024**2)  # sparse: refused by its size before any reading
    with pytest.raises(BundleTooLarge):
        received.open_bundle(practitioner.vault, huge)
    for limits in (Limits(attachment=100), Limits(entries=1), Limits(manifest=100), Limits(bundle=2000)):
        with pytest.raises(BundleTooLarge):
            received.open_bundle(practitioner.vault, bundle, limits=limits)
    assert received_rows(practitioner) == before


def test_withdrawal_deletes_and_blocks_the_share(
    profile: Profile, practitioner: Profile, bundle: Path, tmp_path: Path
) -> None:
    opened = received.open_bundle(practitioner.vault, bundle)
    assert isinstance(opened, received.ReceivedBundle)
    (share,) = sharing.share_history(profile.vault)
    withdrawal = tmp_path / "withdraw.wpb"
    assert sharing.make_withdrawal(profile.vault, share.id, withdrawal).state is sharing.ShareState.WITHDRAWN

    result = received.open_bundle(practitioner.vault, withdrawal)
    assert isinstance(result, received.ReceivedWithdrawal)
    assert result.removed and result.bundle_id == opened.id
    assert received.received_bundles(practitioner.vault) == []
    rows = received_rows(practitioner)
    assert rows["received_chunks"] == [] and rows["received_attachments"] == []
    with pytest.raises(BundleWithdrawn):
        received.open_bundle(practitioner.vault, bundle)
    assert received_rows(practitioner) == rows


def test_a_withdrawal_before_the_share_still_blocks_it(
    profile: Profile, practitioner: Profile, bundle: Path, tmp_path: Path
) -> None:
    (share,) = sharing.share_history(profile.vault)
    sharing.make_withdrawal(profile.vault, share.id, tmp_path / "w.wpb")
    result = received.open_bundle(practitioner.vault, tmp_path / "w.wpb")
    assert isinstance(result, received.ReceivedWithdrawal) and not result.removed
    with pytest.raises(BundleWithdrawn):
        received.open_bundle(practitioner.vault, bundle)


def test_only_the_sender_can_withdraw(
    profile: Profile, practitioner: Profile, bundle: Path, tmp_path: Path, data_dir: Path
) -> None:
    opened = received.open_bundle(practitioner.vault, bundle)
    (share,) = sharing.share_history(profile.vault)
    sharing.make_withdrawal(profile.vault, share.id, tmp_path / "w.wpb")
    intruder = make_practitioner(data_dir, "Intruder", "Someone Else")
    try:
        forged = _rebuilt(tmp_path / "w.wpb", practitioner, intruder, tmp_path,
                          sender=identity.own_card(intruder.vault).model_dump(mode="json"))
        before = received_rows(practitioner)
        with pytest.raises(BundleUntrustedSender):
            received.open_bundle(practitioner.vault, forged)
        assert received_rows(practitioner) == before
        assert received.received_bundle(practitioner.vault, opened.id) == opened
    finally:
        intruder.lock()


def test_a_new_share_replaces_the_last(
    profile: Profile, practitioner: Profile, sam: Contact, bundle: Path, entries: list[str], tmp_path: Path
) -> None:
    first = received.open_bundle(practitioner.vault, bundle)
    assert isinstance(first, received.ReceivedBundle)
    profile.update_entry(entries[1], profile.entry(entries[1]).content.model_copy(update={"body": "Door shut."}))
    third = add_entry(profile, "Football on Saturdays")
    second_path = tmp_path / "again.wpb"
    second_share = sharing.make_share(profile.vault, [entries[1], third], sam, in_a_week(), "Update", second_path)

    history = sharing.share_history(profile.vault, sam.id)
    assert [s.state for s in history] == [sharing.ShareState.ACTIVE, sharing.ShareState.REPLACED]
    assert second_share.replaces == first.id and history[1].replaced_by == second_share.id

    second = received.open_bundle(practitioner.vault, second_path)
    assert isinstance(second, received.ReceivedBundle)
    assert received.received_bundles(practitioner.vault) == [second]
    previous = received.previous_from_sender(practitioner.vault, second)
    assert previous is not None and previous.id == first.id and previous.entries == ()
    changed = received.what_changed(previous, second)
    assert changed == received.WhatChanged(added=(third,), changed=(entries[1],), removed=(entries[0],))
    # The replaced bundle's pictures and sound are gone; opening it again is refused.
    assert all(row[0] == second.id for row in received_rows(practitioner)["received_chunks"])
    with pytest.raises(BundleWithdrawn):
        received.open_bundle(practitioner.vault, bundle)


def test_opening_the_same_bundle_twice_keeps_one_copy(practitioner: Profile, bundle: Path) -> None:
    first = received.open_bundle(practitioner.vault, bundle)
    rows = received_rows(practitioner)
    assert received.open_bundle(practitioner.vault, bundle) == first
    assert received_rows(practitioner) == rows


def test_content_is_deleted_at_expiry(practitioner: Profile, bundle: Path) -> None:
    opened = received.open_bundle(practitioner.vault, bundle)
    assert received.purge_expired(practitioner.vault, at=in_a_week() - dt.timedelta(days=1)) == []
    assert received.purge_expired(practitioner.vault, at=opened.expires) == [opened.id]
    rows = received_rows(practitioner)
    assert all(rows[table] == [] for table in ("received_bundles", "received_attachments", "received_chunks"))


def test_a_bundle_damaged_at_its_very_end_keeps_nothing(
    profile: Profile, practitioner: Profile, sam: Contact, tmp_path: Path
) -> None:
    """Decryption streams into the practitioner's store; the last chunk's tag is checked
    only at the end, so everything before it must be rolled back when it fails."""
    song = add_entry(profile, "My song")
    profile.add_attachment(song, "song.wav", wav_bytes(30))
    bundle = tmp_path / "song.wpb"
    sharing.make_share(profile.vault, [song], sam, in_a_week(), "", bundle)
    flipped = bytearray(bundle.read_bytes())
    flipped[-10] ^= 1
    (tmp_path / "bad.wpb").write_bytes(bytes(flipped))
    before = received_rows(practitioner)
    seen: list[int] = []
    with pytest.raises(BundleDamaged):
        received.open_bundle(practitioner.vault, tmp_path / "bad.wpb", progress=lambda done, _total: seen.append(done))
    assert max(seen) > len(flipped) // 2  # it really had streamed most of the file
    assert received_rows(practitioner) == before
    assert journal_mode(practitioner) == "wal"  # back from the import's rollback journal
    got = received.open_bundle(practitioner.vault, bundle)
    assert isinstance(got, received.ReceivedBundle)
    (attachment,) = got.attachments
    assert received.attachment_data(practitioner.vault, got.id, attachment.id) == profile.attachment_data(attachment.id)
    assert received_rows(practitioner)["unverified_spool"] == []


@pytest.mark.slow
def test_passphrase_bundle_round_trip(
    profile: Profile, practitioner: Profile, entries: list[str], tmp_path: Path
) -> None:
    identity.set_details(profile.vault, "Sky")
    out = tmp_path / "voice.wpb"
    share = sharing.make_share(profile.vault, entries, sharing.PassphraseRecipient(name="Dr Rao"), in_a_week(), "", out)
    assert share.passphrase and share.recipient == "passphrase"
    before = received_rows(practitioner)
    with pytest.raises(BundleNeedsPassphrase):
        received.open_bundle(practitioner.vault, out)
    with pytest.raises(BundleWrongPassphrase):
        received.open_bundle(practitioner.vault, out, passphrase="0000-0000-0000-0000-0000-0000")
    assert received_rows(practitioner) == before
    got = received.open_bundle(practitioner.vault, out, passphrase=share.passphrase)
    assert isinstance(got, received.ReceivedBundle)
    for attachment in got.attachments:
        got_data = received.attachment_data(practitioner.vault, got.id, attachment.id)
        assert got_data == profile.attachment_data(attachment.id)


@pytest.mark.slow
def test_a_passphrase_bundle_asking_for_costly_scrypt_is_refused_before_any_work(
    profile: Profile, practitioner: Profile, entries: list[str], tmp_path: Path
) -> None:
    # Issue 13: a 150-byte bundle at work factor 22 cost 18 s and 4.2 GB before refusal.
    identity.set_details(profile.vault, "Sky")
    out = tmp_path / "voice.wpb"
    share = sharing.make_share(profile.vault, entries, sharing.PassphraseRecipient(name="Dr Rao"), in_a_week(), "", out)
    data = out.read_bytes()
    stanza_end = data.index(b"\n", data.index(b"\n-> scrypt ") + 1)
    assert data[stanza_end - 3 : stanza_end] == b" 18"  # what the app writes
    out.write_bytes(data[: stanza_end - 2] + b"22" + data[stanza_end:])
    before = received_rows(practitioner)
    started = time.monotonic()
    with pytest.raises(BundleTooCostly, match="before any work"):
        received.open_bundle(practitioner.vault, out, passphrase=share.passphrase)
    assert time.monotonic() - started < 1
    assert received_rows(practitioner) == before


def test_share_needs_entries_a_future_date_and_a_name(
    profile: Profile, sam: Contact, entries: list[str], tmp_path: Path
) -> None:
    out = tmp_path / "x.wpb"
    with pytest.raises(InvalidValue):
        sharing.make_share(profile.vault, [], sam, in_a_week(), "", out)
    with pytest.raises(InvalidValue):
        sharing.make_share(profile.vault, entries, sam, dt.datetime(2020, 1, 1, tzinfo=dt.UTC), "", out)
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_a_failed_write_leaves_no_file(profile: Profile, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "broken.wpb"

    def failing() -> Iterator[bytes]:
        yield b"x" * 10
        raise OSError("disk gone")

    member = bundle_writer.Member("attachments/" + "a" * 32, 100, failing)
    with pytest.raises(OSError, match="disk gone"):
        bundle_writer.write_bundle(out, b"{}", [member], recipient=identity.of(profile.vault).age_recipient)
    assert os.listdir(folder) == []


def test_a_damaged_attachment_in_the_store_stops_the_share(
    made_profile, sam: Contact, tmp_path: Path
) -> None:
    """Sharing trusts SQLCipher's check of every page it reads (and does not hash the bytes
    again): a byte changed on disk inside an attachment stops the share with a plain
    StoreDamaged, and no file is left."""
    profile, _code = made_profile
    song = add_entry(profile, "My song")
    profile.add_attachment(song, "noise.bin", os.urandom(3 * 1024 * 1024))
    profile.lock()
    db = profile.folder.db_path
    raw = bytearray(db.read_bytes())
    raw[len(raw) - 5 * 16384 + 100] ^= 0x20  # in one of the last pages: the attachment's
    db.write_bytes(bytes(raw))
    reopened = Profile.open_with_passphrase(profile.folder, PASSPHRASE)
    out = tmp_path / "out"
    out.mkdir()
    try:
        with pytest.raises(StoreDamaged):
            sharing.make_share(reopened.vault, [song], sam, in_a_week(), "", out / "song.wpb")
    finally:
        reopened.lock()
    assert os.listdir(out) == []
