"""Journey: the young person opens their passport, then minimises it (or goes to another
app's window) and types there. The passport locks itself after the idle time. Their window
stays minimised (or behind), nothing is raised or focused, and what they type keeps going
to the other window, never into the passphrase box. When they come back to the window, the
passphrase box has the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.helpers import add_entry
from tests.journeys.window_steps import unlock_by_keys
from tests.shell_helpers import press, wait_active
from ui.app import PassportApp


@pytest.fixture
def running(qtbot, data_dir, made_profile):
    profile, _code = made_profile
    add_entry(profile, "What my nan says", "Always carry a biscuit.", important_now=True)
    profile.lock()
    app = PassportApp(["--data-dir", str(data_dir)])
    yield app
    app.close()


@pytest.fixture
def another_app(qtbot) -> QLineEdit:
    """Another program's window, where the person types while the passport waits."""
    other = QLineEdit()
    other.setWindowTitle("Another program")
    qtbot.addWidget(other)
    return other


@pytest.mark.parametrize("minimised", [True, False], ids=["minimised", "behind another window"])
def test_auto_lock_leaves_the_window_as_it_was(qtbot, running, another_app, minimised):
    window = unlock_by_keys(qtbot, running).window()
    profile = running.controller.main_window.session.profile
    if minimised:
        window.showMinimized()
        qtbot.waitUntil(window.isMinimized)
    another_app.show()
    wait_active(qtbot, another_app)

    running.guard.set_idle_msec(200)
    qtbot.waitUntil(lambda: profile.is_locked, timeout=5_000)
    start = running.controller.start_window
    assert start is window, "locking put up another window"
    assert start.pages.currentWidget() is start.unlock
    assert start.isMinimized() == minimised
    assert not start.isActiveWindow() and QApplication.activeWindow() is another_app
    assert not start.unlock.field.hasFocus()

    qtbot.keyClicks(QApplication.focusWidget(), "meant for the other window")
    assert another_app.text() == "meant for the other window"
    assert start.unlock.field.text() == ""

    # The person comes back to the window: now the passphrase box has the keyboard.
    start.showNormal()
    wait_active(qtbot, start)
    assert start.unlock.field.hasFocus()


def test_locking_from_the_window_itself_leads_straight_to_the_passphrase(qtbot, running):
    window = unlock_by_keys(qtbot, running).window()
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    start = running.controller.start_window
    assert start is window and start.isActiveWindow()
    assert start.pages.currentWidget() is start.unlock
    assert start.unlock.field.hasFocus()
