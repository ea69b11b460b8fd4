"""The shared files a practitioner holds, as a table: from whom, when, open until, and
what state each is in (in words)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from passport.clock import today
from passport.models import Change, ChangeKind
from passport.received import ReceivedBundle, ReceivedState
from passport.sharing import last_day
from ui.bundle_document import short_date
from ui.session import Session

Index = QModelIndex | QPersistentModelIndex
FROM, SHARED_ON, UNTIL, STATE = range(4)


def state_text(bundle: ReceivedBundle) -> str:
    if bundle.state is ReceivedState.REPLACED:
        return ReceivedListModel.tr("Replaced by a newer one")
    days = (last_day(bundle.expires) - today()).days
    if days <= 0:
        return ReceivedListModel.tr("Last day today")
    if days == 1:
        return ReceivedListModel.tr("Open, ends tomorrow")
    return ReceivedListModel.tr("Open, {0} days left").format(days)


class ReceivedListModel(QAbstractTableModel):
    BundleIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._bundles: list[ReceivedBundle] = []
        session.changed.connect(self._on_change)
        session.locked.connect(self._clear)
        self.refresh()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's idiom
        return 0 if parent.isValid() else len(self._bundles)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return (self.tr("From"), self.tr("Shared on"), self.tr("Open until"), self.tr("State"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        bundle = self._bundles[index.row()]
        if role == self.BundleIdRole:
            return bundle.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return bundle.purpose or None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        column = index.column()
        if column == FROM:
            sender = bundle.sender
            about = ", ".join(part for part in (sender.role, sender.organisation) if part)
            return sender.display_name + (f" ({about})" if about else "")
        if column == SHARED_ON:
            return short_date(bundle.created)
        if column == UNTIL:
            return short_date(last_day(bundle.expires))
        return state_text(bundle)

    def bundle_id(self, row: int) -> str:
        return self._bundles[row].id

    def row_of(self, bundle_id: str) -> int:
        return next((row for row, b in enumerate(self._bundles) if b.id == bundle_id), -1)

    def refresh(self) -> None:
        self.beginResetModel()
        self._bundles = [] if self._session.profile.is_locked else self._session.profile.received_bundles()
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        if change.kind is ChangeKind.RECEIVED_CHANGED:
            self.refresh()

    def _clear(self) -> None:
        self.beginResetModel()
        self._bundles = []
        self.endResetModel()
