"""Pages chosen from a list of their names down the side, the page beside it (Settings).

Settings' tabs did not fit a 1366×768 laptop at 200 % text or in Welsh: the last tabs hid
behind scroll arrows and the first was cut to "sphrase". A list down the side shows every
name whole, one under another, however long the words, like the main window's page list.
Up and Down in the list, or Ctrl+Tab and Ctrl+Shift+Tab (Ctrl+Page Down and Up) anywhere in
it, go from page to page; each page is named for screen readers by its name in the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

NEXT_KEYS = (QKeySequence("Ctrl+Tab"), QKeySequence("Ctrl+PgDown"))
PREVIOUS_KEYS = (QKeySequence("Ctrl+Shift+Tab"), QKeySequence("Ctrl+Backtab"), QKeySequence("Ctrl+PgUp"))


class SidePages(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = QListWidget()
        self.names.setObjectName("sidePageNames")
        self.names.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # As wide as its longest name, never a scroll bar across it: a name is never cut short.
        self.names.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.names.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.names.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)
        self.stack = QStackedWidget()
        self.names.currentRowChanged.connect(self._chosen)
        current_follows_selection(self.names)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.names, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.stack, 1)
        for keys, step in [(k, 1) for k in NEXT_KEYS] + [(k, -1) for k in PREVIOUS_KEYS]:
            shortcut = QShortcut(keys, self, lambda step=step: self.step(step))
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.names.setAccessibleName(name)

    def addPage(self, page: QWidget, name: str) -> int:
        page.setAccessibleName(name)
        self.names.addItem(QListWidgetItem(name))
        index = self.stack.addWidget(page)
        if self.names.currentRow() < 0:
            self.names.setCurrentRow(index)
        return index

    def count(self) -> int:
        return self.stack.count()

    def pageName(self, index: int) -> str:
        item = self.names.item(index)
        return item.text() if item is not None else ""

    def widget(self, index: int) -> QWidget:
        return self.stack.widget(index)

    def indexOf(self, page: QWidget) -> int:
        return self.stack.indexOf(page)

    def currentIndex(self) -> int:
        return self.stack.currentIndex()

    def currentWidget(self) -> QWidget:
        return self.stack.currentWidget()

    def setCurrentIndex(self, index: int) -> None:
        if 0 <= index < self.count():
            self.names.setCurrentRow(index)

    def setCurrentWidget(self, page: QWidget) -> None:
        self.setCurrentIndex(self.indexOf(page))

    def step(self, by: int) -> None:
        """The next page (or the one before), round from the last to the first."""
        if self.count():
            self.setCurrentIndex((self.currentIndex() + by) % self.count())

    def _chosen(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentIndex(row)


def current_follows_selection(names: QListWidget) -> None:
    """A screen reader may choose a page by selecting its name through the accessibility API
    (AT-SPI's Selection, or a list item's Toggle) rather than by moving the current row: the
    current row, and so the page, follows the selection too (tests/atspi)."""

    def follow() -> None:
        chosen = names.selectedIndexes()
        if chosen and chosen[0].row() != names.currentRow():
            names.setCurrentRow(chosen[0].row())

    names.itemSelectionChanged.connect(follow)
