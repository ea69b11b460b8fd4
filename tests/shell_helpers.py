"""Helpers for the app shell's tests: an app context and key presses where the focus is."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from tests.helpers import FAST_KDF
from ui.runtime.app_context import AppContext
from ui.runtime.theme import ThemeManager


def make_context(data_dir: Path, **fields: object) -> AppContext:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return AppContext(data_dir=data_dir, theme=ThemeManager(app), kdf=FAST_KDF, **fields)


def wait_active(qtbot, window: QWidget) -> None:
    """Until the window is on screen and has the keyboard, as one a person just opened."""
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_here(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_new_passphrase(qtbot, passphrase: str) -> None:
    """On the passphrase step: type it, Tab to the repeat, type it again, press Enter."""
    type_here(qtbot, passphrase)
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, passphrase)
    press(qtbot, Qt.Key.Key_Return)


def visible_text() -> str:
    """Every piece of text any visible widget shows (or offers to a screen reader)."""
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QLineEdit, QPlainTextEdit, QTextEdit

    found: list[str] = []
    for widget in QApplication.allWidgets():
        if not widget.isVisible():
            continue
        found += [widget.windowTitle(), widget.accessibleName(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            found.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            found.append(widget.toPlainText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            found += [str(model.data(model.index(row, 0, QModelIndex())))
                      for row in range(model.rowCount())]
    return "\n".join(found)


def when_dialog_asks(dialog_type: type[QWidget], act: Callable[[QWidget], None]) -> list[QWidget]:
    """Answer the next modal dialog of ``dialog_type`` the way a person would, once it is on
    screen with the keyboard. The returned list holds it once it was seen. Should ``act``
    fail, the dialog is closed, so the test fails instead of waiting for ever."""
    seen: list[QWidget] = []

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, dialog_type) or not dialog.isActiveWindow():
            if isinstance(dialog, dialog_type):
                dialog.activateWindow()
            QTimer.singleShot(10, handle)
            return
        seen.append(dialog)
        try:
            act(dialog)
        except BaseException:
            if dialog.isVisible() and hasattr(dialog, "reject"):
                dialog.reject()
            raise

    QTimer.singleShot(0, handle)
    return seen
