"""What changed since the last share: the pure comparison on its own, then through real
profiles (share, edit, add, drop, share again; the practitioner opens both). The words the
young person took out are nowhere in the practitioner's store."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from passport.clock import now
from passport.errors import NotFound, NotThisKindOfProfile
from passport.exchange import changes, received
from passport.exchange.changes import BundleChanges, Detail, EntryStatus, TextChange, text_change
from passport.exchange.contacts import Contact
from passport.exchange.sharing import BoundariesSince
from passport.formats.bundle_format import BundleEntry
from passport.profile import Profile
from tests.helpers import PASSPHRASE, add_entry
from tests.sharing_helpers import in_a_week

MOMENT = dt.datetime(2026, 5, 1, 10, 0, tzinfo=dt.UTC)


def marked_words(text: str, change: TextChange) -> list[str]:
    return [text[start:end] for start, end in change.marked]


# --- the comparison on its own -----------------------------------------------------------


def test_the_same_text_marks_nothing() -> None:
    assert text_change("A room with the door open.", "A room  with the door\nopen.") == TextChange()


def test_new_words_are_marked_in_the_new_text_and_taken_out_ones_only_counted() -> None:
    old = "A room with the door open a little and music on."
    new = "A room with the door shut and music on, please."
    change = text_change(old, new)
    assert marked_words(new, change) == ["shut", ", please"], "words and marks, not what a stop is stuck to"
    assert change.removed_words == 2, "'open a little' became 'shut': two words taken out"


def test_words_put_together_are_one_mark_and_a_text_from_nothing_is_all_new() -> None:
    assert marked_words("Starts in May", text_change("Starts", "Starts in May")) == ["in May"]
    assert text_change("", "All new") == TextChange(marked=((0, 7),))
    assert text_change("Gone now", "") == TextChange(removed_words=2)


def entry(entry_id: str, title: str, body: str = "", **fields: object) -> BundleEntry:
    fields.setdefault("section_title", "About me")
    return BundleEntry(id=entry_id, revision=1, title=title, body=body, updated_at=MOMENT, **fields)


IDS = ["a" * 32, "b" * 32, "c" * 32, "d" * 32]


def test_compare_says_new_changed_same_and_only_how_many_are_no_longer_shared() -> None:
    old = [entry(IDS[0], "Music helps", "Guitar."), entry(IDS[1], "Quiet space", "Door open."),
           entry(IDS[2], "Football on Saturdays", "Private words about football.")]
    new = [entry(IDS[1], "Quiet space", "Door shut.", important_now=True, section_title="What helps"),
           entry(IDS[3], "New school"), entry(IDS[0], "Music helps", "Guitar.")]
    found = changes.compare(MOMENT, old, [], new, [])
    assert [(c.entry_id, c.status) for c in found.entries] == [
        (IDS[1], EntryStatus.CHANGED), (IDS[3], EntryStatus.NEW), (IDS[0], EntryStatus.SAME)]
    quiet = found.of(IDS[1])
    assert quiet is not None and quiet.body == TextChange(marked=((5, 9),), removed_words=0)
    assert quiet.details == (Detail.SECTION, Detail.IMPORTANT_NOW) and quiet.important_now is True
    assert not quiet.title.changed and not quiet.words_taken_out
    assert found.no_longer_shared == 1
    # The young person took it back: not even its title is kept.
    assert "Private" not in found.model_dump_json() and "Football" not in found.model_dump_json()
    assert (found.counted(EntryStatus.NEW), found.counted(EntryStatus.CHANGED), found.removed_count) == (1, 1, 1)


def test_only_details_changed_is_a_change_with_no_words_marked() -> None:
    old = [entry(IDS[0], "Review", review_by=dt.date(2026, 6, 1))]
    new = [entry(IDS[0], "Review", review_by=dt.date(2026, 7, 1), happened_on=dt.date(2026, 4, 1))]
    (change,) = changes.compare(MOMENT, old, [], new, []).entries
    assert change.status is EntryStatus.CHANGED and change.details == (Detail.REVIEW_BY, Detail.HAPPENED_ON)
    assert change.body == TextChange() and change.important_now is None


def test_from_outlines_tells_statuses_and_a_count_only() -> None:
    found = changes.from_outlines(MOMENT, [("a", "1"), ("b", "2"), ("c", "3")], [("b", "9"), ("d", "4"), ("a", "1")])
    assert [c.status for c in found.entries] == [EntryStatus.CHANGED, EntryStatus.NEW, EntryStatus.SAME]
    assert found.no_longer_shared == 1 and found.removed_count == 1 and found.anything


# --- through real profiles -------------------------------------------------------------------

TAKEN_OUT = "Grandma's flat on Tuesdays"
DROPPED_BODY = "Only with my coach Ms Harper"


def _everything_in(profile: Profile) -> str:
    """Every row of every table of the decrypted store, as text."""
    parts: list[str] = []
    with profile.vault.reading() as conn:
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                parts += [bytes(v).decode("utf-8", "replace") if isinstance(v, bytes | memoryview) else str(v)
                          for v in row]
    return "\n".join(parts)


@pytest.fixture
def shared_twice(profile: Profile, practitioner: Profile, sam: Contact, tmp_path: Path) -> dict[str, str]:
    """Share three entries; change one (words out, words in, important now), add one, drop
    one, share again; the practitioner opens both, in order."""
    ids = {
        "music": add_entry(profile, "Music helps", "I play guitar when it gets loud."),
        "quiet": add_entry(profile, "Quiet space", f"A room with the door open, or {TAKEN_OUT}, and a drink."),
        "football": add_entry(profile, "Football on Saturdays", DROPPED_BODY),
    }
    first = tmp_path / "first.wpb"
    profile.sharing.make_share(list(ids.values()), sam, in_a_week(), "Starting", first)
    practitioner.received.open_bundle(first)
    quiet = profile.entry(ids["quiet"]).content
    profile.update_entry(ids["quiet"], quiet.model_copy(update={
        "body": "A room with the door shut, and a drink please.", "important_now": True}))
    ids["school"] = add_entry(profile, "New school", "Starts in May.")
    second = tmp_path / "second.wpb"
    profile.sharing.make_share([ids["music"], ids["quiet"], ids["school"]], sam, in_a_week(), "Update", second)
    opened = practitioner.received.open_bundle(second).subject
    ids["bundle"] = opened.id
    return ids


def test_the_changes_say_exactly_what_the_young_person_did(practitioner: Profile, shared_twice) -> None:
    found = practitioner.received.changes(shared_twice["bundle"])
    assert isinstance(found, BundleChanges)
    assert [(c.entry_id, c.status) for c in found.entries] == [
        (shared_twice["music"], EntryStatus.SAME), (shared_twice["quiet"], EntryStatus.CHANGED),
        (shared_twice["school"], EntryStatus.NEW)]
    quiet = found.of(shared_twice["quiet"])
    assert quiet is not None
    body = practitioner.received.received_bundle(shared_twice["bundle"]).entries[1].body
    assert marked_words(body, quiet.body) == ["shut", "please"]
    assert quiet.body.removed_words == 5, "'open' became 'shut'; 'or Grandma's flat on Tuesdays' went"
    assert quiet.words_taken_out
    assert quiet.details == (Detail.IMPORTANT_NOW,) and quiet.important_now is True
    assert found.no_longer_shared == 1
    assert found.since < practitioner.received.received_bundle(shared_twice["bundle"]).created


def test_what_was_taken_out_is_nowhere_in_the_practitioners_store(practitioner: Profile, shared_twice) -> None:
    kept = _everything_in(practitioner)
    assert "A room with the door shut" in kept, "the scan reads the decrypted rows"
    for gone in ("Football on Saturdays", TAKEN_OUT, "Grandma", "Tuesdays", DROPPED_BODY, "Harper", "door open"):
        assert gone not in kept


def test_titles_kept_before_the_upgrade_become_a_count(practitioner: Profile, shared_twice) -> None:
    """Migration 14: what changed, as kept before (the titles no longer shared, and a count
    of those only an outline named), keeps only how many."""
    bundle_id = shared_twice["bundle"]
    with practitioner.vault.writing() as conn:
        (kept,) = conn.execute("SELECT changes FROM received_changes WHERE bundle_id = ?", (bundle_id,)).fetchone()
        old = json.loads(kept) | {"no_longer_shared": ["Football on Saturdays", "Chess"], "unnamed_no_longer_shared": 1}
        conn.execute("UPDATE received_changes SET changes = ? WHERE bundle_id = ?", (json.dumps(old), bundle_id))
        conn.execute("ALTER TABLE shares DROP COLUMN boundaries_sha256")  # as at version 13
        conn.execute("ALTER TABLE share_replies DROP COLUMN read_at")
        conn.execute("ALTER TABLE contacts DROP COLUMN signature")  # migration 16
        conn.execute("PRAGMA user_version = 13")
    folder = practitioner.folder
    practitioner.lock()
    upgraded = Profile.open_with_passphrase(folder, PASSPHRASE)
    try:
        found = upgraded.received.changes(bundle_id)
        assert found is not None and found.no_longer_shared == 3 and found.counted(EntryStatus.NEW) == 1
        assert "Football" not in _everything_in(upgraded) and "Chess" not in _everything_in(upgraded)
    finally:
        upgraded.lock()


def test_changes_are_read_by_a_practitioner_only_and_not_past_their_time(
    profile: Profile, practitioner: Profile, shared_twice
) -> None:
    with pytest.raises(NotThisKindOfProfile):
        profile.received.changes(shared_twice["bundle"])
    with pytest.raises(NotFound):
        practitioner.received.changes("f" * 32)
    with practitioner.vault.writing() as conn:
        conn.execute("UPDATE received_bundles SET expires_at = ? WHERE id = ?",
                     ((now() - dt.timedelta(minutes=1)).isoformat(), shared_twice["bundle"]))
    with pytest.raises(NotFound):
        practitioner.received.changes(shared_twice["bundle"])


def test_a_first_share_has_no_changes_and_a_replaced_one_keeps_none(
    profile: Profile, practitioner: Profile, sam: Contact, tmp_path: Path
) -> None:
    only = add_entry(profile, "Music helps", "Guitar.")
    path = tmp_path / "one.wpb"
    profile.sharing.make_share([only], sam, in_a_week(), "", path)
    first = practitioner.received.open_bundle(path).subject
    assert practitioner.received.changes(first.id) is None
    for number in (2, 3):
        path = tmp_path / f"{number}.wpb"
        profile.sharing.make_share([only], sam, in_a_week(), "", path)
        latest = practitioner.received.open_bundle(path).subject
    with practitioner.vault.reading() as conn:
        rows = conn.execute("SELECT bundle_id FROM received_changes").fetchall()
    assert rows == [(latest.id,)], "the replaced share's changes went with its content"
    found = practitioner.received.changes(latest.id)
    assert found is not None and not found.anything


def test_the_changes_of_a_bundle_already_read_do_not_read_it_again(
    profile: Profile, practitioner: Profile, sam: Contact, tmp_path: Path, monkeypatch
) -> None:
    """The practitioner's window shows a share it has just read: parsing its manifest again for
    what changed was milliseconds of the window's turn (issue 15). The answer is the same."""
    path = tmp_path / "one.wpb"
    profile.sharing.make_share([add_entry(profile, "Music helps", "Guitar.")], sam, in_a_week(), "", path)
    first = practitioner.received.open_bundle(path).subject
    reads: list[str] = []
    real = received.received_bundle
    monkeypatch.setattr(received, "received_bundle", lambda vault, bundle_id: (reads.append(bundle_id),
                                                                              real(vault, bundle_id))[1])
    assert practitioner.received.changes(first.id, first) is None
    assert reads == []
    assert practitioner.received.changes(first.id) is None and reads == [first.id]


