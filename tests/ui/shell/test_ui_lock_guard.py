"""Locking: by hand, after idle time, and quick-hide, which leaves only a neutral page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from passport.profile import Profile
from tests.helpers import PASSPHRASE, add_entry
from tests.shell_helpers import press, visible_text, wait_active
from ui.app import PassportApp
from ui.windows.main_window import MainWindow

SECRET_TITLE = "What my nan says"


@pytest.fixture
def running(qtbot, data_dir, made_profile):
    profile, _code = made_profile
    add_entry(profile, SECRET_TITLE, "Always carry a biscuit.", important_now=True)
    profile.lock()
    app = PassportApp(["--data-dir", str(data_dir)])
    yield app
    app.close()


def unlock_by_keys(qtbot, app: PassportApp) -> Profile:
    start = app.controller.start_window
    wait_active(qtbot, start)
    press(qtbot, Qt.Key.Key_Return)  # open the chosen passport from the list
    assert start.pages.currentWidget() is start.unlock
    qtbot.keyClicks(start.unlock.field, PASSPHRASE)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.controller.main_window is not None, timeout=10_000)
    window = app.controller.main_window
    wait_active(qtbot, window)
    return window.session.profile


def main_window_shown() -> bool:
    # A page of the app's one window, not a window of its own (see StartWindow).
    return any(isinstance(w, MainWindow) and w.isVisible() for w in QApplication.allWidgets())


def assert_nothing_of_the_profile_shows() -> None:
    shown = visible_text()
    assert "Sky" not in shown
    assert SECRET_TITLE not in shown and "biscuit" not in shown


def test_unlock_opens_the_main_window_and_lock_button_locks(qtbot, running):
    profile = unlock_by_keys(qtbot, running)
    window = running.controller.main_window
    assert window.name_label.text() == "Sky"
    start = running.controller.start_window
    assert start.pages.currentWidget() is window and main_window_shown()
    assert not start.unlock.isVisible() and not start.launcher.isVisible()
    qtbot.mouseClick(window.lock_button, Qt.MouseButton.LeftButton)
    assert profile.is_locked
    assert running.controller.main_window is None and not main_window_shown()
    assert start.isVisible() and start.pages.currentWidget() is start.unlock
    assert start.unlock.title.text() == "Sky"


def test_auto_lock_after_a_shortened_idle_time(qtbot, running):
    profile = unlock_by_keys(qtbot, running)
    running.guard.set_idle_msec(200)
    qtbot.waitUntil(lambda: profile.is_locked, timeout=5_000)
    assert running.controller.main_window is None and not main_window_shown()
    start = running.controller.start_window
    assert start.pages.currentWidget() is start.unlock


def test_quick_hide_key_locks_at_once_and_shows_only_the_neutral_page(qtbot, running):
    profile = unlock_by_keys(qtbot, running)
    qtbot.waitUntil(lambda: SECRET_TITLE in visible_text())  # Home comes a piece per turn
    assert SECRET_TITLE in visible_text(), "the entry was on screen before hiding"
    press(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert profile.is_locked
    start = running.controller.start_window
    assert start.isVisible() and start.pages.currentWidget() is start.neutral
    assert start.windowTitle() == "Notes"
    assert_nothing_of_the_profile_shows()

    # Only a deliberate action leads back, and then to the normal unlock screen.
    qtbot.mouseClick(start.neutral.continue_button, Qt.MouseButton.LeftButton)
    assert start.pages.currentWidget() is start.unlock


def test_hide_now_button_and_key_work_with_a_dialog_open(qtbot, running):
    profile = unlock_by_keys(qtbot, running)
    window = running.controller.main_window
    window.open_settings()
    dialog = window.settings_dialog
    qtbot.waitExposed(dialog)
    dialog.name_field.setFocus()
    qtbot.keyClick(dialog.name_field, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert profile.is_locked
    assert not dialog.isVisible()
    assert_nothing_of_the_profile_shows()


def test_hide_now_button(qtbot, running):
    profile = unlock_by_keys(qtbot, running)
    qtbot.mouseClick(running.controller.main_window.hide_button, Qt.MouseButton.LeftButton)
    assert profile.is_locked
    start = running.controller.start_window
    assert start.pages.currentWidget() is start.neutral
    assert_nothing_of_the_profile_shows()


def test_typing_keeps_it_open_and_it_locks_once_typing_stops(qtbot, running):
    profile = unlock_by_keys(qtbot, running)
    running.guard.set_idle_msec(800)
    for _ in range(8):  # 1.6 s of use, twice the idle time
        qtbot.wait(200)
        press(qtbot, Qt.Key.Key_Shift)
    assert not profile.is_locked
    qtbot.waitUntil(lambda: profile.is_locked, timeout=5_000)
