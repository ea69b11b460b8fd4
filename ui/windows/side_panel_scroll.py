"""The left-hand panel (the page list and the buttons under it) in a part that scrolls up and down.

At 200 % text, in easy read, on a 1366×768 laptop, the panel is taller than the screen: as a
plain part of the window it made the window's smallest height larger than the screen, and its
last buttons (the one-page profile, Settings) could not be reached. Here the window may be as
short as the screen allows and the panel scrolls instead; Tab to a button scrolls it into view.
It is always as wide as the panel plus a scroll bar, so the bar never covers the pages' names."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QStyle, QWidget


class SidePanelScroll(QScrollArea):
    def __init__(self, panel: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent, widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        self.setObjectName("sidePanelScroll")
        self.setAccessibleName(self.tr("Pages and actions"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Ignored)
        # Tab goes straight to the page list and the buttons; the part round them was a stop of its own.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(panel)

    def sizeHint(self) -> QSize:
        panel = self.widget()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return QSize(panel.sizeHint().expandedTo(panel.minimumSizeHint()).width() + bar, panel.sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.sizeHint().width(), super().minimumSizeHint().height())
