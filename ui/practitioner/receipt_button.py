"""The practitioner's "Save a receipt…": a small signed file telling the young person who
shared a bundle that it was opened, and when. Shown with the bundle on screen."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from passport.errors import NotFound, PassportError
from passport.formats.bundle_format import RECEIPT_SUFFIX
from passport.models import Change
from ui.runtime.file_chooser import FileChooser
from ui.runtime.messages import message_for
from ui.runtime.session import Session


class ReceiptButton(QPushButton):
    said = Signal(str)  # what happened, in words, for the window's status line

    def __init__(self, session: Session, files: FileChooser, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Save a &receipt…"), parent)
        self.setObjectName("receiptButton")
        self.setAccessibleName(self.tr("Save a receipt"))
        self._session = session
        self._files = files
        self._bundle_id: str | None = None
        self._sender = ""
        self.clicked.connect(self.save_receipt)
        session.changed.connect(self._check_still_held)
        self.set_bundle(None)

    def set_bundle(self, bundle_id: str | None, sender_name: str = "") -> None:
        self._bundle_id, self._sender = bundle_id, sender_name
        self.setEnabled(bundle_id is not None)
        self._say_why(self.tr("Choose a shared file first.") if bundle_id is None else "")

    def _check_still_held(self, _change: Change) -> None:
        """A withdrawal (or the end of its time) deletes the file: nothing is left to
        give a receipt for, and the button says so rather than staying enabled."""
        if self._bundle_id is None or self._session.profile.is_locked:
            return
        try:
            self._session.profile.received.received_bundle(self._bundle_id)
        except NotFound:
            self._bundle_id = None
            self.setEnabled(False)
            self._say_why(self.tr("That file was withdrawn or its time is up, so there is nothing to give a "
                                  "receipt for."))

    def _say_why(self, reason: str) -> None:
        self.setToolTip(reason or self.tr("A small file for the young person: it tells them you opened what "
                                          "they shared"))
        self.setAccessibleDescription(reason)

    def save_receipt(self) -> None:
        if self._bundle_id is None:
            return
        suggested = self.tr("Receipt for {name}").format(name=self._sender) + RECEIPT_SUFFIX
        path = self._files.save_path(self, self.tr("Save a receipt"), suggested,
                                     self.tr("Receipts (*{0})").format(RECEIPT_SUFFIX))
        if path is None:
            return
        if path.suffix != RECEIPT_SUFFIX:
            path = path.with_name(path.name + RECEIPT_SUFFIX)
        try:
            self._session.apply(self._session.profile.received.make_receipt(self._bundle_id, path))
        except (OSError, PassportError) as exc:
            self.said.emit(message_for(exc, "receipt"))
            return
        self.said.emit(self.tr("Receipt saved as {file}. Give it to {name}.").format(file=path.name,
                                                                                    name=self._sender))
