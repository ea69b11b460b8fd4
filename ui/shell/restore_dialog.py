"""Restore from a backup (from the launcher): choose the file, type the recovery code, set
a new passphrase. The restored passport gets a fresh recovery code, shown once and checked
(its last group typed back); the page then asks whether to save a new backup straight away.

Restoring runs in a worker with progress. Any failure (wrong code, a damaged, cut-short or
too large file) is told in plain words, and no passport is left behind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from passport.profile import Profile
from ui.runtime.app_context import AppContext
from ui.runtime.easy_read import EasyWords, is_easy_read
from ui.runtime.file_chooser import FileChooser
from ui.runtime.jobs import Job
from ui.runtime.messages import message_for
from ui.widgets.dialog_parts import button_row, words
from ui.widgets.passphrase_fields import PassphraseFields
from ui.widgets.recovery_code_check import RecoveryCodeCheck
from ui.widgets.recovery_code_view import RecoveryCodeView

BACKUP_FILTER = "*.wpbackup"


class RestoreDialog(QDialog):
    restored = Signal(object)  # passport.profile.Profile, open; emitted when the person carries on
    backup_answered = Signal(bool)  # then: whether to save a new backup (for the new code) now

    def __init__(self, context: AppContext, files: FileChooser | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self._context = context
        self._files = files or FileChooser()
        self._path: Path | None = None
        self._worker: Job | None = None
        self.profile: Profile | None = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setAccessibleName(self.tr("Restore from a backup"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._ask_page())
        self.pages.addWidget(self._done_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.addWidget(self.pages)
        self.setMinimumWidth(560)
        self._update()

    def _ask_page(self) -> QWidget:
        page = QWidget()
        heading = words(self.tr("Restore from a backup"), "heading")
        lead = words(self.tr("Bring back a passport from a backup file, on this laptop or a new one."))
        self.choose_button = QPushButton(self.tr("C&hoose the backup file…"))
        self.choose_button.setObjectName("chooseBackupButton")
        self.choose_button.setAccessibleName(self.tr("Choose the backup file"))
        self.choose_button.clicked.connect(self.choose_file)
        # Enter in a field goes on to the next one; it must never open the file dialog again.
        self.choose_button.setAutoDefault(False)
        self.file_label = words(self.tr("No file chosen yet."), "hint")
        self.file_label.setObjectName("backupFileName")
        self.code_field = QLineEdit()
        self.code_field.setObjectName("recoveryCodeField")
        self.code_field.setAccessibleName(self.tr("Recovery code"))
        self.code_field.setPlaceholderText(self.tr("The code you wrote down or printed"))
        code_label = QLabel(self.tr("&Recovery code"))
        code_label.setBuddy(self.code_field)
        self.passphrase = PassphraseFields(self.tr("&New passphrase"))
        self.progress = QProgressBar(minimum=0, maximum=100)
        self.progress.setAccessibleName(self.tr("Restoring"))
        self.progress.hide()
        self.error = words(role="error")
        self.error.setObjectName("restoreError")
        self.restore_button = QPushButton(self.tr("R&estore"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setProperty("role", "primary")
        self.restore_button.setAccessibleName(self.tr("Restore"))
        self.restore_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore)
        self.cancel_button.clicked.connect(self.reject)
        self.code_field.textChanged.connect(self._update)
        self.code_field.returnPressed.connect(self.passphrase.setFocus)
        self.passphrase.changed.connect(self._update)
        self.passphrase.submitted.connect(self.restore)
        buttons = button_row([self.cancel_button], [self.restore_button])
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(lead)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.file_label, 1)
        layout.addLayout(row)
        for widget in (code_label, self.code_field, self.passphrase, self.progress, self.error):
            layout.addWidget(widget)
        layout.addStretch()
        layout.addLayout(buttons)
        return page

    def _done_page(self) -> QWidget:
        # A restore gives a new recovery code on purpose: whoever knew the old code (or the old
        # passphrase) must not get into what is written from now on. Said once, shortly; in easy
        # read when the restored passport chose it (known only once it is back).
        page = QWidget()
        self.easy = EasyWords()
        heading = words(self.tr("It's back"), "heading")
        self.done_words = self.easy.add(words(self.tr(
            "It has a new recovery code, shown only now: it opens this passport. "
            "Write it down or print it, and keep it somewhere safe, away from this laptop."), "lead", "doneWords"),
            self.tr("This is your new code. It opens this passport. Write it down. Keep it safe."))
        self.code_view = RecoveryCodeView()
        # What each secret opens now, one short line each (walk g, item 4): a person may have
        # three codes and passphrases in play after a restore.
        self.passphrase_words = self.easy.add(words(self.tr(
            "The passphrase you just chose opens it day to day."), name="passphraseWords"),
            self.tr("Your new passphrase opens it every day."))
        self.old_code_words = self.easy.add(words(self.tr(
            "Your old code still opens the backup file you restored from, and the passport on your old laptop "
            "if it is still there. Not this one."), name="oldCodeWords"),
            self.tr("The old code still opens the old backup. It opens any copy on the old laptop. "
                    "It does not open this one."))
        # Said only when there were trusted people: their pieces kept (a backup of this version)
        # or left behind (a backup from an older app); set once the passport is back.
        self.trusted_words = words(name="trustedWords")
        self.trusted_words.hide()
        for label in (self.passphrase_words, self.old_code_words, self.trusted_words):
            self.easy.add_larger(label)
        # As at first run and after a new passphrase: typing its last group back proves it was kept.
        self.code_check = RecoveryCodeCheck()
        self.easy.add_larger(self.code_check.caption)
        self.code_check.changed.connect(self._update_open_button)
        # Asked here, once: Home's reminder then keeps quiet until the next unlock.
        self.backup_now = QCheckBox(self.tr("&Save a new backup when it opens, so your new code has one too"))
        self.backup_now.setObjectName("backupNowBox")
        self.backup_now.setAccessibleName(self.tr("Save a new backup when it opens"))
        self.backup_now.setChecked(True)
        self.open_button = QPushButton(self.tr("I've kept the code safe: &open it"))
        self.open_button.setObjectName("openRestoredButton")
        self.open_button.setProperty("role", "primary")
        self.open_button.setAccessibleName(self.tr("I've kept the code safe: open it"))
        self.open_button.clicked.connect(self._carry_on)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        for widget in (heading, self.done_words, self.code_view, self.passphrase_words, self.old_code_words,
                       self.trusted_words, self.code_check, self.backup_now):
            layout.addWidget(widget)
        layout.addStretch()
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def choose_file(self) -> None:
        path = self._files.open_path(self, self.tr("Choose the backup file"),
                                     self.tr("Backups ({0});;Any file (*)").format(BACKUP_FILTER))
        if path is not None:
            self._path = path
            self.file_label.setText(path.name)
            self.error.clear()
            self.code_field.setFocus()
        self._update()

    def _update(self) -> None:
        ready = self._path is not None and bool(self.code_field.text().strip()) and \
            self.passphrase.passphrase() is not None and self._worker is None
        self.restore_button.setEnabled(ready)

    def restore(self) -> None:
        passphrase = self.passphrase.passphrase()
        if not self.restore_button.isEnabled() or self._path is None or passphrase is None:
            return
        self.error.clear()
        self.progress.setValue(0)
        self.progress.show()
        self._worker = self._context.jobs.start(
            Profile.restore_backup, self._context.data_dir, self._path,
            self.code_field.text().strip(),
            passphrase, kdf=self._context.kdf, on_progress=self._progress, on_finished=self._restored,
            on_failed=self._not_restored,
        )
        self._update()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / total) if total else 0)

    def _restored(self, result: tuple[Profile, str]) -> None:
        self._worker = None
        self.profile, code = result
        self.passphrase.clear()
        self.code_field.clear()
        self._speak_easily(is_easy_read(self.profile))
        self._say_trusted(self.profile)
        self.code_view.set_code(code, self.profile.label)
        self.code_check.set_code(code)
        self.pages.setCurrentIndex(1)
        self.restore_button.setDefault(False)
        self.open_button.setDefault(True)
        self._update_open_button()
        self.code_check.setFocus()

    def _speak_easily(self, on: bool) -> None:
        self.easy.set_on(on)
        self.backup_now.setText(self.tr("&Save a new backup now") if on else
                                self.tr("&Save a new backup when it opens, so your new code has one too"))

    def _say_trusted(self, profile: Profile) -> None:
        """What happened to trusted people: their pieces still open it, or (a backup from an
        older app) no longer do and new ones are wanted; nothing when there were none."""
        easy = self.easy.on
        if profile.trusted.given().pieces:
            text = self.tr("Your trusted people's pieces still work.") if easy else \
                self.tr("The pieces your trusted people hold still open it.")
        elif profile.trusted.pieces_left_behind():
            text = self.tr("Your trusted people's pieces do not work now. Make new ones in Settings.") if easy else \
                self.tr("The pieces your trusted people hold don't open this copy. Make new ones in Settings, "
                        "under Trusted people.")
        else:
            text = ""
        self.trusted_words.setText(text)
        self.trusted_words.setVisible(bool(text))

    def _not_restored(self, exc: BaseException) -> None:
        self._worker = None
        self.progress.hide()
        self.error.setText(message_for(exc, "restore"))
        self.code_field.setFocus()
        self._update()

    def _update_open_button(self) -> None:
        self.open_button.setEnabled(self.code_check.confirmed())

    def _carry_on(self) -> None:
        if not self.code_check.confirmed():
            return
        profile, self.profile = self.profile, None
        self.code_view.clear()
        self.code_check.clear()
        self.accept()
        if profile is not None:
            self.restored.emit(profile)
            self.backup_answered.emit(self.backup_now.isChecked())

    def done(self, result: int) -> None:
        self.code_view.clear()  # a recovery code is shown once
        self.code_check.clear()
        if self.profile is not None:  # closed without carrying on: it stays on the launcher, locked
            self.profile.lock()
            self.profile = None
        super().done(result)
