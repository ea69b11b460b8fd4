"""Issue 5 wiring: a carer opens in the carer window; restore from the launcher opens the
restored passport; Suggestions is a page; the editor keeps "written with"."""

from pathlib import Path

from PySide6.QtCore import Qt

from passport.models import ProfileKind
from passport.profile import Profile
from passport.store.backup import save_backup
from tests.helpers import FAST_KDF, PASSPHRASE, add_entry
from tests.shell_helpers import make_context
from tests.ui_sharing_helpers import AnsweringChooser
from ui.app import AppController
from ui.shell.lock_guard import LockGuard
from ui.shell.restore_dialog import RestoreDialog
from ui.windows.carer_window import CarerWindow
from ui.windows.main_window import SUGGESTIONS, MainWindow


def test_wiring(qtbot, data_dir: Path, tmp_path: Path, qapp) -> None:
    carer, _ = Profile.create(data_dir, ProfileKind.CARER, "Helping", PASSPHRASE, kdf=FAST_KDF)
    sky, code = Profile.create(data_dir, ProfileKind.YOUNG_PERSON, "Sky", PASSPHRASE, kdf=FAST_KDF)
    add_entry(sky, "Hello")
    save_backup(sky.vault, tmp_path / "b.wpbackup")
    sky.lock()
    guard = LockGuard(qapp)
    controller = AppController(make_context(data_dir), guard)
    try:
        _drive(qtbot, controller, carer, code, tmp_path)
    finally:
        # Leave nothing behind for the next test: no window, no app-wide event filter.
        controller.shut_down()
        for window in (controller.main_window, controller.start_window):
            if window is not None:
                window.close()
        qapp.removeEventFilter(guard)


def _drive(qtbot, controller: AppController, carer: Profile, code: str, tmp_path: Path) -> None:
    controller.open_profile(carer)
    assert isinstance(controller.main_window, CarerWindow)
    controller.lock()
    controller.start_window.show_launcher()
    qtbot.mouseClick(controller.start_window.launcher.restore_button, Qt.MouseButton.LeftButton)
    dialog = controller.restore_dialog
    assert isinstance(dialog, RestoreDialog)
    dialog._files = AnsweringChooser([tmp_path / "b.wpbackup"])
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.code_field, code)
    qtbot.keyClicks(dialog.passphrase.first, "a new long passphrase")
    qtbot.keyClicks(dialog.passphrase.second, "a new long passphrase")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10000)
    qtbot.keyClicks(dialog.code_check.field, dialog.code_view.code_label.text().rsplit("-", 1)[-1])
    dialog.backup_now.setChecked(False)  # not now: nothing opens over Home, and its reminder keeps quiet
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    window = controller.main_window
    assert isinstance(window, MainWindow)
    assert window.backup_dialog is None and not window.backup_reminder.isVisible()
    assert window.session.profile.label.startswith("Sky (restored")
    window.show_page(SUGGESTIONS)
    assert window.pages.currentWidget() is window.suggestions
    window.open_entry(window.session.profile.entries()[0].id)
    qtbot.keyClicks(window.editor.written_with.lineEdit(), "Jo")
    assert window.editor.save_now()
    assert window.session.profile.entries()[0].written_with == "Jo"
