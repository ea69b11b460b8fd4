"""Settings, Recovery code: make a new code, after asking, and keep it the way the first run
does (shown, then its last group typed back).

A new code stops the old one at once, so the button asks first and says what changes. The
new code stays on screen, and the button waits, until its last group is typed back: a second
click can never silently replace a code nobody has seen. Closed before that, Settings offers
to show it again (``UncheckedCode`` holds it while the passport is open).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from passport.profile import Profile
from ui.content.unchecked_code import UncheckedCode
from ui.runtime.easy_read import is_easy_read
from ui.runtime.messages import message_for
from ui.runtime.session import Session
from ui.widgets.confirm_dialog import ConfirmDialog
from ui.widgets.dialog_parts import words
from ui.widgets.recovery_code_check import RecoveryCodeCheck
from ui.widgets.recovery_code_view import RecoveryCodeView


class RecoveryCodeTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryCodeTab")
        self._session = session
        self._easy = is_easy_read(session.profile)
        self._held = UncheckedCode.of(session)
        self._held.made.connect(self._code_made)
        self._held.failed.connect(self._code_not_made)

        self.lead = words(self._say(
            self.tr("Lost your recovery code, or worried someone has seen it? Make a new one. "
                    "The old code then stops opening this passport."),
            self.tr("Lost your code? Or did someone see it? Make a new one. Then the old code stops working.")),
            "lead", "recoveryCodeLead")
        self.new_code_button = QPushButton(self.tr("Make a &new recovery code"))
        self.new_code_button.setAccessibleName(self.tr("Make a new recovery code"))
        self.new_code_button.clicked.connect(self.make_new_code)

        self.pending_words = words(self._say(
            self.tr("You made a new code, but you have not checked it yet."),
            self.tr("You made a new code. You have not checked it yet.")), "lead", "uncheckedCodeWords")
        self.show_again_button = QPushButton(self.tr("&Show my new code again"))
        self.show_again_button.setAccessibleName(self.tr("Show my new recovery code again"))
        self.show_again_button.clicked.connect(self.show_again)

        self.code_view = RecoveryCodeView()
        self.shown_words = words(self._say(
            self.tr("This is your new code. Write it down or print it, and keep it away from this laptop."),
            self.tr("This is your new code. Write it down. Keep it safe.")),
            "lead", "newCodeWords")
        self.code_check = RecoveryCodeCheck()
        self.code_check.changed.connect(self._update)
        self.code_check.field.returnPressed.connect(self.keep)
        self.kept_button = QPushButton(self.tr("I've &kept it safe"))
        self.kept_button.setObjectName("keptCodeButton")
        self.kept_button.setProperty("role", "primary")
        self.kept_button.setAccessibleName(self.tr("I've kept the new recovery code safe"))
        self.kept_button.setAutoDefault(False)  # Enter in the check keeps it, and never closes Settings
        self.kept_button.clicked.connect(self.keep)
        self.status = words(name="recoveryCodeStatus")
        if self._easy:  # as large as the words above, as in the setup wizard
            for label in (self.code_check.caption, self.status):
                label.setProperty("role", "lead")

        layout = QVBoxLayout(self)
        layout.addWidget(self.lead)
        layout.addWidget(self.new_code_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.pending_words)
        layout.addWidget(self.show_again_button, 0, Qt.AlignmentFlag.AlignLeft)
        for widget in (self.shown_words, self.code_view, self.code_check):
            layout.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.kept_button)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch()
        self._showing = False
        if self._held.making:
            self.status.setText(self._making_words())
        self._update()

    @property
    def profile(self) -> Profile:
        return self._session.profile

    def _say(self, plain: str, easy: str) -> str:
        return easy if self._easy else plain

    def _making_words(self) -> str:
        return self._say(self.tr("Making a new code… this takes a moment."), self.tr("Making a new code…"))

    def question_words(self) -> str:
        """What "Make a new recovery code" asks before the old code stops working."""
        words_ = self._say(self.tr("Your old code will stop opening this passport straight away."),
                           self.tr("Your old code will stop working."))
        if self.profile.has_older_backups():
            words_ += " " + self._say(
                self.tr("Backups you saved before still open only with the old code, so save a new backup "
                        "afterwards."),
                self.tr("Old backups still need the old code."))
        return words_

    def make_new_code(self) -> None:
        if self._held.code or self._held.making:
            return  # the new code is checked first; a second click never replaces it unseen
        if not ConfirmDialog.ask(self, self.tr("Make a new recovery code?"), self.question_words(),
                                 self.tr("Make a new code"), self.tr("Keep my code")):
            return
        self.status.setText(self._making_words())
        self._held.make_new()
        self._update()

    def _code_made(self) -> None:
        self.status.clear()
        self.show_again()

    def _code_not_made(self, exc: BaseException) -> None:
        self.status.setText(message_for(exc))
        self._update()

    def show_again(self) -> None:
        code = self._held.code
        if not code:
            return
        self.code_view.set_code(code, self.profile.label)
        self.code_check.set_code(code)
        self._showing = True
        self._update()
        self.code_check.setFocus()
        self._check_into_view()

    def _check_into_view(self) -> None:
        """At 200 % text Settings' body scrolls: the check and its button come into sight, once the
        body has grown for the code (its scroll range changes then)."""
        scroll = self.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        if scroll is None:
            return

        def into_view() -> None:
            if self._showing:
                scroll.ensureWidgetVisible(self.kept_button)

        into_view()
        scroll.verticalScrollBar().rangeChanged.connect(into_view, Qt.ConnectionType.SingleShotConnection)

    def keep(self) -> None:
        if not self._showing or not self.code_check.confirmed():
            return
        self._held.forget()
        self._hide_code()
        self.status.setText(self._say(
            self.tr("Done: your new code is kept. Save a new backup soon, so your new code opens a backup too."),
            self.tr("Done. Now save a new backup.")))
        self._update()
        self.new_code_button.setFocus()

    def _hide_code(self) -> None:
        self._showing = False
        self.code_view.clear()
        self.code_check.clear()

    def _update(self) -> None:
        waiting = bool(self._held.code)
        self.new_code_button.setEnabled(not waiting and not self._held.making)
        for widget in (self.pending_words, self.show_again_button):
            widget.setVisible(waiting and not self._showing)
        for widget in (self.shown_words, self.code_view, self.code_check, self.kept_button):
            widget.setVisible(self._showing)
        self.kept_button.setEnabled(self._showing and self.code_check.confirmed())

    def forget_shown(self) -> None:
        """Settings closes: the code leaves the screen (the holder keeps it until it is checked)."""
        self._hide_code()
