"""Deleting a profile from the launcher: a deliberate second step, never one click.

Its name must be typed before the delete button wakes up, and the safe answer stays the
default, so Enter never erases anything. Tests drive it through :meth:`ask`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.widgets.dialog_parts import words


def _same_name(typed: str, label: str) -> bool:
    return " ".join(typed.split()).casefold() == label.casefold()


class DeleteProfileDialog(QDialog):
    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deleteProfileDialog")
        self._label = label
        title = self.tr("Delete “{0}” for good?").format(label)
        self.setWindowTitle(self.tr("Delete for good?"))
        self.setAccessibleName(title)
        self.setModal(True)
        heading = words(title, "heading")
        explanation = words(self.tr(
            "Everything in it is erased from this computer: every entry, picture and sound, and "
            "everything shared or received. This can't be undone. Only a backup file, if one was "
            "saved, can bring it back."))
        explanation.setMinimumWidth(420)
        caption = QLabel(self.tr("To be sure, type its &name: {0}").format(label), wordWrap=True)
        self.name_field = QLineEdit()
        self.name_field.setObjectName("deleteNameField")
        self.name_field.setAccessibleName(self.tr("Type the name to delete it"))
        caption.setBuddy(self.name_field)
        self.delete_button = QPushButton(self.tr("&Delete it for good"))
        self.delete_button.setObjectName("confirmButton")
        self.delete_button.setProperty("role", "danger")
        self.delete_button.setAccessibleName(self.tr("Delete it for good"))
        self.delete_button.setAutoDefault(False)
        self.keep_button = QPushButton(self.tr("&Keep it"))
        self.keep_button.setObjectName("cancelButton")
        self.keep_button.setAccessibleName(self.tr("Keep it"))
        self.keep_button.setDefault(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name_field.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        for widget in (heading, explanation, caption, self.name_field):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self._update()
        self.name_field.setFocus()

    def _update(self) -> None:
        self.delete_button.setEnabled(_same_name(self.name_field.text(), self._label))

    def accept(self) -> None:
        if self.delete_button.isEnabled():
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, label: str) -> bool:
        """True only when the person typed the name and chose to delete."""
        dialog = cls(label, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
