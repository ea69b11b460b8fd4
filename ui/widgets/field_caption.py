"""The label of a field: its buddy is the field, and it is never cut short."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QWidget

# Qt sizes a label by its text's advance, but a letter may be drawn a pixel wider than
# that (DejaVu Sans's final "e"), and a label clips its text to its own width.
_SPARE_PIXELS = 3


class FieldCaption(QLabel):
    def __init__(self, text: str, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setBuddy(field)

    def sizeHint(self) -> QSize:
        return super().sizeHint() + QSize(_SPARE_PIXELS, 0)

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint() + QSize(_SPARE_PIXELS, 0)
