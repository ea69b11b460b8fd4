"""The plan for when things get hard as Jay met it on Home: its steps in the plan's order (not
7, 4, 3 as they were last written), and each thing in a step on a line of its own, on Home's
cards and in the section's whole list; other sections keep newest first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex

from passport.content.safety_plan import STEP_KEYS
from passport.profile import Profile
from tests.helpers import add_entry
from ui.content.entry_list_model import EntryListModel
from ui.content.home_view import HomeView
from ui.runtime.session import Session

PEOPLE = ["Sam, my foster carer, 07700 900123", "Mrs Ahmed at school"]


@pytest.fixture
def session(profile: Profile) -> Session:
    # Written in the order 3, 4, 7: newest first would show 7, 4, 3.
    profile.set_plan_step(STEP_KEYS[2], ["Football at the park"])
    profile.set_plan_step(STEP_KEYS[3], PEOPLE)
    profile.set_plan_step(STEP_KEYS[6], ["My little brother", "Going to college"])
    return Session(profile)


@pytest.fixture
def home(qtbot, session: Session) -> HomeView:
    view = HomeView(session)
    qtbot.addWidget(view)
    view.resize(900, 800)
    view.show()
    return view


def plan_section(profile: Profile) -> int:
    return profile.section_by_key("when_things_get_hard").id


def titles(model: EntryListModel) -> list[str]:
    return [model.index(row).data() for row in range(model.rowCount())]


def test_home_shows_the_plan_in_its_order_and_each_thing_on_its_own_line(qtbot, home, profile) -> None:
    cards = home.block(plan_section(profile)).cards
    assert [card.entry.title for card in cards] == ["People and places that take my mind off it",
                                                    "People I can ask for help", "My reasons to keep going"]
    people = cards[1]
    # Home builds its sections a turn at a time: the card is sized when its layout next runs.
    qtbot.waitUntil(lambda: people.height() >= people.heightForWidth(people.width()))
    assert people.shown_texts()[1] == "\n".join(PEOPLE), "one line each, not run together"
    assert people.heightForWidth(600) > cards[0].heightForWidth(600), "two lines take the room of two"
    assert "07700 900123; Mrs Ahmed" in people.accessibleDescription(), "apart when read aloud too"


def test_a_step_written_later_takes_its_place_in_the_plan(qtbot, home, session, profile) -> None:
    session.apply(profile.set_plan_step(STEP_KEYS[0], ["I stop answering messages"]))
    home.refresh_stale()
    cards = home.block(plan_section(profile)).cards
    assert [card.entry.title for card in cards] == ["My warning signs", "People and places that take my mind off it",
                                                    "People I can ask for help"]


def test_the_whole_list_keeps_the_plan_order_and_shows_each_thing(qtbot, home, session, profile) -> None:
    own = add_entry(profile, "A note of my own", "Written last", section_id=plan_section(profile))
    home.show_section(plan_section(profile))
    page = home.section_list
    assert titles(page.model) == ["People and places that take my mind off it", "People I can ask for help",
                                  "My reasons to keep going", "A note of my own"]
    assert page.list_label.text() == "&Entries, the plan's steps first"
    people = page.model.index(1)
    assert page.delegate.lines(people.data(EntryListModel.EntryRole)) == ["People I can ask for help", *PEOPLE]
    one_line = page.list.visualRect(page.model.index(0)).height()
    assert page.list.visualRect(people).height() > one_line, "the row has room for each line"
    # A step written while the list is open goes to its place, not to the top.
    session.apply(profile.set_plan_step(STEP_KEYS[4], ["My social worker, Dee"]))
    assert titles(page.model)[2:4] == ["Professionals and crisis lines", "My reasons to keep going"]
    assert titles(page.model)[-1] == "A note of my own" and own
    session.apply(profile.set_plan_step(STEP_KEYS[6], [f"Reason {n}" for n in range(1, 9)]))
    reasons = page.model.index(3).data(EntryListModel.EntryRole)
    assert page.delegate.lines(reasons)[1:] == ["Reason 1", "Reason 2", "Reason 3", "Reason 4", "Reason 5",
                                                "and 3 more"]


def test_other_sections_stay_newest_first_with_their_lines_kept_apart(qtbot, home, profile) -> None:
    people = profile.section_by_key("people").id
    add_entry(profile, "Older", "x", section_id=people)
    add_entry(profile, "Who to call", "\n".join(PEOPLE), section_id=people)
    home.show_section(people)
    page = home.section_list
    assert titles(page.model) == ["Who to call", "Older"]
    assert page.list.uniformItemSizes(), "a long list stays quick"
    first = page.model.index(0, 0, QModelIndex())
    assert page.delegate.lines(first.data(EntryListModel.EntryRole))[1] == " · ".join(PEOPLE)
