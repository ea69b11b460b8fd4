"""The gentle "Is this still true?" asked about an entry whose review-by date has come."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from passport.models import AttachmentKind, Entry
from ui.content.entry_card import EntryCard


class ReviewPrompt(QFrame):
    keep = Signal(str)  # entry id
    update = Signal(str)
    unpin = Signal(str)

    def __init__(self, entry: Entry, section_title: str, parent: QWidget | None = None, *,
                 attachment_kinds: Collection[AttachmentKind] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPrompt")
        self.entry = entry
        question = QLabel(self.tr("Is this still true?"))
        question.setObjectName("reviewQuestion")
        question.setProperty("role", "lead")
        self.card = EntryCard(entry, section_title, attachment_kinds=attachment_kinds)
        self.keep_button = self._button(self.tr("Keep"), self.tr("Keep “{title}” as it is"), "keepButton")
        self.keep_button.setToolTip(self.tr("It's still true. We'll ask again in 3 months."))
        self.update_button = self._button(self.tr("Update"), self.tr("Update “{title}”"), "updateButton")
        self.unpin_button = self._button(self.tr("Unpin"), self.tr("Unpin “{title}”"), "unpinButton")
        self.unpin_button.setToolTip(self.tr("Take it off “What's important now”; it stays in its section."))
        self.unpin_button.setVisible(entry.important_now)
        self.keep_button.clicked.connect(lambda: self.keep.emit(entry.id))
        self.update_button.clicked.connect(lambda: self.update.emit(entry.id))
        self.unpin_button.clicked.connect(lambda: self.unpin.emit(entry.id))
        self.card.activated.connect(self.update)

        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.update_button)
        buttons.addWidget(self.unpin_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(question)
        layout.addWidget(self.card)
        layout.addLayout(buttons)

    def _button(self, text: str, accessible: str, name: str) -> QPushButton:
        button = QPushButton(text, self)  # parented, so showing or hiding it never opens a window
        button.setObjectName(name)
        button.setAccessibleName(accessible.format(title=self.entry.title))
        return button
