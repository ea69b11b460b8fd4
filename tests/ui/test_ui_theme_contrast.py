"""Every control can be seen in every theme: an unticked box or circle, a disabled one, a
box in a list, and the buttons of a dialog (high contrast once drew these black on black,
even when the person switched to it with the dialog open)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QProxyStyle,
    QRadioButton,
    QStyle,
    QStyleFactory,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.runtime.theme import THEMES, ThemeManager

# WCAG's least contrast for the parts of a control a person must see (1.4.11). A disabled
# control is exempt there, but must still be seen; in high contrast it is held to 3:1 too.
NON_TEXT_CONTRAST = 3.0
DISABLED_CONTRAST = 1.5


def luminance(colour: QColor) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast(one: QColor, other: QColor) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def strongest_contrast(image: QImage, rect: QRect, background: QColor) -> float:
    return max(contrast(image.pixelColor(x, y), background)
               for x in range(rect.left(), rect.right() + 1) for y in range(rect.top(), rect.bottom() + 1))


@pytest.fixture(params=THEMES)
def theme(request, qapp) -> Iterator[str]:
    manager = ThemeManager(qapp)
    manager.apply_theme(request.param)
    yield request.param
    manager.use_defaults()


@pytest.fixture
def page(qtbot, theme) -> QWidget:
    page = QWidget()
    qtbot.addWidget(page)
    QVBoxLayout(page)
    page.resize(360, 420)
    return page


def indicator_rect(button: QAbstractButton) -> QRect:
    """Where the box or circle is: a square as tall as the control, at its leading edge,
    less the control's own (focus) border."""
    side = button.height()
    return QRect(0, 0, side, side).adjusted(4, 4, -4, -4)


@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
@pytest.mark.parametrize("enabled", [True, False])
def test_an_unticked_box_or_circle_stands_out_from_the_page(qtbot, page, theme, kind, enabled):
    button = kind("Show it first", page)
    button.setEnabled(enabled)
    page.layout().addWidget(button)
    page.show()
    qtbot.waitExposed(page)
    image = button.grab().toImage()
    background = button.palette().color(button.backgroundRole())
    seen = strongest_contrast(image, indicator_rect(button), background)
    least = NON_TEXT_CONTRAST if enabled or theme == "high_contrast" else DISABLED_CONTRAST
    assert seen >= least, f"an unticked {kind.__name__} in {theme} has contrast {seen:.1f}"


def test_the_boxes_in_a_list_stand_out_ticked_or_not(qtbot, page, theme):
    tree = QTreeWidget(page)
    tree.setHeaderHidden(True)
    page.layout().addWidget(tree)
    items = []
    for name, state in (("Music helps", Qt.CheckState.Unchecked), ("Quiet space", Qt.CheckState.Checked)):
        item = QTreeWidgetItem([name])
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, state)
        tree.addTopLevelItem(item)
        items.append(item)
    page.show()
    qtbot.waitExposed(page)
    image = tree.viewport().grab().toImage()
    background = tree.palette().color(tree.viewport().backgroundRole())
    for item in items:
        row = tree.visualItemRect(item)
        box = QRect(row.left(), row.top(), row.height(), row.height())
        seen = strongest_contrast(image, box, background)
        assert seen >= NON_TEXT_CONTRAST, f"{item.text(0)}'s box in {theme} has contrast {seen:.1f}"


def test_a_dialogs_buttons_are_words_without_dark_icons_in_high_contrast(qtbot, page, theme):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, page)
    page.layout().addWidget(box)
    page.show()
    qtbot.waitExposed(page)
    has_icons = QApplication.style().styleHint(QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons, None, box)
    if theme == "high_contrast":
        assert not has_icons, "the platform's Close ✕ is black on black"
    assert box.button(QDialogButtonBox.StandardButton.Close).icon().isNull() or not has_icons


class _PlatformWithIcons(QProxyStyle):
    """Fusion as a desktop's platform theme makes it: dark icons on a dialog's buttons."""

    def styleHint(self, hint, option=None, widget=None, returnData=None):
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, returnData)

    def standardIcon(self, icon, option=None, widget=None):
        pixmap = QPixmap(16, 16)
        pixmap.fill(QColor("#000000"))
        return QIcon(pixmap)


@pytest.mark.parametrize("first", THEMES)
def test_no_dark_icon_on_a_dialogs_buttons_after_switching_to_high_contrast(qtbot, qapp, first):
    # A person switches to high contrast in Settings: its Close button was made in the old look.
    manager = ThemeManager(qapp)
    qapp.setStyle(_PlatformWithIcons(QStyleFactory.create("Fusion")))
    try:
        manager.apply_theme(first)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        qtbot.addWidget(box)
        manager.apply_theme("high_contrast")
        box.show()
        qtbot.waitExposed(box)
        assert box.button(QDialogButtonBox.StandardButton.Close).icon().isNull(), "a black ✕ on black"
    finally:
        qapp.setStyle("Fusion")
        manager.use_defaults()
