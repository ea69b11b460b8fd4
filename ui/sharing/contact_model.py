"""The people the young person shares with (their cards), as a list model. Whether a
card's numbers were checked is said in words. A last row gathers the shares made with a
passphrase, for someone without the app's card, when there are any."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from passport.exchange.contacts import Contact
from passport.models import Change, ChangeKind
from ui.runtime.session import Session
from ui.sharing.kind_words import kind_word

Index = QModelIndex | QPersistentModelIndex


def about(contact: Contact) -> str:
    """The card's kind, always (a carer's card has no role), then its role and organisation."""
    details = ", ".join(part for part in (contact.card.role, contact.card.organisation) if part)
    kind = kind_word(contact.card.kind)
    if not details or details.casefold() == kind.casefold():
        return kind
    return ContactModel.tr("{kind}: {details}").replace("{kind}", kind).replace("{details}", details)


def checked_text(contact: Contact) -> str:
    return ContactModel.tr("Numbers checked") if contact.checked else ContactModel.tr("Numbers not checked yet")


class ContactModel(QAbstractListModel):
    ContactRole = Qt.ItemDataRole.UserRole + 1  # the Contact, or None for the passphrase row
    CheckedRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, session: Session, with_passphrase_row: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._with_passphrase_row = with_passphrase_row
        self._contacts: list[Contact] = []
        self._passphrase_row = False
        session.changed.connect(self._on_change)
        session.locked.connect(self._clear)
        self.refresh()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's idiom
        return 0 if parent.isValid() else len(self._contacts) + int(self._passphrase_row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractListModel.CheckIndexOption.IndexIsValid):
            return None
        contact = self.contact(index.row())
        if contact is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr("Shared with a passphrase (no card)")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [contact.display_name, about(contact), checked_text(contact)]
            return "\n".join(line for line in lines if line)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ". ".join(line for line in (contact.display_name, about(contact), checked_text(contact)) if line)
        return {self.ContactRole: contact, self.CheckedRole: contact.checked}.get(role)

    def contact(self, row: int) -> Contact | None:
        return self._contacts[row] if row < len(self._contacts) else None

    def row_of(self, contact_id: str) -> int:
        return next((row for row, c in enumerate(self._contacts) if c.id == contact_id), -1)

    def refresh(self) -> None:
        self.beginResetModel()
        profile = self._session.profile
        if profile.is_locked:
            self._contacts, self._passphrase_row = [], False
        else:
            self._contacts = profile.people.contacts()
            self._passphrase_row = self._with_passphrase_row and any(
                share.contact_id is None for share in profile.sharing.share_history())
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        if change.kind in (ChangeKind.CONTACTS_CHANGED, ChangeKind.SHARES_CHANGED):
            self.refresh()

    def _clear(self) -> None:
        self.beginResetModel()
        self._contacts, self._passphrase_row = [], False
        self.endResetModel()
