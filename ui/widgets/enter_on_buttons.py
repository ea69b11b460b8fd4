"""Enter or Return on a focused button presses it, as Space does, everywhere in the app.

Help says Enter goes ahead. Qt presses a focused push button on Enter only inside a dialog
(its "auto default" buttons); on a page of the main window, and on any tool button, Enter
did nothing. Rather than filter every event of the application, this watches where the
focus goes and filters only the button that has it.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QToolButton, QWidget

_PROPERTY = "enterOnButtons"
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# Plain Enter, or the keypad's; Ctrl+Enter and the rest stay free for shortcuts.
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


def _forget(app: QApplication) -> None:
    with contextlib.suppress(RuntimeError):  # the application itself is going, and its children with it
        app.setProperty(_PROPERTY, None)


class EnterOnButtons(QObject):
    """Installed once on the application with :meth:`install`; lives as long as it does."""

    @classmethod
    def install(cls, app: QApplication) -> EnterOnButtons:
        """The application's watcher, made on the first call only. Found again through a
        property of the application, not ``findChild``: PySide would make a Python type for
        each of the application's children to compare, Qt's style among them (its dozens of
        enums cost about 5 ms before the first paint)."""
        watcher = app.property(_PROPERTY)
        if isinstance(watcher, EnterOnButtons):
            return watcher
        watcher = cls(app)
        app.setProperty(_PROPERTY, watcher)
        # Forgotten with it (a test may delete it): the property must never outlive what it names.
        watcher.destroyed.connect(lambda: _forget(app))
        return watcher

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.focusChanged.connect(self._focus_moved)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, QPushButton | QToolButton):
            new.installEventFilter(self)  # installing again only moves it to the front

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER
            and event.modifiers() in _PLAIN
            and isinstance(watched, QAbstractButton)
            and watched.hasFocus()
            and watched.isEnabled()
        ):
            if not event.isAutoRepeat():  # holding Enter down presses once
                watched.click()
            return True
        return False
