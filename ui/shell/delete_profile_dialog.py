"""Deleting a profile from the launcher: a deliberate second step, never one click.

Anyone at a shared computer can see the names, so a name is not enough: its passphrase or
its recovery code must be typed, and the core checks it against the key file (the dialog
only passes it on, off the GUI thread, since the check derives a key). Without either it
cannot be deleted from the app, and the dialog says so. The safe answer stays the default,
so Enter in the list never erases anything. Tests drive it through :meth:`ask`.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from passport.store import profiles
from passport.store.profiles import ProfileFolder
from ui.runtime.jobs import Job, JobRunner
from ui.runtime.messages import message_for
from ui.widgets.dialog_parts import words


class DeleteProfileDialog(QDialog):
    def __init__(self, folder: ProfileFolder, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deleteProfileDialog")
        self._folder = folder
        self._jobs = jobs
        self._job: Job | None = None
        title = self.tr("Delete “{0}” for good?").replace("{0}", folder.label)
        self.setWindowTitle(self.tr("Delete for good?"))
        self.setAccessibleName(title)
        self.setModal(True)
        heading = words(title, "heading")
        explanation = words(self.tr(
            "Everything in it is erased from this computer: every entry, picture and sound, and "
            "everything shared or received. This can't be undone. Only a backup file, if one was "
            "saved, can bring it back."))
        explanation.setMinimumWidth(420)
        self.who = words(self.tr(
            "Only the person it belongs to can delete it: type its passphrase or its recovery code. "
            "Without one of them it can't be deleted from the app."), name="deleteWho")
        caption = QLabel(self.tr("Its &passphrase or recovery code:"), wordWrap=True)
        self.secret_field = QLineEdit()
        self.secret_field.setObjectName("deleteSecretField")
        self.secret_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_field.setAccessibleName(self.tr("Its passphrase or recovery code"))
        self.secret_field.setAccessibleDescription(self.who.text())
        caption.setBuddy(self.secret_field)
        self.busy = QProgressBar(minimum=0, maximum=0, textVisible=False)
        self.busy.setAccessibleName(self.tr("Checking"))
        self.busy.setFixedHeight(10)
        self.busy.hide()
        self.status = words(role="error", name="deleteStatus")
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
        buttons.accepted.connect(self.delete)
        buttons.rejected.connect(self.reject)
        self.secret_field.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        for widget in (heading, explanation, self.who, caption, self.secret_field, self.busy, self.status):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self._update()
        self.secret_field.setFocus()
        self.resize(max(520, self.fontMetrics().averageCharWidth() * 64), self.height())

    def showEvent(self, event: QShowEvent) -> None:
        self._fit()
        super().showEvent(event)

    def _fit(self) -> None:
        """Tall enough for every wrapped line (a window does not grow for them by itself)."""
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        self.setMinimumHeight(needed)
        if self.height() < needed:
            self.resize(self.width(), needed)

    @property
    def is_busy(self) -> bool:
        return self._job is not None

    def _update(self) -> None:
        self.delete_button.setEnabled(bool(self.secret_field.text()) and not self.is_busy)
        self.keep_button.setEnabled(not self.is_busy)
        self.secret_field.setReadOnly(self.is_busy)
        self.busy.setVisible(self.is_busy)

    def delete(self) -> None:
        """Hand the secret to the core, which deletes only if it opens the profile."""
        secret = self.secret_field.text()
        if not secret or self.is_busy:
            return
        self._say(self.tr("Checking…"), "hint")
        self._job = self._jobs.start(profiles.remove_profile, self._folder, secret, context=self,
                                     on_finished=self._deleted, on_failed=self._refused)
        self._update()

    def _deleted(self, _result: object) -> None:
        self._job = None
        self.secret_field.clear()
        super().accept()

    def _refused(self, error: BaseException) -> None:
        self._job = None
        self._say(message_for(error), "error")
        self._update()
        self.secret_field.setFocus()
        self.secret_field.selectAll()

    def _say(self, text: str, role: str) -> None:
        self.status.setProperty("role", role)
        self.status.style().polish(self.status)  # its colour follows its role
        self.status.setText(text)
        self._fit()

    def accept(self) -> None:
        self.delete()  # Enter in the field: deleted (and closed) only once the core said yes

    def reject(self) -> None:
        if not self.is_busy:  # once checking, the answer is waited for: it may already be erasing
            self.secret_field.clear()
            super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None, folder: ProfileFolder, jobs: JobRunner) -> bool:
        """True only when the person gave its passphrase or recovery code and it was deleted."""
        dialog = cls(folder, jobs, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
