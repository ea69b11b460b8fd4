"""Journey: the young person opens an entry and scrolls the editor with the mouse wheel, the
pointer passing over the section drop-down, a date and the colour. The page scrolls; the
entry stays exactly as it was, and no new version is saved. Once they choose a control
(click or Tab into it), the wheel changes that control as before."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from tests.helpers import add_entry
from tests.journeys.window_steps import unlock_by_keys, wheel_over
from tests.shell_helpers import press, type_here
from ui.app import PassportApp
from ui.windows.main_window import MainWindow

TITLE = "What my nan says"
REVIEW_ON = dt.date(2031, 5, 14)


@pytest.fixture
def running(qtbot, data_dir, made_profile):
    profile, _code = made_profile
    add_entry(profile, TITLE, "Always carry a biscuit.", review_by=REVIEW_ON, colour=None)
    profile.lock()
    app = PassportApp(["--data-dir", str(data_dir)])
    yield app
    app.close()


def open_the_entry_by_keys(qtbot, window: MainWindow) -> None:
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_here(qtbot, "biscuit")
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(window.editor.isVisible)
    assert window.editor.title_edit.text() == TITLE


def test_the_wheel_over_the_editor_scrolls_the_page_and_changes_nothing(qtbot, running):
    window = unlock_by_keys(qtbot, running)
    window.window().resize(1000, 560)  # small enough that the editor's page scrolls
    open_the_entry_by_keys(qtbot, window)
    editor = window.editor
    profile = window.session.profile
    [entry] = profile.entries()
    versions = len(profile.revisions(entry.id))
    section, colour = editor.section_combo.currentIndex(), editor.colour_combo.currentIndex()
    assert editor.review_date.isEnabled() and editor.review_date.date().toPython() == REVIEW_ON
    bar = editor.findChild(QScrollArea).verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == 0

    wheel_over(editor.section_combo)
    assert editor.section_combo.currentIndex() == section
    assert bar.value() > 0, "the page did not scroll"
    # The pointer goes where the date now shows, as a person's would (the page moved under it).
    editor.findChild(QScrollArea).ensureWidgetVisible(editor.review_date)
    scrolled = bar.value()
    assert scrolled < bar.maximum()
    wheel_over(editor.review_date)
    assert editor.review_date.date().toPython() == REVIEW_ON
    assert bar.value() > scrolled, f"the page did not scroll ({bar.value()} of {bar.maximum()})"
    wheel_over(editor.colour_combo, notches=+1)  # and back up
    assert bar.value() < bar.maximum()
    assert editor.colour_combo.currentIndex() == colour
    assert editor.body_edit.hasFocus(), "the wheel moved the keyboard focus"

    press(qtbot, Qt.Key.Key_Escape)  # Back: saves anything changed, at once
    assert not editor.isVisible()
    assert profile.entry(entry.id) == entry
    assert len(profile.revisions(entry.id)) == versions


def test_a_chosen_drop_down_still_takes_the_wheel(qtbot, running):
    window = unlock_by_keys(qtbot, running)
    open_the_entry_by_keys(qtbot, window)
    editor = window.editor
    profile = window.session.profile
    [entry] = profile.entries()
    # Tab from the words to the section drop-down, as a person choosing it would.
    while not editor.section_combo.hasFocus():
        press(qtbot, Qt.Key.Key_Tab)
    assert editor.section_combo.currentIndex() == 0

    wheel_over(editor.section_combo)  # down: the next section
    assert editor.section_combo.currentIndex() == 1
    press(qtbot, Qt.Key.Key_Escape)
    assert profile.entry(entry.id).section_id == profile.sections()[1].id


def test_passing_over_a_control_does_not_give_it_the_keyboard(qtbot, running):
    """Qt gives the keyboard to a drop-down or date the wheel passes over (its focus policy),
    before anything else sees the wheel; every such control in the editor is clicked or
    tabbed into instead."""
    window = unlock_by_keys(qtbot, running)
    open_the_entry_by_keys(qtbot, window)
    editor = window.editor
    for control in (editor.section_combo, editor.colour_combo, editor.review_date, editor.happened_date):
        assert control.focusPolicy() == Qt.FocusPolicy.StrongFocus, control.accessibleName()