def test_the_young_persons_preview_says_what_a_new_share_changes(
    profile: Profile, sam: Contact, tmp_path: Path
) -> None:
    """Before the second share leaves: new, changed (words or what goes with it) and no longer
    shared, against the last share to the same person; an erased entry is only counted."""
    assert profile.sharing.since_last_share(sam.id, []) is None, "nothing shared with Sam yet"
    music = add_entry(profile, "Music helps", "Guitar.")
    quiet = add_entry(profile, "Quiet space", "A room.")
    football = add_entry(profile, "Football", "Saturdays.")
    gone = add_entry(profile, "Old worry", "Gone now.")
    profile.add_attachment(music, "song.wav", b"RIFF" + bytes(64))
    profile.sharing.make_share([music, quiet, football, gone], sam, in_a_week(), "", tmp_path / "one.wpb")
    profile.update_entry(quiet, profile.entry(quiet).content.model_copy(update={"body": "A room, door shut."}))
    profile.erase_entry(gone)
    school = add_entry(profile, "New school", "May.")
    (song,) = profile.attachments(music)

    since = profile.sharing.since_last_share(sam.id, [music, quiet, school], leave_out={song.id})
    assert since is not None
    assert since.new == ("New school",)
    assert since.changed == ("Music helps", "Quiet space"), "the song stays behind this time; new words"
    assert since.no_longer_shared == ("Football",) and since.erased == 1
    same = profile.sharing.since_last_share(sam.id, [music, football])
    assert same is not None and same.changed == () and same.new == () and same.no_longer_shared == ("Quiet space",)


