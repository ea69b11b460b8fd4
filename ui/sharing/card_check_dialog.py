"""Someone's card: who it says they are, and its numbers in large groups to read aloud
together (in easy read, said simply, a group at a time; the numbers stay whole: all of them
are the check). "We compared the numbers" marks it as checked. Opened with ``open()``;
``choice`` says what the person chose."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from passport.formats.cards import Card
from ui.sharing.kind_words import named_with_kind
from ui.widgets.dialog_parts import button_row
from ui.widgets.fingerprint_label import FingerprintLabel


class CardChoice(Enum):
    CHECKED = "checked"  # add it (if new) and mark it as checked
    UNCHECKED = "unchecked"  # add it without checking, for now


class CardCheckDialog(QDialog):
    def __init__(self, card: Card, adding: bool, parent: QWidget | None = None, easy_read: bool = False) -> None:
        super().__init__(parent)
        self.choice: CardChoice | None = None
        # No name in the title: titles show in the task bar, where a name can give a disguise away.
        title = self.tr("Add a card") if adding else self.tr("Check a card")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        name = QLabel(named_with_kind(card.display_name, card.kind), wordWrap=True)  # "Jo, a carer"
        name.setProperty("role", "title")
        name.setTextFormat(Qt.TextFormat.PlainText)
        self.about = QLabel(", ".join(p for p in (card.role, card.organisation) if p), wordWrap=True)
        self.about.setProperty("role", "lead")
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setHidden(not self.about.text())  # no blank line where there is no role
        explain = QLabel((self.tr(
            "Is this card really from {0}? Check it together, in person or on the phone. Read the numbers "
            "aloud, one group of five at a time. {0} looks at their own numbers. Are all the groups the same? "
            "Then the card is really theirs. Nobody swapped it on the way.") if easy_read else self.tr(
            "Read these numbers aloud with {0}, in person or on the phone. If theirs are the same, the card "
            "really is theirs and nobody swapped it on the way.")).replace("{0}", card.display_name), wordWrap=True)
        explain.setTextFormat(Qt.TextFormat.PlainText)
        explain.setObjectName("cardCheckLead")
        if easy_read:
            explain.setProperty("role", "lead")  # as large as easy read's other main words
        self.numbers = FingerprintLabel(card.fingerprint)
        self.checked_button = QPushButton(self.tr("We &compared the numbers, mark as checked"))
        self.checked_button.setProperty("role", "primary")
        self.checked_button.setAccessibleName(self.tr("We compared the numbers, mark as checked"))
        later = self.tr("Add it, check &later") if adding else self.tr("&Not now")
        self.later_button = QPushButton(later)
        self.later_button.setAccessibleName(later.replace("&", ""))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setVisible(adding)
        self.checked_button.clicked.connect(lambda: self._choose(CardChoice.CHECKED))
        self.later_button.clicked.connect(lambda: self._choose(CardChoice.UNCHECKED if adding else None))
        self.cancel_button.clicked.connect(self.reject)
        buttons = button_row([self.cancel_button], [self.later_button, self.checked_button])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        for widget in (name, self.about, explain, self.numbers):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        # Enter must never skip the check: no button is pressed by Enter, and the keyboard starts on
        # "We compared the numbers" (pressed only by Space, after reading them aloud).
        for button in (self.checked_button, self.later_button, self.cancel_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.checked_button.setFocus()

    def _choose(self, choice: CardChoice | None) -> None:
        self.choice = choice
        self.accept() if choice is not None else self.reject()
