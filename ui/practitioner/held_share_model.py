"""Shares held because a card not seen before used the name of someone already known: one
row each, saying so in words (never listed with the shares that are theirs)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from passport.exchange.received import HeldShare
from passport.models import Change, ChangeKind
from ui.runtime.session import Session
from ui.widgets.bundle_document import short_date

Index = QModelIndex | QPersistentModelIndex
_TEXT_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.AccessibleTextRole)})


class HeldShareModel(QAbstractListModel):
    BundleIdRole = int(Qt.ItemDataRole.UserRole) + 1

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._held: list[HeldShare] = []
        session.changed.connect(self._on_change)
        session.locked.connect(self._clear)
        self.refresh()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's idiom
        return 0 if parent.isValid() else len(self._held)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() != 0 or not 0 <= index.row() < len(self._held):
            return None
        held = self._held[index.row()]
        if role in _TEXT_ROLES:
            text = self.tr("Says it is from {name}, received {day}: a different card, held")
            return text.format(name=held.sender.display_name, day=short_date(held.received_at))
        if role == self.BundleIdRole:
            return held.id
        return None

    def held(self, row: int) -> HeldShare:
        return self._held[row]

    def refresh(self) -> None:
        self.beginResetModel()
        self._held = [] if self._session.profile.is_locked else self._session.profile.received.held_shares()
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        if change.kind is ChangeKind.RECEIVED_CHANGED:
            self.refresh()

    def _clear(self) -> None:
        self.beginResetModel()
        self._held = []
        self.endResetModel()
