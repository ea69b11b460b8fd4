"""Easy read asks one thing at a time in the share wizard (issue 16): how long, why, the name they
will see and whether they may copy it into records are four pages there, each counted in
"Step N of M"; Back keeps every answer; the whole way is keys alone. Plainly, the four stay on one page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from passport.profile import Profile
from tests.helpers import add_entry
from tests.shell_helpers import focused, make_context, press, type_here, wait_active
from tests.ui_sharing_helpers import AnsweringChooser
from ui.runtime.easy_read import EASY_READ_SETTING
from ui.runtime.session import Session
from ui.sharing.share_wizard import CHOOSE, NAME, PERSON, PREVIEW, RECORDS, UNTIL, WHY, ShareWizard
from ui.windows.main_window import MainWindow

ALT = Qt.KeyboardModifier.AltModifier


def questions(wizard: ShareWizard) -> dict[str, QWidget]:
    """One field of each question the step after the person asks."""
    return {"how long": wizard.until_buttons["week"], "why": wizard.purpose, "name": wizard.my_name,
            "records": wizard.records.read_only}


def asked_on(wizard: ShareWizard, index: int) -> list[str]:
    page = wizard.pages.widget(index)
    return [name for name, field in questions(wizard).items() if page.isAncestorOf(field)]


@pytest.fixture
def window(qtbot, profile: Profile, data_dir: Path, chooser: AnsweringChooser, sam) -> MainWindow:
    add_entry(profile, "Music helps", "I play guitar when it gets loud.", important_now=True)
    add_entry(profile, "Quiet space", "A room with the door open a little.")
    profile.set_setting(EASY_READ_SETTING, True)
    view = MainWindow(Session(profile), make_context(data_dir), chooser)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    wait_active(qtbot, view)
    return view


def test_easy_read_asks_each_question_on_its_own_page_and_counts_them(qtbot, profile, sam) -> None:
    profile.set_setting(EASY_READ_SETTING, True)
    wizard = ShareWizard(Session(profile), AnsweringChooser([]))
    qtbot.addWidget(wizard)
    assert wizard.steps[2:6] == [UNTIL, WHY, NAME, RECORDS]
    for index in range(wizard.pages.count()):
        assert len(asked_on(wizard, index)) <= 1, f"step {index + 1} asks {asked_on(wizard, index)}"
    assert {name for index in range(wizard.pages.count()) for name in asked_on(wizard, index)} == set(
        questions(wizard))
    assert wizard.step_label.text() == "Step 1 of 8"
    titles = [label.text() for label in wizard.pages.widget(2).findChildren(QLabel)
              if label.property("role") == "title"]
    assert titles == ["For how long?"]


def test_plainly_the_four_questions_share_one_page(qtbot, profile, sam) -> None:
    wizard = ShareWizard(Session(profile), AnsweringChooser([]))
    qtbot.addWidget(wizard)
    assert wizard.steps == [CHOOSE, PERSON, UNTIL, PREVIEW, wizard.steps[-1]]
    assert asked_on(wizard, 2) == ["how long", "why", "name", "records"]
    assert wizard.step_label.text() == "Step 1 of 5"


def test_keys_alone_one_question_a_step_and_back_keeps_every_answer(qtbot, window: MainWindow) -> None:
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wizard = window.share_wizard
    assert wizard is not None
    wait_active(qtbot, wizard)
    assert focused() is wizard.entry_tree
    press(qtbot, Qt.Key.Key_Down)  # the section, then its first entry
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)
    assert len(wizard.chosen_ids()) == 1
    press(qtbot, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: wizard.current_step() == PERSON)
    press(qtbot, Qt.Key.Key_N, ALT)  # Sam is the only card, so Sam is chosen

    qtbot.waitUntil(lambda: wizard.current_step() == UNTIL)
    assert wizard.step_label.text() == "Step 3 of 8"
    assert focused() is wizard.until_buttons["month"], "the keyboard starts on the question"
    press(qtbot, Qt.Key.Key_1, ALT)  # "&1 week"
    qtbot.waitUntil(wizard.until_buttons["week"].isChecked)
    press(qtbot, Qt.Key.Key_N, ALT)

    qtbot.waitUntil(lambda: wizard.current_step() == WHY)
    assert focused() is wizard.purpose
    type_here(qtbot, "Moving to a new school")
    press(qtbot, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: wizard.current_step() == NAME)
    assert focused() is wizard.my_name
    wizard.my_name.selectAll()
    type_here(qtbot, "Sky")
    press(qtbot, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: wizard.current_step() == RECORDS)
    assert focused() is wizard.records.read_only
    press(qtbot, Qt.Key.Key_C, ALT)  # "Yes, they may &copy it into their records"
    qtbot.waitUntil(wizard.records.records_allowed)
    assert wizard.next_button.text() == "&See it first"

    for earlier in (NAME, WHY, UNTIL):
        press(qtbot, Qt.Key.Key_B, ALT)  # "&Back"
        qtbot.waitUntil(lambda step=earlier: wizard.current_step() == step)
    assert wizard.until_buttons["week"].isChecked()
    assert focused() is wizard.until_buttons["week"], "back on a question, the keyboard is on the answer given"
    for later in (WHY, NAME, RECORDS):
        press(qtbot, Qt.Key.Key_N, ALT)
        qtbot.waitUntil(lambda step=later: wizard.current_step() == step)
    assert wizard.purpose.text() == "Moving to a new school" and wizard.my_name.text() == "Sky"
    assert wizard.records.records_allowed()
    press(qtbot, Qt.Key.Key_S, ALT)

    qtbot.waitUntil(lambda: wizard.current_step() == PREVIEW)
    assert wizard.step_label.text() == "Step 7 of 8"
    text = wizard.preview.toPlainText()
    assert "Moving to a new school" in text and "Shared by Sky" in text
    assert "May be copied into their records" in text
    assert "Music helps" in text and "Quiet space" not in text


def test_easy_read_waits_for_a_name_on_its_own_step(qtbot, window: MainWindow) -> None:
    window.start_share()
    wizard = window.share_wizard
    assert wizard is not None
    wizard.choose_important_now()
    for step in (PERSON, UNTIL, WHY, NAME):
        wizard.go_next()
        assert wizard.current_step() == step
    wizard.my_name.clear()
    assert not wizard.next_button.isEnabled()
    qtbot.keyClicks(wizard.my_name, "Sky")
    assert wizard.next_button.isEnabled()
