"""Enter or Return on a focused button presses it, as Space does, everywhere in the app.

Help says Enter goes ahead. Qt presses a focused push button on Enter only inside a dialog
(its "auto default" buttons); on a page of the main window, and on any tool button, Enter
did nothing. Rather than filter every event of the application, this watches where the
focus goes and filters only the button that has it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QToolButton, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# Plain Enter, or the keypad's; Ctrl+Enter and the rest stay free for shortcuts.
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class EnterOnButtons(QObject):
    """Installed once on the application with :meth:`install`; lives as long as it does."""

    @classmethod
    def install(cls, app: QApplication) -> EnterOnButtons:
        """The application's watcher, made on the first call only."""
        watcher = app.findChild(EnterOnButtons)
        return watcher if watcher is not None else cls(app)

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
