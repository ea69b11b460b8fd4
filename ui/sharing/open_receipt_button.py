"""The young person's "Open a receipt or reply…": a note back from someone they shared with,
saying when they opened it (the share history then shows "opened on <date>"), or their
reply, kept beside that share ("Dr Rao replied …")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from passport.errors import PassportError
from passport.exchange.replies import ReplyOpened
from passport.formats.bundle_format import RECEIPT_SUFFIX
from passport.formats.reply_format import REPLY_SUFFIX
from ui.runtime.file_chooser import FileChooser
from ui.runtime.messages import message_for
from ui.runtime.session import Session


class OpenReceiptButton(QPushButton):
    said = Signal(str)  # what happened, in words, for the view's status line
    reply_opened = Signal(object)  # the ReplyOpened, so the view can show it beside its share

    def __init__(self, session: Session, files: FileChooser, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Open a &receipt or reply…"), parent)
        self.setObjectName("openReceiptButton")
        self.setAccessibleName(self.tr("Open a receipt or reply"))
        self.setToolTip(self.tr("A file from someone you shared with: saying they opened it, or their reply"))
        self._session = session
        self._files = files
        self.clicked.connect(self.open_receipt)

    def open_receipt(self) -> None:
        path = self._files.open_path(self, self.tr("Open a receipt or reply"),
                                     self.tr("Receipts and replies (*{0} *{1});;Any file (*)")
                                     .replace("{0}", RECEIPT_SUFFIX).replace("{1}", REPLY_SUFFIX))
        if path is None:
            return
        try:
            change = self._session.profile.sharing.open_receipt_or_reply(path)
        except (OSError, PassportError) as exc:
            self.said.emit(message_for(exc, "receipt"))
            return
        self._session.apply(change)
        opened = change.subject
        if isinstance(opened, ReplyOpened):
            day = self._day(opened.share.created.astimezone().date())
            text = (self.tr("You already have this reply from {name}. It is shown with what you shared on {date}.")
                    if opened.already_had else
                    self.tr("{name} replied to what you shared on {date}. It is shown with that share."))
            # By the name they have in this passport: the reply is from the card the share was made for.
            self.said.emit(text.replace("{name}", opened.share.recipient_name).replace("{date}", day))
            self.reply_opened.emit(opened)
            return
        day = self._day(opened.opened_at.astimezone().date())
        self.said.emit(self.tr("{name} opened what you shared on {date}.").format(name=opened.recipient_name,
                                                                                 date=day))

    @staticmethod
    def _day(day: dt.date) -> str:
        return QLocale().toString(QDate(day), QLocale.FormatType.LongFormat)
