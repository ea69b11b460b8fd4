"""Unlocking with the passphrase or the recovery code; the key derivation runs in a worker."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QThreadPool

from passport.errors import WrongSecret
from tests.helpers import PASSPHRASE
from tests.shell_helpers import focused, make_context, press, type_here
from ui.runtime.messages import message_for
from ui.shell.unlock_view import UnlockView


@pytest.fixture
def unlock(qtbot, data_dir, made_profile):
    profile, _code = made_profile
    profile.lock()
    view = UnlockView(make_context(data_dir))
    qtbot.addWidget(view)
    view.show_profile(profile.folder)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def test_unlock_with_the_passphrase_runs_in_a_worker(qtbot, unlock, made_profile):
    assert unlock.title.text() == "Sky"
    assert focused() is unlock.field
    type_here(qtbot, PASSPHRASE)
    with qtbot.waitSignal(unlock.unlocked, timeout=10_000) as opened:
        press(qtbot, Qt.Key.Key_Return)
        # The call returned before the key was derived: the window is free and says so.
        assert unlock.is_busy
        assert unlock.status.text() == "Opening…" and unlock.status.isVisible()
        assert not unlock.unlock_button.isEnabled()
    profile = opened.args[0]
    assert not profile.is_locked and profile.label == "Sky"
    assert unlock.field.text() == "", "the passphrase does not linger in the field"
    assert not unlock.status.isVisible()
    profile.lock()


def test_wrong_passphrase_says_so_and_selects_it_for_retyping(qtbot, unlock):
    type_here(qtbot, "not the right one")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not unlock.is_busy, timeout=10_000)
    assert unlock.error.text() == message_for(WrongSecret("passphrase"))
    assert unlock.field.selectedText() == "not the right one"
    assert focused() is unlock.field
    type_here(qtbot, PASSPHRASE)  # typing replaces the selection
    with qtbot.waitSignal(unlock.unlocked, timeout=10_000) as opened:
        press(qtbot, Qt.Key.Key_Return)
    opened.args[0].lock()


def test_unlock_with_the_recovery_code(qtbot, unlock, made_profile):
    _profile, code = made_profile
    qtbot.mouseClick(unlock.toggle, Qt.MouseButton.LeftButton)
    assert unlock.field.accessibleName() == "Recovery code"
    assert focused() is unlock.field
    type_here(qtbot, code.replace("-", " ").lower())  # spaces and case are forgiven
    with qtbot.waitSignal(unlock.unlocked, timeout=10_000) as opened:
        qtbot.mouseClick(unlock.unlock_button, Qt.MouseButton.LeftButton)
    profile = opened.args[0]
    assert not profile.is_locked
    profile.lock()


def test_going_back_while_opening_keeps_the_profile_closed(qtbot, data_dir, made_profile):
    profile, _code = made_profile
    profile.lock()
    # A one-thread pool, held busy, so the unlock waits in line until the test lets it go.
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    gate = threading.Event()
    pool.start(lambda: gate.wait(10))
    view = UnlockView(make_context(data_dir, pool=pool))
    qtbot.addWidget(view)
    view.show_profile(profile.folder)
    qtbot.keyClicks(view.field, PASSPHRASE)
    qtbot.keyClick(view.field, Qt.Key.Key_Return)
    worker = view._opening.job
    assert worker is not None
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    with qtbot.assertNotEmitted(view.unlocked), qtbot.waitSignal(worker.signals.finished) as late:
        gate.set()
    assert late.args[0].is_locked
    pool.waitForDone()
