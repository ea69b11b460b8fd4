"""Drawing a picture into an entry with real mouse and key events; the kept PNG's pixels checked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QColor, QImage
from PySide6.QtWidgets import QAbstractButton

from passport.models import AttachmentKind
from passport.profile import Profile
from tests.helpers import add_entry
from ui.content.attachment_panel import AttachmentPanel
from ui.content.drawing_dialog import SWATCH, DrawingDialog
from ui.runtime.session import Session
from ui.runtime.theme import ThemeManager
from ui.widgets.drawing_canvas import PAGE

LEFT = Qt.MouseButton.LeftButton
WHITE = QColor("white").rgb()


@pytest.fixture
def panel(qtbot, profile: Profile) -> AttachmentPanel:
    entry_id = add_entry(profile, "My drawing")
    view = AttachmentPanel(Session(profile), lambda: entry_id)
    view.set_entry(entry_id)
    qtbot.addWidget(view)
    view.show()
    return view


def open_dialog(qtbot, panel: AttachmentPanel) -> DrawingDialog:
    qtbot.mouseClick(panel.draw_button, LEFT)
    dialog = panel.drawing_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # its shortcuts (Ctrl+Z) work in the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def stroke(qtbot, dialog: DrawingDialog, *points: tuple[int, int]) -> None:
    """A line through ``points`` (on the page, whatever size it is shown at), as a mouse draws it."""
    canvas = dialog.canvas
    on_screen = [canvas.to_widget(QPoint(x, y)) for x, y in points]
    qtbot.mousePress(canvas, LEFT, pos=on_screen[0])
    for point in on_screen[1:]:
        qtbot.mouseMove(canvas, point)
    qtbot.mouseRelease(canvas, LEFT, pos=on_screen[-1])


def button(buttons, name: str):
    return next(b for b in buttons if b.accessibleName() == name)


def kept_picture(qtbot, panel: AttachmentPanel, profile: Profile) -> QImage:
    qtbot.waitUntil(lambda: len(panel.tiles) == 1, timeout=5000)
    [attachment] = profile.attachments(panel.tiles[0].attachment.entry_id)
    assert attachment.kind is AttachmentKind.IMAGE and attachment.media_type == "image/png"
    assert attachment.name.startswith("My drawing, ")
    image = QImage()
    assert image.loadFromData(profile.attachment_data(attachment.id))
    return image


def test_a_red_line_drawn_with_the_mouse_is_kept_as_a_png(qtbot, panel: AttachmentPanel, profile: Profile) -> None:
    dialog = open_dialog(qtbot, panel)
    assert not dialog.keep_button.isEnabled(), "a blank page is not worth keeping"
    qtbot.mouseClick(button(dialog.colour_buttons, "Red"), LEFT)
    qtbot.mouseClick(button(dialog.pen_buttons, "Thick pen"), LEFT)
    stroke(qtbot, dialog, (100, 200), (200, 200), (300, 200))
    assert dialog.keep_button.isEnabled()
    qtbot.mouseClick(dialog.keep_button, LEFT)
    image = kept_picture(qtbot, panel, profile)
    assert (image.width(), image.height()) == (PAGE.width(), PAGE.height())
    assert QColor(image.pixel(200, 200)).name() == "#d0312d", "the middle of the line is red"
    assert QColor(image.pixel(200, 208)).name() == "#d0312d", "a thick pen is 20 pixels wide"
    assert image.pixel(200, 240) == WHITE and image.pixel(50, 200) == WHITE, "nothing beyond the line"
    assert panel.drawing_dialog is None


def test_eraser_undo_and_clear(qtbot, panel: AttachmentPanel, profile: Profile) -> None:
    dialog = open_dialog(qtbot, panel)
    canvas = dialog.canvas
    stroke(qtbot, dialog, (50, 100), (550, 100))
    stroke(qtbot, dialog, (50, 300), (550, 300))
    assert canvas.image.pixel(300, 300) != WHITE
    qtbot.mouseClick(dialog.undo_button, LEFT)
    assert canvas.image.pixel(300, 300) == WHITE and canvas.image.pixel(300, 100) != WHITE

    qtbot.mouseClick(dialog.eraser_button, LEFT)
    qtbot.mouseClick(button(dialog.pen_buttons, "Thick pen"), LEFT)
    stroke(qtbot, dialog, (300, 80), (300, 120))
    assert canvas.image.pixel(300, 100) == WHITE, "the eraser takes the line away where it goes"
    assert canvas.image.pixel(100, 100) != WHITE

    qtbot.mouseClick(dialog.clear_button, LEFT)
    assert canvas.image.pixel(100, 100) == WHITE and not dialog.keep_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert canvas.image.pixel(100, 100) != WHITE, "clearing can be undone (Ctrl+Z)"
    assert dialog.keep_button.isEnabled()


def test_drawing_with_the_keyboard_alone(qtbot, panel: AttachmentPanel, profile: Profile) -> None:
    panel.draw_button.setFocus()
    qtbot.keyClick(panel.draw_button, Qt.Key.Key_Space)
    dialog = panel.drawing_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    canvas = dialog.canvas
    for _ in range(40):  # Tab reaches the page
        if canvas.hasFocus():
            break
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Tab)
    assert canvas.hasFocus()
    start = canvas.cursor_at
    qtbot.keyClick(canvas, Qt.Key.Key_Space)
    for _ in range(5):
        qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(canvas, Qt.Key.Key_Space)
    assert canvas.cursor_at == start + QPoint(5 * 32, 0)
    assert canvas.image.pixel(start.x() + 80, start.y()) != WHITE
    assert dialog.keep_button.isEnabled()
    dialog.keep_button.setFocus()
    qtbot.keyClick(dialog.keep_button, Qt.Key.Key_Space)
    image = kept_picture(qtbot, panel, profile)
    assert QColor(image.pixel(start.x() + 80, start.y())).name() == "#000000"


def test_not_keeping_adds_nothing_and_every_control_has_a_name(qtbot, panel: AttachmentPanel,
                                                              profile: Profile) -> None:
    dialog = open_dialog(qtbot, panel)
    stroke(qtbot, dialog, (10, 10), (90, 90))
    for control in [*dialog.findChildren(QAbstractButton), dialog.canvas]:
        assert control.accessibleName(), control.text()
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    assert panel.drawing_dialog is None
    assert profile.attachments(profile.entries()[0].id) == []


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
def test_the_chosen_pen_and_colour_show_as_chosen_not_only_by_colour(qtbot, panel: AttachmentPanel, qapp,
                                                                     theme: str) -> None:
    themes = ThemeManager(qapp)
    themes.apply_theme(theme)
    try:
        dialog = open_dialog(qtbot, panel)
        red, black = button(dialog.colour_buttons, "Red"), button(dialog.colour_buttons, "Black")
        thick, medium = button(dialog.pen_buttons, "Thick pen"), button(dialog.pen_buttons, "Medium pen")
        assert chosen(black) and chosen(medium) and not chosen(red), "what it starts with shows too"
        plain_frame = frame_colours(red)
        qtbot.mouseClick(red, LEFT)
        qtbot.mouseClick(thick, LEFT)
        assert chosen(red) and chosen(thick)
        assert [b for b in (*dialog.colour_buttons, *dialog.pen_buttons) if chosen(b)] == [red, thick]
        for ticked, plain in ((red, black), (thick, medium)):
            assert ticked.icon().pixmap(SWATCH).toImage() != plain.icon().pixmap(SWATCH).toImage()
        swatch = red.icon().pixmap(SWATCH).toImage()
        assert QColor(swatch.pixel(SWATCH // 2 - 1, SWATCH * 3 // 4 - 1)).lightness() > 200, "a white tick on red"
        dialog.keep_button.setFocus()  # the frame of a chosen button, not the focus's
        assert frame_colours(red) != plain_frame, "the chosen one has a frame of its own"
        qtbot.mouseClick(dialog.eraser_button, LEFT)
        assert chosen(dialog.eraser_button) and not chosen(red)
    finally:
        themes.use_defaults()


def chosen(control: QAbstractButton) -> bool:
    """Chosen as a screen reader hears it, and in words, and checked."""
    state = QAccessible.queryAccessibleInterface(control).state()
    said = control.accessibleDescription() == "Chosen"
    assert control.isChecked() == bool(state.checked) == said
    return said


def frame_colours(control: QAbstractButton) -> set[int]:
    image = control.grab().toImage()
    return {image.pixel(x, image.height() // 2) for x in range(4)}
