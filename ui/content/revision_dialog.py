"""An entry's earlier versions, and a way to bring one back (history is kept either way)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from passport.errors import PassportError
from ui.content.revision_model import RevisionModel
from ui.runtime.messages import message_for
from ui.runtime.session import Session


class RevisionDialog(QDialog):
    def __init__(self, session: Session, entry_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revisionDialog")
        self.setWindowTitle(self.tr("Earlier versions"))
        self.setAccessibleName(self.tr("Earlier versions"))
        metrics = self.fontMetrics()  # room for the words at any text size
        self.resize(max(760, metrics.averageCharWidth() * 90), max(480, metrics.height() * 22))
        self._session = session
        self._entry_id = entry_id
        self.restored: int | None = None

        self.model = RevisionModel(self)
        self.model.set_revisions(session.profile.revisions(entry_id))
        self.list = self._build_list()
        list_label = QLabel(self.tr("&Versions"))
        list_label.setBuddy(self.list)

        self.title = QLabel()
        self.title.setObjectName("revisionTitle")
        self.title.setProperty("role", "heading")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.text = QPlainTextEdit()
        self.text.setObjectName("revisionText")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("What this version said"))
        text_label = QLabel(self.tr("What it &said"))
        text_label.setBuddy(self.text)

        self.restore_button = QPushButton(self.tr("&Bring this version back"))
        buttons = self._buttons()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setProperty("role", "error")

        left = QVBoxLayout()
        left.addWidget(list_label)
        left.addWidget(self.list, 1)
        right = QVBoxLayout()
        right.addWidget(text_label)
        right.addWidget(self.title)
        right.addWidget(self.text, 1)
        panes = QHBoxLayout()
        panes.addLayout(left, 2)
        panes.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(panes, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self.list.selectionModel().currentChanged.connect(self._show_selected)
        self.list.setCurrentIndex(self.model.index(0))
        self.list.setFocus()

    def _build_list(self) -> QListView:
        view = QListView()
        view.setObjectName("revisionList")
        view.setModel(self.model)
        view.setAccessibleName(self.tr("Versions, newest first"))
        view.setMinimumWidth(240)
        view.setWordWrap(True)
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return view

    def _buttons(self) -> QDialogButtonBox:
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setProperty("role", "primary")
        self.restore_button.setAccessibleName(self.tr("Bring this version back"))
        self.restore_button.clicked.connect(self.restore_selected)
        close = QPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        return buttons

    def _show_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.row()
        if row < 0:
            return
        content = self.model.revision_at(row).content
        self.title.setText(content.title)
        self.text.setPlainText(content.body)
        # The newest version is what the entry says now: nothing to bring back.
        self.restore_button.setEnabled(row > 0)

    def restore_selected(self) -> None:
        row = self.list.currentIndex().row()
        if row <= 0:
            return
        number = self.model.revision_at(row).number
        try:
            self._session.apply(self._session.profile.restore_revision(self._entry_id, number))
        except PassportError as exc:
            self.status.setText(message_for(exc))
            return
        self.restored = number
        self.accept()

    @classmethod
    def ask(cls, session: Session, entry_id: str, parent: QWidget | None = None) -> int | None:
        """The number of the version brought back, or None if the person closed it."""
        dialog = cls(session, entry_id, parent)
        try:
            dialog.exec()
            return dialog.restored
        finally:
            dialog.deleteLater()
