"""What stands above a shared file: the young person's boundaries, what changed since the file it
replaced, and what was checked about the card that signed it. It is outside the document's scrolling,
so it is never scrolled past unseen, and as tall as its words where the view has room.

Where it has not (200 % text on a laptop), it gives way before the document does: it keeps room for the
boundaries' heading and a few lines, and the rest of it scrolls inside it, the sender's words whole."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QBoxLayout, QFrame, QScrollArea, QStyle, QVBoxLayout, QWidget

# Lines of text the header keeps at the view's smallest: the boundaries' heading and their first lines.
SMALLEST_LINES = 4


class BundleHeader(QScrollArea):
    def __init__(self, parts: list[QWidget | QBoxLayout], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bundleHeader")
        self.setAccessibleName(self.tr("About this file"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is in it (Compare the numbers)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        for part in parts:
            if isinstance(part, QWidget):
                layout.addWidget(part)
            else:
                layout.addLayout(part)
        self.setWidget(page)  # which also watches the page's events here

    def _needed_height(self) -> int:
        """Its words' height at its width (wrapped words' own hint is for a narrow column: far too tall)."""
        page = self.widget()
        width = max(self.viewport().width(), 200)
        needed = page.heightForWidth(width) if page.hasHeightForWidth() else page.sizeHint().height()
        return needed + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._needed_height())

    def minimumSizeHint(self) -> QSize:
        smallest = SMALLEST_LINES * self.fontMetrics().lineSpacing() + 2 * self.frameWidth()
        # Never narrower than its page and a scroll bar: it cannot scroll sideways.
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        width = self.widget().minimumSizeHint().width() + bar + 2 * self.frameWidth()
        return QSize(width, min(self._needed_height(), smallest))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the words wrap anew, so the height they need changes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # a part shown, hidden or given new words: the view lays it out again
        return super().eventFilter(watched, event)
