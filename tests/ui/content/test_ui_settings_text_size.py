"""Settings' text size as a new user met it: Enter stays in the box, a size out of range is
said, 200 % is a few presses or one click away, and the window shrinks again after 200 %."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.shell_helpers import make_context
from ui.content.settings_dialog import SettingsDialog
from ui.runtime.session import Session


@pytest.fixture
def session(qtbot, made_profile):
    return Session(made_profile[0])


@pytest.fixture
def context(data_dir):
    context = make_context(data_dir)
    yield context
    context.theme.use_defaults()


@pytest.fixture
def dialog(qtbot, session, context):
    view = SettingsDialog(session, context)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_enter_in_the_text_size_box_does_not_save_the_name(qtbot, dialog, session):
    dialog.name_field.selectAll()
    qtbot.keyClicks(dialog.name_field, "Maths homework")  # typed, not saved
    dialog.text_size.setFocus()
    dialog.text_size.selectAll()
    qtbot.keyClicks(dialog.text_size, "130")
    qtbot.keyClick(dialog.text_size, Qt.Key.Key_Return)
    assert session.profile.label == "Sky", "Enter in the text size box pressed Save the name"
    assert "Maths homework" not in dialog.name_status.text()
    assert dialog.text_size.value() == 130 and dialog.isVisible()


def test_a_size_too_big_becomes_200_and_the_range_is_said(qtbot, dialog, context):
    dialog.text_size.setFocus()
    dialog.text_size.selectAll()
    qtbot.keyClicks(dialog.text_size, "999")
    assert not dialog.text_size_note.isVisible()
    qtbot.keyClick(dialog.text_size, Qt.Key.Key_Return)
    assert dialog.text_size.value() == 200
    qtbot.waitUntil(lambda: context.theme.text_scale == 200)
    assert dialog.text_size_note.isVisible()
    note = dialog.text_size_note.text()
    assert "100 %" in note and "200 %" in note


def test_a_size_too_small_becomes_100_and_the_range_is_said(qtbot, dialog):
    dialog.text_size.setValue(150)
    dialog.text_size.setFocus()
    dialog.text_size.selectAll()
    qtbot.keyClicks(dialog.text_size, "20")
    qtbot.keyClick(dialog.text_size, Qt.Key.Key_Return)
    assert dialog.text_size.value() == 100
    assert dialog.text_size_note.isVisible()


def test_page_up_twice_reaches_200_and_one_click_on_a_choice_sets_it(qtbot, dialog, context):
    dialog.text_size.setFocus()
    qtbot.keyClick(dialog.text_size, Qt.Key.Key_PageUp)
    assert dialog.text_size.value() == 150
    qtbot.keyClick(dialog.text_size, Qt.Key.Key_PageUp)
    assert dialog.text_size.value() == 200
    qtbot.keyClick(dialog.text_size, Qt.Key.Key_Down)
    assert dialog.text_size.value() == 190  # an arrow is 10 %
    qtbot.mouseClick(dialog.text_size_choices.buttons[130], Qt.MouseButton.LeftButton)
    assert dialog.text_size.value() == 130 and context.theme.text_scale == 130
    assert dialog.text_size_choices.buttons[130].isChecked()
    assert not dialog.text_size_choices.buttons[200].isChecked()
    for percent, button in dialog.text_size_choices.buttons.items():
        assert str(percent) in button.accessibleName()


def test_the_window_shrinks_again_after_200(qtbot, dialog, context):
    at_first = dialog.size()
    qtbot.mouseClick(dialog.text_size_choices.buttons[200], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.width() > at_first.width() + 50)  # it grew with the text
    qtbot.mouseClick(dialog.text_size_choices.buttons[100], Qt.MouseButton.LeftButton)
    assert context.theme.text_scale == 100
    qtbot.waitUntil(lambda: dialog.width() <= at_first.width() + 8 and dialog.height() <= at_first.height() + 8)


@pytest.mark.parametrize("box", ["idle_minutes", "reminder_days"])
def test_enter_in_the_other_number_boxes_presses_no_button(qtbot, dialog, session, box):
    dialog.name_field.selectAll()
    qtbot.keyClicks(dialog.name_field, "Maths homework")  # typed on the first page, not saved
    field = getattr(dialog, box)
    dialog.pages.setCurrentWidget(next(dialog.pages.widget(i) for i in range(dialog.pages.count())
                                       if dialog.pages.widget(i).isAncestorOf(field)))
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "7")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert session.profile.label == "Sky", "Enter in a number box pressed another page's button"
    assert field.value() == 7 and dialog.isVisible()
