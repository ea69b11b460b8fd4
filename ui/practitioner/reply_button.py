"""The practitioner's "Reply…": a short message back to the young person who shared the
file on screen, and what they'll do about each entry, if they like (see ReplyDialog).
Only a file made for this card can be answered: one opened with a passphrase cannot,
and the button says why."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from passport.errors import NotFound, PassportError, SenderHeld
from passport.models import Change
from ui.practitioner.reply_dialog import ReplyDialog
from ui.runtime.file_chooser import FileChooser
from ui.runtime.messages import message_for
from ui.runtime.session import Session


class ReplyButton(QPushButton):
    said = Signal(str)  # what happened, in words, for the window's status line

    def __init__(self, session: Session, files: FileChooser, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Repl&y…"), parent)
        self.setObjectName("replyButton")
        self.setAccessibleName(self.tr("Reply"))
        self._session = session
        self._files = files
        self._bundle_id: str | None = None
        self.dialog: ReplyDialog | None = None
        self.clicked.connect(self.reply)
        session.changed.connect(self._check_still_held)
        self.set_bundle(None)

    def set_bundle(self, bundle_id: str | None) -> None:
        self._bundle_id = bundle_id
        why_not = self.tr("Choose a shared file first.") if bundle_id is None else self._why_not(bundle_id)
        self.setEnabled(not why_not)
        self.setToolTip(why_not or self.tr("A short message for the young person, and what you'll do, "
                                           "that only their app can open"))
        self.setAccessibleDescription(why_not)

    def _why_not(self, bundle_id: str) -> str:
        try:
            possible = self._session.profile.received.can_reply(bundle_id)
        except (NotFound, SenderHeld):
            return self.tr("That file was withdrawn or its time is up, so there is nothing to reply to.")
        if not possible:
            return self.tr("This was shared with a passphrase, not your card, so their app couldn't tell a reply "
                           "came from you.")
        return ""

    def _check_still_held(self, _change: Change) -> None:
        if self._bundle_id is not None and not self._session.profile.is_locked:
            self.set_bundle(self._bundle_id)

    def reply(self) -> None:
        if self._bundle_id is None or self.dialog is not None:
            return
        try:
            bundle = self._session.profile.received.received_bundle(self._bundle_id)
        except PassportError as exc:
            self.said.emit(message_for(exc))
            return
        self.dialog = ReplyDialog(self._session, self._files, bundle, self.window())
        self.dialog.said.connect(self.said)
        self.dialog.finished.connect(self._closed)
        # open(), not exec(): no nested event loop to unwind when the app locks.
        self.dialog.open()

    def _closed(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
