"""Search results as a Qt item model: one row per matching entry, with marked excerpts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from passport.models import MARK_END, MARK_START, Change, ChangeKind, SearchHit

Index = QModelIndex | QPersistentModelIndex


def unmarked(text: str) -> str:
    return text.replace(MARK_START, "").replace(MARK_END, "")


class SearchResultModel(QAbstractListModel):
    EntryIdRole = Qt.ItemDataRole.UserRole + 1
    TitleMarkedRole = Qt.ItemDataRole.UserRole + 2
    BodyMarkedRole = Qt.ItemDataRole.UserRole + 3
    ColourRole = Qt.ItemDataRole.UserRole + 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's idiom
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractListModel.CheckIndexOption.IndexIsValid):
            return None
        hit = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return unmarked(hit.title_marked)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return unmarked(hit.body_marked)
        return {
            self.EntryIdRole: hit.entry.id,
            self.TitleMarkedRole: hit.title_marked,
            self.BodyMarkedRole: hit.body_marked,
            self.ColourRole: hit.entry.colour,
        }.get(role)

    def entry_id_at(self, row: int) -> str:
        return self._hits[row].entry.id

    def set_hits(self, hits: Iterable[SearchHit]) -> None:
        """A new query's results replace the old ones whole (a reset is the honest signal)."""
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def apply_change(self, change: Change) -> None:
        """An erased entry leaves the results at once; edits are picked up by re-searching."""
        if change.kind is not ChangeKind.ENTRY_ERASED:
            return
        for row, hit in enumerate(self._hits):
            if hit.entry.id == change.entry_id:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._hits[row]
                self.endRemoveRows()
                return
