"""The "+" on "Open a shared file…" stands out from the button's face in every theme (it was
drawn in the accent colour on a face of the accent colour: teal on teal)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor

from tests.ui.practitioner.test_ui_practitioner import window  # noqa: F401 - the window fixture
from tests.ui.test_ui_theme_contrast import NON_TEXT_CONTRAST, strongest_contrast, theme  # noqa: F401 - fixture


def test_the_plus_stands_out_on_the_primary_button(qtbot, theme, window) -> None:  # noqa: F811
    button = window.open_button
    button.setText("")  # only the icon is drawn on the face
    image = button.grab().toImage()
    side = button.iconSize().height()
    centre = button.rect().center()
    icon = QRect(centre.x() - side // 2, centre.y() - side // 2, side, side)
    face = Counter(image.pixel(x, y) for x in range(icon.left(), icon.right() + 1)
                   for y in range(icon.top(), icon.bottom() + 1)).most_common(1)[0][0]
    assert strongest_contrast(image, icon, QColor.fromRgb(face)) >= NON_TEXT_CONTRAST, theme
