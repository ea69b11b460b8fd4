"""After the recovery code opens a profile: the new-passphrase dialog comes first, is not
closed by accident, closes without asking when the profile locks, and asks again next time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from passport.models import ProfileKind
from passport.profile import Profile
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.shell_helpers import make_context, press, type_here, wait_active, when_dialog_asks
from ui.app import AppController
from ui.shell.lock_guard import LockGuard
from ui.shell.new_passphrase_dialog import ASK, CODE, NewPassphraseDialog
from ui.widgets.confirm_dialog import ConfirmDialog

NEW_PASSPHRASE = "orange lantern by the quiet harbour"


@pytest.fixture
def controller(qtbot, data_dir: Path) -> Iterator[AppController]:
    app = QApplication.instance()
    guard = LockGuard(app)
    made = AppController(make_context(data_dir), guard)
    yield made
    made.shut_down()
    for window in (made.main_window, made.start_window):
        if window is not None:
            window.close()
    app.removeEventFilter(guard)


def open_with_code(qtbot, controller: AppController, folder, code: str) -> NewPassphraseDialog:
    controller.open_profile(Profile.open_with_recovery_code(folder, code))
    dialog = controller.new_passphrase_dialog
    assert dialog is not None and dialog.isVisible()
    wait_active(qtbot, dialog)
    return dialog


def answer(qtbot, button: str) -> list[QWidget]:
    def click(question: QWidget) -> None:
        assert isinstance(question, ConfirmDialog)
        target = question.confirm_button if button == "confirm" else question.keep_button
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    return when_dialog_asks(ConfirmDialog, click)


def test_the_passphrase_opens_no_such_dialog(qtbot, controller, made_profile) -> None:
    profile, _code = made_profile
    controller.open_profile(profile)
    assert controller.new_passphrase_dialog is None


def test_locking_closes_it_without_asking_and_the_code_asks_again(qtbot, controller, made_profile) -> None:
    profile, code = made_profile
    profile.lock()
    dialog = open_with_code(qtbot, controller, profile.folder, code)
    type_here(qtbot, NEW_PASSPHRASE)
    controller.lock()  # the idle timer, or Lock: no question stands in the way
    assert not dialog.isVisible() and controller.new_passphrase_dialog is None
    assert dialog.passphrase.first.text() == "", "nothing typed is left behind"
    again = open_with_code(qtbot, controller, profile.folder, code)
    assert again.current_step() == ASK
    Profile.open_with_passphrase(profile.folder, PASSPHRASE).lock()  # unchanged so far


def test_closing_at_the_code_asks_and_keep_it_open_keeps_it(qtbot, controller, made_profile) -> None:
    profile, code = made_profile
    profile.lock()
    dialog = open_with_code(qtbot, controller, profile.folder, code)
    qtbot.keyClicks(dialog.passphrase.first, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.passphrase.second, NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.current_step() == CODE, timeout=10_000)
    shown = dialog.code_view.code_label.text().split()
    assert not dialog.done_button.isEnabled()

    asked = answer(qtbot, "keep")
    dialog.close()  # the window's close button
    assert asked and asked[0].windowTitle() == "Close without keeping the new code?"
    assert dialog.isVisible()

    wait_active(qtbot, dialog)
    asked = answer(qtbot, "confirm")
    press(qtbot, Qt.Key.Key_Escape)
    assert asked and not dialog.isVisible()
    assert dialog.code_view.code_label.text() == "", "the code is shown once"
    # The new passphrase was kept, and the code shown is the one that opens it now.
    Profile.open_with_passphrase(profile.folder, NEW_PASSPHRASE).lock()
    Profile.open_with_recovery_code(profile.folder, "-".join(shown)).lock()


def test_a_practitioner_chooses_a_passphrase_first_then_names_their_card(qtbot, controller, data_dir) -> None:
    practitioner, code = Profile.create(data_dir, ProfileKind.PRACTITIONER, "Work", PASSPHRASE, kdf=FAST_KDF)
    folder = practitioner.folder
    practitioner.lock()  # made, but the card has no name yet
    dialog = open_with_code(qtbot, controller, folder, code)
    window = controller.main_window
    assert window.card_dialog is None, "one question at a time"
    asked = answer(qtbot, "confirm")
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert asked
    qtbot.waitUntil(lambda: window.card_dialog is not None and window.card_dialog.isVisible())
