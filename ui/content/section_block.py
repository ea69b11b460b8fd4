"""One section on Home: its name, a few of its entries as cards, "Add something", and
"Show all" when there are more. An empty section shows its friendly prompt instead."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from passport.models import AttachmentKind, Entry, Section
from ui.content.entry_card import EntryCard
from ui.runtime.easy_read import add_symbols, section_symbol_name, symbol_label
from ui.runtime.section_words import shown_prompt, shown_title
from ui.widgets.flow_layout import FlowLayout

PREVIEW_CARDS = 3


class SectionBlock(QWidget):
    open_entry = Signal(str)
    add_requested = Signal(int)  # section id
    show_all = Signal(int)

    def __init__(self, section: Section, parent: QWidget | None = None, *, easy_read: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("sectionBlock")
        self.section = section
        self.cards: list[EntryCard] = []
        self.heading = QLabel(shown_title(section.key, section.title))
        self.heading.setObjectName("sectionHeading")
        self.heading.setProperty("role", "heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.prompt = QLabel(shown_prompt(section.key, section.prompt))
        self.prompt.setObjectName("sectionPrompt")
        self.prompt.setProperty("role", "lead")
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add something"))
        self.add_button.setObjectName("addSomethingButton")
        self.add_button.setAccessibleName(self.tr("Add something to {section}").format(section=self.heading.text()))
        self.add_button.clicked.connect(lambda: self.add_requested.emit(self.section.id))
        self.show_all_button = QPushButton()
        self.show_all_button.setObjectName("showAllButton")
        self.show_all_button.clicked.connect(lambda: self.show_all.emit(self.section.id))
        self._cards_layout = QVBoxLayout()
        self._cards_layout.setSpacing(8)
        # Side by side, or one under the other where a narrow page (easy read's larger text) has no room.
        buttons = FlowLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.show_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.setSpacing(8)
        if easy_read:  # a picture beside the section's name, and beside "Add something"
            row = QHBoxLayout()
            row.setSpacing(10)
            row.addWidget(symbol_label(section_symbol_name(section.key), self.heading.text(), self.heading))
            row.addWidget(self.heading, 1)
            layout.addLayout(row)
            add_symbols([(self.add_button, "write")])
        else:
            layout.addWidget(self.heading)
        layout.addWidget(self.prompt)
        layout.addLayout(self._cards_layout)
        layout.addLayout(buttons)

    def show_entries(self, entries: Sequence[Entry], total: int,
                     attachment_kinds: Mapping[str, Collection[AttachmentKind]] | None = None) -> None:
        """Show the first entries (newest first); ``total`` is how many the section has;
        ``attachment_kinds`` which kinds of attachment each entry has, for the cards' marks."""
        kinds = attachment_kinds or {}
        for card in self.cards:
            card.hide()
            card.deleteLater()
        # Made inside the block: styled once, with no reparenting (and no flash of a window).
        self.cards = [EntryCard(entry, attachment_kinds=kinds.get(entry.id, ()), parent=self)
                      for entry in entries[:PREVIEW_CARDS]]
        for card in self.cards:
            card.activated.connect(self.open_entry)
            self._cards_layout.addWidget(card)
        self.prompt.setVisible(total == 0 and bool(self.section.prompt))
        more = total > PREVIEW_CARDS
        self.show_all_button.setVisible(more)
        if more:
            text = self.tr("Show all {count}").format(count=total)
            self.show_all_button.setText(text)
            self.show_all_button.setAccessibleName(
                self.tr("Show all {count} in {section}").format(count=total, section=self.heading.text()))
