"""Dialogs that fit the screen at any text size: the body scrolls, the buttons stay in sight.

At 200 % text on a 1366×768 laptop a dialog built as one column (words, fields, then a row of
buttons) grew taller than the screen, and its Close or Save button was off the bottom.
:func:`keep_buttons_in_sight` moves everything above the dialog's last row into a scrolling part
(:func:`ui.widgets.whole_words.scrolling`), so the dialog's smallest height is small; each time it
is shown it opens tall enough for all of it, as far as the screen allows, and lies on the screen.

Its width fits the screen too (Settings in Welsh at 200 % text was 1529 px wide): its parts are named
in a list down the side, a row too wide wraps (the dialog's own layout), and only what still does
not fit scrolls sideways, the last resort."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QDialog,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.whole_words import SCREEN_MARGIN, open_tall_enough, scrolling


def keep_buttons_in_sight(dialog: QDialog, name: str) -> QScrollArea:
    """Put every item of ``dialog``'s column but the last (its buttons) in a scrolling part named
    ``name``; returns that part. Call it at the end of the dialog's constructor."""
    column = dialog.layout()
    assert isinstance(column, QBoxLayout) and column.count() > 1, "a column with its buttons last"
    page = QWidget()
    inner = QVBoxLayout(page)
    inner.setContentsMargins(0, 0, 0, 0)
    inner.setSpacing(column.spacing())
    while column.count() > 1:
        stretch = column.stretch(0)
        widget = column.itemAt(0).widget()
        if widget is not None:
            # Its old item goes first: a widget tells only its first item that its size changed, so,
            # kept past the new one's making, it left the body sizing a grown page by its old height
            # (Settings' language drop-down squeezed to 18 px once a note showed under it).
            alignment = column.itemAt(0).alignment()
            column.removeWidget(widget)
            inner.addWidget(widget, stretch, alignment)
            continue
        item = column.takeAt(0)
        if item.layout() is not None:
            inner.addLayout(item.layout(), stretch)
        elif item.spacerItem() is not None:
            inner.addItem(item.spacerItem())
    scroll = scrolling(page, name)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)  # only wider than the screen
    if not page.hasHeightForWidth():  # its height is its parts' own, not worked out from its width
        page.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    column.insertWidget(0, scroll, 1)
    _keyboard_in_the_body(dialog, page)
    watcher = _OpenOnScreen(scroll, dialog)
    dialog.installEventFilter(watcher)
    page.installEventFilter(watcher)
    return scroll


def _keyboard_in_the_body(dialog: QDialog, page: QWidget) -> None:
    """Moving the body into the page put the buttons first in Tab's order, so the first button took
    the keyboard as the dialog opened (and Enter in a field pressed it): the body's first control has it."""
    if dialog.focusWidget() is not None:
        return
    widget = dialog.nextInFocusChain()
    while widget is not dialog:
        if page.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget.setFocus()
            return
        widget = widget.nextInFocusChain()


class _OpenOnScreen(QObject):
    """Sizes the dialog as it is shown, then keeps it on its screen."""

    def __init__(self, scroll: QScrollArea, dialog: QDialog) -> None:
        super().__init__(dialog)
        self._scroll = scroll
        self._dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched is self._dialog:
            asked = self._dialog.height()  # the size the dialog was made at, kept if the screen has room
            self._open_tall_enough()
            if self._dialog.height() < asked:
                free = self._dialog.screen().availableGeometry().height() - SCREEN_MARGIN
                self._dialog.resize(self._dialog.width(), min(asked, free))
            _onto_the_screen(self._dialog)
        elif (event.type() == QEvent.Type.LayoutRequest and watched is not self._dialog and self._dialog.isVisible()
                and self._scroll.widget().minimumSizeHint().width() > self._scroll.viewport().width()
              and self._dialog.frameGeometry().width() < self._dialog.screen().availableGeometry().width()):
            # Larger text while the dialog is open: it widens, as far as the screen allows, rather than
            # cutting the page's right side.
            self._open_tall_enough()
            _onto_the_screen(self._dialog)
        return False

    def _open_tall_enough(self) -> None:
        widest = _widest(self._dialog)
        open_tall_enough(self._dialog, self._scroll, widest)
        # Room for the scroll bar beside the page, so that, once shown, it covers nothing, and for the
        # part's border (high contrast draws one), which the page's room is inside of; no wider than
        # the screen: beyond that the page scrolls sideways.
        bar = self._scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self._scroll)
        border = 2 * self._scroll.frameWidth()
        margins = self._dialog.layout().contentsMargins()
        room = widest - margins.left() - margins.right()
        self._scroll.setMinimumWidth(min(self._scroll.widget().minimumSizeHint().width() + bar + border, room))


def _widest(window: QWidget) -> int:
    """The widest ``window`` may be: its screen's free width less its frame."""
    frame = window.frameGeometry().width() - window.width()
    return window.screen().availableGeometry().width() - frame


def _onto_the_screen(window: QWidget) -> None:
    free = window.screen().availableGeometry()
    frame = window.frameGeometry()
    height = min(window.height(), free.height() - (frame.height() - window.height()))
    width = min(window.width(), free.width() - (frame.width() - window.width()))
    if height < window.height() or width < window.width():
        window.resize(width, height)
    place = window.frameGeometry()
    x = min(max(place.x(), free.x()), free.right() + 1 - place.width())
    y = min(max(place.y(), free.y()), free.bottom() + 1 - place.height())
    if QPoint(x, y) != place.topLeft():
        window.move(x, y)


def shrink_to_fit(dialog: QDialog, scroll: QScrollArea, made: QSize) -> None:
    """After smaller text: ``dialog`` back to the size it was ``made`` at, or what its page now
    needs, as far as the screen allows. It had grown with larger text, to the screen's edge at
    200 %, and stayed that big once the text was small again."""
    if not dialog.isVisible():
        return
    page = scroll.widget()
    scroll.setMinimumWidth(0)  # it was held as wide as the larger text's page
    for view in page.findChildren(QAbstractItemView):
        view.doItemsLayout()  # a list lays out its items a turn later; its width is read now
    for layout in page.findChildren(QLayout):
        layout.invalidate()  # a page not shown kept its larger text's size until shown
    widest = _widest(dialog)
    bar = scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, scroll)
    border = 2 * scroll.frameWidth()
    margins = dialog.layout().contentsMargins()
    scroll.setMinimumWidth(min(page.minimumSizeHint().width() + bar + border,
                               widest - margins.left() - margins.right()))
    dialog.layout().activate()
    free = dialog.screen().availableGeometry().height() - SCREEN_MARGIN
    dialog.resize(min(max(made.width(), dialog.minimumSizeHint().width()), widest), min(made.height(), free))
    dialog.layout().activate()
    inside = scroll.width() - border - bar
    tall = page.heightForWidth(inside) if page.hasHeightForWidth() else page.sizeHint().height()
    wanted = dialog.height() - scroll.height() + tall + border
    dialog.resize(dialog.width(), max(dialog.height(), min(wanted, free), dialog.minimumSizeHint().height()))
    _onto_the_screen(dialog)
