"""An entry's attachments as a Qt item model.

``set_attachments`` compares the new list with the rows it has and inserts or removes
only the rows that differ, so a view showing pictures does not rebuild them all.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from passport.models import Attachment
from ui.content.attachment_words import size_in_words

Index = QModelIndex | QPersistentModelIndex


class AttachmentModel(QAbstractListModel):
    AttachmentIdRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2
    SizeRole = Qt.ItemDataRole.UserRole + 3
    AttachmentRole = Qt.ItemDataRole.UserRole + 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._attachments: list[Attachment] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's idiom
        return 0 if parent.isValid() else len(self._attachments)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractListModel.CheckIndexOption.IndexIsValid):
            return None
        attachment = self._attachments[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return attachment.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{attachment.name} ({size_in_words(attachment.size)})"
        return {
            self.AttachmentIdRole: attachment.id,
            self.KindRole: attachment.kind.value,
            self.SizeRole: attachment.size,
            self.AttachmentRole: attachment,
        }.get(role)

    def attachment_at(self, row: int) -> Attachment:
        return self._attachments[row]

    def set_attachments(self, attachments: Iterable[Attachment]) -> None:
        wanted = list(attachments)
        wanted_ids = {a.id for a in wanted}
        for row in reversed(range(len(self._attachments))):
            if self._attachments[row].id not in wanted_ids:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._attachments[row]
                self.endRemoveRows()
        # What is left is in the core's order already; new ones slot in where the core puts them.
        for row, attachment in enumerate(wanted):
            if row < len(self._attachments) and self._attachments[row].id == attachment.id:
                continue
            self.beginInsertRows(QModelIndex(), row, row)
            self._attachments.insert(row, attachment)
            self.endInsertRows()
