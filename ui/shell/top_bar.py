"""The bar across the top of every profile window: its name, the window's own buttons,
then Lock and Hide now, always in the same place."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ui.runtime.themed_icon import themed_icon
from ui.widgets.flow_layout import FlowLayout


class TopBar(QFrame):
    lock_requested = Signal()
    hide_requested = Signal()

    def __init__(self, name: str, buttons: Sequence[QPushButton] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "topbar")
        self.name_label = QLabel(name)
        self.name_label.setProperty("role", "passport-name")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.lock_button = QPushButton(themed_icon("lock"), self.tr("Lock"))
        self.lock_button.setProperty("scaledIcon", True)
        self.lock_button.setAccessibleName(self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Lock it now (Ctrl+L)"))
        self.hide_button = QPushButton(themed_icon("hide"), self.tr("Hide now"))
        self.hide_button.setProperty("scaledIcon", True)
        self.hide_button.setAccessibleName(self.tr("Hide now"))
        self.hide_button.setToolTip(self.tr("Lock at once and show a blank page (Ctrl+Shift+H)"))
        self.lock_button.clicked.connect(self.lock_requested)
        self.hide_button.clicked.connect(self.hide_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self.name_label, 0, Qt.AlignmentFlag.AlignTop)
        # The buttons wrap onto more rows when the window is narrow (200 % text, a small
        # screen), so the bar never makes the window wider than the screen.
        holder = QWidget()
        holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.buttons_layout = FlowLayout(holder, align_right=True)
        self.buttons_layout.setContentsMargins(0, 0, 0, 0)
        for button in (*buttons, self.lock_button, self.hide_button):
            self.buttons_layout.addWidget(button)
        layout.addWidget(holder, 1)

    def showEvent(self, event: QShowEvent) -> None:
        # Above the parts below it, should they ever be squeezed into its room: nothing covers Hide now.
        self.raise_()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height(event.size().width())

    def event(self, event: QEvent) -> bool:
        # The text size changed (a style sheet, new fonts): the buttons' rows are worked out
        # again at the same width, so going back from 200 % to 100 % gives the extra height back.
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit_height(self.width())
        return handled

    def _fit_height(self, width: int) -> None:
        # A window's smallest size is worked out from one row of buttons; when they wrap onto
        # more, the bar asks for their height, so the window grows rather than squeezing the
        # pages below it (the sidebar's names got a scroll bar at 200 % text).
        layout = self.layout()
        needed = layout.heightForWidth(width) if layout.hasHeightForWidth() else -1
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)
