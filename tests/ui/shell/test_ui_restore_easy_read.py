"""After a restore, the passport that comes back says its new-code page in easy read if that is
what it chose (the choice is kept inside it, so it is known once it is open); plainly otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from passport.profile import Profile
from tests.shell_helpers import make_context
from tests.ui_sharing_helpers import AnsweringChooser
from ui.runtime.easy_read import EASY_READ_SETTING
from ui.shell.restore_dialog import RestoreDialog

NEW_PASSPHRASE = "a fresh start on a new laptop"
SAID = (
    "This is its new recovery code. You only see it now. The old code does not open it any more. Write the new code "
    "down or print it. Keep it safe, away from this laptop. The backup file you used still needs the old code. So "
    "save a new backup soon. Home will remind you.",
    "This is its new recovery code, shown only now. The old code no longer opens it. Write it down or print it, and "
    "keep it somewhere safe, away from this laptop. The backup you restored still needs the old code: save a new "
    "backup soon (Home will remind you).",
)


@pytest.mark.parametrize("easy", [True, False], ids=["easy read", "plain"])
def test_the_new_code_page_speaks_as_the_passport_chose(qtbot, made_profile: tuple[Profile, str], tmp_path: Path,
                                                         easy: bool) -> None:
    profile, code = made_profile
    profile.set_setting(EASY_READ_SETTING, easy)
    file = tmp_path / "sky.wpbackup"
    profile.save_backup(file)
    dialog = RestoreDialog(make_context(tmp_path / "new-laptop"), AnsweringChooser([file]))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.code_field, code)
    qtbot.keyClicks(dialog.passphrase.first, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.passphrase.second, NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=20_000)
    assert dialog.done_words.text() == (SAID[0] if easy else SAID[1])
    dialog.reject()  # closed without carrying on: it stays locked
