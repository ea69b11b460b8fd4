"""Asking for the passphrase of a shared file made for someone without the app's card.

Opened with ``open()`` (no nested event loop); ``passphrase()`` holds what was typed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class PassphrasePrompt(QDialog):
    def __init__(self, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("This file has a passphrase"))
        self.setAccessibleName(self.tr("This file has a passphrase"))
        heading = QLabel(self.tr("This file has a passphrase"), wordWrap=True)
        heading.setProperty("role", "heading")
        explain = QLabel(self.tr("The person who shared it will have told you the numbers, "
                                 "maybe by phone. Type them here."), wordWrap=True)
        self.problem = QLabel(problem, wordWrap=True)
        self.problem.setProperty("role", "error")
        self.problem.setVisible(bool(problem))
        caption = QLabel(self.tr("&Passphrase"))
        self.field = QLineEdit()
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.field.setPlaceholderText("1234-5678-…")
        caption.setBuddy(self.field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Open it"))
        self.ok_button.setAccessibleName(self.tr("Open it"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.field.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        for widget in (heading, explain, self.problem, caption, self.field, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(420)
        self.field.setFocus()

    def passphrase(self) -> str:
        return self.field.text().strip()
