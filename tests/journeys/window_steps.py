"""Steps the journeys share: what a person does in the real app's windows (keys, clicks and
the mouse wheel), and what they can see afterwards."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from tests.helpers import PASSPHRASE
from tests.shell_helpers import press, wait_active
from ui.app import PassportApp

NOTCH = 120  # one click of an ordinary mouse wheel, in eighths of a degree


def unlock_by_keys(qtbot, app: PassportApp, passphrase: str = PASSPHRASE) -> QMainWindow:
    """From the list of passports: Enter on the one chosen, the passphrase, Enter; the
    profile's window once it is open and has the keyboard."""
    start = app.controller.start_window
    wait_active(qtbot, start)
    press(qtbot, Qt.Key.Key_Return)
    assert start.pages.currentWidget() is start.unlock
    qtbot.keyClicks(start.unlock.field, passphrase)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.controller.main_window is not None, timeout=10_000)
    window = app.controller.main_window
    wait_active(qtbot, window)
    return window


def wheel_over(widget: QWidget, notches: int = -1) -> None:
    """One turn of the wheel (down, by default) with the pointer over the middle of
    ``widget``, delivered as Qt delivers a real one: to the widget under the pointer, then
    to each one around it in turn until one takes it."""
    window = widget.window()
    global_pos = widget.mapToGlobal(widget.rect().center())
    target = window.childAt(window.mapFromGlobal(global_pos)) or window
    position = QPointF(target.mapFromGlobal(global_pos))
    while target is not None:
        event = QWheelEvent(position, QPointF(global_pos), QPoint(), QPoint(0, notches * NOTCH),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        if QApplication.sendEvent(target, event) and event.isAccepted():
            return
        if target.isWindow():
            return
        position = target.mapToParent(position)
        target = target.parentWidget()
