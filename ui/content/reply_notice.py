"""On Home, a short line for each share with a reply not seen yet ("Dr Rao replied to what
you shared — read it"), leading to that reply on the People page; it goes once the reply has
been seen there. Shown to the young person only."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from passport.exchange.sharing import Share
from passport.models import Change, ChangeKind, ProfileKind
from ui.runtime.session import Session


class ReplyNotice(QWidget):
    read_requested = Signal(object)  # the Share whose reply to show

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replyNotice")
        self._session = session
        self.buttons: list[QPushButton] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        session.changed.connect(self._on_change)
        self.refresh()

    def refresh(self) -> None:
        for button in self.buttons:
            button.hide()
            button.deleteLater()
        self.buttons = []
        profile = self._session.profile
        shares = profile.sharing.shares_with_unread_replies() if profile.kind is ProfileKind.YOUNG_PERSON else []
        for share in shares:
            text = self.tr("{name} replied to what you shared — read it").replace("{name}", share.recipient_name)
            button = QPushButton(text)
            button.setObjectName("readReply")
            button.setAccessibleName(text)
            button.setProperty("role", "primary")
            button.clicked.connect(lambda _checked=False, chosen=share: self._read(chosen))
            self._layout.addWidget(button)
            self.buttons.append(button)
        self.setVisible(bool(self.buttons))

    def words_to_read(self) -> list[str]:
        return [button.text() for button in self.buttons]

    def _read(self, share: Share) -> None:
        self.read_requested.emit(share)

    def _on_change(self, change: Change) -> None:
        if change.kind in (ChangeKind.SHARES_CHANGED, ChangeKind.REPLIES_READ):
            self.refresh()