def test_the_preview_knows_whether_the_boundaries_went_last_time_and_changed_since(
    profile: Profile, sam: Contact, tmp_path: Path
) -> None:
    """A share records whether it carried "what people should know first" (a digest, not the
    words), so the next one to the same person can say they are left out, new or changed."""
    music = add_entry(profile, "Music helps", "Guitar.")
    profile.set_boundaries("Sky", "My old placements", "")
    first = profile.sharing.make_share([music], sam, in_a_week(), "", tmp_path / "one.wpb",
                                       with_boundaries=True).subject
    assert first.carried_boundaries and first.boundaries_sha256 is not None
    assert "My old placements" not in (first.boundaries_sha256 or "")

    def since(**kwargs: bool) -> BoundariesSince:
        found = profile.sharing.since_last_share(sam.id, [music], **kwargs)
        assert found is not None
        return found.boundaries

    assert since() is BoundariesSince.LEFT_OUT, "the tick stays off, but they went last time"
    assert since(with_boundaries=True) is BoundariesSince.SAME
    profile.set_boundaries("Sky", "My old placements, please", "")
    assert since(with_boundaries=True) is BoundariesSince.CHANGED

    second = profile.sharing.make_share([music], sam, in_a_week(), "", tmp_path / "two.wpb").subject
    assert not second.carried_boundaries and not profile.sharing.share_history(sam.id)[0].carried_boundaries
    assert since() is BoundariesSince.NOT_SHARED
    assert since(with_boundaries=True) is BoundariesSince.NEW
    profile.set_boundaries("", "", "")
    assert since(with_boundaries=True) is BoundariesSince.NOT_SHARED, "nothing written: nothing goes"
