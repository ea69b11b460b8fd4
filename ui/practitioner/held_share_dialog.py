"""The compare-the-numbers step for a held share: the numbers of the card that signed it
beside those of the card already known under that name. The practitioner compares them
with the person, then keeps the file as from a different person, or deletes it.
Opened with ``open()``; ``choice`` says what they chose (None: not now)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from passport.exchange.received import HeldShare
from ui.widgets.bundle_document import short_date
from ui.widgets.dialog_parts import button_row
from ui.widgets.fingerprint_label import FingerprintLabel


class HeldChoice(Enum):
    DIFFERENT_PERSON = "different person"  # list it, as from someone else with that name
    DELETE = "delete"  # delete what this card sent, and forget the card


class HeldShareDialog(QDialog):
    def __init__(self, held: HeldShare, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: HeldChoice | None = None
        self.fingerprint = held.sender.fingerprint
        name = held.sender.display_name
        title = self.tr("Compare the numbers")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        warning = QLabel(self.tr(
            "This file says it is from {0}, but it was signed by a card you have not seen before. Anyone can "
            "put a name on a card, so it was not opened.").format(name), wordWrap=True)
        warning.setProperty("role", "lead")
        warning.setTextFormat(Qt.TextFormat.PlainText)
        explain = QLabel(self.tr(
            "Ask {0} to read out the numbers on their card, in person or on the phone, and compare them "
            "with these.").format(name), wordWrap=True)
        explain.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.addWidget(warning)
        layout.addWidget(explain)
        self.numbers = FingerprintLabel(held.sender.fingerprint)
        this_card = QLabel(self.tr("The numbers of the card that signed this file:"), wordWrap=True)
        this_card.setBuddy(self.numbers)
        layout.addWidget(this_card)
        layout.addWidget(self.numbers)
        self.known_numbers: list[FingerprintLabel] = []
        for known in held.known:
            numbers = FingerprintLabel(known.fingerprint)
            caption = QLabel(self.tr("The numbers of the {0} you know, first seen on {1}:").format(
                known.display_name, short_date(known.first_seen)), wordWrap=True)
            caption.setTextFormat(Qt.TextFormat.PlainText)
            caption.setBuddy(numbers)
            layout.addWidget(caption)
            layout.addWidget(numbers)
            self.known_numbers.append(numbers)
        self.delete_button = QPushButton(self.tr("&Delete it"))
        self.delete_button.setAccessibleName(self.tr("Delete it"))
        self.different_button = QPushButton(self.tr("It's someone &else: keep it"))
        self.different_button.setAccessibleName(self.tr("It's someone else: keep it"))
        self.different_button.setToolTip(self.tr("Their numbers match this card: list it as from a different person"))
        self.later_button = QPushButton(self.tr("&Not now"))
        self.later_button.setAccessibleName(self.tr("Not now"))
        self.delete_button.clicked.connect(lambda: self._choose(HeldChoice.DELETE))
        self.different_button.clicked.connect(lambda: self._choose(HeldChoice.DIFFERENT_PERSON))
        self.later_button.clicked.connect(self.reject)
        layout.addLayout(button_row([self.delete_button], [self.later_button, self.different_button]))
        self.setMinimumWidth(560)
        self.later_button.setFocus()

    def _choose(self, choice: HeldChoice) -> None:
        self.choice = choice
        self.accept()
