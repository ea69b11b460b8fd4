"""Wrapped words never sliced: a part (or a window) at least as tall as its words need at its width.

Qt works a window's smallest size out from its parts' smallest sizes, and a wrapped label's is one
line, whatever its width; at the smallest size, or at 200 % text, a sentence wrapped onto three lines
was given the height of one, and the parts around it were squeezed over each other (the demo's band
over Hide now). :func:`keep_tall_enough` makes a part's smallest height what its layout needs at its
present width, words wrapped, and works it out again whenever its width or its contents change. A
wrapped label with no layout (a window's band of words) is kept as tall as its own lines at its width."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

_AGAIN = (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.Show)
# A new text size: worked out once the widget has its new font (after this event reaches it).
_LATER = (QEvent.Type.FontChange, QEvent.Type.StyleChange)


def keep_tall_enough(widget: QWidget) -> None:
    """``widget`` (a window, or a part with a layout) is never shorter than its words need at its width."""
    widget.installEventFilter(_TallEnough(widget))


def needed_height(widget: QWidget) -> int:
    """What ``widget``'s words need at its present width; 0 if nothing in it wraps."""
    layout = widget.layout()
    if layout is None:  # a wrapped label: its own lines
        return widget.heightForWidth(widget.width()) if widget.hasHeightForWidth() else 0
    if not layout.hasHeightForWidth():
        return 0
    return layout.totalMinimumHeightForWidth(widget.width())


class _TallEnough(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() in _AGAIN:
            self.fit()
        elif watched is self._widget and event.type() in _LATER:
            QTimer.singleShot(0, self, self.fit)
        return False

    def fit(self) -> None:
        needed = max(needed_height(self._widget), 0)
        if needed != self._widget.minimumHeight():
            self._widget.setMinimumHeight(needed)
