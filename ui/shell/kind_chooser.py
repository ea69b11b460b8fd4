"""Before making a new one: whose is it? A young person's own passport comes first and is
chosen already; a carer or a practitioner picks their own kind."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QRadioButton, QVBoxLayout, QWidget

from passport.models import ProfileKind
from ui.widgets.dialog_parts import button_row

COLUMN_WIDTH = 820


class KindChooser(QWidget):
    chosen = Signal(object)  # passport.models.ProfileKind
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Who is it for?"), wordWrap=True)
        title.setProperty("role", "title")
        self.group = QButtonGroup(self)
        self.buttons: dict[ProfileKind, QRadioButton] = {}
        choices = (
            (ProfileKind.YOUNG_PERSON, self.tr("&Me: it's my own passport"),
             self.tr("Keep what matters about you, and share it when you choose.")),
            (ProfileKind.CARER, self.tr("I support a young person (&carer)"),
             self.tr("Write suggestions that the young person can take, change or leave.")),
            (ProfileKind.PRACTITIONER, self.tr("I'm a &practitioner"),
             self.tr("Give young people your card, and read what they share with you.")),
        )
        column = QWidget()
        column.setMaximumWidth(COLUMN_WIDTH)
        # As the setup wizard's column: no margins of its own around the buttons, and the words inset
        # as its pages' are, so Back and Next stay put from here to its first step (walk g).
        outer = QVBoxLayout(column)
        outer.setContentsMargins(0, 0, 0, 0)
        page = QWidget()
        inner = QVBoxLayout(page)
        inner.setSpacing(6)
        inner.addWidget(title)
        inner.addSpacing(8)
        for kind, text, hint in choices:
            button = QRadioButton(text)
            button.setAccessibleName(text.replace("&", ""))
            button.setAccessibleDescription(hint)
            explanation = QLabel(hint, wordWrap=True)
            explanation.setProperty("role", "hint")
            explanation.setIndent(28)
            self.group.addButton(button)
            self.buttons[kind] = button
            inner.addWidget(button)
            inner.addWidget(explanation)
            inner.addSpacing(6)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setProperty("role", "primary")
        self.next_button.setAccessibleName(self.tr("Next"))
        self.back_button.clicked.connect(self.cancelled)
        self.next_button.clicked.connect(self.go_next)
        row = button_row([self.back_button], [self.next_button])
        inner.addStretch(1)
        outer.addWidget(page, 1)
        outer.addLayout(row)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(column)
        self.start()

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_next_button()
        super().showEvent(event)

    def _fit_next_button(self) -> None:
        """As wide as the setup wizard's Next at its widest (its own words, at the text's size now), so
        it does not grow under the pointer on the next step."""
        shown = self.next_button.text()
        widths = []
        for text in ("&Next", "&Make it", "I've kept it, &start"):
            self.next_button.setText(QCoreApplication.translate("SetupWizard", text))
            widths.append(self.next_button.sizeHint().width())
        self.next_button.setText(shown)
        self.next_button.setMinimumWidth(max(widths))

    def start(self, kind: ProfileKind = ProfileKind.YOUNG_PERSON) -> None:
        """``kind`` chosen (the first choice, or the one chosen before going back), ready
        for the keyboard."""
        self.buttons[kind].setChecked(True)
        self.buttons[kind].setFocus()

    def kind(self) -> ProfileKind:
        return next(kind for kind, button in self.buttons.items() if button.isChecked())

    def go_next(self) -> None:
        self.chosen.emit(self.kind())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if focused is self.back_button:
                self.cancelled.emit()
            else:
                self.go_next()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)
