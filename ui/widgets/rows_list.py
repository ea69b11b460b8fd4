"""A list that asks for the room its rows need, so a dialog gives it that room rather than a fixed few
lines (walk g: three people of three lines each were cut off above a large empty space). It still
shrinks to one whole row where the screen is short, and then scrolls."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QListView, QWidget


class RowsList(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # rows wrap anew as it widens

    def _rows_height(self, rows: int) -> int:
        model = self.model()
        count = model.rowCount() if model is not None else 0
        shown = [self.sizeHintForRow(row) for row in range(min(rows, count))]
        return sum(shown) + 2 * self.spacing() * len(shown) + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        return QSize(super().sizeHint().width(), max(self._rows_height(rows), self._rows_height(1), 40))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), max(self._rows_height(1), 40))
