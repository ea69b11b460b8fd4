"""The plan for when things get hard, as the young person uses it: one press from anywhere in
their window, the free lines first, then the steps, kept as they type (keys and clicks)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from passport.content.safety_plan import MAX_ITEM
from passport.content.sections import WHEN_THINGS_GET_HARD
from passport.profile import Profile
from tests.helpers import PASSPHRASE
from tests.shell_helpers import focused, make_context, press, type_here, wait_active
from ui.runtime.session import Session
from ui.windows.main_window import HOME, PLAN, MainWindow

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, profile: Profile, data_dir) -> MainWindow:
    window = MainWindow(Session(profile), make_context(data_dir))
    qtbot.addWidget(window)
    window.resize(1000, 760)
    window.show()
    wait_active(qtbot, window)
    return window


def shown_words(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def test_ctrl_shift_p_from_anywhere_opens_the_plan_with_the_lines_first(qtbot, window: MainWindow) -> None:
    window.show_page(HOME)
    press(qtbot, Qt.Key.Key_P, CTRL_SHIFT)
    assert window.current_page() == PLAN
    assert window.navigation.currentRow() == -1, "none of the pages on the left is marked"
    words = shown_words(window.plan)
    for number in ("116 123", "85258", "0800 1111", "111"):
        assert number in words
    titles = [block.heading.text().translate(dict.fromkeys(map(ord, "\u200e\u200f\u2068\u2069")))
              for block in window.plan.blocks]  # without the marks that keep the number first
    assert titles[0] == "1. My warning signs" and titles[-1] == "7. My reasons to keep going" and len(titles) == 7
    assert focused() is window.plan.blocks[0].field, "the keyboard is in the first step, ready to write"
    assert "mental health" not in words.casefold()

    # From the editor too, and by the button.
    window.new_entry_here()
    press(qtbot, Qt.Key.Key_P, CTRL_SHIFT)
    assert window.current_page() == PLAN
    window.show_page(HOME)
    qtbot.mouseClick(window.plan_button, Qt.MouseButton.LeftButton)
    assert window.current_page() == PLAN
    assert window.plan_button.accessibleName() == "When things get hard"
    assert "Ctrl+Shift+P" in window.plan_button.toolTip()


def test_what_is_typed_is_kept_as_an_entry_in_when_things_get_hard(qtbot, window: MainWindow,
                                                                   profile: Profile) -> None:
    window.open_plan()
    type_here(qtbot, "I stop answering messages")
    press(qtbot, Qt.Key.Key_Return)
    type_here(qtbot, "I can't sleep")
    press(qtbot, Qt.Key.Key_Tab)  # on to the next step: the first is kept at once
    assert focused() is window.plan.blocks[1].field
    step = profile.safety_plan()[0]
    assert step.items == ("I stop answering messages", "I can't sleep")
    entry = profile.entry(step.entry_id)
    assert entry.section_id == profile.section_by_key(WHEN_THINGS_GET_HARD).id
    assert entry.title == "My warning signs"

    # A pause in typing keeps it too, without leaving the field.
    type_here(qtbot, "Music")
    qtbot.waitUntil(lambda: profile.safety_plan()[1].items == ("Music",), timeout=5_000)
    # And it is on Home, in "When things get hard", like any entry.
    window.show_page(HOME)
    window.home.refresh_stale()
    hard = profile.section_by_key(WHEN_THINGS_GET_HARD).id
    assert {card.entry.title for card in window.home.block(hard).cards} == {
        "My warning signs", "Things I can do myself"}


def test_locking_keeps_what_was_typed_a_moment_before(qtbot, window: MainWindow, profile: Profile) -> None:
    window.open_plan()
    window.plan.blocks[-1].field.setFocus()
    type_here(qtbot, "My little brother")
    window.session.lock()
    reopened = Profile.open_with_passphrase(profile.folder, PASSPHRASE)
    try:
        assert reopened.safety_plan()[-1].items == ("My little brother",)
    finally:
        reopened.lock()


def test_a_step_too_long_says_so_and_keeps_the_words(qtbot, window: MainWindow, profile: Profile) -> None:
    window.open_plan()
    block = window.plan.blocks[0]
    long_line = "a" * (MAX_ITEM + 1)
    block.field.setPlainText(long_line)  # as if pasted
    press(qtbot, Qt.Key.Key_Tab)
    assert block.status.isVisible() and "500" in block.status.text()
    assert block.field.toPlainText() == long_line
    assert profile.safety_plan()[0].entry_id is None
    block.field.setFocus()
    press(qtbot, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    for _ in range(2):
        press(qtbot, Qt.Key.Key_Backspace)
    press(qtbot, Qt.Key.Key_Tab)
    assert not block.status.isVisible()
    assert profile.safety_plan()[0].items == ("a" * (MAX_ITEM - 1),)


def test_a_step_edited_elsewhere_shows_here(qtbot, window: MainWindow, profile: Profile) -> None:
    window.open_plan()
    entry_id = window.session.apply(profile.set_plan_step("reasons", ["Football"])).entry_id
    assert window.plan.block("reasons").field.toPlainText() == "Football"
    content = profile.entry(entry_id).content.model_copy(update={"body": "Football\nMy dog"})
    window.session.apply(profile.update_entry(entry_id, content))
    assert window.plan.block("reasons").field.toPlainText() == "Football\nMy dog"
    window.session.apply(profile.erase_entry(entry_id))
    assert window.plan.block("reasons").field.toPlainText() == ""


def test_every_step_field_is_named_and_its_heading_is_its_buddy(window: MainWindow) -> None:
    window.open_plan()
    for block in window.plan.blocks:
        assert isinstance(block.field, QPlainTextEdit)
        assert block.field.accessibleName() == block.title
        assert block.heading.buddy() is block.field
        assert block.field.tabChangesFocus(), "Tab moves on, so the page works by keyboard alone"
