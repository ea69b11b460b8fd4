"""A wrapped label that is never squeezed shorter than its words (issue 48).

A box layout gives a wrapped label the height its layout item last worked out for its width,
and that item keeps the answer it gave before the words changed: a long message that appears
later (after saving, say) was squeezed into a one-line strip, its last lines cut. This label
says instead that its smallest height is what its words need at its present width, and asks
again whenever its words or its width change."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class WholeLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def hasHeightForWidth(self) -> bool:
        return False  # its height comes from its size hints, asked at its own width

    def _height(self, hint: QSize) -> QSize:
        if not self.text() or self.width() < hint.width():
            return hint
        return QSize(hint.width(), self.heightForWidth(self.width()))

    def minimumSizeHint(self) -> QSize:
        return self._height(super().minimumSizeHint())

    def sizeHint(self) -> QSize:
        return self._height(super().sizeHint())

    def setText(self, text: str) -> None:
        super().setText(text)
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the words wrap anew, so the height they need changes
