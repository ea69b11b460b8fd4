"""A plain yes/no question before something that can't be undone.

The safe answer is the default button, so Enter never erases anything by accident.
Tests drive it through :meth:`ConfirmDialog.ask` like a person would.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget


class ConfirmDialog(QDialog):
    def __init__(self, title: str, text: str, confirm: str, keep: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        heading = QLabel(title)
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)
        message = QLabel(text)
        message.setWordWrap(True)
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setMinimumWidth(360)
        self.confirm_button = QPushButton(confirm)
        self.confirm_button.setObjectName("confirmButton")
        self.confirm_button.setProperty("role", "danger")  # every question here is about erasing
        self.confirm_button.setAccessibleName(confirm)
        self.keep_button = QPushButton(keep)
        self.keep_button.setObjectName("cancelButton")
        self.keep_button.setAccessibleName(keep)
        self.keep_button.setDefault(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(message)
        layout.addWidget(buttons)
        self.keep_button.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, confirm: str, keep: str) -> bool:
        """True only when the person chose ``confirm``."""
        dialog = cls(title, text, confirm, keep, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
