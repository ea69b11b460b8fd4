"""Save a backup: the whole passport in one file that the recovery code alone opens.

The file is written by a worker with progress; nothing plain ever touches the disk (the
backup holds the encrypted database, itself encrypted again to the recovery code).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QProgressBar, QPushButton, QVBoxLayout, QWidget

from passport.clock import today
from passport.models import Change
from ui.runtime.easy_read import is_easy_read
from ui.runtime.file_chooser import FileChooser
from ui.runtime.messages import message_for
from ui.runtime.saved_place import folder_words
from ui.runtime.session import Session
from ui.widgets.dialog_parts import button_row, words

BACKUP_SUFFIX = ".wpbackup"


class BackupDialog(QDialog):
    def __init__(self, session: Session, files: FileChooser | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self._session = session
        self._files = files or FileChooser()
        self.setWindowTitle(self.tr("Save a backup"))
        self.setAccessibleName(self.tr("Save a backup"))
        heading = words(self.tr("Save a backup"), "heading")
        self.lead = words(self.tr("One file with everything in your passport. That means your words, pictures, "
                                  "sounds, history and people. If this laptop is lost, the file brings your "
                                  "passport back.")
                          if is_easy_read(session.profile) else
                          self.tr("One file with everything in your passport: your words, pictures, sounds, "
                                  "history and people. If this laptop is lost, it brings your passport back."))
        # The same size as the words above: two sizes read as two kinds of thing.
        # After a new code (or a restore) the code that opens this file is not the one older
        # backups need: said so (walk g, item 4).
        self.key_words = words(self.tr("Your new recovery code opens this file. Keep it somewhere safe, "
                                       "away from this laptop.") if session.profile.backup_needs_new_code() else
                               self.tr("Your recovery code opens this file. Keep it somewhere safe, "
                                       "away from this laptop."))
        self.key_words.setObjectName("backupKeyWords")
        self.progress = QProgressBar(minimum=0, maximum=100)
        self.progress.setAccessibleName(self.tr("Saving the backup"))
        self.progress.hide()
        self.status = words()
        self.status.setObjectName("backupStatus")
        self.save_button = QPushButton(self.tr("Choose where to &save…"))
        self.save_button.setObjectName("saveBackupButton")
        self.save_button.setProperty("role", "primary")
        self.save_button.setAccessibleName(self.tr("Choose where to save the backup"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.save_button.clicked.connect(self.choose_and_save)
        self.close_button.clicked.connect(self.reject)
        buttons = button_row([self.close_button], [self.save_button])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(10)
        for widget in (heading, self.lead, self.key_words, self.progress, self.status):
            layout.addWidget(widget)
        layout.addStretch()
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        self.save_button.setFocus()

    def choose_and_save(self) -> None:
        # The name says nothing about what is inside: a backup may be seen by anyone.
        suggested = self.tr("Backup {date}").format(date=today().isoformat()) + BACKUP_SUFFIX
        path = self._files.save_path(self, self.tr("Save a backup"), suggested,
                                     self.tr("Backups (*{0})").format(BACKUP_SUFFIX))
        if path is None:
            return
        if path.suffix != BACKUP_SUFFIX:
            path = path.with_name(path.name + BACKUP_SUFFIX)
        self.save_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Saving… You can keep using the app."))
        self._saving_to = path
        self._session.run(self._session.profile.save_backup, path, on_progress=self._progress,
                          on_finished=self._saved, on_failed=self._not_saved)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / total) if total else 0)

    def _saved(self, change: Change) -> None:
        self.progress.hide()
        self.save_button.setEnabled(True)
        self._session.apply(change)  # last_backup_at changed: the reminder (if shown) goes away
        path = self._saving_to
        # Which folder too, so it can be found again. The words above already say the recovery
        # code opens it; saying so again read twice.
        # The whole name (with .wpbackup) and the whole place: it was "Saved in walk-g-files as alex."
        self.status.setText(self.tr("Saved as {name} in {folder}.").replace("{name}", path.name)
                            .replace("{folder}", folder_words(path.parent)))
        self.status.setToolTip(str(path))
        self.status.setAccessibleDescription(str(path))

    def _not_saved(self, exc: BaseException) -> None:
        self.progress.hide()
        self.save_button.setEnabled(True)
        self.status.setText(message_for(exc))
