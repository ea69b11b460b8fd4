"""What was shared with one person, newest first: when, until when, which entries, and
whether it is still open, replaced or withdrawn (in words)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from passport.errors import NotFound
from passport.exchange.replies import ShareReply
from passport.exchange.sharing import Share, ShareState, last_day
from passport.models import Change, ChangeKind
from ui.runtime.session import Session
from ui.widgets.bundle_document import short_date

Index = QModelIndex | QPersistentModelIndex
SHARED_ON, UNTIL, WHAT, STATE = range(4)


def state_text(share: Share, replied: ShareReply | None = None) -> str:
    if share.state is ShareState.WITHDRAWN:
        state = ShareHistoryModel.tr("Withdrawn")
    elif share.state is ShareState.REPLACED:
        state = ShareHistoryModel.tr("Replaced by a newer one")
    elif share.expired():
        state = ShareHistoryModel.tr("Time is up")
    else:
        state = ShareHistoryModel.tr("Open")
    if share.opened_at is not None:
        # Known from the receipt they sent back.
        state = ShareHistoryModel.tr("{0}; they opened it on {1}").format(state, short_date(share.opened_at))
    if replied is not None:  # their latest reply, shown in full under the list
        state = ShareHistoryModel.tr("{0}; they replied on {1}").format(state, short_date(replied.replied_at))
    return state


class ShareHistoryModel(QAbstractTableModel):
    ShareRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._person: str | None = None  # a contact id; None with _passphrase for passphrase shares
        self._passphrase = False
        self._shares: list[Share] = []
        self._what: list[list[str]] = []
        self._replies: dict[str, list[ShareReply]] = {}  # by share id, newest first
        session.changed.connect(self._on_change)
        session.locked.connect(self._forget)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's idiom
        return 0 if parent.isValid() else len(self._shares)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return (self.tr("Shared on"), self.tr("Until"), self.tr("What"), self.tr("State"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        share = self._shares[index.row()]
        if role == self.ShareRole:
            return share
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        column = index.column()
        if column == SHARED_ON:
            return short_date(share.created)
        if column == UNTIL:
            return short_date(last_day(share.expires))
        if column == WHAT:
            # Each title on a line of its own on screen, so a title is never split by the
            # wrapping; a screen reader hears them as a list.
            what = self._what[index.row()]
            return "\n".join(what) if role == Qt.ItemDataRole.DisplayRole else "; ".join(what)
        replies = self._replies.get(share.id)
        return state_text(share, replies[0] if replies else None)

    def share(self, row: int) -> Share:
        return self._shares[row]

    def replies(self, row: int) -> list[ShareReply]:
        """The replies to the share in this row, newest first."""
        return self._replies.get(self._shares[row].id, []) if 0 <= row < len(self._shares) else []

    def row_of(self, share_id: str) -> int:
        return next((row for row, share in enumerate(self._shares) if share.id == share_id), -1)

    def show_person(self, contact_id: str | None, passphrase_shares: bool = False) -> None:
        self._person, self._passphrase = contact_id, passphrase_shares
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        profile = self._session.profile
        if profile.is_locked or (self._person is None and not self._passphrase):
            self._shares = []
        elif self._person is not None:
            self._shares = profile.sharing.share_history(self._person)
        else:
            self._shares = [s for s in profile.sharing.share_history() if s.contact_id is None]
        self._what = [self._describe(share) for share in self._shares]
        self._replies = {}
        if self._shares:
            for reply in profile.sharing.replies():
                self._replies.setdefault(reply.share_id, []).append(reply)
        self.endResetModel()

    def _describe(self, share: Share) -> list[str]:
        """Each entry by its title now (which revision went is a detail for no one's eyes:
        "version 1" read as jargon)."""
        parts = []
        for shared in share.entries:
            try:
                title = self._session.profile.entry(shared.entry_id).title
            except NotFound:
                title = self.tr("an entry since erased")
            parts.append(title)
        if share.contact_id is None and parts:
            parts[0] = self.tr("For {0}: {1}").format(share.recipient_name, parts[0])
        return parts

    def _forget(self) -> None:
        self.show_person(None)

    def _on_change(self, change: Change) -> None:
        # Entry titles are shown, so an edit to one of them matters; other edits do not.
        shown = {e.entry_id for share in self._shares for e in share.entries}
        if change.kind is ChangeKind.SHARES_CHANGED or change.entry_id in shown:
            self.refresh()
