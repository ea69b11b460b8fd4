"""A layout that puts its items in a row and wraps onto more rows when the width runs out
(Qt's flow layout example): a bar of buttons that stays within a small window at 200 % text."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class FlowLayout(QLayout):
    """Items left to right (or right-aligned with ``align_right``), wrapping as needed."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8, align_right: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._align_right = align_right

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        shown = [item for item in self._items if not item.isEmpty()]
        width = sum(item.sizeHint().width() for item in shown) + self._spacing * max(len(shown) - 1, 0)
        height = max((item.sizeHint().height() for item in shown), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _direction(self) -> Qt.LayoutDirection:
        """Right to left in Arabic script: the first item on the right (Qt mirrors its own layouts only)."""
        parent = self.parentWidget()
        return parent.layoutDirection() if parent is not None else QGuiApplication.layoutDirection()

    def _place(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        rows: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        used = 0
        for item in self._items:
            if item.isEmpty():  # a hidden button takes no room, not even the spacing beside it
                continue
            hint = item.sizeHint()
            needed = hint.width() if not rows[-1] else used + self._spacing + hint.width()
            if rows[-1] and needed > area.width():
                rows.append([])
                needed = hint.width()
            rows[-1].append((item, hint))
            used = needed
        y = area.y()
        for row in rows:
            if not row:
                continue
            row_height = max(hint.height() for _item, hint in row)
            row_width = sum(hint.width() for _item, hint in row) + self._spacing * (len(row) - 1)
            x = area.x() + (area.width() - row_width if self._align_right else 0)
            for item, hint in row:
                if move:
                    place = QRect(QPoint(x, y + (row_height - hint.height()) // 2), hint)
                    item.setGeometry(QStyle.visualRect(self._direction(), area, place))
                x += hint.width() + self._spacing
            y += row_height + self._spacing
        return y - self._spacing - rect.y() + margins.bottom()
