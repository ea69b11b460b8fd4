"""A check for the dialogs that must open with every word whole: each visible label has the
height its wrapped lines need, is not painted over by a sibling, and lies inside the window,
or inside a scrolling part that can bring it into view."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget


def cut_words(window: QWidget, may_scroll: bool = False) -> list[str]:
    QApplication.processEvents()
    found = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        needs = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
        if label.height() < needs:
            found.append(f"{label.text()[:40]!r} has {label.height()} px of {needs}")
            continue
        in_scroll = any(isinstance(parent, QScrollArea) for parent in _parents(label, window))
        if may_scroll and in_scroll:
            continue
        if label.visibleRegion().boundingRect() != label.rect():
            found.append(f"{label.text()[:40]!r} is partly hidden")
        elif not window.rect().contains(QRect(label.mapTo(window, label.rect().topLeft()), label.size())):
            found.append(f"{label.text()[:40]!r} reaches outside the window")
    return found


def _parents(widget: QWidget, top: QWidget) -> list[QWidget]:
    found = []
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        found.append(parent)
        parent = parent.parentWidget()
    return found
