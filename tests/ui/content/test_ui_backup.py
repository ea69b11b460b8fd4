"""Save a backup from its dialog, and restore it from the launcher's restore dialog into a
new data folder; a wrong code, a cut-short and a tampered file each say so plainly and
leave no passport behind."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from passport.profile import Profile
from passport.store import profiles
from passport.store.backup import save_backup
from tests.helpers import add_entry, png_bytes
from tests.shell_helpers import make_context
from tests.ui_sharing_helpers import AnsweringChooser
from ui.content.backup_dialog import BackupDialog
from ui.runtime.easy_read import EASY_READ_SETTING
from ui.runtime.session import Session
from ui.shell.restore_dialog import RestoreDialog

NEW_PASSPHRASE = "a fresh start on a new laptop"


def contents(profile: Profile) -> list[tuple]:
    return sorted(
        (e.title, e.body, e.revision, tuple(hashlib.sha256(profile.attachment_data(a.id)).hexdigest()
                                            for a in profile.attachments(e.id)))
        for e in profile.entries()
    )


@pytest.fixture
def backup(qtbot, made_profile: tuple[Profile, str], tmp_path: Path) -> tuple[Path, str, list[tuple]]:
    """Sky saves a backup through the dialog, as a person would."""
    profile, code = made_profile
    first = add_entry(profile, "Drawing", "I draw dragons")
    profile.add_attachment(first, "dragon.png", png_bytes(30, 20))
    add_entry(profile, "Quiet", "Quiet rooms help")
    out = tmp_path / "usb" / "my-backup"
    out.parent.mkdir()
    dialog = BackupDialog(Session(profile), AnsweringChooser([out]))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.key_words.text() \
        == "Your recovery code opens this file. Keep it somewhere safe, away from this laptop."  # no code changed
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Saved"), timeout=20_000)
    saved = out.with_name("my-backup.wpbackup")
    # Where it went, in words: the whole name and the whole folder (not in the home folder here).
    assert dialog.status.text() == f"Saved as my-backup.wpbackup in {out.parent}."
    shown = [dialog.key_words.text(), dialog.status.text()]
    assert sum("recovery code" in text for text in shown) == 1, "the recovery code is mentioned once"
    assert saved.exists() and profile.setting("last_backup_at") is not None
    assert not profile.backup_due()
    return saved, code, contents(profile)


def restore_dialog(qtbot, data_dir: Path, file: Path) -> RestoreDialog:
    dialog = RestoreDialog(make_context(data_dir), AnsweringChooser([file]))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    return dialog


def fill_in(qtbot, dialog: RestoreDialog, code: str) -> None:
    qtbot.keyClicks(dialog.code_field, code)
    qtbot.keyClicks(dialog.passphrase.first, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.passphrase.second, NEW_PASSPHRASE)
    assert dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)


def test_backup_then_restore_into_a_new_data_folder(qtbot, backup, tmp_path: Path) -> None:
    file, code, expected = backup
    new_home = tmp_path / "new-laptop"
    dialog = restore_dialog(qtbot, new_home, file)
    assert dialog.file_label.text() == "my-backup.wpbackup"
    fill_in(qtbot, dialog, code)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=20_000)
    fresh = dialog.code_view.code_label.text()
    assert fresh and code.split("-")[0] not in fresh.split()
    # As at first run: the new code is kept only once its last group is typed back.
    assert not dialog.open_button.isEnabled()
    qtbot.keyClicks(dialog.code_check.field, fresh.split()[-1].split("-")[0])
    assert not dialog.open_button.isEnabled(), "a wrong group lets nobody on"
    dialog.code_check.field.clear()
    qtbot.keyClicks(dialog.code_check.field, fresh.split()[-1].split("-")[-1].lower())
    assert dialog.open_button.isEnabled()
    assert dialog.backup_now.isChecked(), "the page asks about a new backup, and suggests one"
    with qtbot.waitSignal(dialog.restored) as opened, qtbot.waitSignal(dialog.backup_answered) as answered:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert answered.args == [True]
    restored: Profile = opened.args[0]
    try:
        assert contents(restored) == expected
        assert restored.label == "Sky"
    finally:
        restored.lock()
    # The new passphrase opens it from the launcher's list.
    (folder,) = profiles.list_profiles(new_home)
    Profile.open_with_passphrase(folder, NEW_PASSPHRASE).lock()


def _wrong_code(code: str) -> str:
    first, rest = code.split("-", 1)
    return ("B" if first[0] != "B" else "C") + first[1:] + "-" + rest


@pytest.mark.parametrize("damage", ["wrong code", "cut short", "tampered"])
def test_a_bad_restore_says_so_and_creates_nothing(qtbot, backup, tmp_path: Path, damage: str) -> None:
    file, code, _expected = backup
    data = file.read_bytes()
    bad = tmp_path / "bad.wpbackup"
    if damage == "cut short":
        bad.write_bytes(data[: len(data) * 2 // 3])
    elif damage == "tampered":
        flipped = bytearray(data)
        flipped[len(data) // 2] ^= 0x40
        bad.write_bytes(bytes(flipped))
    else:
        bad.write_bytes(data)
        code = _wrong_code(code)
    new_home = tmp_path / "new-laptop"
    dialog = restore_dialog(qtbot, new_home, bad)
    fill_in(qtbot, dialog, code)
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=20_000)
    expected = {
        "wrong code": "That recovery code doesn't open this backup. Use the code you had when you saved this "
                      "backup, and check each group.",
        "cut short": "This file isn't a backup, or it is damaged or cut short. Nothing was restored.",
        "tampered": "This file isn't a backup, or it is damaged or cut short. Nothing was restored.",
    }[damage]
    assert dialog.error.text() == expected
    assert dialog.pages.currentIndex() == 0 and dialog.restore_button.isEnabled()
    assert profiles.list_profiles(new_home) == []
    assert not new_home.exists() or [p for p in new_home.iterdir() if p.is_dir()] == []


def restored_page(qtbot, file: Path, code: str, new_home: Path) -> RestoreDialog:
    dialog = restore_dialog(qtbot, new_home, file)
    fill_in(qtbot, dialog, code)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=20_000)
    return dialog


def sentences(text: str) -> list[str]:
    return [part for part in text.replace(":", ".").split(".") if part.strip()]


def test_its_back_says_what_each_secret_opens_truly_and_shortly(qtbot, backup, tmp_path: Path) -> None:
    """Walk g, item 4: the old code still opens the backup and the old laptop's copy, if there is one."""
    file, code, _expected = backup
    dialog = restored_page(qtbot, file, code, tmp_path / "new-laptop")
    lead = dialog.done_words.text()
    assert "new recovery code" in lead and "opens this passport" in lead
    assert "old" not in lead, "the old code is spoken of once, on its own line"
    assert dialog.passphrase_words.text() == "The passphrase you just chose opens it day to day."
    assert dialog.old_code_words.text() == ("Your old code still opens the backup file you restored from, and the "
                                            "passport on your old laptop if it is still there. Not this one.")
    assert "only the backup" not in dialog.old_code_words.text()
    assert dialog.trusted_words.isHidden(), "no trusted people: nothing said of them"
    assert len(sentences(lead)) <= 3
    assert dialog.backup_now.isVisible() and dialog.backup_now.accessibleName()
    # Unticked, it still opens, and says no backup is wanted now.
    dialog.backup_now.setChecked(False)
    qtbot.keyClicks(dialog.code_check.field, dialog.code_view.code_label.text().rsplit("-", 1)[-1])
    with qtbot.waitSignal(dialog.backup_answered) as answered:
        qtbot.keyClick(dialog.code_check.field, Qt.Key.Key_Return)
    assert answered.args == [False]


