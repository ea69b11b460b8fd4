"""Who really sent it: a practitioner's profile remembers each sender's card the first time
(trust on first use), and a share in a known person's name from another card is held, not
listed as theirs. The attack (issue 13, item 1): anyone given the practitioner's card makes
their own card named "Sky" and sends a share "from Sky"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from passport.errors import InvalidValue, NotFound, NotThisKindOfProfile, SenderHeld
from passport.exchange import received, senders
from passport.exchange.received import HeldShare, ReceivedBundle, ReceivedState
from passport.exchange.senders import SenderState
from passport.models import ProfileKind
from passport.profile import Profile
from tests.helpers import PASSPHRASE, add_entry, png_bytes
from tests.sharing_helpers import in_a_week, make_practitioner
from tests.suggestion_helpers import introduce, make_person


@pytest.fixture
def worker(data_dir: Path) -> Iterator[Profile]:
    profile = make_practitioner(data_dir)
    yield profile
    profile.lock()


def _person(data_dir: Path, label: str, name: str) -> Profile:
    return make_person(data_dir, ProfileKind.YOUNG_PERSON, label, name)


@pytest.fixture
def forger(data_dir: Path) -> Iterator[Profile]:
    """Someone else who was given the practitioner's card, and made their own card "Sky"."""
    profile = _person(data_dir, "Other", "Sky")
    yield profile
    profile.lock()


def share_from(young: Profile, worker: Profile, folder: Path, title: str = "Music helps",
               name: str = "share.wpb", expires: dt.datetime | None = None) -> Path:
    contact = introduce(young, worker, folder)
    entry = add_entry(young, title, "Guitar when it gets loud.")
    young.add_attachment(entry, "me.png", png_bytes())
    out = folder / name
    young.sharing.make_share([entry], contact, expires or in_a_week(), "New school", out)
    return out


def test_a_share_in_a_known_name_from_another_card_is_held(
    worker: Profile, sky: Profile, forger: Profile, tmp_path: Path
) -> None:
    real = worker.received.open_bundle(share_from(sky, worker, tmp_path, name="real.wpb")).subject
    assert isinstance(real, ReceivedBundle)

    opened = worker.received.open_bundle(share_from(forger, worker, tmp_path, "Forged words", "forged.wpb")).subject
    assert isinstance(opened, HeldShare)
    assert opened.sender.display_name == "Sky"
    assert [s.fingerprint for s in opened.known] == [sky.people.own_card().fingerprint]
    # Not listed as Sky's, nor readable, nor its pictures; but kept (encrypted) to decide on.
    assert [b.id for b in worker.received.received_bundles()] == [real.id]
    assert [h.id for h in worker.received.held_shares()] == [opened.id]
    with pytest.raises(SenderHeld):
        worker.received.received_bundle(opened.id)
    with worker.vault.reading() as conn:
        (attachment,) = conn.execute("SELECT id FROM received_attachments WHERE bundle_id = ?", (opened.id,)).fetchone()
    with pytest.raises(SenderHeld):
        worker.received.received_attachment_data(opened.id, attachment)
    forged = worker.received.sender(forger.people.own_card().fingerprint)
    assert forged.state is SenderState.HELD

    # The real Sky's next share (which replaces their first) still lists as theirs.
    again = worker.received.open_bundle(share_from(sky, worker, tmp_path, "Quiet room", "real2.wpb")).subject
    assert isinstance(again, ReceivedBundle)
    assert [b.id for b in worker.received.received_bundles()] == [again.id]
    assert {b.id for b in worker.received.received_bundles(include_replaced=True)} == {real.id, again.id}
    # And the forger's next one is held again.
    assert isinstance(worker.received.open_bundle(share_from(forger, worker, tmp_path, "More", "f2.wpb")).subject,
                      HeldShare)


