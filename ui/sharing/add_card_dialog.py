"""Add someone's card: choose the file, see whose it is, read the numbers aloud together.

The card is kept only when the person presses "Add the card"; ticking "The numbers match"
marks it checked. Opened with ``open()``; tests drive it through its widgets.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QPushButton, QVBoxLayout, QWidget

from passport.errors import PassportError
from passport.formats.cards import CARD_SUFFIX, Card, read_card
from ui.runtime.file_chooser import FileChooser
from ui.runtime.messages import message_for
from ui.runtime.session import Session
from ui.sharing.kind_words import named_with_kind
from ui.widgets.dialog_parts import button_row, words
from ui.widgets.fingerprint_label import FingerprintLabel


class AddCardDialog(QDialog):
    def __init__(self, session: Session, files: FileChooser, title: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addCardDialog")
        self._session = session
        self._files = files
        self._path: Path | None = None
        self.card: Card | None = None
        title = title or self.tr("Add someone's card")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        heading = words(title, "heading")
        lead = words(self.tr("Choose the card file they gave you. Then read the numbers aloud together: "
                              "if they match, nobody swapped the card on the way."))
        self.choose_button = QPushButton(self.tr("&Choose the card file…"))
        self.choose_button.setAccessibleName(self.tr("Choose the card file"))
        self.choose_button.clicked.connect(self.choose_file)
        self.who = words(role="lead")
        self.who.setObjectName("cardWho")
        self.numbers = FingerprintLabel()
        self.match_check = QCheckBox(self.tr("We read the numbers aloud and they &match"))
        self.match_check.setObjectName("numbersMatchCheck")
        self.match_check.setAccessibleName(self.tr("We read the numbers aloud and they match"))
        self.error = words(role="error")
        self.add_button = QPushButton(self.tr("&Add the card"))
        self.add_button.setObjectName("addCardButton")
        self.add_button.setProperty("role", "primary")
        self.add_button.setAccessibleName(self.tr("Add the card"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.add_button.clicked.connect(self.add_card)
        self.cancel_button.clicked.connect(self.reject)
        buttons = button_row([self.cancel_button], [self.add_button])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        for widget in (heading, lead):
            layout.addWidget(widget)
        layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
        for widget in (self.who, self.numbers, self.match_check, self.error):
            layout.addWidget(widget)
        layout.addStretch()
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        self._update()

    def choose_file(self) -> None:
        path = self._files.open_path(self, self.tr("Choose the card file"),
                                     self.tr("Cards (*{0});;Any file (*)").format(CARD_SUFFIX))
        if path is not None:
            self.show_card(path)

    def show_card(self, path: Path) -> None:
        try:
            card = read_card(path)
        except (OSError, PassportError) as exc:
            self._path, self.card = None, None
            self.error.setText(message_for(exc))
            self._update()
            return
        self._path, self.card = path, card
        self.error.clear()
        self.who.setText(named_with_kind(card.display_name, card.kind))
        self.numbers.set_fingerprint(card.fingerprint)
        self.match_check.setFocus()
        self._update()

    def _update(self) -> None:
        has_card = self.card is not None
        for widget in (self.who, self.numbers, self.match_check):
            widget.setVisible(has_card)
        self.add_button.setEnabled(has_card)
        # A dialog's minimum size ignores wrapped words' height for its width: grow to it,
        # or the last row of numbers is cut off.
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        if needed > self.height():
            self.resize(self.width(), needed)

    def add_card(self) -> None:
        if self._path is None:
            return
        profile = self._session.profile
        try:
            change = profile.people.import_card(self._path)
            self._session.apply(change)
            if self.match_check.isChecked():
                self._session.apply(profile.people.mark_checked(change.subject.id))
        except (OSError, PassportError) as exc:
            self.error.setText(message_for(exc))
            return
        self.accept()
