"""The app's start-up wiring: the launcher, the first-run wizard, and the demo."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from PySide6.QtCore import Qt

from passport.models import ProfileKind
from passport.profile import Profile
from passport.store import profiles
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.shell_helpers import focused, press, visible_text, wait_active
from ui.app import PassportApp


def test_launcher_lists_the_labels_and_nothing_else(qtbot, data_dir):
    for label in ("Zebra book", "All about me"):
        profile, _ = Profile.create(data_dir, ProfileKind.YOUNG_PERSON, label, PASSPHRASE, kdf=FAST_KDF)
        profile.lock()
    app = PassportApp(["--data-dir", str(data_dir)])
    try:
        start = app.controller.start_window
        assert start.isVisible() and start.pages.currentWidget() is start.launcher
        assert start.launcher.labels() == ["All about me", "Zebra book"]
        assert start.windowTitle() == "Say It Once"
    finally:
        app.close()


def test_first_run_offers_to_make_one_or_to_restore(qtbot, data_dir):
    app = PassportApp(["--data-dir", str(data_dir)])
    try:
        start = app.controller.start_window
        launcher = start.launcher
        wait_active(qtbot, start)
        assert start.wizard is None and start.pages.currentWidget() is launcher
        assert launcher.title.text() == "Welcome" and launcher.welcome.isVisible()
        assert launcher.new_button.isVisible() and launcher.restore_button.isVisible()
        assert not launcher.list.isVisible() and not launcher.open_button.isVisible()
        assert not launcher.delete_button.isVisible()
        assert focused() is launcher.new_button
        press(qtbot, Qt.Key.Key_Return)  # "Make a new passport" asks whose it is
        assert start.pages.currentWidget() is app.controller.kind_chooser
    finally:
        app.close()


def test_back_from_the_wizard_returns_to_who_it_is_for_and_then_to_the_first_screen(qtbot, data_dir):
    app = PassportApp(["--data-dir", str(data_dir)])
    try:
        start = app.controller.start_window
        qtbot.mouseClick(start.launcher.new_button, Qt.MouseButton.LeftButton)
        chooser = app.controller.kind_chooser
        assert start.pages.currentWidget() is chooser
        qtbot.mouseClick(chooser.buttons[ProfileKind.PRACTITIONER], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(chooser.next_button, Qt.MouseButton.LeftButton)
        wizard = start.wizard
        assert start.pages.currentWidget() is wizard and wizard.kind is ProfileKind.PRACTITIONER
        assert wizard.back_button.isVisible() and wizard.back_button.text() == "&Back"
        qtbot.mouseClick(wizard.back_button, Qt.MouseButton.LeftButton)
        assert start.pages.currentWidget() is chooser
        assert chooser.kind() is ProfileKind.PRACTITIONER, "their choice is still chosen"
        qtbot.mouseClick(chooser.back_button, Qt.MouseButton.LeftButton)
        assert start.pages.currentWidget() is start.launcher and start.isVisible(), "nothing quits"
    finally:
        app.close()


def test_demo_makes_a_marked_passport_and_deletes_it_on_close(qtbot):
    app = PassportApp(["--demo"])
    folder = app.demo_dir
    try:
        assert folder is not None and (folder.stat().st_mode & 0o777) == 0o700
        [found] = profiles.list_profiles(folder)
        window = app.controller.main_window
        assert window is not None and window.isVisible()
        assert "Demo" in visible_text() and "deleted when you close" in visible_text()
        assert window.session.profile.folder == found
        assert len(window.session.profile.entries()) >= 10
    finally:
        app.close()
    assert not folder.exists()


def test_demo_is_deleted_after_ctrl_c(qtbot, tmp_path):
    # A real process, as a person would start it, so Ctrl+C reaches a real event loop.
    env = dict(os.environ, TMPDIR=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen([sys.executable, "-m", "ui", "--demo"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        qtbot.waitUntil(lambda: any(tmp_path.glob("wp-demo-*/*/store.db")), timeout=30_000)
        [folder] = tmp_path.glob("wp-demo-*")
        qtbot.wait(300)  # let the window come up: the signal must reach a running loop
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 0
    finally:
        process.kill()
    assert not folder.exists()


def test_the_unlock_screen_keeps_the_text_size_and_colours_the_last_profile_used(qtbot, data_dir):
    """Someone who needs 200 % and high contrast can still read the unlock screen after a lock."""
    profile, _ = Profile.create(data_dir, ProfileKind.YOUNG_PERSON, "Sky", PASSPHRASE, kdf=FAST_KDF)
    profile.set_setting("text_scale", 200)
    profile.set_setting("theme", "high_contrast")
    app = PassportApp(["--data-dir", str(data_dir)])
    theme = app.context.theme
    try:
        start = app.controller.start_window
        start.show_unlock(profile.folder)
        qtbot.waitUntil(start.unlock.field.isVisible)
        default_size = start.unlock.field.font().pointSizeF()
        app.controller.open_profile(profile)
        assert (theme.theme, theme.text_scale) == ("high_contrast", 200)
        app.controller.lock()
        assert start.pages.currentWidget() is start.unlock
        assert (theme.theme, theme.text_scale) == ("high_contrast", 200), "the look went back to the defaults"
        assert start.unlock.field.font().pointSizeF() >= 1.9 * default_size
    finally:
        app.close()
        theme.use_defaults()


def test_back_at_the_list_the_look_is_the_apps_own_again(qtbot, tmp_path) -> None:
    """The last profile's 200 % and high contrast stay on its unlock screen after a lock, for
    its owner to read; back at the list, where someone else may be choosing, the app's own."""
    from ui.runtime.theme import DEFAULT_TEXT_SCALE, TEXT_SCALE_SETTING, THEME_SETTING

    high_contrast = "high_contrast"
    data = tmp_path / "data"
    profile, _code = Profile.create(data, ProfileKind.YOUNG_PERSON, "Blue", PASSPHRASE, kdf=FAST_KDF)
    profile.set_setting(TEXT_SCALE_SETTING, 200)
    profile.set_setting(THEME_SETTING, high_contrast)
    profile.lock()
    app = PassportApp(["--data-dir", str(data)])
    try:
        start = app.controller.start_window
        start.show_unlock(profiles.list_profiles(data)[0])
        qtbot.keyClicks(start.unlock.field, PASSPHRASE)
        qtbot.keyClick(start.unlock.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: app.controller.main_window is not None, timeout=10_000)
        app.controller.lock()
        theme = app.context.theme
        assert (theme.theme, theme.text_scale) == (high_contrast, 200)
        start.unlock.back.emit()
        assert start.pages.currentWidget() is start.launcher
        assert theme.text_scale == DEFAULT_TEXT_SCALE and theme.theme != high_contrast
    finally:
        app.close()
