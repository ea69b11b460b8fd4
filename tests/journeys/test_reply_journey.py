"""Journey: a reply. The young person shares two entries with their social worker through the
share wizard; the practitioner opens the file, chooses Reply…, writes a message and what
they'll do about one entry, checks exactly what will leave, and saves it. The young person
opens the reply in People, through the same door as receipts, and sees it beside that share:
"Sam Lee replied …", the message, and the note under the entry's own title."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from passport.profile import Profile
from tests.helpers import add_entry
from tests.journeys.test_second_share_shows_what_changed import click, open_in, save_and_close, to_the_preview
from tests.shell_helpers import make_context, press, type_here, wait_active
from tests.ui.test_ui_accessibility import problems_in
from ui.practitioner.reply_dialog import CHECK
from ui.runtime.session import Session
from ui.windows.main_window import MainWindow
from ui.windows.practitioner_window import PractitionerWindow

ALT = Qt.KeyboardModifier.AltModifier


def test_share_open_reply_and_see_it_beside_the_share(
    qtbot, profile: Profile, sam, practitioner: Profile, data_dir, chooser, tmp_path
) -> None:
    add_entry(profile, "Music helps", "I play guitar when it gets loud.")
    add_entry(profile, "Quiet space", "A room with the door open.")
    young = MainWindow(Session(profile), make_context(data_dir), chooser)
    worker = PractitionerWindow(Session(practitioner), make_context(data_dir), chooser)
    for window in (young, worker):
        qtbot.addWidget(window)
        window.resize(1100, 760)
        window.show()

    wizard = to_the_preview(qtbot, young, ["Music helps", "Quiet space"])
    save_and_close(qtbot, young, wizard, chooser, tmp_path / "for-sam.wpb")
    open_in(qtbot, worker, chooser, tmp_path / "for-sam.wpb")

    # The practitioner replies: Alt+Y, the message, Tab to the notes, Alt+N to check it.
    assert worker.reply_button.isEnabled()
    wait_active(qtbot, worker)
    press(qtbot, Qt.Key.Key_Y, ALT)
    qtbot.waitUntil(lambda: worker.reply_button.dialog is not None and worker.reply_button.dialog.isVisible())
    dialog = worker.reply_button.dialog
    wait_active(qtbot, dialog)
    qtbot.waitUntil(dialog.message.hasFocus)
    type_here(qtbot, "Thank you, Sky. See you on Tuesday.")
    # Tab along the notes, reading each one's name, to the one for "Quiet space".
    for _field in dialog.notes:
        press(qtbot, Qt.Key.Key_Tab)
        if "Quiet space" in QApplication.focusWidget().accessibleName():
            break
    assert QApplication.focusWidget().accessibleName() == "What I'll do about ‘Quiet space’"
    type_here(qtbot, "I'll ask school for the library at lunch.")
    press(qtbot, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: dialog.current_step() == CHECK)
    preview = dialog.preview.toPlainText()
    assert "For: Sky" in preview and "Thank you, Sky. See you on Tuesday." in preview
    assert "About ‘Quiet space’: I'll ask school for the library at lunch." in preview
    assert "Music helps" not in preview and "guitar" not in preview
    assert problems_in(dialog) == []
    chooser.answer(tmp_path / "reply for sky")
    press(qtbot, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: worker.reply_button.dialog is None)
    assert worker.status.text().startswith("Reply saved as reply for sky.wpreply. Give it to Sky")

    # The young person opens it in People, through the door receipts come in by.
    wait_active(qtbot, young)
    press(qtbot, Qt.Key.Key_4, ALT)
    people = young.people
    qtbot.waitUntil(lambda: young.pages.currentWidget() is people)
    chooser.answer(tmp_path / "reply for sky.wpreply")
    click(qtbot, people.receipt_button)
    qtbot.waitUntil(people.replies.isVisible)
    assert people.status.text().startswith("Sam Lee replied to what you shared on ")
    row = people.shares.currentIndex().row()
    assert row == 0 and people.history.share(row).recipient_name == "Sam Lee"
    assert "they replied on" in people.history.index(row, 3).data()
    shown = people.replies.accessibleDescription()
    assert shown.startswith("Sam Lee replied on ")
    assert "Thank you, Sky. See you on Tuesday." in shown
    assert "What Sam Lee will do about ‘Quiet space’: I'll ask school for the library at lunch." in shown
    assert problems_in(people) == []
