"""Walk g, items 1 and 4: the restore's last page says what happened to trusted people, and the
backup dialog that follows says the *new* code opens the file it saves."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from passport.models import ProfileKind
from passport.profile import Profile
from passport.store.backup import save_backup
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.shell_helpers import make_context
from tests.trusted_helpers import as_version_2, give_and_keep, lock_all, make_circle, rewritten_backup
from tests.ui_sharing_helpers import AnsweringChooser
from ui.content.backup_dialog import BackupDialog
from ui.runtime.easy_read import EASY_READ_SETTING
from ui.runtime.session import Session
from ui.shell.restore_dialog import RestoreDialog

NEW_PASSPHRASE = "a fresh start on a new laptop"


@pytest.fixture
def circle(data_dir: Path, tmp_path: Path):
    made = make_circle(data_dir, tmp_path)
    yield made
    lock_all(made)


def _restored_page(qtbot, circle, tmp_path: Path, older: bool = False, easy: bool = False) -> RestoreDialog:
    give_and_keep(circle, tmp_path / "out")
    if easy:
        circle.owner.set_setting(EASY_READ_SETTING, True)
    code = circle.owner.new_recovery_code()
    backup = save_backup(circle.owner.vault, tmp_path / "sky.wpbackup")
    if older:
        rewritten_backup(backup, code, as_version_2)
    context = make_context(tmp_path / "new-laptop")
    dialog = RestoreDialog(context, AnsweringChooser([backup]))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.code_field, code)
    qtbot.keyClicks(dialog.passphrase.first, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.passphrase.second, NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=20_000)
    return dialog


def test_its_back_says_the_trusted_peoples_pieces_still_open_it(qtbot, circle, tmp_path: Path) -> None:
    dialog = _restored_page(qtbot, circle, tmp_path)
    assert dialog.trusted_words.isVisible()
    assert dialog.trusted_words.text() == "The pieces your trusted people hold still open it."
    dialog.grab().save("/tmp/h73-its-back-trusted.png")


def test_its_back_says_plainly_when_old_pieces_no_longer_open_it(qtbot, circle, tmp_path: Path) -> None:
    dialog = _restored_page(qtbot, circle, tmp_path, older=True)
    assert dialog.trusted_words.isVisible()
    assert dialog.trusted_words.text() == ("The pieces your trusted people hold don't open this copy. Make new "
                                           "ones in Settings, under Trusted people.")
    dialog.grab().save("/tmp/h73-its-back-left-behind.png")


def test_its_back_in_easy_read_says_the_pieces_still_work(qtbot, circle, tmp_path: Path) -> None:
    dialog = _restored_page(qtbot, circle, tmp_path, easy=True)
    assert dialog.trusted_words.text() == "Your trusted people's pieces still work."
    dialog.grab().save("/tmp/h73-its-back-easy.png")


def test_the_backup_after_a_new_code_says_the_new_code_opens_it(qtbot, data_dir: Path, tmp_path: Path) -> None:
    profile, _code = Profile.create(data_dir, ProfileKind.YOUNG_PERSON, "Sky", PASSPHRASE, kdf=FAST_KDF)
    try:
        profile.new_recovery_code()
        dialog = BackupDialog(Session(profile), AnsweringChooser([]))
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.key_words.text() == ("Your new recovery code opens this file. Keep it somewhere safe, "
                                           "away from this laptop.")
    finally:
        profile.lock()
