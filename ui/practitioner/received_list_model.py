"""The shared files a practitioner holds, as a table: from whom, when, open until, and
what state each is in (in words)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from passport.clock import today
from passport.exchange.received import ReceivedBundle, ReceivedState
from passport.exchange.sharing import last_day
from passport.models import Change, ChangeKind
from ui.practitioner.isolated_name import isolated
from ui.runtime.session import Session
from ui.widgets.bundle_document import short_date

Index = QModelIndex | QPersistentModelIndex
FROM, SHARED_ON, UNTIL, STATE = range(4)
# Plain numbers: data() compares every call's role with these.
_TEXT_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.AccessibleTextRole)})
_TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)
_BUNDLE_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1


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
    BundleIdRole = _BUNDLE_ID_ROLE

    def __init__(self, session: Session, parent: QObject | None = None, *, read: bool = True) -> None:
        """``read=False``: empty until :meth:`refresh` (a window reads its list on a turn of its own)."""
        super().__init__(parent)
        self._session = session
        self._bundles: list[ReceivedBundle] = []
        self._row_texts: dict[int, tuple[str, str, str, str]] = {}
        self._texts_day = today()
        session.changed.connect(self._on_change)
        session.locked.connect(self._clear)
        if read:
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
        # Asked for every role of every visible cell, often several times while the columns
        # are sized: texts are made once per row (and day), and other roles leave at once.
        row, column = index.row(), index.column()
        if not index.isValid() or not 0 <= row < len(self._bundles) or not 0 <= column < 4:
            return None
        if role in _TEXT_ROLES:
            return self._texts(row)[column]
        if role == _BUNDLE_ID_ROLE:
            return self._bundles[row].id
        if role == _TOOLTIP_ROLE:
            return self._bundles[row].purpose or None
        return None

    def _texts(self, row: int) -> tuple[str, str, str, str]:
        day = today()
        if day != self._texts_day:  # "30 days left" changes at midnight
            self._row_texts.clear()
            self._texts_day = day
        texts = self._row_texts.get(row)
        if texts is None:
            bundle = self._bundles[row]
            sender = bundle.sender
            about = ", ".join(part for part in (sender.role, sender.organisation) if part)
            name = isolated(sender.display_name) + (f" ({isolated(about)})" if about else "")
            texts = (name, short_date(bundle.created),
                     short_date(last_day(bundle.expires)), state_text(bundle))
            self._row_texts[row] = texts
        return texts

    def bundle_id(self, row: int) -> str:
        return self._bundles[row].id

    def row_of(self, bundle_id: str) -> int:
        return next((row for row, b in enumerate(self._bundles) if b.id == bundle_id), -1)

    def refresh(self) -> None:
        self.beginResetModel()
        self._bundles = [] if self._session.profile.is_locked else self._session.profile.received.received_bundles()
        self._row_texts.clear()
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        if change.kind is ChangeKind.RECEIVED_CHANGED:
            self.refresh()

    def _clear(self) -> None:
        self.beginResetModel()
        self._bundles = []
        self._row_texts.clear()
        self.endResetModel()
