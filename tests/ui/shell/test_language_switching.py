"""Choosing the language through the real windows: on the start screen (kept for the next
start, right to left for Arabic), a profile's own (after unlock), back to the start screen's
on lock, and a profile's choice in Settings remade into its window when Settings closes."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from passport.models import ProfileKind
from passport.profile import Profile
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.language_helpers import build_translations
from tests.shell_helpers import make_context
from ui.app import AppController
from ui.runtime.language_switcher import LanguageSwitcher
from ui.runtime.languages import LANGUAGE_SETTING
from ui.shell.lock_guard import LockGuard


@pytest.fixture
def controller(qapp, qtbot, data_dir, tmp_path) -> Iterator[AppController]:
    languages = LanguageSwitcher(qapp, build_translations(tmp_path / "translations"))
    languages.use("en")
    guard = LockGuard(qapp)
    made = AppController(make_context(data_dir, languages=languages), guard)
    made.start()
    qtbot.waitExposed(made.start_window)
    yield made
    made.shut_down()
    qapp.removeEventFilter(guard)
    languages.uninstall()


def heading(window) -> str:
    # Home (made on the turn after its window, or now when asked for).
    return window.home.findChild(QLabel, "importantNowHeading").text()


def unlock(qtbot, controller: AppController) -> None:
    start = controller.start_window
    qtbot.mouseClick(start.launcher.open_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(start.unlock.field, PASSPHRASE)
    qtbot.keyClick(start.unlock.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.main_window is not None)


def test_the_start_screen_speaks_the_chosen_language_right_to_left_and_keeps_it(qtbot, qapp, controller,
                                                                                 data_dir) -> None:
    launcher = controller.start_window.launcher
    assert launcher.language.isVisible() and launcher.title.text() == "Welcome"
    launcher.language.combo.setFocus()
    qtbot.keyClick(launcher.language.combo, Qt.Key.Key_Down)  # English, then Arabic
    qtbot.waitUntil(lambda: launcher.title.text() == "أهلا بك")  # Qt posts the LanguageChange
    assert controller.start_window.windowTitle() == "قلها مرة"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert launcher.language.current == "ar", "the chooser still shows the choice after its words changed"
    assert json.loads((data_dir / "language.json").read_text()) == {"language": "ar"}


def test_a_profile_speaks_its_own_language_and_the_start_screens_comes_back_on_lock(
        qtbot, qapp, controller, data_dir) -> None:
    profile = Profile.create(data_dir, ProfileKind.YOUNG_PERSON, "Notes", PASSPHRASE, kdf=FAST_KDF)[0]
    profile.set_setting(LANGUAGE_SETTING, "cy")
    profile.lock()
    controller.choose_start_language("ar")
    controller.start_window.launcher.refresh()
    unlock(qtbot, controller)
    assert heading(controller.main_window) == "Beth sy'n bwysig nawr"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    controller.lock()
    unlock_view = controller.start_window.unlock
    assert controller.start_window.pages.currentWidget() is unlock_view
    qtbot.waitUntil(lambda: unlock_view.unlock_button.text() == "&افتح")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_a_language_chosen_in_settings_remakes_the_window_when_settings_closes(qtbot, qapp, controller,
                                                                              data_dir) -> None:
    Profile.create(data_dir, ProfileKind.YOUNG_PERSON, "Notes", PASSPHRASE, kdf=FAST_KDF)[0].lock()
    controller.start_window.launcher.refresh()
    unlock(qtbot, controller)
    first = controller.main_window
    assert heading(first) == "What's important now"
    first.open_settings()
    settings = first.settings_dialog
    chooser = settings.language
    assert chooser.isVisible() and chooser.combo.currentText() == "Same as the start screen"
    chooser.combo.setFocus()
    qtbot.keyClick(chooser.combo, Qt.Key.Key_Down)  # English
    qtbot.keyClick(chooser.combo, Qt.Key.Key_Down)  # Arabic
    assert controller.session.profile.setting(LANGUAGE_SETTING) == "ar"
    assert controller.main_window is first, "nothing is remade under an open dialog"
    settings.reject()
    qtbot.waitUntil(lambda: controller.main_window is not first)
    assert heading(controller.main_window) == "ما المهم الآن"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitExposed(controller.main_window)


def test_after_the_language_changes_in_settings_the_passport_stays_open_and_locks(qtbot, qapp, controller,
                                                                                 data_dir) -> None:
    """Found by a new user: after the window was remade, every action said "It was locked" and
    Lock and Hide now did nothing, with the young person's words still on screen."""
    Profile.create(data_dir, ProfileKind.YOUNG_PERSON, "Notes", PASSPHRASE, kdf=FAST_KDF)[0].lock()
    controller.start_window.launcher.refresh()
    unlock(qtbot, controller)
    first = controller.main_window
    first.open_settings()
    settings = first.settings_dialog
    settings.language.combo.setFocus()
    qtbot.keyClick(settings.language.combo, Qt.Key.Key_Down)
    qtbot.keyClick(settings.language.combo, Qt.Key.Key_Down)  # Arabic
    qtbot.keyClick(settings, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: controller.main_window is not first)
    remade = controller.main_window
    qtbot.waitExposed(remade)
    assert not controller.session.profile.is_locked
    assert controller.session.profile.entries() == []  # still readable: nothing says "It was locked"
    qtbot.mouseClick(remade.lock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main_window is None)
    assert controller.session is None or controller.session.profile.is_locked
    assert controller.start_window.pages.currentWidget() is controller.start_window.unlock
