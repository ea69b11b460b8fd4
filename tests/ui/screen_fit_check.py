"""A check for windows on a small screen: the window's smallest size fits the screen's free area,
and every control a person can use lies inside the window, whole, or inside a scrolling part
that brings it into view."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox)


def too_big(window: QWidget) -> list[str]:
    """What of ``window``'s smallest size, or of where it is, lies outside its screen's free area."""
    QApplication.processEvents()
    free = window.screen().availableGeometry()
    smallest = window.minimumSize().expandedTo(window.minimumSizeHint())
    frame = window.frameGeometry().size() - window.geometry().size()
    found = []
    if smallest.width() + frame.width() > free.width() or smallest.height() + frame.height() > free.height():
        found.append(f"{_name(window)} is at least {smallest.width()}×{smallest.height()} px, on a screen with "
                     f"{free.width()}×{free.height()} px free")
    if window.isVisible() and not free.contains(window.frameGeometry()):
        found.append(f"{_name(window)} lies at {window.frameGeometry().getRect()}, outside {free.getRect()}")
    return found


def unreachable(window: QWidget) -> list[str]:
    """Every visible control of ``window`` that cannot be seen whole, even by scrolling to it."""
    QApplication.processEvents()
    found = []
    for control in window.findChildren(QWidget):
        if not isinstance(control, CONTROLS) or not control.isVisible() or _inside_a_control(control, window):
            continue
        scroll = _scrolling_part(control, window)
        if scroll is not None:
            for _settle in range(2):  # once more after the page's layout caught up with the scroll
                _scroll_to(scroll, control)
                QApplication.processEvents()
            place = QRect(control.mapTo(scroll.viewport(), control.rect().topLeft()), control.size())
            if not scroll.viewport().rect().contains(place) and control.width() <= scroll.viewport().width():
                found.append(f"{_name(control)} cannot be scrolled into view: it is at {place.getRect()} "
                             f"in {scroll.viewport().size().toTuple()}")
            elif not _whole_in(scroll.viewport(), window):
                found.append(f"{_name(control)} scrolls inside a part that reaches outside the window")
            continue
        place = QRect(control.mapTo(window, control.rect().topLeft()), control.size())
        if not window.rect().contains(place):
            found.append(f"{_name(control)} lies at {place.getRect()}, outside the window's {window.rect().getRect()}")
        elif control.visibleRegion().boundingRect() != control.rect():
            found.append(f"{_name(control)} is partly hidden")
    return found


def _scroll_to(scroll: QScrollArea, control: QWidget) -> None:
    """As a person scrolls to see ``control`` whole (ensureWidgetVisible shows only a field's cursor)."""
    page = scroll.widget()
    place = QRect(control.mapTo(page, control.rect().topLeft()), control.size())
    bar = scroll.verticalScrollBar()
    if place.bottom() >= bar.value() + scroll.viewport().height():
        bar.setValue(place.bottom() + 1 - scroll.viewport().height())
    if place.top() < bar.value():
        bar.setValue(place.top())
    across = scroll.horizontalScrollBar()  # sideways too, where a page is wider than the screen
    if place.right() >= across.value() + scroll.viewport().width():
        across.setValue(place.right() + 1 - scroll.viewport().width())
    if place.left() < across.value():
        across.setValue(place.left())


def _whole_in(widget: QWidget, window: QWidget) -> bool:
    return window.rect().contains(QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size()))


def _parents(widget: QWidget, top: QWidget) -> list[QWidget]:
    found = []
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def _scrolling_part(widget: QWidget, top: QWidget) -> QScrollArea | None:
    return next((parent for parent in _parents(widget, top) if isinstance(parent, QScrollArea)), None)


def _inside_a_control(widget: QWidget, top: QWidget) -> bool:
    """A part of another control (a spin box's line edit, a scroll bar's arrows), checked with it."""
    return any(isinstance(parent, CONTROLS) for parent in _parents(widget, top))


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
    return f"{type(widget).__name__} “{widget.accessibleName() or text or widget.objectName()}”"
