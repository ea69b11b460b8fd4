"""Held shares, apart from the list of what people shared: a plain warning, one row each,
and the compare-the-numbers step. Hidden while nothing is held."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from passport.errors import PassportError
from ui.practitioner.held_share_dialog import HeldChoice, HeldShareDialog
from ui.practitioner.held_share_model import HeldShareModel
from ui.runtime.messages import message_for
from ui.runtime.session import Session


class HeldSharesView(QWidget):
    said = Signal(str)  # what happened, in words, for the window's status line

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heldShares")
        self._session = session
        self.dialog: HeldShareDialog | None = None
        self.model = HeldShareModel(session, self)
        self.title = QLabel(self.tr("&Held: not opened"))
        self.title.setProperty("role", "heading")
        self.warning = QLabel(self.tr(
            "These say they are from someone you already know, but were signed by a different card. Anyone "
            "can put a name on a card. Compare the numbers with the person before you trust them."), wordWrap=True)
        self.warning.setProperty("role", "hint")
        self.list = QListView()
        self.list.setObjectName("heldList")
        self.list.setAccessibleName(self.tr("Held files"))
        self.list.setModel(self.model)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setMaximumHeight(90)
        self.list.activated.connect(lambda index: self.decide(self.model.held(index.row()).id))
        self.title.setBuddy(self.list)
        self.compare_button = QPushButton(self.tr("Compare the &numbers…"))
        self.compare_button.setAccessibleName(self.tr("Compare the numbers"))
        self.compare_button.setToolTip(self.tr("See the numbers of both cards, then keep or delete the file"))
        self.compare_button.clicked.connect(self._decide_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        for widget in (self.title, self.warning, self.list, self.compare_button):
            layout.addWidget(widget)
        self.model.modelReset.connect(self._update)
        self._update()

    def _update(self) -> None:
        rows = self.model.rowCount()
        self.setVisible(rows > 0)
        if rows and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.model.index(0, 0))

    def _decide_current(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            self.decide(self.model.held(index.row()).id)

    def decide(self, bundle_id: str) -> None:
        """Show the compare-the-numbers step for one held share."""
        row = next((r for r in range(self.model.rowCount()) if self.model.held(r).id == bundle_id), -1)
        if row < 0 or self.dialog is not None:
            return
        self.list.setCurrentIndex(self.model.index(row, 0))
        self.dialog = HeldShareDialog(self.model.held(row), self)
        self.dialog.finished.connect(self._decided)
        self.dialog.open()

    def _decided(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted or dialog.choice is None:
            return
        numbers = dialog.fingerprint
        received = self._session.profile.received
        try:
            if dialog.choice is HeldChoice.DELETE:
                self._session.apply(received.delete_held(numbers))
                self.said.emit(self.tr("Deleted. Nothing that card sent is kept."))
            else:
                known = self._session.apply(received.accept_sender(numbers)).subject
                self.said.emit(self.tr("Kept as from a different person who is also called {0}.").format(
                    known.display_name))
        except PassportError as exc:
            self.said.emit(message_for(exc))

