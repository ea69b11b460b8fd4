"""A table whose columns each show their words whole: the table is never squeezed narrower
than its columns need ("Open, 30 day…" cut short), and asks again as its rows change."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTableView


class WholeColumns(QObject):
    """Keeps ``table``'s minimum width at what its columns' words need (measured over the
    rows its header measures, as ResizeToContents does)."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        model = table.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged,
                       model.layoutChanged):
            signal.connect(self.fit)
        self.fit()

    def needed_width(self) -> int:
        table = self._table
        header = table.horizontalHeader()
        columns = sum(max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
                      for column in range(header.count()) if not header.isSectionHidden(column))
        return columns + 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()

    def fit(self) -> None:
        self._table.setMinimumWidth(self.needed_width())
