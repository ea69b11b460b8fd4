"""After a forgotten passphrase: the recovery code opened the passport, so choose a new
passphrase, then keep the new recovery code that replaces the one just used.

It opens over the passport straight after such an opening, and is not closed by accident:
Escape, the window's close button and "Not now" each ask first. "Not now" changes nothing:
every way in that worked before still works (the old passphrase, the recovery code, the
trusted people's pieces), and it asks again the next time the code or the pieces open the
passport. Locking closes it without asking, like every other dialog. The words of each step
scroll rather than being cut, at any text size.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.runtime.app_context import AppContext
from ui.runtime.jobs import Job
from ui.runtime.messages import message_for
from ui.runtime.session import Session
from ui.widgets.confirm_dialog import ConfirmDialog
from ui.widgets.dialog_parts import button_row, words
from ui.widgets.passphrase_fields import PassphraseFields
from ui.widgets.recovery_code_check import RecoveryCodeCheck
from ui.widgets.recovery_code_view import RecoveryCodeView
from ui.widgets.whole_words import open_tall_enough, scrolling

ASK, CODE = range(2)


class NewPassphraseDialog(QDialog):
    def __init__(self, session: Session, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPassphraseDialog")
        self._session = session
        self._context = context
        self._worker: Job | None = None
        self._may_close = False
        self.setWindowTitle(self.tr("Choose a new passphrase"))
        self.setAccessibleName(self.tr("Choose a new passphrase"))
        self.setModal(True)
        self.bodies: list[QScrollArea] = []
        self.pages = QStackedWidget()
        self.pages.addWidget(self._ask_page())
        self.pages.addWidget(self._code_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.addWidget(self.pages)
        self.setMinimumWidth(560)
        self._update()
        self.passphrase.setFocus()

    def _ask_page(self) -> QWidget:
        page = QWidget()
        heading = words(self.tr("Choose a new passphrase"), "heading")
        lead = words(self.tr(
            "Your recovery code opened it. Now choose a new passphrase, and use that to open it from now on. "
            "A few words you will remember but others won't guess work well."), "lead")
        if self._session.profile.opened_with_pieces:
            lead.setText(self.tr(
                "Your trusted people's pieces opened it. Now choose a new passphrase, and use that to open it "
                "from now on. A few words you will remember but others won't guess work well."))
        self.passphrase = PassphraseFields(self.tr("&New passphrase"))
        self.passphrase.changed.connect(self._update)
        self.busy = QProgressBar(minimum=0, maximum=0, textVisible=False)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.setFixedHeight(10)
        self.busy_words = words(self.tr("Locking it safely… this takes a moment."))
        self.error = words(role="error")
        self.error.setObjectName("newPassphraseError")
        by_pieces = self._session.profile.opened_with_pieces
        self.later_words = words(self.tr(
            "Not now changes nothing: your old passphrase still opens it, if it comes back to you, and so do "
            "your trusted people's pieces. Next time they open it, you'll be asked again.") if by_pieces else self.tr(
            "Not now changes nothing: your old passphrase still opens it, if it comes back to you, and so does "
            "your recovery code. Next time the code opens it, you'll be asked again."), "hint")
        self.later_words.setObjectName("notNowWords")
        self.later_button = QPushButton(self.tr("N&ot now"))
        self.later_button.setAccessibleName(self.tr("Not now"))
        self.later_button.setAccessibleDescription(self.later_words.text())
        self.later_button.setAutoDefault(False)
        self.later_button.clicked.connect(self.close)
        self.save_button = QPushButton(self.tr("&Save the new passphrase"))
        self.save_button.setObjectName("saveNewPassphraseButton")
        self.save_button.setProperty("role", "primary")
        self.save_button.setAccessibleName(self.tr("Save the new passphrase"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        layout = self._page_layout(page, heading, (lead, self.passphrase, self.error, self.busy_words, self.busy))
        layout.addWidget(self.later_words)  # beside the button it explains, never scrolled away
        layout.addLayout(button_row([self.later_button], [self.save_button]))
        self._set_busy(False)
        return page

    def _page_layout(self, page: QWidget, heading: QLabel, parts: tuple[QWidget, ...]) -> QVBoxLayout:
        """The heading, then ``parts`` in a scrolling part (words scroll, never cut); buttons go below."""
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        for widget in parts:
            column.addWidget(widget)
        column.addStretch()
        body = scrolling(inner, heading.text())
        self.bodies.append(body)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(body, 1)
        return layout

    def _code_page(self) -> QWidget:
        page = QWidget()
        heading = words(self.tr("Your new recovery code"), "heading")
        profile = self._session.profile
        lead = words(self.tr(
            "Your new passphrase is saved. The recovery code you used no longer opens it: this new one "
            "does, if you ever forget your passphrase again. Write it down or print it, and keep it "
            "somewhere safe, away from this computer."), "lead")
        if profile.opened_with_pieces:
            lead.setText(self.tr(
                "Your new passphrase is saved. Your old recovery code no longer opens it: this new one does. "
                "Write it down or print it, and keep it somewhere safe, away from this computer. Your trusted "
                "people's pieces still work; make new ones in Settings if others may have heard them."))
        # Only where a backup was saved before (or this passport came from one) is there an old one to mention.
        self.backups_words = words(self.tr(
            "Backups you saved before still need the old code: save a new backup soon (Home will remind you).")
            if profile.has_older_backups() else "", "lead")
        self.backups_words.setObjectName("olderBackupsWords")
        self.backups_words.setVisible(bool(self.backups_words.text()))
        self.code_view = RecoveryCodeView()
        once = words(self.tr("This is the only time it is shown."), "lead")
        self.code_check = RecoveryCodeCheck()
        self.code_check.changed.connect(self._update)
        self.done_button = QPushButton(self.tr("I've kept it, &carry on"))
        self.done_button.setObjectName("keptNewCodeButton")
        self.done_button.setProperty("role", "primary")
        self.done_button.setAccessibleName(self.tr("I've kept it, carry on"))
        self.done_button.clicked.connect(self._carry_on)
        layout = self._page_layout(page, heading, (lead, self.backups_words, self.code_view, once, self.code_check))
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def showEvent(self, event: QShowEvent) -> None:
        open_tall_enough(self, self.bodies[self.current_step()])
        super().showEvent(event)

    def current_step(self) -> int:
        return self.pages.currentIndex()

    def _update(self) -> None:
        self.save_button.setEnabled(self.passphrase.passphrase() is not None and self._worker is None)
        self.done_button.setEnabled(self.code_check.confirmed())

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_words.setVisible(busy)
        self.later_button.setEnabled(not busy)

    def save(self) -> None:
        new = self.passphrase.passphrase()
        if new is None or self._worker is not None or self.current_step() != ASK:
            return
        self.error.clear()
        profile = self._session.profile
        self._worker = self._session.run(profile.reset_passphrase, new, kdf=self._context.kdf,
                                         on_finished=self._saved, on_failed=self._not_saved)
        self._set_busy(True)
        self._update()

    def _saved(self, code: str) -> None:
        self._worker = None
        self._set_busy(False)
        self.passphrase.clear()
        if self._session.profile.is_locked:  # locked meanwhile: this dialog is already gone
            return
        self.code_view.set_code(code, self._session.profile.label)
        self.code_check.set_code(code)
        self.pages.setCurrentIndex(CODE)
        open_tall_enough(self, self.bodies[CODE])  # the code and its words show whole too
        self.save_button.setDefault(False)
        self.done_button.setDefault(True)
        self._update()
        self.code_check.setFocus()

    def _not_saved(self, exc: BaseException) -> None:
        self._worker = None
        self._set_busy(False)
        self.error.setText(message_for(exc))
        self.passphrase.setFocus()
        self._update()

    def _carry_on(self) -> None:
        if self.code_check.confirmed():
            self._may_close = True
            self.accept()

    # --- leaving -------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()  # asks first, as the close button does
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close or self._agrees_to_leave():
            self._may_close = True
            super().closeEvent(event)
        else:
            event.ignore()

    def _agrees_to_leave(self) -> bool:
        if self._worker is not None:
            return False  # the new passphrase is being saved: a moment, then the code
        if self._session.profile.is_locked:
            return True
        if self.current_step() == ASK:
            return ConfirmDialog.ask(
                self, self.tr("Choose a passphrase later?"), self.later_words.text(),
                self.tr("Later"), self.tr("Choose one now"))
        return ConfirmDialog.ask(
            self, self.tr("Close without keeping the new code?"),
            self.tr("Your new passphrase is saved, but the new recovery code won't be shown again, and the "
                    "old one no longer works. You can make another code in Settings."),
            self.tr("Close"), self.tr("Keep it open"))

    def done(self, result: int) -> None:
        self.code_view.clear()  # a recovery code is shown once
        self.code_check.clear()
        self.passphrase.clear()
        super().done(result)
