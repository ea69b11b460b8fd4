"""A gentle reminder, at the top of Home, when the last backup is older than the owner's
chosen number of days (30 unless changed). "Not now" hides it until the next unlock."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from passport.errors import ProfileLocked
from passport.models import Change, ChangeKind
from ui.runtime.easy_read import is_easy_read
from ui.runtime.session import Session


class BackupReminder(QFrame):
    backup_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupReminder")
        self.setProperty("role", "card")
        self._session = session
        self._dismissed = False
        self.words = QLabel(self.tr("It's been a while since your last backup. A backup keeps your passport "
                                    "safe if this laptop is lost."), wordWrap=True)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.backup_button = QPushButton(self.tr("Save a &backup…"))
        self.backup_button.setObjectName("reminderBackupButton")
        self.backup_button.setAccessibleName(self.tr("Save a backup"))
        self.later_button = QPushButton(self.tr("Not now"))
        self.later_button.setObjectName("reminderLaterButton")
        self.later_button.setAccessibleName(self.tr("Not now: remind me next time"))
        self.backup_button.clicked.connect(self.backup_requested)
        self.later_button.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 14, 10)
        row.addWidget(self.words, 1)
        row.addWidget(self.backup_button)
        row.addWidget(self.later_button)
        self.setAccessibleName(self.tr("Backup reminder"))
        session.changed.connect(self._on_change)
        self.refresh()

    def refresh(self) -> None:
        try:
            profile = self._session.profile
            due = not self._dismissed and profile.backup_due()
            new_code = due and profile.backup_needs_new_code()
            older = new_code and profile.has_older_backups()
            easy = is_easy_read(profile)
        except ProfileLocked:  # locked under us; damage goes to the one error path
            due = new_code = older = easy = False
        if easy:
            self.words.setText(self._said_easily(new_code, older))
        elif older:
            self.words.setText(self.tr("Your recovery code has changed, and backups you saved before open only with "
                                       "the old one. Save a new backup now, to go with your new code."))
        elif new_code:  # no backup was ever saved: nothing old to speak of
            self.words.setText(self.tr("Your recovery code has changed. Save a backup now, so your passport is "
                                       "safe if this laptop is lost; your new code opens it."))
        else:
            self.words.setText(self.tr("It's been a while since your last backup. A backup keeps your passport "
                                       "safe if this laptop is lost."))
        self.setVisible(due)

    def _said_easily(self, new_code: bool, older: bool) -> str:
        if older:
            return self.tr("Your recovery code has changed. Your old backups need the old code. So save a new "
                           "backup now. It goes with your new code.")
        if new_code:
            return self.tr("Your recovery code has changed. Save a backup now. Then your passport is safe if this "
                           "laptop is lost. Your new code opens the backup.")
        return self.tr("You have not saved a backup for a while. A backup keeps your passport safe if this laptop "
                       "is lost.")

    def dismiss(self) -> None:
        self._dismissed = True
        self.hide()

    def _on_change(self, change: Change) -> None:
        if change.kind is ChangeKind.SETTINGS_CHANGED:
            self.refresh()
