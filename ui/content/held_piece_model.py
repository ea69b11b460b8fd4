"""The pieces this profile keeps for others: whose, which of the three, and when made.
Never the words: those are shown only when asked (PieceWordsDialog)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from passport.exchange.trusted import HeldPiece
from passport.models import Change, ChangeKind
from ui.runtime.session import Session

Index = QModelIndex | QPersistentModelIndex


class HeldPieceModel(QAbstractListModel):
    PieceRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._pieces: list[HeldPiece] = []
        session.changed.connect(self._on_change)
        session.locked.connect(self._clear)
        self.refresh()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's idiom
        return 0 if parent.isValid() else len(self._pieces)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractListModel.CheckIndexOption.IndexIsValid):
            return None
        piece = self._pieces[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (self.tr("{0}: piece {1} of 3, made on {2}")
                    .replace("{0}", piece.owner.display_name).replace("{1}", str(piece.number))
                    .replace("{2}", piece.created.astimezone().strftime("%d %b %Y")))
        if role == self.PieceRole:
            return piece
        return None

    def piece(self, row: int) -> HeldPiece | None:
        return self._pieces[row] if 0 <= row < len(self._pieces) else None

    def refresh(self) -> None:
        self.beginResetModel()
        profile = self._session.profile
        self._pieces = [] if profile.is_locked else profile.trusted.held_pieces()
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        if change.kind is ChangeKind.TRUSTED_PEOPLE_CHANGED:
            self.refresh()

    def _clear(self) -> None:
        self.beginResetModel()
        self._pieces = []
        self.endResetModel()
