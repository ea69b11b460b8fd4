"""Journey: Ctrl+L locks at once from inside any dialog of an open profile, as Hide now does
(a modal dialog blocked the window's own shortcut and covered its Lock button). The dialogs
go, the unlock screen shows, and words already typed in the passport are kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

from passport.models import ProfileKind
from tests.helpers import PASSPHRASE, add_entry
from tests.journeys.window_steps import unlock_by_keys
from tests.sharing_helpers import make_practitioner
from tests.suggestion_helpers import make_person
from ui.app import PassportApp

CTRL = Qt.KeyboardModifier.ControlModifier


def open_dialogs() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def press_ctrl_l_in(qtbot, widget: QWidget) -> None:
    """Ctrl+L typed where the keyboard is, inside the dialog in front."""
    qtbot.keyClick(widget, Qt.Key.Key_L, CTRL)


def assert_locked_to_the_unlock_screen(app: PassportApp, profile) -> None:
    assert profile.is_locked
    start = app.controller.start_window
    assert app.controller.main_window is None
    assert start.pages.currentWidget() is start.unlock
    assert open_dialogs() == []


@pytest.fixture
def young(qtbot, data_dir, made_profile):
    profile, _code = made_profile
    add_entry(profile, "Music helps", "I play guitar.", important_now=True)
    profile.lock()
    app = PassportApp(["--data-dir", str(data_dir)])
    yield app
    app.close()


def test_ctrl_l_in_settings_locks(qtbot, young):
    window = unlock_by_keys(qtbot, young)
    profile = window.session.profile
    window.open_settings()
    dialog = window.settings_dialog
    qtbot.waitExposed(dialog)
    dialog.name_field.setFocus()
    press_ctrl_l_in(qtbot, dialog.name_field)
    assert_locked_to_the_unlock_screen(young, profile)


def test_ctrl_l_in_the_share_wizard_locks(qtbot, young):
    window = unlock_by_keys(qtbot, young)
    profile = window.session.profile
    window.start_share()
    wizard = window.share_wizard
    qtbot.waitExposed(wizard)
    press_ctrl_l_in(qtbot, QApplication.focusWidget() or wizard)
    assert_locked_to_the_unlock_screen(young, profile)


def test_ctrl_l_in_an_editing_dialog_locks_and_keeps_what_was_typed_in_the_editor(qtbot, young):
    window = unlock_by_keys(qtbot, young)
    profile = window.session.profile
    (entry,) = profile.entries()
    window.open_entry(entry.id)
    editor = window.editor
    qtbot.waitUntil(editor.isVisible)
    editor.body_edit.setFocus()
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(editor.body_edit, " And drums.")
    home = window.home
    home.edit_boundaries()
    dialog = home.boundaries_dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.call_me, "Sky")
    press_ctrl_l_in(qtbot, dialog.call_me)
    assert_locked_to_the_unlock_screen(young, profile)
    start = young.controller.start_window
    qtbot.keyClicks(start.unlock.field, PASSPHRASE)
    qtbot.keyClick(start.unlock.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: young.controller.main_window is not None, timeout=10_000)
    reopened = young.controller.main_window.session.profile
    (again,) = reopened.entries()
    assert again.body.endswith("And drums.")  # the editor's words were saved, as Lock does


def test_ctrl_l_in_a_file_chooser_locks(qtbot, young):
    window = unlock_by_keys(qtbot, young)
    profile = window.session.profile
    window.open_backup_dialog()
    dialog = window.backup_dialog
    qtbot.waitExposed(dialog)
    seen: list[QFileDialog] = []

    def press_in_chooser() -> None:
        chooser = QApplication.activeModalWidget()
        if not isinstance(chooser, QFileDialog) or not chooser.isVisible():
            QTimer.singleShot(10, press_in_chooser)
            return
        seen.append(chooser)
        press_ctrl_l_in(qtbot, QApplication.focusWidget() or chooser)
        if chooser.isVisible():  # the test fails rather than waiting for ever
            chooser.reject()

    QTimer.singleShot(0, press_in_chooser)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # the chooser runs until answered
    assert seen, "the file chooser never showed"
    assert_locked_to_the_unlock_screen(young, profile)


@pytest.mark.parametrize("kind", [ProfileKind.CARER, ProfileKind.PRACTITIONER])
def test_ctrl_l_in_settings_locks_the_carers_and_practitioners_windows(qtbot, data_dir, kind):
    if kind is ProfileKind.PRACTITIONER:
        person = make_practitioner(data_dir)
    else:
        person = make_person(data_dir, kind, "Helping", "Sam Lee")
    person.lock()
    app = PassportApp(["--data-dir", str(data_dir)])
    try:
        window = unlock_by_keys(qtbot, app)
        profile = window.session.profile
        window.open_settings()
        dialog = window.settings_dialog
        qtbot.waitExposed(dialog)
        dialog.name_field.setFocus()
        press_ctrl_l_in(qtbot, dialog.name_field)
        assert_locked_to_the_unlock_screen(app, profile)
    finally:
        app.close()
