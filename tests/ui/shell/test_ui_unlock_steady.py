"""The unlock screen stays where the person left it: closing Help gives the keyboard back to the
passphrase box (it went to the Help link), and the column keeps its width when a wrong
passphrase's message appears (it jumped wider)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from passport.errors import WrongSecret
from passport.profile import Profile
from tests.shell_helpers import make_context, press, wait_active
from tests.ui.shell.test_ui_crisis_lines_dialog import the_dialog
from ui.shell.unlock_view import UnlockView


def unlock_view(qtbot, data_dir, profile: Profile) -> UnlockView:
    profile.lock()
    view = UnlockView(make_context(data_dir))
    qtbot.addWidget(view)
    view.show_profile(profile.folder)
    view.resize(1366, 768)
    view.show()
    wait_active(qtbot, view)
    return view


def test_closing_help_gives_the_keyboard_back_to_the_passphrase_box(qtbot, data_dir, profile: Profile) -> None:
    view = unlock_view(qtbot, data_dir, profile)
    qtbot.keyClicks(view.field, "half typ")
    qtbot.mouseClick(view.help_link, Qt.MouseButton.LeftButton)
    the_dialog(qtbot)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    wait_active(qtbot, view)  # the window manager gives the window back its keyboard
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.field)
    assert view.field.text() == "half typ", "what was typed stays"
    qtbot.keyClicks(QApplication.focusWidget(), "ed")
    assert view.field.text() == "half typed"


def settled() -> None:
    """Every layout request posted (each relayout may post another) carried out."""
    for _ in range(4):
        QApplication.processEvents()


def test_the_column_keeps_its_width_when_the_message_appears(qtbot, data_dir, profile: Profile) -> None:
    view = unlock_view(qtbot, data_dir, profile)
    column = view.field.parentWidget()
    settled()
    before = column.geometry()
    view._not_opened(WrongSecret())
    settled()
    assert view.error.isVisible() and view.error.text()
    assert column.width() == before.width(), "the column jumped wider for the message"
    assert column.x() == before.x()
    assert view.error.height() >= view.error.heightForWidth(view.error.width()), "the message is whole"
