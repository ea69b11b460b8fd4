"""My card: the name (and for a practitioner, role and organisation) others see, the
card's numbers to read aloud, and saving the card as a file to give someone.

Opened with ``open()``; details are kept when the card is saved or the dialog closes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from passport.errors import InvalidValue, PassportError
from passport.formats.cards import CARD_SUFFIX, MAX_NAME, MAX_ORGANISATION, MAX_ROLE, Card
from ui.runtime.file_chooser import FileChooser
from ui.runtime.messages import message_for
from ui.runtime.session import Session
from ui.widgets.dialog_parts import button_row
from ui.widgets.fingerprint_label import FingerprintLabel
from ui.widgets.whole_label import WholeLabel
from ui.widgets.whole_words import open_tall_enough

NUMBERS_MARGIN = 8


class MyCardDialog(QDialog):
    def __init__(self, session: Session, files: FileChooser, with_role: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._files = files
        self.setWindowTitle(self.tr("My card"))
        self.setAccessibleName(self.tr("My card"))
        heading = QLabel(self.tr("My card"))
        heading.setProperty("role", "heading")
        self.lead = lead = QLabel(self.tr(
            "Your card lets people share with you safely. Save it as a file and give it to them. "
            "Then read the numbers below aloud to each other: if they match, nobody swapped it on the way."),
            wordWrap=True)
        card = self._card()
        form = self._fields(card, with_role)
        self.numbers_caption = QLabel(self.tr("Your card's numbers"))
        self.numbers_caption.setProperty("role", "hint")
        self.numbers = FingerprintLabel()
        # The numbers are the check that nobody swapped the card: whole rows, never re-wrapped.
        self.numbers.setWordWrap(False)
        self.error = QLabel(wordWrap=True)
        self.error.setProperty("role", "error")
        self.status = WholeLabel()  # "Your card is saved as…": never sliced to a line
        self.save_button = QPushButton(self.tr("&Save my card as a file…"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setAccessibleName(self.tr("Save my card as a file"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.save_button.clicked.connect(self.save_card)
        self.close_button.clicked.connect(self.accept)
        self.name_field.textChanged.connect(self._update)
        buttons = button_row([self.close_button], [self.save_button])
        self.body = self._scrolling_part(lead, form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.numbers_caption)
        layout.addWidget(self.numbers)
        layout.addLayout(buttons)
        self._update()
        self.name_field.setFocus()

    def _scrolling_part(self, lead: QLabel, form: QFormLayout) -> QScrollArea:
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(10)
        body_layout.addWidget(lead)
        body_layout.addLayout(form)
        body_layout.addWidget(self.error)
        body_layout.addWidget(self.status)
        body_layout.addStretch()
        # Large text on a small screen scrolls the words rather than slicing them; the numbers
        # stay below, outside the scrolling part, whole at any size the dialog can take.
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName(self.tr("About your card"))
        scroll.setWidget(body)
        return scroll

    def showEvent(self, event: QShowEvent) -> None:
        # Open tall enough for everything (a window's minimum ignores wrapped words), within the screen.
        self.ensurePolished()
        body = self.body.widget()
        body.ensurePolished()
        frame = 2 * self.body.frameWidth()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.body.setMinimumSize(max(520, body.minimumSizeHint().width() + scroll_bar + frame),
                                 self.fontMetrics().lineSpacing() * 3 + frame)
        self.adjustSize()
        screen = self.screen().availableGeometry()
        wanted = self.height() - self.body.viewport().height() + body.heightForWidth(self.body.viewport().width())
        self.resize(self.width(), max(self.height(), min(wanted, screen.height() - 40)))
        super().showEvent(event)

    def _grow(self) -> None:
        """Taller, within the screen, when the numbers or a message appear: the words above
        them keep their room instead of shrinking into a small scroll box."""
        if self.isVisible():
            open_tall_enough(self, self.body)

    def _fields(self, card: Card | None, with_role: bool) -> QFormLayout:
        self.name_field = QLineEdit(card.display_name if card else "", maxLength=MAX_NAME)
        self.name_field.setAccessibleName(self.tr("Your name on the card"))
        self.role_field = QLineEdit(card.role if card else "", maxLength=MAX_ROLE)
        self.role_field.setAccessibleName(self.tr("Your role"))
        self.role_field.setPlaceholderText(self.tr("For example: Social worker"))
        self.organisation_field = QLineEdit(card.organisation if card else "", maxLength=MAX_ORGANISATION)
        self.organisation_field.setAccessibleName(self.tr("Your organisation"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Name"), self.name_field)
        if with_role:
            form.addRow(self.tr("&Role"), self.role_field)
            form.addRow(self.tr("&Organisation"), self.organisation_field)
        return form

    def _card(self) -> Card | None:
        try:
            return self._session.profile.people.own_card()
        except InvalidValue:  # no name yet: a card needs one
            return None

    def _show_numbers(self) -> None:
        """The numbers as soon as a name is typed (they come from the card's keys, not its
        name); until then, why they are not there, in ordinary words, not the numbers' font."""
        named = bool(self.name_field.text().strip())
        if named:
            self.numbers.set_fingerprint(self._session.profile.people.own_numbers())
        else:
            self.numbers.set_fingerprint("")
            self.numbers.setText(self.tr("The numbers appear once your card has a name."))
        role = "code" if named else "hint"
        if self.numbers.property("role") != role:
            self.numbers.setProperty("role", role)
            self.numbers.style().unpolish(self.numbers)
            self.numbers.style().polish(self.numbers)
            # The numbers' box keeps its digits off its edges, whatever the style sheet's padding did.
            self.numbers.setMargin(NUMBERS_MARGIN if named else 0)
        self._grow()

    def _update(self) -> None:
        self.save_button.setEnabled(bool(self.name_field.text().strip()))
        self._show_numbers()

    def keep_details(self) -> bool:
        """Keep what was typed; False (with the reason shown) if it can't be kept."""
        if not self.name_field.text().strip():
            return False
        try:
            change = self._session.profile.people.set_card_details(
                self.name_field.text(), self.role_field.text(), self.organisation_field.text())
        except PassportError as exc:
            self.error.setText(message_for(exc))
            return False
        self._session.apply(change)
        self.error.clear()
        self._show_numbers()
        return True

    def save_card(self) -> None:
        if not self.keep_details():
            return
        suggested = self.name_field.text().strip() + CARD_SUFFIX
        path = self._files.save_path(self, self.tr("Save my card"), suggested, self.tr("Cards (*.wpcard)"))
        if path is None:
            return
        if path.suffix != CARD_SUFFIX:
            path = path.with_name(path.name + CARD_SUFFIX)
        try:
            change = self._session.profile.people.export_card(path)
        except (OSError, PassportError) as exc:
            self.error.setText(message_for(exc))
            return
        self._session.apply(change)
        self.status.setText(self.tr("Your card is saved as {0}. Give it to the person, then read the numbers "
                                    "aloud together.").format(path.name))
        self._grow()
        self.body.ensureWidgetVisible(self.status, 0, 0)

    def accept(self) -> None:
        self.keep_details()
        super().accept()
