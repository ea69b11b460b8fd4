"""The suggestions waiting for the young person's answer, as a list model.

Each row says what is suggested, who from, and where it would go, in words (also for
screen readers). The list follows the session: it refreshes when suggestions arrive or
are answered, and empties when the profile locks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from passport.exchange.suggestions import Suggestion
from passport.models import Change, ChangeKind
from ui.runtime.section_words import shown_title
from ui.runtime.session import Session

Index = QModelIndex | QPersistentModelIndex


def from_line(suggestion: Suggestion) -> str:
    return SuggestionListModel.tr("From {name}, for “{section}”").format(
        name=suggestion.sender_name, section=shown_title(suggestion.section_key, suggestion.section_title))


class SuggestionListModel(QAbstractListModel):
    SuggestionRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._suggestions: list[Suggestion] = []
        session.changed.connect(self._on_change)
        session.locked.connect(self._clear)
        self.refresh()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's idiom
        return 0 if parent.isValid() else len(self._suggestions)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractListModel.CheckIndexOption.IndexIsValid):
            return None
        suggestion = self._suggestions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{suggestion.title}\n{from_line(suggestion)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{suggestion.title}. {from_line(suggestion)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return from_line(suggestion)
        if role == self.SuggestionRole:
            return suggestion
        return None

    def suggestion(self, row: int) -> Suggestion | None:
        return self._suggestions[row] if 0 <= row < len(self._suggestions) else None

    def row_of(self, suggestion_id: str) -> int:
        return next((row for row, s in enumerate(self._suggestions) if s.id == suggestion_id), -1)

    def refresh(self) -> None:
        self.beginResetModel()
        profile = self._session.profile
        self._suggestions = [] if profile.is_locked else profile.suggestions.pending_suggestions()
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        # Opening, accepting and declining all announce one of these.
        if change.kind in (ChangeKind.SUGGESTIONS_CHANGED, ChangeKind.ENTRY_ADDED):
            self.refresh()

    def _clear(self) -> None:
        self.beginResetModel()
        self._suggestions = []
        self.endResetModel()
