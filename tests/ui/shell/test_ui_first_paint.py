"""The app-wide event filters go on just after the first screen has painted (issue 15).

While any Python filter sees every event of the application, the first event of each of Qt's
private widget classes makes PySide look through all of its types, about 30 ms before the
first paint. So the lock guard (idle time, the quick-hide key) watches the application only
once the start window has painted; nothing is open to lock or hide before then.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.shell_helpers import wait_active
from ui.app import PassportApp
from ui.shell.lock_guard import LockGuard


def _hide_key() -> QKeyEvent:
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_H, modifiers)


def test_a_guard_made_without_watching_sees_no_key_until_it_watches(qtbot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    guard = LockGuard(QApplication.instance(), watch=False)
    guard.start()
    hidden: list[bool] = []
    guard.hide_requested.connect(lambda: hidden.append(True))

    QApplication.sendEvent(field, _hide_key())
    assert hidden == []

    guard.watch(QApplication.instance())
    QApplication.sendEvent(field, _hide_key())
    assert hidden == [True]
    QApplication.instance().removeEventFilter(guard)


def test_the_app_watches_once_its_start_window_has_painted(qtbot, data_dir, made_profile) -> None:
    made_profile[0].lock()
    painted: list[bool] = []
    app = PassportApp(["--data-dir", str(data_dir)])
    try:
        app.controller.first_painted.connect(lambda: painted.append(True))
        app.guard.start()  # as if a profile were open: the quick-hide key would hide it
        hidden: list[bool] = []
        app.guard.hide_requested.connect(lambda: hidden.append(True))
        start = app.controller.start_window
        QApplication.sendEvent(start, _hide_key())
        assert painted == [] and hidden == []  # nothing painted yet: not watching

        wait_active(qtbot, start)
        qtbot.waitUntil(lambda: painted == [True])
        QApplication.sendEvent(start, _hide_key())
        assert hidden == [True]
        start.repaint()  # painted again, at once
        assert painted == [True]  # told once only
    finally:
        app.guard.stop()
        app.close()
