"""Compare the numbers of the card that signed a shared file with the person, and mark it
checked. (The people screens' card check dialog is the same step for a young person's
contacts; the practitioner's side may not import it, so it has its own.) Opened with
``open()``; ``checked`` says whether the numbers matched."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from passport.formats.cards import Card
from ui.widgets.dialog_parts import button_row
from ui.widgets.fingerprint_label import FingerprintLabel


class SenderCheckDialog(QDialog):
    def __init__(self, card: Card, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checked = False
        title = self.tr("Compare the numbers")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        explain = QLabel(self.tr(
            "This file was signed by the card with these numbers; the card says its name is {0}. Ask the "
            "person to read out the numbers on their card, in person or on the phone. If they are the same, "
            "this card really is theirs.").format(card.display_name), wordWrap=True)
        explain.setTextFormat(Qt.TextFormat.PlainText)
        self.numbers = FingerprintLabel(card.fingerprint)
        caption = QLabel(self.tr("The card's numbers:"))
        caption.setBuddy(self.numbers)
        self.checked_button = QPushButton(self.tr("They &match, mark as checked"))
        self.checked_button.setProperty("role", "primary")
        self.checked_button.setAccessibleName(self.tr("They match, mark as checked"))
        self.later_button = QPushButton(self.tr("&Not now"))
        self.later_button.setAccessibleName(self.tr("Not now"))
        self.checked_button.clicked.connect(self._matched)
        self.later_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        for widget in (explain, caption, self.numbers):
            layout.addWidget(widget)
        layout.addLayout(button_row([], [self.later_button, self.checked_button]))
        self.setMinimumWidth(560)
        self.later_button.setFocus()

    def _matched(self) -> None:
        self.checked = True
        self.accept()
