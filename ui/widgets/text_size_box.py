"""The text size box in Settings, and a few sizes to choose with one click beside it.

A new user's walk found the plain spin box hard: Enter in it pressed another part's button
("Save the name"), typing 999 was dropped without a word, and reaching 200 % took many presses
on tiny arrows. Here Enter only takes the typed size; a size out of range becomes the nearest
one, and :attr:`TextSizeBox.out_of_range` lets the page say the range; the arrows step by 10 %,
Page Up and Page Down by 50 %; and :class:`TextSizeChoices` offers 100, 130, 150 and 200 %.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import QPushButton, QSpinBox, QWidget

from ui.runtime.theme import MAX_TEXT_SCALE, MIN_TEXT_SCALE

STEP = 10  # an arrow press
PAGE_STEP = 50  # Page Up, Page Down
CHOICES = (100, 130, 150, 200)


class TextSizeBox(QSpinBox):
    """A percentage from :data:`MIN_TEXT_SCALE` to :data:`MAX_TEXT_SCALE`."""

    out_of_range = Signal()  # a size was typed outside the range; the nearest one is used

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, minimum=MIN_TEXT_SCALE, maximum=MAX_TEXT_SCALE, singleStep=STEP)
        self.setSuffix(" %")
        # A number too big is kept while typed (not dropped key by key), then made the nearest size.
        self.setCorrectionMode(QSpinBox.CorrectionMode.CorrectToNearestValue)
        self._beyond = False

    def _number(self, text: str) -> int | None:
        digits = text.removesuffix(self.suffix()).strip()
        return int(digits) if digits.isdigit() else None

    def validate(self, text: str, pos: int) -> object:
        number = self._number(text)
        if number is not None and number > self.maximum():
            return QValidator.State.Intermediate, text, pos
        return super().validate(text, pos)

    def fixup(self, text: str) -> str:
        number = self._number(text)
        if number is not None and not self.minimum() <= number <= self.maximum():
            self._beyond = True
            return str(max(self.minimum(), min(self.maximum(), number))) + self.suffix()
        return super().fixup(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # The size typed is taken here; Enter goes no further (it pressed "Save the name").
            self.take_typed()
            event.accept()
            return
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown) and not event.modifiers():
            self.stepBy((1 if key == Qt.Key.Key_PageUp else -1) * PAGE_STEP // STEP)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: object) -> None:
        super().focusOutEvent(event)  # type: ignore[arg-type]
        self._say_if_beyond()

    def take_typed(self) -> None:
        self.interpretText()
        self.selectAll()
        self._say_if_beyond()

    def _say_if_beyond(self) -> None:
        number = self._number(self.text())
        if number is not None and not self.minimum() <= number <= self.maximum():
            self._beyond = True
            self.lineEdit().setText(self.fixup(self.text()))
            self.interpretText()
        if self._beyond:
            self._beyond = False
            self.out_of_range.emit()


class TextSizeChoices(QWidget):
    """Buttons for a few sizes, each setting ``box`` to its size."""

    def __init__(self, box: TextSizeBox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ui.widgets.flow_layout import FlowLayout

        self.buttons: dict[int, QPushButton] = {}
        row = FlowLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for percent in CHOICES:
            button = QPushButton(self.tr("{0} %").replace("{0}", str(percent)))
            button.setAccessibleName(self.tr("Text size {0} percent").replace("{0}", str(percent)))
            button.setAutoDefault(False)  # Enter elsewhere never presses it
            button.setCheckable(True)
            button.clicked.connect(lambda _on=False, p=percent: box.setValue(p))
            self.buttons[percent] = button
            row.addWidget(button)
        box.valueChanged.connect(self._show)
        self._show(box.value())

    def _show(self, percent: int) -> None:
        for size, button in self.buttons.items():
            button.setChecked(size == percent)
