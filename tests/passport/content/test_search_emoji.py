"""An emoji is something people write and look for: search finds it, in a real store."""

from __future__ import annotations

from passport.models import MARK_END, MARK_START
from passport.profile import Profile
from tests.helpers import add_entry


def test_an_emoji_finds_the_entries_that_hold_it(profile: Profile) -> None:
    dog = add_entry(profile, "Biscuit 🐶", "Walks after school make me 😊")
    add_entry(profile, "Swimming", "Tuesdays at the pool 🏊")
    add_entry(profile, "Homework", "Maths on Mondays")

    assert [h.entry.id for h in profile.search("🐶")] == [dog]
    (hit,) = profile.search("😊")
    assert hit.entry.id == dog and f"{MARK_START}😊{MARK_END}" in hit.body_marked
    assert f"{MARK_START}🐶{MARK_END}" in profile.search("🐶")[0].title_marked
    # Words and an emoji together: both must be there.
    assert [h.entry.id for h in profile.search("walks 😊")] == [dog]
    assert profile.search("maths 😊") == []
    assert profile.search("🦄") == []


def test_an_emoji_typed_with_its_presentation_selector_still_finds_it(profile: Profile) -> None:
    heart = add_entry(profile, "My nan", "Sundays at hers ❤")
    assert [h.entry.id for h in profile.search("❤️")] == [heart]
