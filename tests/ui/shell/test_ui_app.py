"""The app's start-up wiring: the launcher, the first-run wizard, and the demo."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from passport.models import ProfileKind
from passport.profile import Profile
from passport.store import profiles
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.shell_helpers import visible_text
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


def test_first_run_opens_the_wizard(qtbot, data_dir):
    app = PassportApp(["--data-dir", str(data_dir)])
    try:
        start = app.controller.start_window
        assert start.wizard is not None and start.pages.currentWidget() is start.wizard
    finally:
        app.close()


def test_first_run_can_set_up_a_practitioner_instead(qtbot, data_dir):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    app = PassportApp(["--data-dir", str(data_dir)])
    try:
        start = app.controller.start_window
        other = next(b for b in start.wizard.findChildren(QPushButton) if "carer" in b.text())
        qtbot.mouseClick(other, Qt.MouseButton.LeftButton)
        chooser = app.controller.kind_chooser
        assert start.pages.currentWidget() is chooser
        chooser.buttons[ProfileKind.PRACTITIONER].setChecked(True)
        qtbot.mouseClick(chooser.next_button, Qt.MouseButton.LeftButton)
        assert start.pages.currentWidget() is start.wizard
        assert start.wizard._kind is ProfileKind.PRACTITIONER
        # Going back from the chooser on a first run returns to the young person's welcome.
        start.wizard.other_kind_requested.emit()
        qtbot.mouseClick(chooser.back_button, Qt.MouseButton.LeftButton)
        assert start.pages.currentWidget() is start.wizard and start.wizard._kind is ProfileKind.YOUNG_PERSON
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
