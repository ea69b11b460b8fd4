"""A list of entries (a section's entries, the timeline) as a Qt item model.

The model keeps its rows in order (newest first by a sort key) and follows the core's
:class:`~passport.models.Change` with row inserts, moves, removals and ``dataChanged``,
so a list of thousands keeps its scroll position and selection while the owner writes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from passport.clock import today
from passport.models import Change, ChangeKind, Entry

SortKey = Callable[[Entry], Any]
Index = QModelIndex | QPersistentModelIndex
EXCERPT_CHARS = 160


def by_last_change(entry: Entry) -> Any:
    return entry.updated_at


def by_when_it_happened(entry: Entry) -> Any:
    """The timeline's order, the same as the core's: when it happened, else when written."""
    return (when_it_happened(entry), entry.created_at)


def when_it_happened(entry: Entry) -> dt.date:
    return entry.happened_on or entry.created_at.date()


def excerpt(body: str, limit: int = EXCERPT_CHARS) -> str:
    """The first words of a body on one line, cut at a word boundary."""
    flat = " ".join(body.split())
    if len(flat) <= limit:
        return flat
    return flat[:limit].rsplit(" ", 1)[0] + "…"


class EntryListModel(QAbstractListModel):
    EntryIdRole = Qt.ItemDataRole.UserRole + 1
    TitleRole = Qt.ItemDataRole.UserRole + 2
    BodyRole = Qt.ItemDataRole.UserRole + 3
    SectionRole = Qt.ItemDataRole.UserRole + 4
    ImportantRole = Qt.ItemDataRole.UserRole + 5
    ReviewDueRole = Qt.ItemDataRole.UserRole + 6
    ColourRole = Qt.ItemDataRole.UserRole + 7
    WhenRole = Qt.ItemDataRole.UserRole + 8
    EntryRole = Qt.ItemDataRole.UserRole + 9

    def __init__(
        self,
        entries: Iterable[Entry] = (),
        *,
        accepts: Callable[[Entry], bool] | None = None,
        sort_key: SortKey = by_last_change,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._accepts = accepts or (lambda _entry: True)
        self._key = sort_key
        self._entries: list[Entry] = self._ordered(entries)

    # --- reading -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's idiom
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Plain bounds check and an if-chain: a delegate asks this tens of thousands of times.
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._entries):
            return None
        entry = self._entries[row]
        if role == self.EntryRole:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, self.TitleRole, Qt.ItemDataRole.AccessibleTextRole):
            return entry.title
        if role in (self.BodyRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return excerpt(entry.body)
        if role == self.EntryIdRole:
            return entry.id
        if role == self.SectionRole:
            return entry.section_id
        if role == self.ImportantRole:
            return entry.important_now
        if role == self.ReviewDueRole:
            return entry.review_by is not None and entry.review_by <= today()
        if role == self.ColourRole:
            return entry.colour
        if role == self.WhenRole:
            return when_it_happened(entry)
        return None

    def roleNames(self) -> dict[int, bytes]:
        names = super().roleNames()
        names.update({
            self.EntryIdRole: b"entryId", self.TitleRole: b"title", self.BodyRole: b"body",
            self.SectionRole: b"section", self.ImportantRole: b"important", self.ReviewDueRole: b"reviewDue",
            self.ColourRole: b"colour", self.WhenRole: b"when", self.EntryRole: b"entry",
        })
        return names

    def entry_at(self, row: int) -> Entry:
        return self._entries[row]

    def row_of(self, entry_id: str) -> int | None:
        for row, entry in enumerate(self._entries):
            if entry.id == entry_id:
                return row
        return None

    # --- changing ------------------------------------------------------------------

    def set_entries(self, entries: Iterable[Entry]) -> None:
        """Replace every row (a new section or a reload); changes use :meth:`apply_change`."""
        self.beginResetModel()
        self._entries = self._ordered(entries)
        self.endResetModel()

    def apply_change(self, change: Change) -> None:
        """Follow one core change with the smallest model update that describes it."""
        if change.kind is ChangeKind.ENTRY_ERASED and change.entry_id is not None:
            self._remove(change.entry_id)
        elif change.kind in (ChangeKind.ENTRY_ADDED, ChangeKind.ENTRY_UPDATED) and change.entry is not None:
            if self._accepts(change.entry):
                self._put(change.entry)
            else:
                self._remove(change.entry.id)

    def _ordered(self, entries: Iterable[Entry]) -> list[Entry]:
        return sorted((e for e in entries if self._accepts(e)), key=self._key, reverse=True)

    def _remove(self, entry_id: str) -> None:
        row = self.row_of(entry_id)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._entries[row]
            self.endRemoveRows()

    def _put(self, entry: Entry) -> None:
        old_row = self.row_of(entry.id)
        others = self._entries if old_row is None else self._entries[:old_row] + self._entries[old_row + 1:]
        key = self._key(entry)
        # Newest first: the new place is before the first row that sorts below it.
        new_row = next((i for i, other in enumerate(others) if self._key(other) < key), len(others))
        if old_row is None:
            self.beginInsertRows(QModelIndex(), new_row, new_row)
            self._entries.insert(new_row, entry)
            self.endInsertRows()
            return
        if new_row != old_row:
            destination = new_row if new_row < old_row else new_row + 1
            self.beginMoveRows(QModelIndex(), old_row, old_row, QModelIndex(), destination)
            self._entries = others
            self._entries.insert(new_row, entry)
            self.endMoveRows()
        else:
            self._entries[old_row] = entry
        changed = self.index(new_row)
        self.dataChanged.emit(changed, changed)
