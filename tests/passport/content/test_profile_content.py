"""The young person's content through the facade: sections, entries, history, attachments, search."""

from __future__ import annotations

import datetime as dt
import hashlib
import io

import pytest
from pydantic import ValidationError

from passport.content.attachments import MAX_ATTACHMENT_BYTES
from passport.content.sections import STARTER_SECTIONS, WHEN_THINGS_GET_HARD
from passport.errors import AttachmentTooLarge, InvalidValue, NotFound
from passport.models import MARK_END, MARK_START, AttachmentKind, ChangeKind, EntryContent
from passport.profile import Profile
from tests.helpers import add_entry, png_bytes, wav_bytes


def test_starter_sections_in_order(profile: Profile) -> None:
    assert [s.key for s in profile.sections()] == [s.key for s in STARTER_SECTIONS]
    assert all(s.prompt for s in profile.sections())
    assert profile.section_by_key(WHEN_THINGS_GET_HARD).title == "When things get hard"


def test_sections_rename_reorder_hide_and_add(profile: Profile) -> None:
    hard = profile.section_by_key(WHEN_THINGS_GET_HARD)
    change = profile.rename_section(hard.id, "If I'm struggling")
    assert change.kind is ChangeKind.SECTIONS_CHANGED and change.section.title == "If I'm struggling"
    profile.move_section(hard.id, 0)
    assert profile.sections()[0].id == hard.id
    own = profile.add_section("Gaming", "What games do you love?").section
    assert profile.sections()[-1] == own
    profile.set_section_hidden(own.id, True)
    assert own.id not in [s.id for s in profile.sections()]
    assert own.id in [s.id for s in profile.sections(include_hidden=True)]
    with pytest.raises(InvalidValue):
        profile.add_section("  ")
    with pytest.raises(NotFound):
        profile.rename_section(9999, "Nope")


def test_entry_fields_round_trip(profile: Profile) -> None:
    section = profile.sections()[3]
    content = EntryContent(
        section_id=section.id,
        title="Loud rooms",
        body="Shouting makes me shut down. Talk to me quietly.",
        important_now=True,
        review_by=dt.date(2027, 3, 1),
        happened_on=dt.date(2024, 9, 4),
        colour="#3366aa",
        written_with="Jo (key worker)",
    )
    change = profile.add_entry(content)
    assert change.kind is ChangeKind.ENTRY_ADDED
    stored = profile.entry(change.entry_id)
    assert stored.content == content
    assert stored.revision == 1 and stored.suggested_by is None
    assert stored.created_at.tzinfo is not None
    assert [e.id for e in profile.important_now()] == [stored.id]


def test_bad_entries_are_refused(profile: Profile) -> None:
    section_id = profile.sections()[0].id
    for bad in ({"title": "   "}, {"title": ""}, {"title": "x" * 201}, {"title": "ok", "colour": "red"}):
        with pytest.raises(ValidationError):
            EntryContent(section_id=section_id, **bad)
    with pytest.raises(NotFound):
        profile.add_entry(EntryContent(section_id=12345, title="Lost"))


def test_autosaves_in_one_session_make_one_revision(profile: Profile) -> None:
    entry_id = add_entry(profile, "Music", "I like")
    content = profile.entry(entry_id).content
    for body in ("I like d", "I like drum", "I like drum and bass"):
        profile.update_entry(entry_id, content.model_copy(update={"body": body}), session="editor-1")
    profile.update_entry(entry_id, content.model_copy(update={"body": "I like jazz now"}), session="editor-2")
    history = profile.revisions(entry_id)
    assert [r.number for r in history] == [3, 2, 1]
    assert [r.content.body for r in history] == ["I like jazz now", "I like drum and bass", "I like"]
    # Saving identical content makes no revision at all.
    profile.update_entry(entry_id, profile.entry(entry_id).content, session="editor-3")
    assert profile.entry(entry_id).revision == 3


def test_restore_brings_an_old_revision_back_as_a_new_one(profile: Profile) -> None:
    entry_id = add_entry(profile, "Bedtime", "Lights on")
    content = profile.entry(entry_id).content
    profile.update_entry(entry_id, content.model_copy(update={"body": "Lights off"}))
    change = profile.restore_revision(entry_id, 1)
    assert change.entry.body == "Lights on" and change.entry.revision == 3
    assert len(profile.revisions(entry_id)) == 3
    with pytest.raises(NotFound):
        profile.restore_revision(entry_id, 42)


