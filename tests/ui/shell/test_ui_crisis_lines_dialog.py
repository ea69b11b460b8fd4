"""Help from the start and unlock screens: the free lines, shown without opening, naming or
revealing anything, so it works under a disguise too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from passport.profile import Profile
from tests.shell_helpers import make_context, press, wait_active
from ui.shell.crisis_lines_dialog import CrisisLinesDialog
from ui.shell.launcher_view import LauncherView
from ui.shell.unlock_view import UnlockView

# Words that would give away what is kept here, or whose it is ("Sky" is the profile's label).
GIVEAWAYS = ("passport", "say it once", "wellbeing", "mental", "sky", "profile", "entries", "plan")


def the_dialog(qtbot) -> CrisisLinesDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), CrisisLinesDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, CrisisLinesDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def everything_it_says(dialog: CrisisLinesDialog) -> str:
    said = [dialog.windowTitle(), dialog.accessibleName()]
    for widget in dialog.findChildren(QLabel):
        said += [widget.text(), widget.accessibleName()]
    said += [dialog.close_button.text()]
    return "\n".join(said)


def check_it_shows_the_lines_and_nothing_else(qtbot, dialog: CrisisLinesDialog) -> None:
    said = everything_it_says(dialog)
    for number in ("0800 1111", "116 123", "85258", "111"):
        assert number in said
    for who in ("Childline", "Samaritans", "Shout", "NHS"):
        assert who in said
    for word in GIVEAWAYS:
        assert word not in said.casefold(), word
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


@pytest.fixture
def unlock(qtbot, data_dir, profile: Profile) -> UnlockView:
    profile.lock()
    view = UnlockView(make_context(data_dir))
    qtbot.addWidget(view)
    view.show_profile(profile.folder)
    view.show()
    wait_active(qtbot, view)
    return view


def test_help_on_the_unlock_screen_shows_the_lines_without_opening_anything(qtbot, unlock: UnlockView,
                                                                            profile: Profile) -> None:
    before = {path.name: path.stat().st_mtime_ns for path in profile.folder.path.iterdir()}
    qtbot.mouseClick(unlock.help_link, Qt.MouseButton.LeftButton)
    check_it_shows_the_lines_and_nothing_else(qtbot, the_dialog(qtbot))
    assert not unlock.is_busy and unlock.field.text() == ""
    # F1 too, from the passphrase field.
    wait_active(qtbot, unlock)
    unlock.field.setFocus()
    press(qtbot, Qt.Key.Key_F1)
    check_it_shows_the_lines_and_nothing_else(qtbot, the_dialog(qtbot))
    assert {path.name: path.stat().st_mtime_ns for path in profile.folder.path.iterdir()} == before
    assert unlock.help_link.accessibleName() == "Help"
    assert unlock.help_link.text() == "Help"


def test_help_on_the_start_screen_too(qtbot, data_dir, profile: Profile) -> None:
    profile.lock()
    view = LauncherView(data_dir)
    qtbot.addWidget(view)
    view.show()
    wait_active(qtbot, view)
    assert view.labels() == ["Sky"]
    press(qtbot, Qt.Key.Key_F1)
    check_it_shows_the_lines_and_nothing_else(qtbot, the_dialog(qtbot))
    wait_active(qtbot, view)
    qtbot.mouseClick(view.help_link, Qt.MouseButton.LeftButton)
    check_it_shows_the_lines_and_nothing_else(qtbot, the_dialog(qtbot))
