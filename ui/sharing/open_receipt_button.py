"""The young person's "Open a receipt…": a note back from someone they shared with, saying
when they opened it. The share history then shows "opened on <date>"."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from passport.errors import PassportError
from passport.formats.bundle_format import RECEIPT_SUFFIX
from ui.runtime.file_chooser import FileChooser
from ui.runtime.messages import message_for
from ui.runtime.session import Session


class OpenReceiptButton(QPushButton):
    said = Signal(str)  # what happened, in words, for the view's status line

    def __init__(self, session: Session, files: FileChooser, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Open a &receipt…"), parent)
        self.setObjectName("openReceiptButton")
        self.setAccessibleName(self.tr("Open a receipt"))
        self.setToolTip(self.tr("A file from someone you shared with, saying they opened it"))
        self._session = session
        self._files = files
        self.clicked.connect(self.open_receipt)

    def open_receipt(self) -> None:
        path = self._files.open_path(self, self.tr("Open a receipt"),
                                     self.tr("Receipts (*{0});;Any file (*)").format(RECEIPT_SUFFIX))
        if path is None:
            return
        try:
            change = self._session.profile.sharing.open_receipt(path)
        except (OSError, PassportError) as exc:
            self.said.emit(message_for(exc, "receipt"))
            return
        self._session.apply(change)
        share = change.subject
        day = QLocale().toString(QDate(share.opened_at.astimezone().date()), QLocale.FormatType.LongFormat)
        self.said.emit(self.tr("{name} opened what you shared on {date}.").format(name=share.recipient_name,
                                                                                 date=day))
