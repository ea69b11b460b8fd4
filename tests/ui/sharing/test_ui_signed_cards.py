"""The People page with cards whose words were changed: a signed card changed on the way, and an
older unsigned card trying to rename someone kept from a signed one. One plain sentence each,
nothing kept or changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from passport.profile import Profile
from tests.shell_helpers import make_context, wait_active
from tests.ui_sharing_helpers import AnsweringChooser
from ui.runtime.session import Session
from ui.sharing.people_view import PeopleView
from ui.windows.main_window import PEOPLE, MainWindow


@pytest.fixture
def window(qtbot, profile: Profile, data_dir: Path, chooser: AnsweringChooser) -> MainWindow:
    profile.people.set_card_details("Sky")
    view = MainWindow(Session(profile), make_context(data_dir), chooser)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    wait_active(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert view.current_page() == PEOPLE
    return view


def test_a_card_renamed_on_the_way_is_refused_in_plain_words(qtbot, window, chooser, practitioner, profile,
                                                           tmp_path) -> None:
    people: PeopleView = window.people
    path = tmp_path / "sam.wpcard"
    practitioner.people.export_card(path)
    path.write_text(path.read_text().replace('"Sam Lee"', '"Sam Lea"'))
    chooser.answer(path)
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "damaged" in people.status.text())
    assert people.dialog is None and profile.people.contacts() == []
    window.grab().save("/tmp/h71-renamed-card.png")


def test_an_older_unsigned_card_does_not_rename_someone_kept(qtbot, window, chooser, practitioner, profile,
                                                           tmp_path) -> None:
    people: PeopleView = window.people
    path = tmp_path / "sam.wpcard"
    practitioner.people.export_card(path)
    chooser.answer(path)  # Sam's signed card, added through the page
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: people.dialog is not None and people.dialog.isVisible())
    qtbot.mouseClick(people.dialog.later_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "is added" in people.status.text())
    (kept,) = profile.people.contacts()
    fields = json.loads(path.read_text())
    del fields["signature"]
    path.write_text(json.dumps(fields | {"version": 1, "display_name": "Someone Else"}))
    chooser.answer(path)
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: people.dialog is not None and people.dialog.isVisible())
    qtbot.mouseClick(people.dialog.later_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "older version" in people.status.text())
    assert profile.people.contacts() == [kept] and kept.display_name == "Sam Lee"
    # The whole sentence shows: the label is as tall as its wrapped words.
    qtbot.waitUntil(lambda: people.status.height() >= people.status.heightForWidth(people.status.width()))
    window.grab().save("/tmp/h71-older-card.png")