@pytest.mark.parametrize("name", ["  sKY ", "Ｓｋｙ", "Skÿ", "Sky.", "\u0405ky", "S k y"])
def test_look_alike_names_are_held_too(data_dir: Path, worker: Profile, sky: Profile, tmp_path: Path,
                                       name: str) -> None:
    worker.received.open_bundle(share_from(sky, worker, tmp_path, name="real.wpb"))
    other = _person(data_dir, "Other", name)
    try:
        opened = worker.received.open_bundle(share_from(other, worker, tmp_path, name="other.wpb")).subject
    finally:
        other.lock()
    assert isinstance(opened, HeldShare)


def test_a_different_name_is_a_new_sender_not_held(data_dir: Path, worker: Profile, sky: Profile,
                                                  tmp_path: Path) -> None:
    worker.received.open_bundle(share_from(sky, worker, tmp_path, name="real.wpb"))
    ali = _person(data_dir, "Ali", "Ali")
    try:
        opened = worker.received.open_bundle(share_from(ali, worker, tmp_path, name="ali.wpb")).subject
    finally:
        ali.lock()
    assert isinstance(opened, ReceivedBundle)
    first = worker.received.sender(opened.sender.fingerprint)
    assert first.state is SenderState.NEW and first.checked_at is None and first.display_name == "Ali"


def test_accepting_a_held_sender_lists_their_shares_as_someone_else(
    worker: Profile, sky: Profile, forger: Profile, tmp_path: Path
) -> None:
    worker.received.open_bundle(share_from(sky, worker, tmp_path, name="real.wpb"))
    held = worker.received.open_bundle(share_from(forger, worker, tmp_path, name="forged.wpb")).subject
    change = worker.received.accept_sender(held.sender.fingerprint)
    assert change.subject.state is SenderState.NEW
    assert held.id in {b.id for b in worker.received.received_bundles()}
    assert worker.received.held_shares() == []
    # Two different cards both called Sky: a third is held, since it matches either.
    with pytest.raises(InvalidValue):
        worker.received.accept_sender(held.sender.fingerprint)  # not held any more


def test_deleting_a_held_share_leaves_nothing_of_it(
    worker: Profile, sky: Profile, forger: Profile, tmp_path: Path
) -> None:
    worker.received.open_bundle(share_from(sky, worker, tmp_path, name="real.wpb"))
    held = worker.received.open_bundle(share_from(forger, worker, tmp_path, "Forged words", "f.wpb")).subject
    change = worker.received.delete_held(held.sender.fingerprint)
    assert change.subject == [held.id]
    assert worker.received.held_shares() == []
    with worker.vault.reading() as conn:
        assert conn.execute("SELECT count(*) FROM received_bundles WHERE id = ?", (held.id,)).fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM received_chunks WHERE bundle_id = ?", (held.id,)).fetchone()[0] == 0
    # The card is forgotten too: its next share is held again, not taken as new.
    assert isinstance(worker.received.open_bundle(share_from(forger, worker, tmp_path, name="f2.wpb")).subject,
                      HeldShare)
    # Only a held sender's shares are deleted this way.
    with pytest.raises(InvalidValue):
        worker.received.delete_held(sky.people.own_card().fingerprint)


def test_a_sender_is_marked_checked_after_comparing_numbers(worker: Profile, sky: Profile, forger: Profile,
                                                            tmp_path: Path) -> None:
    opened = worker.received.open_bundle(share_from(sky, worker, tmp_path, name="real.wpb")).subject
    first = worker.received.sender(opened.sender.fingerprint)
    assert first.state is SenderState.NEW
    assert abs(first.first_seen - opened.received_at) < dt.timedelta(seconds=5)
    # The numbers as typed from a card: groups with spaces.
    spaced = " ".join(opened.sender.fingerprint_groups)
    checked = worker.received.mark_sender_checked(spaced).subject
    assert checked.state is SenderState.CHECKED and checked.checked_at is not None
    assert worker.received.sender(opened.sender.fingerprint).checked_at == checked.checked_at
    assert worker.received.mark_sender_checked(spaced, checked=False).subject.state is SenderState.NEW
    # Checking a held card in person also takes it as its own person.
    held = worker.received.open_bundle(share_from(forger, worker, tmp_path, name="f.wpb")).subject
    assert worker.received.mark_sender_checked(held.sender.fingerprint).subject.state is SenderState.CHECKED
    assert worker.received.held_shares() == []
    with pytest.raises(NotFound):
        worker.received.mark_sender_checked("1" * 60)
    with pytest.raises(NotFound):
        worker.received.mark_sender_checked("12345")  # too short to say whose


