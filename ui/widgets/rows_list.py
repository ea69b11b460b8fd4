"""A list that asks for the room its rows need, so a dialog gives it that room rather than a fixed few
lines (walk g: three people of three lines each were cut off above a large empty space). It still
shrinks to one whole row where the screen is short, and then scrolls; and a long list asks for no more
than a few rows' room, so it scrolls inside itself rather than making the whole page scroll."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSize
from PySide6.QtWidgets import QListView, QWidget

# The most rows a list asks room for; given more room, it shows more.
ASKED_ROWS = 4


class RowsList(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # rows wrap anew as it widens

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:  # someone added or gone: the room it asks for changes
            for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
                signal.connect(self.updateGeometry)

    def _rows_height(self, rows: int) -> int:
        model = self.model()
        count = model.rowCount() if model is not None else 0
        shown = [self.sizeHintForRow(row) for row in range(min(rows, count))]
        return sum(shown) + 2 * self.spacing() * len(shown) + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        return QSize(super().sizeHint().width(), max(self._rows_height(min(rows, ASKED_ROWS)), 40))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), max(self._rows_height(1), 40))
