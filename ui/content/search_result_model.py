"""Search results as a Qt item model: one row per matching entry, with marked excerpts.

A search shows the best matches first, a screenful at a time: the view asks for more
(``canFetchMore``/``fetchMore``) as the person scrolls to the end, so typing never waits
for hundreds of rows nobody has looked at yet.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from passport.models import MARK_END, MARK_START, Change, ChangeKind, SearchHit

Index = QModelIndex | QPersistentModelIndex
# The best ``n`` hits of the current search (the search again, with a larger limit).
FetchHits = Callable[[int], Sequence[SearchHit]]
PAGE = 50


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
        self._fetch: FetchHits | None = None
        self._asked = 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's idiom
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A plain bounds check and an if-chain: the delegate asks this for every row it measures.
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._hits):
            return None
        hit = self._hits[row]
        if role == self.TitleMarkedRole:
            return hit.title_marked
        if role == self.BodyMarkedRole:
            return hit.body_marked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return unmarked(hit.title_marked)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return unmarked(hit.body_marked)
        if role == self.EntryIdRole:
            return hit.entry.id
        if role == self.ColourRole:
            return hit.entry.colour
        return None

    def entry_id_at(self, row: int) -> str:
        return self._hits[row].entry.id

    def set_hits(self, hits: Sequence[SearchHit], fetch: FetchHits | None = None, asked: int = 0) -> None:
        """A new query's results replace the old ones whole (a reset is the honest signal).
        With ``fetch``, ``hits`` are the best ``asked`` and more can be fetched on scrolling."""
        self.beginResetModel()
        self._hits = list(hits)
        self._fetch = fetch
        self._asked = asked
        self.endResetModel()

    def has_more(self) -> bool:
        """Whether the search may have found more than the rows here."""
        return self._fetch is not None and len(self._hits) >= self._asked

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self.has_more()

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._fetch is None:
            return
        self._asked += PAGE
        known = {hit.entry.id for hit in self._hits}
        new = [hit for hit in self._fetch(self._asked) if hit.entry.id not in known]
        if len(self._hits) + len(new) < self._asked:
            self._fetch = None  # that was all of them
        if new:
            self.beginInsertRows(QModelIndex(), len(self._hits), len(self._hits) + len(new) - 1)
            self._hits.extend(new)
            self.endInsertRows()

    def apply_change(self, change: Change) -> None:
        """An erased entry leaves the results at once; edits are picked up by re-searching."""
        if change.kind is not ChangeKind.ENTRY_ERASED:
            return
        for row, hit in enumerate(self._hits):
            if hit.entry.id == change.entry_id:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._hits[row]
                self.endRemoveRows()
                self._asked = max(0, self._asked - 1)
                return
