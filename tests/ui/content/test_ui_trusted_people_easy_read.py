"""Trusted people in easy read (issue 16: one thing at a time): a card with no name gets its name
first, asked on its own; then the choice of three people. By keys alone. Plainly, both stay
together (tests/ui/content/test_ui_trusted_people.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from passport.models import ProfileKind
from passport.profile import Profile
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.shell_helpers import focused, make_context, press, type_here, wait_active
from tests.suggestion_helpers import introduce, make_person
from tests.ui_sharing_helpers import AnsweringChooser
from ui.content.settings_dialog import SettingsDialog
from ui.runtime.easy_read import EASY_READ_SETTING
from ui.runtime.session import Session


@pytest.fixture
def nameless(data_dir: Path, tmp_path: Path) -> Iterator[Profile]:
    """A young person with three people's cards and no name on their own card yet."""
    owner, _code = Profile.create(data_dir, ProfileKind.YOUNG_PERSON, "Mine", PASSPHRASE, kdf=FAST_KDF)
    for kind, label, name in ((ProfileKind.CARER, "H", "Jo"), (ProfileKind.PRACTITIONER, "W", "Sam"),
                              (ProfileKind.YOUNG_PERSON, "A", "Ash")):
        person = make_person(data_dir, kind, label, name)
        introduce(owner, person, tmp_path)
        person.lock()
    yield owner
    owner.lock()


def trusted_tab(qtbot, owner: Profile, data_dir: Path, out: Path) -> tuple[SettingsDialog, object]:
    dialog = SettingsDialog(Session(owner), make_context(data_dir), files=AnsweringChooser([out]))
    qtbot.addWidget(dialog)
    dialog.show()
    wait_active(qtbot, dialog)
    tab = dialog.trusted_tab
    assert tab is not None
    dialog.pages.setCurrentWidget(tab)
    return dialog, tab


def test_easy_read_asks_the_name_first_then_the_people_by_keys_alone(qtbot, nameless: Profile, data_dir: Path,
                                                                     tmp_path: Path) -> None:
    nameless.set_setting(EASY_READ_SETTING, True)
    out = tmp_path / "stick"
    out.mkdir()
    dialog, tab = trusted_tab(qtbot, nameless, data_dir, out)
    assert tab.name_field.isVisible() and tab.name_button.isVisible()
    assert not tab.people.isVisible() and not tab.choose_caption.isVisible(), "one thing at a time"
    assert not tab.make_button.isVisible() and not tab.people_button.isVisible()
    assert not tab.name_button.isEnabled(), "nothing typed yet"

    tab.name_field.setFocus()
    type_here(qtbot, "Sky")
    press(qtbot, Qt.Key.Key_Tab)  # the name's hint is words, so the button is next
    assert focused() is tab.name_button
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(tab.people.isVisible)
    assert nameless.people.own_card().display_name == "Sky", "the name is on the card"
    assert not tab.name_field.isVisible() and not tab.name_button.isVisible()
    assert focused() is tab.people, "the keyboard goes on to the next question"
    tab.people.setCurrentIndex(tab.model.index(0, 0))
    for row in range(3):
        press(qtbot, Qt.Key.Key_Space)
        if row < 2:
            press(qtbot, Qt.Key.Key_Down)
    assert len(tab.model.chosen()) == 3 and tab.make_button.isVisible() and tab.make_button.isEnabled()
    assert dialog.isVisible()


def test_plainly_the_name_and_the_people_are_asked_together(qtbot, nameless: Profile, data_dir: Path,
                                                           tmp_path: Path) -> None:
    _dialog, tab = trusted_tab(qtbot, nameless, data_dir, tmp_path)
    assert tab.name_field.isVisible() and tab.people.isVisible()
    assert not tab.name_button.isVisible()
