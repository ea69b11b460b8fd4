"""Dialogs whose words show whole at their first size.

A window's minimum size ignores wrapped words (Qt sizes a window from its widths first), so a
dialog opened at its size hint slices its longest sentences, and at 200 % text a tall dialog
may not fit a laptop's screen at all. These dialogs keep their words in a scrolling part and
open tall enough for all of it, within the screen: the words scroll, never slice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QStyle, QWidget

SCREEN_MARGIN = 40  # room for a title bar and a panel
MEASURE = 72  # characters a line: sentences read easily, and large text is not piled up tall and narrow


def scrolling(page: QWidget, name: str) -> QScrollArea:
    """``page`` in a frameless, vertical-only scrolling part named ``name``."""
    scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setAccessibleName(name)
    # The page's height is what its words need at its width (its height for width), not the sum of
    # its parts' minimums at their narrowest, which for wrapped words is far too tall.
    page.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
    scroll.setWidget(page)
    return scroll


def open_tall_enough(window: QWidget, scroll: QScrollArea, widest: int | None = None) -> None:
    """Make ``window`` tall enough for every word of ``scroll``'s page, as far as its screen allows.

    Call it before the window shows (its showEvent) and whenever the page grows; it never shrinks.
    With ``widest``, the window is never made wider than that, nor is ``scroll`` asked to be wider
    than its share of it (its page then scrolls sideways, if it lets it)."""
    window.ensurePolished()
    page = scroll.widget()
    page.ensurePolished()
    layout = window.layout()
    if layout is not None:
        layout.activate()
    border = 2 * scroll.frameWidth()  # the border around the page
    scroll.setMinimumWidth(page.minimumSizeHint().width() + border if widest is None
                           else min(page.minimumSizeHint().width() + border, widest - _beside(window)))
    screen = window.screen().availableGeometry()
    measure = min(window.fontMetrics().averageCharWidth() * MEASURE, screen.width() - SCREEN_MARGIN)
    shown_width = window.width() if window.isVisible() else 0
    width = max(shown_width, window.sizeHint().width(), window.minimumWidth(), measure)
    window.resize(width if widest is None else min(width, widest), window.height())
    if layout is not None:
        layout.activate()
    # As narrow as the page is with a scroll bar beside it, so that the bar, once shown, goes away.
    bar = scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    width = scroll.width() - 2 * scroll.frameWidth() - bar
    around = window.height() - scroll.height()
    wanted = around + page.heightForWidth(width) + 2 * scroll.frameWidth()
    shown = window.height() if window.isVisible() else 0  # once shown, never shrink under the person
    fits = min(wanted, screen.height() - SCREEN_MARGIN)
    window.resize(window.width(), max(shown, fits, window.minimumSizeHint().height()))


def _beside(window: QWidget) -> int:
    """The width of ``window``'s margins beside a part that spans its column."""
    layout = window.layout()
    if layout is None:
        return 0
    margins = layout.contentsMargins()
    return margins.left() + margins.right()
