"""The people the young person may give a piece to (their cards), each with a box to tick.
At most three can be ticked; whether a card's numbers were checked is said in words.

The ticks outlive the Settings dialog ("Go to People…" closes it, to add a card or check
numbers, and the person comes back): they are kept in memory for the session, never on disk,
and forgotten when it locks."""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from passport.exchange.contacts import Contact
from passport.models import Change, ChangeKind
from ui.runtime.session import Session

Index = QModelIndex | QPersistentModelIndex
MOST = 3
# Who was ticked, by session (memory only; cleared on lock): contact ids, in the order ticked.
_TICKED: WeakKeyDictionary[Session, list[str]] = WeakKeyDictionary()


class TrustedChoiceModel(QAbstractListModel):
    ContactRole = Qt.ItemDataRole.UserRole + 1
    chosen_changed = Signal()

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._contacts: list[Contact] = []
        self._chosen: list[str] = list(_TICKED.get(session, []))  # contact ids, in the order ticked
        self._said: dict[str, str] = {}  # what a screen reader reads with a person (ui.widgets.spoken_ticks)
        session.changed.connect(self._on_change)
        session.locked.connect(self._clear)
        self.refresh()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's idiom
        return 0 if parent.isValid() else len(self._contacts)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self.checkIndex(index, QAbstractListModel.CheckIndexOption.IndexIsValid):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractListModel.CheckIndexOption.IndexIsValid):
            return None
        contact = self._contacts[index.row()]
        checked = self.tr("numbers checked") if contact.checked else self.tr("numbers not checked yet")
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{0} ({1})").replace("{0}", contact.display_name).replace("{1}", checked)
        if role == Qt.ItemDataRole.AccessibleTextRole:  # ticked or not: said as its description
            return ". ".join((contact.display_name, checked))
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self._said.get(contact.id)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if contact.id in self._chosen else Qt.CheckState.Unchecked
        if role == self.ContactRole:
            return contact
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and self.checkIndex(
                index, QAbstractListModel.CheckIndexOption.IndexIsValid):
            contact_id = self._contacts[index.row()].id
            if value:
                self._said[contact_id] = str(value)
            else:
                self._said.pop(contact_id, None)
            self.dataChanged.emit(index, index, [role])
            return True
        if role != Qt.ItemDataRole.CheckStateRole or not self.checkIndex(
                index, QAbstractListModel.CheckIndexOption.IndexIsValid):
            return False
        contact_id = self._contacts[index.row()].id
        ticked = (value.value if hasattr(value, "value") else int(value)) == Qt.CheckState.Checked.value
        if ticked and contact_id not in self._chosen:
            if len(self._chosen) >= MOST:
                return False  # three already: untick one first
            self._chosen.append(contact_id)
        elif not ticked and contact_id in self._chosen:
            self._chosen.remove(contact_id)
        else:
            return False
        _TICKED[self._session] = list(self._chosen)
        self.dataChanged.emit(index, index, [role])
        self.chosen_changed.emit()
        return True

    def chosen(self) -> list[str]:
        return list(self._chosen)

    def unchecked_chosen(self) -> list[str]:
        """The names of the ticked people whose card numbers were never checked with them."""
        by_id = {contact.id: contact for contact in self._contacts}
        return [by_id[i].display_name for i in self._chosen if i in by_id and not by_id[i].checked]

    def refresh(self) -> None:
        self.beginResetModel()
        profile = self._session.profile
        self._contacts = [] if profile.is_locked else profile.people.contacts()
        known = {contact.id for contact in self._contacts}
        self._chosen = [contact_id for contact_id in self._chosen if contact_id in known]
        _TICKED[self._session] = list(self._chosen)
        self._said = {}  # said again from the ticks as they are now
        self.endResetModel()
        self.chosen_changed.emit()

    def _on_change(self, change: Change) -> None:
        if change.kind is ChangeKind.CONTACTS_CHANGED:
            self.refresh()

    def _clear(self) -> None:
        _TICKED.pop(self._session, None)
        self.beginResetModel()
        self._contacts, self._chosen, self._said = [], [], {}
        self.endResetModel()
