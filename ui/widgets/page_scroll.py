"""A page that scrolls up and down, never sideways, and is never cut off at its right side.

A scroll area that cannot scroll sideways still lays its page out at least at the page's own
smallest width (a button's words, a long word): narrower than that, the page's right side lay
under the window's edge, out of reach (at 200 % text on a small window). This one is never
narrower than its page's smallest width plus a scroll bar, so the window grows instead, and it
asks again whenever the page's smallest width changes (larger text, new words)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QWidget


class PageScroll(QScrollArea):
    def __init__(self, page: QWidget | None = None, parent: QWidget | None = None, *,
                 framed: bool = True) -> None:
        super().__init__(parent, widgetResizable=True)
        if not framed:
            self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._page_width = -1
        if page is not None:
            self.setWidget(page)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)
        self._page_width = -1
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        page = self.widget()
        if page is None:
            return hint
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        margins = self.contentsMargins()  # the frame, and any margins the style sheet gives
        width = page.minimumSizeHint().expandedTo(page.minimumSize()).width()
        return QSize(max(hint.width(), width + bar + margins.left() + margins.right()), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            page = self.widget()
            width = page.minimumSizeHint().expandedTo(page.minimumSize()).width()
            if width != self._page_width:  # only then: asking again lays the window out again
                self._page_width = width
                self.updateGeometry()
        return super().eventFilter(watched, event)
