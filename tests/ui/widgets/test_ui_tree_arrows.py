"""A tree's open and closed arrows are large enough to see and press (they were about 6 px), in
every look, the closed one pointing the way the words run."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QTreeWidget, QTreeWidgetItem

from tests.shell_helpers import make_context

SMALLEST_ARROW = 16


def _ink(image: QImage, area: QRect, background: QColor) -> QRect:
    """The smallest rectangle around every pixel of ``area`` that is not the background."""
    found = QRect()
    for y in range(area.top(), area.bottom() + 1):
        for x in range(area.left(), area.right() + 1):
            pixel = image.pixelColor(x, y)
            if max(abs(pixel.red() - background.red()), abs(pixel.green() - background.green()),
                   abs(pixel.blue() - background.blue())) > 60:
                found = found.united(QRect(x, y, 1, 1))
    return found


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
def test_a_trees_arrows_are_at_least_16_px(qtbot, qapp, data_dir, theme, direction) -> None:
    context = make_context(data_dir)
    context.theme.apply_theme(theme)
    qapp.setLayoutDirection(direction)
    try:
        tree = QTreeWidget()
        tree.setHeaderHidden(True)
        qtbot.addWidget(tree)
        for name in ("Closed", "Open"):
            item = QTreeWidgetItem([name])
            item.addChild(QTreeWidgetItem(["Inside"]))
            tree.addTopLevelItem(item)
        tree.topLevelItem(1).setExpanded(True)
        tree.resize(400, 200)
        tree.show()
        qtbot.waitExposed(tree)
        QApplication.processEvents()
        image = tree.viewport().grab().toImage()
        background = tree.viewport().palette().color(tree.viewport().backgroundRole())
        for row, longest in ((0, "height"), (1, "width")):
            text = tree.visualItemRect(tree.topLevelItem(row))
            # The branch lies before the item's words: left of them, or right of them in Arabic script.
            if direction == Qt.LayoutDirection.LeftToRight:
                branch = QRect(0, text.top(), text.left(), text.height())
            else:
                branch = QRect(text.right() + 1, text.top(), image.width() - text.right() - 1, text.height())
            ink = _ink(image, branch, background)
            size = ink.height() if longest == "height" else ink.width()
            assert size >= SMALLEST_ARROW, f"{theme}: the {'closed' if row == 0 else 'open'} arrow is {size} px"
            if row == 0:  # the closed arrow points along the words: its point is the side away from them
                middle = ink.center().y()
                tip_x = ink.right() if direction == Qt.LayoutDirection.LeftToRight else ink.left()
                assert any(_ink(image, QRect(tip_x, y, 1, 1), background).isValid()
                           for y in range(middle - 2, middle + 3)), f"{theme}: the closed arrow points the wrong way"
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        context.theme.use_defaults()