def test_its_back_in_easy_read_when_the_passport_chose_it(qtbot, made_profile, tmp_path: Path) -> None:
    profile, code = made_profile
    profile.set_setting(EASY_READ_SETTING, True)
    file = save_backup(profile.vault, tmp_path / "easy.wpbackup")
    dialog = restored_page(qtbot, file, code, tmp_path / "new-laptop")
    for label in (dialog.done_words, dialog.passphrase_words, dialog.old_code_words):
        for sentence in sentences(label.text()):
            assert len(sentence.split()) <= 8, sentence
    assert dialog.done_words.text().startswith("This is your new code. It opens this passport.")
    assert dialog.old_code_words.text() == ("The old code still opens the old backup. It opens any copy on the old "
                                            "laptop. It does not open this one.")


def test_the_backup_dialogs_paragraphs_are_one_size(qtbot, made_profile) -> None:
    dialog = BackupDialog(Session(made_profile[0]), AnsweringChooser([]))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.lead.property("role") == dialog.key_words.property("role")
    assert dialog.lead.font().pointSizeF() == dialog.key_words.font().pointSizeF()


def test_saved_in_the_home_folder_says_so(qtbot, made_profile, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    dialog = BackupDialog(Session(made_profile[0]), AnsweringChooser([tmp_path / "mine"]))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Saved"), timeout=20_000)
    assert dialog.status.text() == "Saved as mine.wpbackup in your home folder."
    assert str(tmp_path / "mine.wpbackup") in dialog.status.toolTip()


def test_saved_in_a_folder_of_the_home_folder_says_the_whole_name_and_where(qtbot, made_profile, tmp_path: Path,
                                                                             monkeypatch) -> None:
    """A new user read "Saved in walk-g-files as alex.": no extension, and only the folder's name."""
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "walk-g-files").mkdir()
    dialog = BackupDialog(Session(made_profile[0]), AnsweringChooser([tmp_path / "walk-g-files" / "alex"]))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Saved"), timeout=20_000)
    assert dialog.status.text() == "Saved as alex.wpbackup in walk-g-files in your home folder."
