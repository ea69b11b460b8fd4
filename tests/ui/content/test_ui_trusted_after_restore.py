"""Walk g, item 1, in Settings: after a restore, Trusted people still names who holds the pieces
(they still open it); after a restore of an older app's backup, it says whose pieces no longer
open it and that new ones are made here, instead of "You have no trusted people yet"."""

from __future__ import annotations

from pathlib import Path

import pytest

from passport.profile import Profile
from passport.store.backup import save_backup
from tests.helpers import FAST_KDF
from tests.shell_helpers import make_context
from tests.trusted_helpers import as_version_2, give_and_keep, lock_all, make_circle, rewritten_backup
from tests.ui_sharing_helpers import AnsweringChooser
from ui.content.settings_dialog import SettingsDialog
from ui.runtime.session import Session

NEW_PASSPHRASE = "a fresh start on a new laptop"


@pytest.fixture
def circle(data_dir: Path, tmp_path: Path):
    made = make_circle(data_dir, tmp_path)
    yield made
    lock_all(made)


def _restored_tab(qtbot, circle, tmp_path: Path, older: bool):
    give_and_keep(circle, tmp_path / "out")
    code = circle.owner.new_recovery_code()
    backup = save_backup(circle.owner.vault, tmp_path / "sky.wpbackup")
    if older:
        rewritten_backup(backup, code, as_version_2)
    restored, _fresh = Profile.restore_backup(tmp_path / "new-laptop", backup, code, NEW_PASSPHRASE, kdf=FAST_KDF)
    dialog = SettingsDialog(Session(restored), make_context(tmp_path / "new-laptop"), files=AnsweringChooser([]))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.trusted_tab is not None
    dialog.pages.setCurrentWidget(dialog.trusted_tab)
    return restored, dialog.trusted_tab


def test_after_a_restore_settings_still_names_the_trusted_people(qtbot, circle, tmp_path: Path) -> None:
    restored, tab = _restored_tab(qtbot, circle, tmp_path, older=False)
    try:
        assert tab.status.text().startswith("Your trusted people are Jo Carter, Sam Lee, Ash")
        assert "no trusted people" not in tab.status.text()
    finally:
        restored.lock()


def test_after_an_older_backup_settings_says_whose_pieces_no_longer_open(qtbot, circle, tmp_path: Path) -> None:
    restored, tab = _restored_tab(qtbot, circle, tmp_path, older=True)
    try:
        assert tab.status.text() == ("The pieces Jo Carter, Sam Lee, Ash hold are from before a restore, and no "
                                     "longer open this passport. Tick three people below to make new ones.")
        tab.grab().save("/tmp/h73-trusted-left-behind.png")
    finally:
        restored.lock()
