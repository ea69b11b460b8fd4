"""The restore dialog by keys: Enter goes on from field to field and never opens the file
dialog again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.shell_helpers import focused, make_context, press, type_here, wait_active
from tests.ui_sharing_helpers import AnsweringChooser
from ui.shell.restore_dialog import RestoreDialog


def test_enter_in_the_code_goes_on_to_the_new_passphrase(qtbot, data_dir: Path, tmp_path: Path) -> None:
    chooser = AnsweringChooser([tmp_path / "sky.wpbackup"])
    dialog = RestoreDialog(make_context(data_dir), chooser)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_active(qtbot, dialog)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert focused() is dialog.code_field
    type_here(qtbot, "ABCD EFGH")
    press(qtbot, Qt.Key.Key_Return)
    assert chooser.asked == ["Choose the backup file"], "Enter asked for the file again"
    assert focused() is dialog.passphrase.first
