"""The UK lines a person can reach now, free, day and night: the one list of them, shown on the
Help page, in the plan for when things get hard, and from the start and unlock screens.

Offline on purpose: numbers to call or text, nothing to click through to."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QWidget

from ui.widgets.dialog_parts import words


class CrisisLines(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setAccessibleName(self.tr("People to talk to now"))
        grid = QGridLayout(self)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(24)
        for row, (who, how) in enumerate(self.lines()):
            name = words(who)
            number = words(_numbers_left_to_right(how), "lead")
            for label in (name, number):
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            number.setAccessibleName(self.tr("{0}: {1}").format(who, how))
            grid.addWidget(name, row, 0)
            grid.addWidget(number, row, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self._grid = grid

    def unwrapped_width(self) -> int:
        """The width at which every line shows on one line (the two columns share the width)."""
        self.ensurePolished()
        widest = 0
        for row in range(self._grid.rowCount()):
            for column in range(2):
                item = self._grid.itemAtPosition(row, column)
                label = item.widget() if item is not None else None
                if label is not None:
                    label.ensurePolished()
                    widest = max(widest, label.fontMetrics().horizontalAdvance(label.text()) + 4)
        margins = self._grid.contentsMargins()
        return 2 * widest + self._grid.horizontalSpacing() + margins.left() + margins.right() + 2 * self.frameWidth()

    def lines(self) -> tuple[tuple[str, str], ...]:
        """Who, and how to reach them."""
        return (
            (self.tr("Samaritans"), self.tr("Call 116 123")),
            (self.tr("Shout"), self.tr("Text SHOUT to 85258")),
            (self.tr("Childline (up to 19)"), self.tr("Call 0800 1111")),
            (self.tr("NHS, when it's urgent but not an emergency"), self.tr("Call 111")),
            (self.tr("In an emergency"), self.tr("Call 999")),
        )


def _numbers_left_to_right(text: str) -> str:
    """Each phone number kept left to right (isolated, LRI … PDI): in Arabic script the space
    inside "0800 1111" would otherwise turn it round to "1111 0800" on screen."""
    return re.sub(r"\d[\d ]*\d|\d", lambda match: f"\u2066{match.group(0)}\u2069", text)
