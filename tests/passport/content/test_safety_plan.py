"""The plan for when things get hard, through the facade: each step an entry in "when things
get hard", its items the entry's lines, so it is remembered, searched, shared and erased as
entries are."""

from __future__ import annotations

from pathlib import Path

import pytest

from passport.content.safety_plan import MAX_ITEM, MAX_ITEMS, STEP_KEYS
from passport.content.sections import WHEN_THINGS_GET_HARD
from passport.errors import InvalidValue, NotFound, NotThisKindOfProfile
from passport.models import ChangeKind, ProfileKind
from passport.profile import Profile
from tests.sharing_helpers import in_a_week
from tests.suggestion_helpers import holds_text, make_person


def test_a_new_plan_has_the_seven_steps_in_order_and_nothing_written(profile: Profile) -> None:
    plan = profile.safety_plan()
    assert [step.key for step in plan] == list(STEP_KEYS)
    assert [step.title for step in plan] == [
        "My warning signs", "Things I can do myself", "People and places that take my mind off it",
        "People I can ask for help", "Professionals and crisis lines", "Making where I am safer",
        "My reasons to keep going"]
    assert all(step.prompt and step.entry_id is None and step.items == () for step in plan)
    assert profile.entries() == [], "nothing is made until something is written"


def test_a_step_is_an_entry_in_when_things_get_hard_and_keeps_its_history(profile: Profile) -> None:
    change = profile.set_plan_step("things_i_can_do", ["  Listen to music ", "", "Walk the dog"],
                                   title="Things I can do", session="s1")
    assert change is not None and change.kind is ChangeKind.ENTRY_ADDED
    entry = profile.entry(change.entry_id)
    assert entry.section_id == profile.section_by_key(WHEN_THINGS_GET_HARD).id
    assert (entry.title, entry.body) == ("Things I can do", "Listen to music\nWalk the dog")
    step = profile.safety_plan()[1]
    assert step.entry_id == entry.id and step.items == ("Listen to music", "Walk the dog")

    # Autosaves of one sitting make one revision; the next sitting, another.
    profile.set_plan_step("things_i_can_do", ["Listen to music", "Walk the dog", "Draw"], session="s1")
    again = profile.set_plan_step("things_i_can_do", ["Draw"], session="s2")
    assert again is not None and again.kind is ChangeKind.ENTRY_UPDATED and again.entry_id == entry.id
    assert [r.content.body for r in profile.revisions(entry.id)] == [
        "Draw", "Listen to music\nWalk the dog\nDraw"]
    assert profile.entry(entry.id).title == "Things I can do", "the title the owner sees stays"
    assert [hit.entry.id for hit in profile.search("draw")] == [entry.id]


def test_nothing_written_in_a_new_step_makes_nothing(profile: Profile) -> None:
    assert profile.set_plan_step("reasons", ["", "   "]) is None
    assert profile.entries() == []


def test_emptying_a_step_keeps_its_entry_and_erasing_the_entry_empties_the_step(profile: Profile) -> None:
    entry_id = profile.set_plan_step("reasons", ["My sister"]).entry_id
    profile.set_plan_step("reasons", [])
    assert profile.entry(entry_id).body == "" and profile.safety_plan()[-1].items == ()
    profile.erase_entry(entry_id)
    assert profile.safety_plan()[-1].entry_id is None
    assert holds_text(profile, "My sister") == []
    # Written again: a new entry, linked afresh.
    fresh = profile.set_plan_step("reasons", ["Football"]).entry_id
    assert fresh != entry_id and profile.safety_plan()[-1].items == ("Football",)


def test_items_are_one_line_each_and_within_limits(profile: Profile) -> None:
    profile.set_plan_step("warning_signs", ["I stop\neating", "I go quiet"])
    assert profile.safety_plan()[0].items == ("I stop eating", "I go quiet")
    with pytest.raises(InvalidValue):
        profile.set_plan_step("warning_signs", ["x"] * (MAX_ITEMS + 1))
    with pytest.raises(InvalidValue):
        profile.set_plan_step("warning_signs", ["x" * (MAX_ITEM + 1)])
    assert profile.safety_plan()[0].items == ("I stop eating", "I go quiet"), "a refused save changes nothing"
    with pytest.raises(NotFound):
        profile.set_plan_step("not_a_step", ["x"])


def test_only_a_young_persons_profile_keeps_a_plan(data_dir: Path) -> None:
    carer = make_person(data_dir, ProfileKind.CARER, "Home", "Jo")
    try:
        with pytest.raises(NotThisKindOfProfile):
            carer.set_plan_step("reasons", ["x"])
        assert carer.entries() == []
    finally:
        carer.lock()


def test_a_step_is_shared_like_any_entry(profile: Profile, practitioner: Profile, sam, tmp_path: Path) -> None:
    ask = profile.set_plan_step("people_i_can_ask", ["Auntie Mo 07700 900123", "Mr Khan at school"]).entry_id
    profile.set_plan_step("reasons", ["Not shared"])
    out = tmp_path / "plan.wpb"
    profile.sharing.make_share([ask], sam, in_a_week(), "My plan", out)
    opened = practitioner.received.open_bundle(out).subject
    assert [(e.title, e.body) for e in opened.entries] == [
        ("People I can ask for help", "Auntie Mo 07700 900123\nMr Khan at school")]
