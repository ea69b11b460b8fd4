"""Journey (issue 17): a young person shares with Sam and, this time, says Sam may copy it
into records; Sam opens it and exports it for the record by keys alone; the young person then
withdraws the share: Sam's copy of the share is gone, the record stays, as they were told.
A second share, read only, offers Sam no export at all."""

from __future__ import annotations

import json
from pathlib import Path

from fhir.resources.R4B.bundle import Bundle
from PySide6.QtCore import Qt

from passport.profile import Profile
from tests.helpers import add_entry
from tests.journeys.test_share_journey import open_in_practitioner_window, withdraw
from tests.shell_helpers import make_context, press, wait_active
from tests.ui_sharing_helpers import AnsweringChooser
from ui.runtime.session import Session
from ui.sharing.share_wizard import DONE, PERSON, PREVIEW, UNTIL
from ui.windows.main_window import MainWindow
from ui.windows.practitioner_window import PractitionerWindow

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
WORDS = "I start in September.\n\nPlease sit me near the door — and ask me, not my file."


def share_by_keys(qtbot, window: MainWindow, files: AnsweringChooser, out: Path, *, records: bool) -> None:
    wait_active(qtbot, window)
    press(qtbot, Qt.Key.Key_S, CTRL | SHIFT)
    wizard = window.share_wizard
    assert wizard is not None
    wait_active(qtbot, wizard)
    press(qtbot, Qt.Key.Key_I, ALT)  # "Choose all my &important-now entries"
    qtbot.waitUntil(lambda: len(wizard.chosen_ids()) == 1)
    press(qtbot, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: wizard.current_step() == PERSON)
    press(qtbot, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: wizard.current_step() == UNTIL)
    assert wizard.records.read_only.isChecked()
    if records:
        press(qtbot, Qt.Key.Key_C, ALT)  # "Yes, they may &copy it into their records"
        qtbot.waitUntil(wizard.records.records_allowed)
    press(qtbot, Qt.Key.Key_S, ALT)  # "&See it first"
    qtbot.waitUntil(lambda: wizard.current_step() == PREVIEW)
    expected = "May be copied into their records" if records else "Read only: not for the record"
    assert expected in wizard.preview.toPlainText()
    files.answer(out)
    press(qtbot, Qt.Key.Key_S, ALT)  # "&Save the file…"
    qtbot.waitUntil(lambda: wizard.current_step() == DONE and wizard.done_title.text() == "Saved", timeout=10_000)
    press(qtbot, Qt.Key.Key_D, ALT)  # "&Done"
    qtbot.waitUntil(lambda: window.share_wizard is None)


def test_a_record_copy_only_with_permission_and_it_outlives_the_withdrawal(
        qtbot, profile: Profile, practitioner: Profile, sam, data_dir: Path, tmp_path: Path) -> None:
    add_entry(profile, "New school", WORDS, important_now=True)
    files, practitioner_files = AnsweringChooser(), AnsweringChooser()
    window = MainWindow(Session(profile), make_context(data_dir), files)
    work = PractitionerWindow(Session(practitioner), make_context(data_dir), practitioner_files)
    for shown in (window, work):
        qtbot.addWidget(shown)
        shown.resize(1100, 760)
    window.show()
    usb = tmp_path / "usb"
    usb.mkdir()

    share_by_keys(qtbot, window, files, usb / "for-sam.wpb", records=True)
    work.show()
    open_in_practitioner_window(qtbot, work, practitioner_files, usb / "for-sam.wpb")
    qtbot.waitUntil(lambda: work.model.rowCount() == 1)
    qtbot.waitUntil(work.view.record_button.isVisible)
    record = tmp_path / "records" / "sky.json"
    record.parent.mkdir()
    practitioner_files.answer(record)
    press(qtbot, Qt.Key.Key_X, ALT)  # "E&xport for records…"
    qtbot.waitUntil(lambda: work.view.status.text().startswith("Saved for the record"), timeout=10_000)
    document = json.loads(record.read_text(encoding="utf-8"))
    Bundle.model_validate(document)
    entry = document["entry"][0]["resource"]["section"][0]["section"][0]["section"][0]
    assert entry["title"] == "New school"
    assert "Please sit me near the door — and ask me, not my file." in entry["text"]["div"]

    withdraw(qtbot, window, files, usb / "withdrawn.wpb")
    open_in_practitioner_window(qtbot, work, practitioner_files, usb / "withdrawn.wpb")
    qtbot.waitUntil(lambda: work.model.rowCount() == 0)
    assert not work.view.record_button.isVisible()
    assert record.exists(), "the copy in records stays: the young person was told so"

    share_by_keys(qtbot, window, files, usb / "read-only.wpb", records=False)
    open_in_practitioner_window(qtbot, work, practitioner_files, usb / "read-only.wpb")
    qtbot.waitUntil(lambda: work.model.rowCount() == 1)
    assert "Read only: not for the record" in work.view.browser.toPlainText()
    assert not work.view.record_button.isVisible()
    asked = list(practitioner_files.asked)
    press(qtbot, Qt.Key.Key_X, ALT)  # nothing answers: there is no export path
    assert practitioner_files.asked == asked
