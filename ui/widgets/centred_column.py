"""A column of a start page (the launcher, unlock), centred, of a width that reads easily.

Two things went wrong with a plain widget of a fixed greatest width, centred in a wider page:
the page asked how tall the column must be at the page's whole width, where its sentences wrap
onto fewer lines than at the column's own, so the column was given too little height and its
words were squeezed; and at 200 % text a row of buttons wider than that greatest width was
squeezed into it, their words cut. Here the column is as tall as its words need at the width it
really has, and it grows wider than ``measure`` only as far as its own parts need."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget

MEASURE = 640  # pixels: about 70 characters at 100 % text


class ColumnLayout(QVBoxLayout):
    """The column's layout: give it to a widget placed with a horizontal alignment."""

    def __init__(self, parent: QWidget | None = None, measure: int = MEASURE) -> None:
        super().__init__(parent)
        self._measure = measure
        # The column's widget takes its greatest width from maximumSize() below.
        self.setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)

    def maximumSize(self) -> QSize:
        return QSize(max(self._measure, self.minimumSize().width()), super().maximumSize().height())

    def heightForWidth(self, width: int) -> int:
        return super().heightForWidth(self._shown_width(width))

    def minimumHeightForWidth(self, width: int) -> int:
        return super().minimumHeightForWidth(self._shown_width(width))

    def _shown_width(self, width: int) -> int:
        """The width a page with room ``width`` gives the column: as wide as it likes, within its greatest."""
        hint = self.sizeHint().expandedTo(self.minimumSize()).boundedTo(self.maximumSize())
        return min(width, hint.width())
