"""Journey (walk g, items 1 and 4): Sky gave three trusted people a piece each, saved a backup,
and restores it on a new laptop through the real windows. The last page says what each secret
opens, the backup dialog after it says the *new* code opens it, Settings still names the trusted
people, and two of the pieces they hold open the restored passport from its unlock screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from passport.store.backup import save_backup
from tests.helpers import FAST_KDF
from tests.journeys.test_first_run_restore import pick_in_file_dialog
from tests.shell_helpers import focused, press, type_here, type_new_passphrase, wait_active
from tests.trusted_helpers import give_and_keep, lock_all, make_circle
from ui.app import PassportApp
from ui.shell.restore_dialog import RestoreDialog

NEW_PASSPHRASE = "a fresh start on a new laptop"
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_restored_passport_still_opens_with_the_trusted_peoples_pieces(qtbot, tmp_path: Path) -> None:
    (tmp_path / "cards").mkdir()
    circle = make_circle(tmp_path / "old-laptop", tmp_path / "cards", tmp_path / "their-laptops")
    try:
        words = give_and_keep(circle, tmp_path / "pieces")
        code = circle.owner.new_recovery_code()
        (tmp_path / "usb").mkdir()
        backup = save_backup(circle.owner.vault, tmp_path / "usb" / "sky.wpbackup")
    finally:
        lock_all(circle)
    app = PassportApp(["--data-dir", str(tmp_path / "new-laptop")])
    app.context.kdf = FAST_KDF
    try:
        controller = app.controller
        start = controller.start_window
        wait_active(qtbot, start)
        press(qtbot, Qt.Key.Key_R, ALT)  # "&Restore from a backup…"
        qtbot.waitUntil(lambda: isinstance(controller.restore_dialog, RestoreDialog)
                        and controller.restore_dialog.isVisible())
        dialog = controller.restore_dialog
        wait_active(qtbot, dialog)
        pick_in_file_dialog(qtbot, backup)
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        wait_active(qtbot, dialog)
        type_here(qtbot, code)
        press(qtbot, Qt.Key.Key_Return)
        type_new_passphrase(qtbot, NEW_PASSPHRASE)
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=20_000)
        assert dialog.trusted_words.isVisible()
        assert dialog.trusted_words.text() == "The pieces your trusted people hold still open it."
        assert dialog.old_code_words.text().startswith("Your old code still opens the backup file")
        fresh = "-".join(dialog.code_view.code_label.text().split())
        type_here(qtbot, fresh.rsplit("-", 1)[-1])
        press(qtbot, Qt.Key.Key_Return)

        qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
        window = controller.main_window
        qtbot.waitUntil(lambda: window.backup_dialog is not None and window.backup_dialog.isVisible())
        assert window.backup_dialog.key_words.text().startswith("Your new recovery code opens this file.")
        wait_active(qtbot, window.backup_dialog)
        press(qtbot, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: window.backup_dialog is None)
        assert [p.display_name for p in window.session.profile.trusted.given().pieces] == \
            ["Jo Carter", "Sam Lee", "Ash"]

        # Locked, the unlock screen offers the trusted people, and two of their pieces open it.
        wait_active(qtbot, start)
        press(qtbot, Qt.Key.Key_L, CTRL)
        wait_active(qtbot, start)
        unlock = start.unlock
        qtbot.waitUntil(unlock.pieces_button.isVisible)
        qtbot.mouseClick(unlock.pieces_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: unlock.pieces_dialog is not None and unlock.pieces_dialog.isVisible())
        pieces = unlock.pieces_dialog
        wait_active(qtbot, pieces)
        assert focused() is pieces.first
        qtbot.keyClicks(pieces.first, words[0])
        qtbot.keyClicks(pieces.second, words[2])
        qtbot.mouseClick(pieces.open_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: controller.session is not None and not controller.session.profile.is_locked,
                        timeout=20_000)
        assert controller.session.profile.opened_with_pieces
        assert not pieces.error.text()
    finally:
        app.close()
