"""Journey (the walk of 30 November, item 2): in Settings the young person makes a new recovery
code with their passphrase, sees it, and presses Ctrl+Shift+H before typing its last group
back. Nothing changed: the old code still opens the passport and the new one never does. On
the next unlock the app says so, once, in plain words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from passport.errors import WrongSecret
from passport.profile import Profile
from tests.helpers import PASSPHRASE
from tests.journeys.window_steps import unlock_by_keys
from ui.app import PassportApp

HIDE_NOW = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
UNFINISHED = "You didn't finish making a new code. Your old code still works."


@pytest.fixture
def running(qtbot, data_dir, made_profile):
    profile, code = made_profile
    folder = profile.folder
    profile.lock()
    app = PassportApp(["--data-dir", str(data_dir)])
    yield app, folder, code
    app.close()


def _said_unfinished() -> list[QMessageBox]:
    return [box for box in QApplication.topLevelWidgets()
            if isinstance(box, QMessageBox) and box.isVisible() and box.text() == UNFINISHED]


def test_hide_now_before_the_check_leaves_the_old_code_working(qtbot, running):
    app, folder, old_code = running
    window = unlock_by_keys(qtbot, app)
    window.open_settings()
    settings = window.settings_dialog
    qtbot.waitExposed(settings)
    tab = settings.recovery_tab
    settings.pages.setCurrentWidget(tab)
    qtbot.keyClicks(tab.passphrase, PASSPHRASE)
    qtbot.keyClick(tab.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(tab.code_view.isVisible, timeout=10_000)
    new_code = "-".join(tab.code_view.code_label.text().split())

    qtbot.keyClick(settings, Qt.Key.Key_H, HIDE_NOW)
    start = app.controller.start_window
    assert start.pages.currentWidget() is start.neutral
    assert tab.code_view.code_label.text() == ""

    # Back in with the passphrase: the app says plainly that nothing changed, once.
    qtbot.mouseClick(start.neutral.continue_button, Qt.MouseButton.LeftButton)
    assert start.pages.currentWidget() is start.unlock
    qtbot.keyClicks(start.unlock.field, PASSPHRASE)
    qtbot.keyClick(start.unlock.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.controller.main_window is not None, timeout=10_000)
    qtbot.waitUntil(lambda: bool(_said_unfinished()))
    (box,) = _said_unfinished()
    box.button(QMessageBox.StandardButton.Ok).click()
    app.controller.lock()
    qtbot.waitUntil(lambda: app.controller.main_window is None)
    assert not _said_unfinished()

    with pytest.raises(WrongSecret):
        Profile.open_with_recovery_code(folder, new_code)
    profile = Profile.open_with_recovery_code(folder, old_code)
    try:
        assert not profile.unfinished_recovery_code(), "said once, not at every unlock"
    finally:
        profile.lock()
