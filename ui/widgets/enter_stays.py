"""Enter in a field does the field's own thing, and nothing else.

A line edit hands Enter on to its dialog after it has said returnPressed, and the dialog presses its
default button. Where the field's own answer switches the field off (Settings' passphrase box makes a
new recovery code and steps aside while it is made), the keyboard has moved to Close by then, and the
same Enter pressed it: Settings vanished with the new code unseen (found walking the app)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _EnterStays(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(watched, QLineEdit)
                and isinstance(event, QKeyEvent) and event.key() in ENTER_KEYS):
            QLineEdit.keyPressEvent(watched, event)  # returnPressed, editingFinished: the field's own answer
            event.accept()
            return True  # and no further
        return False


def enter_stays_in(*fields: QLineEdit) -> None:
    """From now on Enter in each of ``fields`` stops there."""
    for field in fields:
        field.installEventFilter(_EnterStays(field))
