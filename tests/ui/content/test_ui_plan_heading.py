"""The plan's step headings read number first in either direction: "1. My warning signs" on the
left in English, the number on the right in Arabic, whatever script the step's name is in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel

from ui.content.plan_step_block import numbered_heading

ARABIC_TITLE = "علاماتي التحذيرية"
FIGURE_SPACE = "\u2007"  # as wide as a digit, and no ink


def _drawn(qtbot, text: str, direction: Qt.LayoutDirection) -> QImage:
    label = QLabel(text)
    label.setLayoutDirection(direction)
    label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
    label.setFixedWidth(600)
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    QApplication.processEvents()
    return label.grab().toImage()


def _number_at(qtbot, title: str, direction: Qt.LayoutDirection) -> tuple[float, float, float]:
    """Where the number is drawn, and where the line's words begin and end (x, in pixels)."""
    with_number = _drawn(qtbot, numbered_heading("7", title, direction), direction)
    without = _drawn(qtbot, numbered_heading(FIGURE_SPACE, title, direction), direction)
    changed = [x for x in range(with_number.width())
               if any(with_number.pixel(x, y) != without.pixel(x, y) for y in range(with_number.height()))]
    inked = [x for x in range(with_number.width())
             if any(with_number.pixelColor(x, y).lightness() < 128 for y in range(with_number.height()))]
    assert changed, "the number is drawn"
    return sum(changed) / len(changed), min(inked), max(inked)


@pytest.mark.parametrize("title", ["My warning signs", ARABIC_TITLE])
@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_the_number_comes_first_the_way_the_screen_reads(qtbot, title, direction) -> None:
    number, first, last = _number_at(qtbot, title, direction)
    start = first if direction == Qt.LayoutDirection.LeftToRight else last
    assert abs(number - start) < (last - first) / 5, \
        f"“{title}” ({direction.name}): the number is at {number:.0f} px, the line runs {first} to {last}"
