"""Settings, Recovery code: make a new code, with the current passphrase, and keep it the way
the first run does (shown, then its last group typed back).

The passphrase is asked for as a passphrase change asks for it: someone at a laptop left
unlocked for a moment cannot make a code of their own. The new code is only shown at first;
the old one keeps opening the passport until the new one's last group is typed back, and only
then does the profile move to it. The button waits until then, so a second click can never
silently replace a code nobody has seen. Closed before that, Settings offers to show it again
(``UncheckedCode`` holds it while the passport is open); locked before that, nothing changed,
and Settings says so next time.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget

from passport.profile import Profile
from ui.content.unchecked_code import UncheckedCode, unfinished_words
from ui.runtime.easy_read import is_easy_read
from ui.runtime.messages import message_for
from ui.runtime.session import Session
from ui.widgets.dialog_parts import words
from ui.widgets.enter_stays import enter_stays_in
from ui.widgets.field_caption import FieldCaption
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
        self._held.kept.connect(self._code_kept)
        self._held.keep_failed.connect(self._code_not_kept)

        self.lead = words(self._say(
            self.tr("Lost your recovery code, or worried someone has seen it? Make a new one. "
                    "Once you have written it down, the old code stops opening this passport."),
            self.tr("Lost your code? Or did someone see it? Make a new one. Write it down. "
                    "Then the old code stops working.")),
            "lead", "recoveryCodeLead")
        self._make_asking()

        self.pending_words = words(self._say(
            self.tr("You made a new code, but you have not checked it yet, so your old code still works."),
            self.tr("You made a new code. You have not checked it yet. Your old code still works.")),
            "lead", "uncheckedCodeWords")
        self.show_again_button = QPushButton(self.tr("&Show my new code again"))
        self.show_again_button.setAccessibleName(self.tr("Show my new recovery code again"))
        self.show_again_button.clicked.connect(self.show_again)

        self.code_view = RecoveryCodeView()
        self.shown_words = words(role="lead", name="newCodeWords")
        self.code_check = RecoveryCodeCheck()
        self.code_check.changed.connect(self._update)
        self.code_check.field.returnPressed.connect(self.keep)
        enter_stays_in(self.code_check.field)
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
        layout.addWidget(self.passphrase_caption)
        layout.addWidget(self.passphrase)
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
        self.status.setText(self._status_on_opening())
        self._update()

    def _make_asking(self) -> None:
        """The passphrase field and the button: a new code only with the passphrase, as a new passphrase."""
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("newCodePassphrase")
        self.passphrase.setAccessibleName(self.tr("Your passphrase, to make a new recovery code"))
        self.passphrase_caption = FieldCaption(self.tr("Your &passphrase"), self.passphrase)
        self.passphrase.textChanged.connect(self._update)
        self.passphrase.returnPressed.connect(self.make_new_code)
        enter_stays_in(self.passphrase)  # Enter makes the code, never closes Settings (enter_stays.py)
        self.new_code_button = QPushButton(self.tr("Make a &new recovery code"))
        self.new_code_button.setAccessibleName(self.tr("Make a new recovery code"))
        self.new_code_button.clicked.connect(self.make_new_code)

    def _status_on_opening(self) -> str:
        if self._held.making:
            return self._making_words()
        if self._held.keeping:
            return self._keeping_words()
        if not self._held.code:  # a code made before a lock was never finished: say so, once
            return unfinished_words(self.profile)
        return ""

    @property
    def profile(self) -> Profile:
        return self._session.profile

    def _say(self, plain: str, easy: str) -> str:
        return easy if self._easy else plain

    def _making_words(self) -> str:
        return self._say(self.tr("Checking your passphrase…"), self.tr("Checking your passphrase…"))

    def _keeping_words(self) -> str:
        return self._say(self.tr("Changing to your new code… this takes a moment."),
                         self.tr("Changing to your new code…"))

    def code_words(self) -> str:
        """The words beside a new code: what to do with it, and that nothing changes until it is checked."""
        words_ = self._say(
            self.tr("This is your new code. Write it down or print it, and keep it away from this laptop. "
                    "It starts working when you type its last group below; until then your old code still works."),
            self.tr("This is your new code. Write it down. Keep it safe. Then type its last group below. "
                    "Until then your old code still works."))
        if self.profile.has_older_backups():
            words_ += " " + self._say(
                self.tr("Backups you saved before still open only with the old code, so save a new backup "
                        "afterwards."),
                self.tr("Old backups still need the old code."))
        return words_

    def make_new_code(self) -> None:
        if self._held.code or self._held.busy or not self.passphrase.text():
            return  # the new code is checked first; a second click never replaces it unseen
        self.status.setText(self._making_words())
        self._held.make_new(self.passphrase.text())
        self._update()

    def _code_made(self) -> None:
        self.passphrase.clear()
        self.status.clear()
        self.show_again()

    def _code_not_made(self, exc: BaseException) -> None:
        self.status.setText(message_for(exc))
        self._update()
        self.passphrase.setFocus()
        self.passphrase.selectAll()

    def show_again(self) -> None:
        code = self._held.code
        if not code:
            return
        self.shown_words.setText(self.code_words())
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
        if not self._showing or not self.code_check.confirmed() or self._held.busy:
            return
        self.status.setText(self._keeping_words())
        self._held.keep()
        self._update()

    def _code_kept(self) -> None:
        self._hide_code()
        self.status.setText(self._say(
            self.tr("Done: your new code now opens this passport, and the old one no longer does. Save a new "
                    "backup soon, so your new code opens a backup too."),
            self.tr("Done. Your new code works now. The old one does not. Now save a new backup.")))
        self._update()
        self.passphrase.setFocus()

    def _code_not_kept(self, exc: BaseException) -> None:
        self.status.setText(message_for(exc))
        self._update()

    def _hide_code(self) -> None:
        self._showing = False
        self.code_view.clear()
        self.code_check.clear()

    def _update(self) -> None:
        waiting = bool(self._held.code)
        asking: tuple[QWidget, ...] = (self.passphrase_caption, self.passphrase, self.new_code_button)
        for widget in asking:
            widget.setVisible(not waiting)
        self.passphrase.setEnabled(not waiting and not self._held.busy)
        self.new_code_button.setEnabled(not waiting and not self._held.busy and bool(self.passphrase.text()))
        for widget in (self.pending_words, self.show_again_button):
            widget.setVisible(waiting and not self._showing)
        for widget in (self.shown_words, self.code_view, self.code_check, self.kept_button):
            widget.setVisible(self._showing)
        self.kept_button.setEnabled(self._showing and self.code_check.confirmed() and not self._held.busy)

    def forget_shown(self) -> None:
        """Settings closes: the code leaves the screen (the holder keeps it until it is checked)."""
        self._hide_code()
