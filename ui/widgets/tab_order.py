"""Tab follows what is seen: the order a page's layouts place its controls in.

Qt's Tab order is the order widgets were made (or moved into a window), not where they
are shown; a page that makes its parts as it goes (a card made after the buttons below it,
a section filled in after the page was built) ends up with Tab jumping about. A page
calls :func:`follow_layout` after it changes what it shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QScrollArea, QWidget


def focus_stops(widget: QWidget) -> list[QWidget]:
    """The controls inside ``widget`` that Tab stops on, in the order its layouts place them
    (reading order: top to bottom, and along a row from the leading edge)."""
    stops: list[QWidget] = []
    inner = widget.widget() if isinstance(widget, QScrollArea) else None
    if inner is not None:
        _visit(inner, stops)
    elif widget.layout() is not None:
        _walk(widget.layout(), stops)
    return stops


def follow_layout(first: QWidget, widget: QWidget) -> None:
    """Chain the stops inside ``widget`` one after another, straight after ``first``."""
    previous = first
    for stop in focus_stops(widget):
        QWidget.setTabOrder(previous, stop)
        previous = stop


def _walk(layout: QLayout, stops: list[QWidget]) -> None:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            _visit(item.widget(), stops)
        elif item.layout() is not None:
            _walk(item.layout(), stops)


def _visit(widget: QWidget, stops: list[QWidget]) -> None:
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
        stops.append(widget)
    stops.extend(focus_stops(widget))
