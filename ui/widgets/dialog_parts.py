"""Parts the dialogs and views build the same way: words shown as they are written, and
the row of buttons at the bottom of a dialog (Cancel on one side, the main action on the other)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


def words(text: str = "", role: str = "", name: str = "") -> QLabel:
    """A wrapping label; plain text, so a person's own words are never run as markup."""
    label = QLabel(text, wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    if name:
        label.setObjectName(name)
    return label


def button_row(start: Iterable[QWidget], end: Iterable[QWidget]) -> QHBoxLayout:
    """``start`` at the row's leading edge, ``end`` at its trailing edge, room between."""
    row = QHBoxLayout()
    for widget in start:
        row.addWidget(widget)
    row.addStretch()
    for widget in end:
        row.addWidget(widget)
    return row