def test_known_senders_list_says_new_checked_or_held(worker: Profile, sky: Profile, forger: Profile,
                                                     tmp_path: Path) -> None:
    worker.received.open_bundle(share_from(sky, worker, tmp_path, name="real.wpb"))
    worker.received.open_bundle(share_from(forger, worker, tmp_path, name="f.wpb"))
    states = {s.fingerprint: s.state for s in worker.received.senders()}
    assert states == {sky.people.own_card().fingerprint: SenderState.NEW,
                      forger.people.own_card().fingerprint: SenderState.HELD}


def test_name_keys_fold_case_space_width_and_look_alikes() -> None:
    key = senders.name_key
    assert key("Sky") == key(" s k Y ") == key("Ｓｋｙ") == key("S\u200dky") == key("\u0405\u043a\u0443")
    assert key("Sky") != key("Skye")


def test_only_a_practitioner_keeps_senders(sky: Profile) -> None:
    for call in (sky.received.senders, sky.received.held_shares):
        with pytest.raises(NotThisKindOfProfile):
            call()
    with pytest.raises(NotThisKindOfProfile):
        sky.received.mark_sender_checked("1" * 60)


# --- item 9: expired content is never read, purge or no purge ---------------------------------


def test_expired_bundles_are_never_read_even_before_the_purge(
    data_dir: Path, worker: Profile, sky: Profile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    soon = dt.datetime.now(dt.UTC) + dt.timedelta(days=2)
    first = worker.received.open_bundle(share_from(sky, worker, tmp_path, name="one.wpb", expires=soon)).subject
    attachment = first.attachments[0].id
    assert worker.received.received_attachment_data(first.id, attachment).startswith(b"\x89PNG")
    ali = _person(data_dir, "Ali", "Ali")
    try:  # someone else's share, still in time, is read as before
        other = worker.received.open_bundle(share_from(ali, worker, tmp_path, "Ali's", name="ali.wpb")).subject
    finally:
        ali.lock()
    # Sky's second share replaces the first (its outline is kept for "what changed").
    second = worker.received.open_bundle(
        share_from(sky, worker, tmp_path, "Quiet", name="two.wpb", expires=soon + dt.timedelta(days=30))).subject
    assert worker.received.previous_from_sender(second) is not None
    assert worker.received.received_bundle(first.id).state is ReceivedState.REPLACED

    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=3)
    monkeypatch.setattr("passport.clock.now", lambda: later)
    # No purge has run: the rows are still there.
    with worker.vault.reading() as conn:
        assert conn.execute("SELECT count(*) FROM received_bundles WHERE id = ?", (first.id,)).fetchone()[0] == 1
    assert {b.id for b in worker.received.received_bundles()} == {second.id, other.id}
    assert {b.id for b in worker.received.received_bundles(include_replaced=True)} == {second.id, other.id}
    with pytest.raises(NotFound):
        worker.received.received_bundle(first.id)
    assert worker.received.previous_from_sender(second) is None
    with pytest.raises(NotFound):
        worker.received.make_receipt(first.id, tmp_path / "receipt")

    # Past the other's time too, its pictures are not read either.
    monkeypatch.setattr("passport.clock.now", lambda: later + dt.timedelta(days=8))
    other_picture = other.attachments[0].id
    with pytest.raises(NotFound):
        worker.received.received_attachment_data(other.id, other_picture)
    with pytest.raises(NotFound):
        list(received.attachment_chunks(worker.vault, other.id, other_picture))
    assert [b.id for b in worker.received.received_bundles()] == [second.id]


