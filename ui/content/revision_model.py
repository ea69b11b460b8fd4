"""An entry's saved versions as a Qt item model, newest first."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from passport.models import Revision

Index = QModelIndex | QPersistentModelIndex


def saved_when(revision: Revision) -> str:
    """The moment a version was saved, in the reader's own time zone and words."""
    moment = QDateTime.fromSecsSinceEpoch(int(revision.saved_at.timestamp())).toLocalTime()
    return QLocale().toString(moment, "d MMM yyyy, HH:mm")


class RevisionModel(QAbstractListModel):
    NumberRole = Qt.ItemDataRole.UserRole + 1
    RevisionRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._revisions: list[Revision] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's idiom
        return 0 if parent.isValid() else len(self._revisions)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractListModel.CheckIndexOption.IndexIsValid):
            return None
        revision = self._revisions[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            when = saved_when(revision)
            if index.row() == 0:
                return QCoreApplication.translate("RevisionModel", "Now: {when}").format(when=when)
            return when
        if role == Qt.ItemDataRole.ToolTipRole:
            return revision.content.title
        return {self.NumberRole: revision.number, self.RevisionRole: revision}.get(role)

    def revision_at(self, row: int) -> Revision:
        return self._revisions[row]

    def set_revisions(self, revisions: Iterable[Revision]) -> None:
        self.beginResetModel()
        self._revisions = list(revisions)
        self.endResetModel()
