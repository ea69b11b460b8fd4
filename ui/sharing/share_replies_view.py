"""Beside a share in the young person's history: what the person it was made for replied
("Dr Rao replied on 4 March 2025"), their message, and what they will do about each entry
("What Dr Rao will do about …"),
newest reply first. Hidden while the chosen share has none."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from passport.errors import NotFound
from passport.exchange.replies import ShareReply
from passport.exchange.sharing import Share
from ui.runtime.session import Session
from ui.widgets.bundle_document import long_date
from ui.widgets.dialog_parts import words


class ShareRepliesView(QFrame):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shareReplies")
        self.setProperty("role", "card")
        self._session = session
        self._layout = QVBoxLayout(self)
        self.setVisible(False)

    def show_replies(self, share: Share | None, replies: list[ShareReply]) -> None:
        while self._layout.count():
            widget = self._layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        if share is None or not replies:
            self.setVisible(False)
            self.setAccessibleName("")
            self.setAccessibleDescription("")
            return
        said: list[str] = []
        for reply in replies:
            for label in self._reply_labels(share.recipient_name, reply):
                self._layout.addWidget(label)
                said.append(label.text())
        self.setAccessibleName(self.tr("Replies to this share"))
        self.setAccessibleDescription(" ".join(said))
        self.setVisible(True)

    def _reply_labels(self, name: str, reply: ShareReply) -> list[QLabel]:
        day = long_date(reply.replied_at.astimezone().date())
        labels = [words(self.tr("{name} replied on {date}").replace("{name}", name).replace("{date}", day),
                        "heading", "replyHeading")]
        if reply.message:
            labels.append(words(reply.message, name="replyMessage"))
        for note in reply.notes:
            try:
                title = self._session.profile.entry(note.entry_id).title
            except NotFound:
                continue  # erased since (its notes go with it)
            labels.append(words(self.tr("What {name} will do about ‘{title}’: {note}").replace("{name}", name)
                                .replace("{title}", title).replace("{note}", note.what_i_will_do),
                                name="replyNote"))
        for label in labels:
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return labels
