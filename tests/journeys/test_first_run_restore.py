"""Journey: a backup made on the old laptop comes back on a new one, from the very first
screen of an empty data folder, by keys and clicks through the real windows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from passport.models import ProfileKind
from passport.profile import Profile
from passport.store import profiles
from passport.store.backup import save_backup
from tests.helpers import FAST_KDF, PASSPHRASE, add_entry, png_bytes
from tests.shell_helpers import (
    focused,
    press,
    type_here,
    type_new_passphrase,
    visible_text,
    wait_active,
    when_dialog_asks,
)
from ui.app import PassportApp
from ui.shell.restore_dialog import RestoreDialog

NEW_PASSPHRASE = "a fresh start on a new laptop"
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def make_backup(old_laptop: Path, usb: Path) -> tuple[Path, str]:
    """Sky's passport on the old laptop, with an entry and a picture, saved to a USB stick."""
    profile, code = Profile.create(old_laptop, ProfileKind.YOUNG_PERSON, "Sky", PASSPHRASE, kdf=FAST_KDF)
    try:
        entry = add_entry(profile, "Music helps", "I play guitar when it gets loud.", important_now=True)
        profile.add_attachment(entry, "me.png", png_bytes(24, 16))
        usb.mkdir()
        return save_backup(profile.vault, usb / "sky.wpbackup"), code
    finally:
        profile.lock()


def pick_in_file_dialog(qtbot, path: Path) -> list[QWidget]:
    """In the system's file dialog: type the file's whole path and press Enter."""
    def pick(dialog: QWidget) -> None:
        type_here(qtbot, str(path))
        press(qtbot, Qt.Key.Key_Return)
    return when_dialog_asks(QFileDialog, pick)


def test_a_backup_comes_back_on_a_new_laptop_from_the_first_screen(qtbot, tmp_path: Path) -> None:
    backup, code = make_backup(tmp_path / "old-laptop", tmp_path / "usb")
    new_laptop = tmp_path / "new-laptop"  # nothing there yet, not even the folder
    app = PassportApp(["--data-dir", str(new_laptop)])
    app.context.kdf = FAST_KDF
    try:
        controller = app.controller
        start = controller.start_window
        wait_active(qtbot, start)
        assert start.pages.currentWidget() is start.launcher
        assert "Restore from a backup" in visible_text()

        press(qtbot, Qt.Key.Key_R, ALT)  # "&Restore from a backup…"
        qtbot.waitUntil(lambda: isinstance(controller.restore_dialog, RestoreDialog)
                        and controller.restore_dialog.isVisible())
        dialog = controller.restore_dialog
        wait_active(qtbot, dialog)
        picked = pick_in_file_dialog(qtbot, backup)
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        assert picked, "the file dialog was asked"
        assert dialog.file_label.text() == "sky.wpbackup"
        wait_active(qtbot, dialog)  # back from the file dialog
        assert focused() is dialog.code_field
        type_here(qtbot, code.replace("-", " ").lower())
        press(qtbot, Qt.Key.Key_Return)  # on to the new passphrase
        type_new_passphrase(qtbot, NEW_PASSPHRASE)
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=20_000)
        fresh = "-".join(dialog.code_view.code_label.text().split())
        assert fresh and fresh != code
        # As at first run: the new code is kept only once its last group is typed back.
        assert focused() is dialog.code_check.field
        assert not dialog.open_button.isEnabled()
        type_here(qtbot, fresh.rsplit("-", 1)[-1])
        press(qtbot, Qt.Key.Key_Return)

        qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
        window = controller.main_window
        wait_active(qtbot, window)
        # The page asked about a new backup (yes, as it suggests): its dialog is over Home, and
        # Home's reminder does not ask a second time.
        qtbot.waitUntil(lambda: window.backup_dialog is not None and window.backup_dialog.isVisible())
        assert not window.backup_reminder.isVisible()
        wait_active(qtbot, window.backup_dialog)
        press(qtbot, Qt.Key.Key_Escape)  # not just now
        qtbot.waitUntil(lambda: window.backup_dialog is None)
        wait_active(qtbot, start)  # back from the dialog, Home has the keyboard
        assert window.isAncestorOf(focused())
        qtbot.waitUntil(lambda: "Music helps" in visible_text())  # Home comes a piece per turn
        assert not window.backup_reminder.isVisible()
        [entry] = window.session.profile.entries()
        assert len(window.session.profile.attachments(entry.id)) == 1

        # Locked, it is on the list, and the new passphrase opens it.
        press(qtbot, Qt.Key.Key_L, CTRL)
        wait_active(qtbot, start)
        assert [p.label for p in profiles.list_profiles(new_laptop)] == ["Sky"]
        assert focused() is start.unlock.field
        type_here(qtbot, NEW_PASSPHRASE)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
        qtbot.waitUntil(lambda: "Music helps" in visible_text())  # Home comes a piece per turn
    finally:
        app.close()
