"""Typing back the last group of a recovery code just shown: proof it was kept, before
going on (the code is shown only once)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget


class RecoveryCodeCheck(QWidget):
    """Emits ``changed`` on every keystroke; :meth:`confirmed` says whether it matches."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._last_group = ""
        self.caption = QLabel(self.tr("To check you have it, type the &last group of the code"), wordWrap=True)
        self.field = QLineEdit()
        self.field.setAccessibleName(self.tr("The last group of the recovery code"))
        self.caption.setBuddy(self.field)
        self.field.textChanged.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.field)
        self.setFocusProxy(self.field)

    def set_code(self, code: str) -> None:
        self._last_group = _normalised(code.rsplit("-", maxsplit=1)[-1])
        self.field.clear()

    def clear(self) -> None:
        self._last_group = ""
        self.field.clear()

    def confirmed(self) -> bool:
        return bool(self._last_group) and _normalised(self.field.text()) == self._last_group


def _normalised(typed: str) -> str:
    # Loaded on first use: the crypto behind it need not slow the first screen's paint.
    from passport.crypto.recovery_code import normalise_code

    return normalise_code(typed)