def test_expired_held_shares_are_not_listed_either(
    worker: Profile, sky: Profile, forger: Profile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    worker.received.open_bundle(share_from(sky, worker, tmp_path, name="real.wpb"))
    soon = dt.datetime.now(dt.UTC) + dt.timedelta(days=2)
    worker.received.open_bundle(share_from(forger, worker, tmp_path, name="f.wpb", expires=soon))
    assert len(worker.received.held_shares()) == 1
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=3)
    monkeypatch.setattr("passport.clock.now", lambda: later)
    assert worker.received.held_shares() == []


def test_withdrawn_content_is_never_read(worker: Profile, sky: Profile, tmp_path: Path) -> None:
    opened = worker.received.open_bundle(share_from(sky, worker, tmp_path, name="one.wpb")).subject
    share_id = sky.sharing.share_history()[0].id
    sky.sharing.make_withdrawal(share_id, tmp_path / "withdraw.wpb")
    worker.received.open_bundle(tmp_path / "withdraw.wpb")
    assert worker.received.received_bundles() == []
    with pytest.raises(NotFound):
        worker.received.received_bundle(opened.id)
    with pytest.raises(NotFound):
        worker.received.received_attachment_data(opened.id, opened.attachments[0].id)


def test_shares_kept_before_the_upgrade_make_their_cards_known(worker: Profile, sky: Profile, forger: Profile,
                                                               tmp_path: Path) -> None:
    """Migration 7 on a profile that already holds shares: each card is known from its
    earliest share, so a forger's first share after the upgrade is held."""
    opened = worker.received.open_bundle(share_from(sky, worker, tmp_path, name="real.wpb")).subject
    with worker.vault.writing() as conn:
        conn.execute("DROP TABLE known_senders")
        conn.execute("DROP TABLE received_changes")  # as at version 6: migrations 8 to 14 came later
        conn.execute("DROP TRIGGER share_reply_notes_erased")
        for table in ("safety_plan_steps", "share_reply_notes", "share_replies", "trusted_pieces_given",
                      "held_pieces"):
            conn.execute(f"DROP TABLE {table}")
        conn.execute("ALTER TABLE shares DROP COLUMN records_allowed")
        conn.execute("ALTER TABLE shares DROP COLUMN boundaries_sha256")
        for table, column in (("suggestions_handled", "sender_fingerprint"), ("suggestions_handled", "outcome"),
                              ("suggestions_handled", "position"), ("suggestions_handled", "sent_at"),
                              ("suggestions_sent", "outcome"), ("suggestions_sent", "answered_at"),
                              ("contacts", "signature")):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        conn.execute("PRAGMA user_version = 6")
    folder = worker.folder
    worker.lock()
    upgraded = Profile.open_with_passphrase(folder, PASSPHRASE)
    try:
        (known,) = upgraded.received.senders()
        assert (known.fingerprint, known.display_name, known.first_seen, known.state) == (
            opened.sender.fingerprint, "Sky", opened.received_at, SenderState.NEW)
        assert isinstance(upgraded.received.open_bundle(share_from(forger, upgraded, tmp_path, name="f.wpb")).subject,
                          HeldShare)
    finally:
        upgraded.lock()


def test_role_rules_live_in_the_core(data_dir: Path, worker: Profile, sky: Profile, tmp_path: Path) -> None:
    """Item 9: a practitioner's or carer's profile makes no share or withdrawal; a young
    person's opens no share, and keeps no senders."""
    real = share_from(sky, worker, tmp_path, name="real.wpb")
    share_id = sky.sharing.share_history()[0].id
    with pytest.raises(NotThisKindOfProfile):
        sky.received.open_bundle(real)
    carer = make_person(data_dir, ProfileKind.CARER, "Helping", "Jo Carter")
    try:
        for other in (worker, carer):
            contact = introduce(other, sky, tmp_path)
            with pytest.raises(NotThisKindOfProfile):
                other.sharing.make_share([], contact, in_a_week(), "", tmp_path / "no.wpb")
            with pytest.raises(NotThisKindOfProfile):
                other.sharing.make_withdrawal(share_id, tmp_path / "no.wpb")
            with pytest.raises(NotThisKindOfProfile):
                other.received.senders() if other is carer else sky.received.accept_sender("1" * 60)
    finally:
        carer.lock()
    assert not (tmp_path / "no.wpb").exists()
