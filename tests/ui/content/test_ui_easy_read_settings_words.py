"""Easy read reaches Settings: the recovery code, passphrase, locking, backup, language and
easy-read pages, trusted people and pieces kept say their short sentences in easy read, and
only there; plainly, the plain sentences stay. So do Home's backup reminder and the backup dialog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from passport.profile import Profile
from tests.shell_helpers import make_context
from tests.trusted_helpers import Circle, lock_all, make_circle
from tests.ui_sharing_helpers import AnsweringChooser
from ui.content.backup_dialog import BackupDialog
from ui.content.backup_reminder import BackupReminder
from ui.content.settings_dialog import SettingsDialog
from ui.runtime.easy_read import EASY_READ_SETTING
from ui.runtime.session import Session

LEFT = Qt.MouseButton.LeftButton

# Each page's words: (easy read, plain). The recovery code's own page has its tests
# (test_ui_recovery_code_tab.py).
BACKUP_LEAD = (
    "A backup is one file. It has your whole passport in it. Your recovery code opens it. Keep the file safe. Keep "
    "it away from this laptop, for example on a USB stick.",
    "A backup is one file with your whole passport. Your recovery code opens it. Keep it somewhere safe, away from "
    "this laptop.",
)
PASSPHRASE_LEAD = (
    "You can change your passphrase here. Type the one you use now. Then type a new one two times.",
    None,
)
LOCKING = (
    "It also locks when you press Lock or Hide now.",
    "It also locks at once when you press Lock, or Hide now (Ctrl+Shift+H).",
)
TRUSTED_LEAD = (
    "Maybe one day you lose your passphrase and your recovery code. Then people you trust can help you back in. "
    "Choose three of your people. Each one gets a piece. A piece is a small file. Only their app can open it. Two "
    "pieces together let you back in. One piece alone opens nothing.",
    "If you ever lose both your passphrase and your recovery code, people you trust can help you back in. Choose "
    "three of your people. Each gets a piece: a small file that only their app can open. Any two pieces together "
    "let you back in; one piece alone opens nothing.",
)
HELD_LEAD = (
    "Someone who trusts you may give you a piece. It helps them get back into their passport. Keep it here. Maybe "
    "one day they need it. Then show them its words. Show nobody else.",
    "Someone who trusts you may give you a piece of their way back in. Keep it here. If they ever need it, show "
    "them its words, and no one else.",
)
EMPTY_TRUSTED = (
    "First add the cards of the people you trust. Do that under People. Then come back here.",
    "Add the cards of the people you trust first (People), then come back here.",
)
EASY = pytest.mark.parametrize("easy", [True, False], ids=["easy read", "plain"])


def said(dialog: SettingsDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel)]


def settings(qtbot, profile: Profile, data_dir: Path, easy: bool, chooser: AnsweringChooser | None = None
             ) -> SettingsDialog:
    profile.set_setting(EASY_READ_SETTING, easy)
    dialog = SettingsDialog(Session(profile), make_context(data_dir), files=chooser or AnsweringChooser())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def shows_only(words: list[str], pair: tuple[str | None, str | None], easy: bool) -> None:
    mine, other = pair if easy else reversed(pair)
    if mine is not None:
        assert mine in words
    if other is not None:
        assert other not in words


@EASY
def test_each_page_says_its_own_words(qtbot, profile: Profile, data_dir: Path, easy: bool) -> None:
    dialog = settings(qtbot, profile, data_dir, easy)
    words = said(dialog)
    for pair in (BACKUP_LEAD, PASSPHRASE_LEAD, LOCKING, TRUSTED_LEAD, HELD_LEAD, EMPTY_TRUSTED):
        shows_only(words, pair, easy)


def test_turning_easy_read_on_says_so_in_easy_words(qtbot, profile: Profile, data_dir: Path) -> None:
    dialog = settings(qtbot, profile, data_dir, False)
    qtbot.mouseClick(dialog.easy_read, LEFT, pos=dialog.easy_read.rect().center())
    assert dialog.easy_read_status.text() == "Saved. Close Settings to see it."
    qtbot.mouseClick(dialog.easy_read, LEFT, pos=dialog.easy_read.rect().center())
    assert dialog.easy_read_status.text() == "Saved. The app changes to it when you close Settings."


@pytest.fixture
def circle(data_dir: Path, tmp_path: Path):
    made = make_circle(data_dir, tmp_path)
    yield made
    lock_all(made)


@EASY
def test_trusted_people_and_pieces_kept_in_their_words(qtbot, circle: Circle, data_dir: Path, tmp_path: Path,
                                                       easy: bool) -> None:
    out = tmp_path / "pieces"
    out.mkdir()
    dialog = settings(qtbot, circle.owner, data_dir, easy, AnsweringChooser([out]))
    tab = dialog.trusted_tab
    assert tab is not None
    dialog.pages.setCurrentWidget(tab)
    shows_only([tab.need_more.text()], ("Tick three people in the list. 3 more to tick.",
                                        "Tick three people in the list: 3 more to tick."), easy)
    for row in range(3):
        tab.people.setCurrentIndex(tab.model.index(row))
        qtbot.keyClick(tab.people, Qt.Key.Key_Space)
    assert len(tab.model.chosen()) == 3
    shows_only([tab.unchecked.text()], (
        "First check the card numbers with Ash, Jo Carter, Sam Lee. Do it under People, on their card. Then you "
        "know the piece goes to the right person.",
        "Check these people's numbers with them first (People, then their card): Ash, Jo Carter, Sam Lee. A piece "
        "is only as safe as the card it goes to."), easy)
    qtbot.mouseClick(tab.make_button, LEFT)
    qtbot.waitUntil(lambda: bool(tab.result.text()), timeout=20_000)
    result = tab.result.text().splitlines()
    shows_only([result[0], result[-1]], (
        f"Saved three files in {out}. Give each person their own file. Give it by hand, or on a USB stick:",
        f"Saved three files in {out}. Give each person their own file (by hand, or a memory stick):"), easy)
    shows_only([result[0], result[-1]], ("They open it in their own app. They go to Settings, then Pieces I keep.",
                                         "In their app they open it in Settings, then Pieces I keep."), easy)
    status = tab.status.text()
    assert status.startswith("Your trusted people are Ash, Jo Carter, Sam Lee")
    assert status.endswith("If you make new pieces, the old pieces stop working." if easy else
                           "Making new pieces means the ones they have now open nothing.")

    ash = circle.holders[2]  # a young person too: keeps Sky's piece in their own Settings
    [ash_line] = [line for line in result if line.startswith("Ash: ")]
    piece = out / ash_line.removeprefix("Ash: ")
    kept = settings(qtbot, ash, data_dir, easy, AnsweringChooser([piece]))
    kept.pages.setCurrentWidget(kept.held_tab)
    qtbot.mouseClick(kept.held_tab.keep_button, LEFT)
    shows_only([kept.held_tab.status.text()], (
        "You keep Sky's piece now. It is piece 1 of 3. Show it only when Sky asks. You don't need the file any more. "
        "Delete it, so nobody else finds it.",
        "Kept Sky's piece, 1 of 3. Show it only when Sky asks. The file it came from is not needed any more: delete "
        "it, so that no one else finds it."), easy)


REMINDER = {  # what Home's backup reminder says, by why it shows: (easy read, plain)
    "due": ("You have not saved a backup for a while. A backup keeps your passport safe if this laptop is lost.",
            "It's been a while since your last backup. A backup keeps your passport safe if this laptop is lost."),
    "new code": ("Your recovery code has changed. Save a backup now. Then your passport is safe if this laptop is "
                 "lost. Your new code opens the backup.",
                 "Your recovery code has changed. Save a backup now, so your passport is safe if this laptop is lost; "
                 "your new code opens it."),
    "older": ("Your recovery code has changed. Your old backups need the old code. So save a new backup now. It goes "
              "with your new code.",
              "Your recovery code has changed, and backups you saved before open only with the old one. Save a new "
              "backup now, to go with your new code."),
}
BACKUP_DIALOG_LEAD = (
    "One file with everything in your passport. That means your words, pictures, sounds, history and people. If "
    "this laptop is lost, the file brings your passport back.",
    "One file with everything in your passport: your words, pictures, sounds, history and people. If this laptop is "
    "lost, it brings your passport back.",
)


@EASY
def test_backups_are_explained_the_same_way(qtbot, profile: Profile, data_dir: Path, tmp_path: Path,
                                            easy: bool) -> None:
    profile.set_setting(EASY_READ_SETTING, easy)
    session = Session(profile)
    reminder = BackupReminder(session)
    qtbot.addWidget(reminder)
    profile.new_recovery_code()
    reminder.refresh()
    shows_only([reminder.words.text()], REMINDER["new code"], easy)
    profile.save_backup(tmp_path / "one.wpbackup")
    profile.new_recovery_code()
    reminder.refresh()
    shows_only([reminder.words.text()], REMINDER["older"], easy)
    profile.save_backup(tmp_path / "two.wpbackup")
    profile.set_setting("last_backup_at", (dt.datetime.now(dt.UTC) - dt.timedelta(days=45)).isoformat())
    reminder.refresh()
    shows_only([reminder.words.text()], REMINDER["due"], easy)

    dialog = BackupDialog(session, AnsweringChooser())
    qtbot.addWidget(dialog)
    shows_only([label.text() for label in dialog.findChildren(QLabel)], BACKUP_DIALOG_LEAD, easy)