def test_attachment_type_comes_from_bytes_not_name(profile: Profile) -> None:
    entry_id = add_entry(profile, "My drawing")
    image = profile.add_attachment(entry_id, "notes.txt", png_bytes()).attachment
    audio = profile.add_attachment(entry_id, "song.png", wav_bytes()).attachment
    other = profile.add_attachment(entry_id, "../../etc/passwd.jpg", b"plain words, not a picture").attachment
    assert (image.kind, image.media_type) == (AttachmentKind.IMAGE, "image/png")
    assert (audio.kind, audio.media_type) == (AttachmentKind.AUDIO, "audio/wav")
    assert (other.kind, other.name) == (AttachmentKind.FILE, "passwd.jpg")
    assert image.sha256 == hashlib.sha256(png_bytes()).hexdigest()
    assert profile.attachment_data(audio.id) == wav_bytes()
    assert [a.id for a in profile.attachments(entry_id)] == [image.id, audio.id, other.id]


def test_large_attachment_streams_in_chunks_and_limit_holds(profile: Profile) -> None:
    entry_id = add_entry(profile, "Video-ish")
    data = bytes(range(256)) * (3 * 1024 * 4)  # 3 MiB
    found = profile.add_attachment(entry_id, "big.bin", io.BytesIO(data)).attachment
    assert found.size == len(data)
    chunks = list(profile.attachment_chunks(found.id))
    assert len(chunks) > 1 and b"".join(chunks) == data

    class Endless(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer) -> int:
            buffer[:] = b"\0" * len(buffer)
            return len(buffer)

    with pytest.raises(AttachmentTooLarge):
        profile.add_attachment(entry_id, "huge.bin", io.BufferedReader(Endless()))
    # The refused attachment left nothing behind.
    assert [a.id for a in profile.attachments(entry_id)] == [found.id]
    assert MAX_ATTACHMENT_BYTES == 50 * 1024 * 1024


def test_erase_removes_entry_history_attachments_and_search_words(profile: Profile) -> None:
    keep = add_entry(profile, "Keep me", "ordinary words")
    gone = add_entry(profile, "Secret plan", "zebra crossing")
    profile.update_entry(gone, profile.entry(gone).content.model_copy(update={"body": "zebra stripes"}))
    profile.add_attachment(gone, "a.png", png_bytes())
    change = profile.erase_entry(gone)
    assert change.kind is ChangeKind.ENTRY_ERASED
    assert [e.id for e in profile.entries()] == [keep]
    assert profile.search("zebra") == []
    with profile.vault.reading() as conn:
        for table in ("revisions", "attachments"):
            assert conn.execute(f"SELECT count(*) FROM {table} WHERE entry_id = ?", (gone,)).fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0
    with pytest.raises(NotFound):
        profile.revisions(gone)


def test_search_matches_words_and_prefixes_and_marks_them(profile: Profile) -> None:
    add_entry(profile, "Swimming", "I feel calm in the water on Tuesdays")
    add_entry(profile, "Café visits", "Hot chocolate with my sister")
    hits = profile.search("calm tues")
    assert [h.entry.title for h in hits] == ["Swimming"]
    assert f"{MARK_START}calm{MARK_END}" in hits[0].body_marked
    assert [h.entry.title for h in profile.search("cafe")] == ["Café visits"]
    # Whatever a person types is never FTS syntax.
    for odd in ('"', "NEAR(", "a OR b", "*", "-", "title:x", "'; DROP TABLE entries; --"):
        profile.search(odd)
    assert profile.search("   ") == []


def test_timeline_orders_by_when_it_happened_then_written(profile: Profile) -> None:
    add_entry(profile, "Moved to Leeds", happened_on=dt.date(2021, 5, 1))
    add_entry(profile, "Started college", happened_on=dt.date(2024, 9, 2))
    add_entry(profile, "Written today")
    assert [e.title for e in profile.timeline()] == ["Written today", "Started college", "Moved to Leeds"]


def test_due_for_review(profile: Profile) -> None:
    add_entry(profile, "Old plan", review_by=dt.date(2020, 1, 1))
    add_entry(profile, "Future plan", review_by=dt.date(2099, 1, 1))
    assert [e.title for e in profile.due_for_review(dt.date(2026, 1, 1))] == ["Old plan"]


def test_settings_live_in_the_encrypted_store(profile: Profile) -> None:
    assert profile.setting("auto_lock_minutes", 5) == 5
    profile.set_setting("auto_lock_minutes", 10)
    profile.set_setting("theme", "high_contrast")
    assert profile.setting("auto_lock_minutes") == 10
    assert b"high_contrast" not in profile.folder.db_path.read_bytes()


def test_entries_by_section_with_a_limit_and_counts(profile: Profile) -> None:
    first, second = profile.sections()[:2]
    for n in range(5):
        add_entry(profile, f"First {n}", section_id=first.id)
    add_entry(profile, "Second", section_id=second.id)
    latest = profile.entries(first.id, limit=3)
    assert [e.title for e in latest] == ["First 4", "First 3", "First 2"]
    assert profile.entry_counts() == {first.id: 5, second.id: 1}
