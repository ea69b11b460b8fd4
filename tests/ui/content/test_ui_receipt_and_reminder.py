"""The small pieces: a practitioner's "Save a receipt…" and the young person's "Open a
receipt…" (share history then says when it was opened), the backup reminder, and the
"written with" field that offers the young person's people."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt

from passport.models import ProfileKind
from passport.profile import Profile
from passport.store.backup import save_backup
from tests.helpers import add_entry
from tests.suggestion_helpers import introduce, make_person
from tests.ui_sharing_helpers import AnsweringChooser
from ui.content.backup_reminder import BackupReminder
from ui.content.written_with_field import WrittenWithField
from ui.practitioner.receipt_button import ReceiptButton
from ui.runtime.session import Session
from ui.sharing.open_receipt_button import OpenReceiptButton


def test_receipt_buttons_round_trip(qtbot, data_dir: Path, tmp_path: Path) -> None:
    sky = make_person(data_dir, ProfileKind.YOUNG_PERSON, "Sky", "Sky")
    sam = make_person(data_dir, ProfileKind.PRACTITIONER, "Work", "Sam Lee")
    try:
        contact = introduce(sky, sam, tmp_path)
        entry = add_entry(sky, "Music helps")
        share = sky.sharing.make_share([entry], contact, dt.datetime.now(dt.UTC) + dt.timedelta(days=3), "",
                               tmp_path / "s.wpb").subject
        opened = sam.received.open_bundle(tmp_path / "s.wpb").subject

        chooser = AnsweringChooser([tmp_path / "receipt"])
        button = ReceiptButton(Session(sam), chooser)
        qtbot.addWidget(button)
        assert not button.isEnabled()
        button.set_bundle(opened.id, opened.sender.display_name)
        with qtbot.waitSignal(button.said) as said:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert said.args[0] == "Receipt saved as receipt.wpreceipt. Give it to Sky."

        opener = OpenReceiptButton(Session(sky), AnsweringChooser([tmp_path / "receipt.wpreceipt", tmp_path / "s.wpb"]))
        qtbot.addWidget(opener)
        with qtbot.waitSignal(opener.said) as said:
            qtbot.mouseClick(opener, Qt.MouseButton.LeftButton)
        assert said.args[0].startswith("Sam Lee opened what you shared on ")
        (latest, *_rest) = sky.sharing.share_history()
        assert latest.id == share.id and latest.opened_at == opened.received_at
        with qtbot.waitSignal(opener.said) as said:  # a share file is not a receipt
            qtbot.mouseClick(opener, Qt.MouseButton.LeftButton)
        assert "nothing was changed" in said.args[0]
    finally:
        sky.lock()
        sam.lock()


def test_backup_reminder_shows_when_due_and_goes_after_a_backup(qtbot, profile: Profile, tmp_path: Path) -> None:
    session = Session(profile)
    long_ago = (dt.datetime.now(dt.UTC) - dt.timedelta(days=45)).isoformat()
    profile.set_setting("last_backup_at", long_ago)
    reminder = BackupReminder(session)
    qtbot.addWidget(reminder)
    reminder.show()
    assert reminder.isVisible()
    with qtbot.waitSignal(reminder.backup_requested):
        qtbot.mouseClick(reminder.backup_button, Qt.MouseButton.LeftButton)
    save_backup(profile.vault, tmp_path / "b.wpbackup")
    session.apply(profile.set_setting("backup_reminder_days", 30))
    assert not reminder.isVisible()

    profile.set_setting("last_backup_at", long_ago)
    reminder.refresh()
    assert reminder.isVisible()
    qtbot.mouseClick(reminder.later_button, Qt.MouseButton.LeftButton)
    assert not reminder.isVisible()


def test_written_with_offers_contacts_and_takes_typed_names(qtbot, data_dir: Path, tmp_path: Path) -> None:
    sky = make_person(data_dir, ProfileKind.YOUNG_PERSON, "Sky", "Sky")
    jo = make_person(data_dir, ProfileKind.CARER, "Helping", "Jo Carter")
    try:
        introduce(sky, jo, tmp_path)
        add_entry(sky, "Before", written_with="Aunt May")
        field = WrittenWithField(Session(sky))
        qtbot.addWidget(field)
        assert [field.itemText(i) for i in range(field.count())] == ["Jo Carter", "Aunt May"]
        assert field.value() is None
        field.setCurrentIndex(0)
        assert field.value() == "Jo Carter"
        field.lineEdit().clear()
        qtbot.keyClicks(field.lineEdit(), "  Mr  Okafor ")
        assert field.value() == "Mr Okafor"
        field.set_value(None)
        assert field.value() is None
    finally:
        sky.lock()
        jo.lock()


def test_after_a_new_code_the_reminder_speaks_of_old_backups_only_if_there_are_any(qtbot, profile: Profile,
                                                                                    tmp_path: Path) -> None:
    profile.new_recovery_code()
    reminder = BackupReminder(Session(profile))
    qtbot.addWidget(reminder)
    assert "backups you saved before" not in reminder.words.text(), "none was ever saved"
    assert "Your recovery code has changed" in reminder.words.text()
    profile.save_backup(tmp_path / "one.wpbackup")
    profile.new_recovery_code()
    reminder.refresh()
    assert "backups you saved before open only with the old one" in reminder.words.text()
