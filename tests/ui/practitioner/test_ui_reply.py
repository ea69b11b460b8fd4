"""The practitioner's "Reply…" (write, check exactly what leaves, save) and the young person's
"Open a receipt or reply…", which shows the reply beside the share it answers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from passport.exchange.sharing import PassphraseRecipient
from passport.models import ProfileKind
from passport.profile import Profile
from tests.helpers import add_entry
from tests.suggestion_helpers import introduce, make_person
from tests.ui_sharing_helpers import AnsweringChooser
from ui.practitioner.reply_button import ReplyButton
from ui.practitioner.reply_dialog import CHECK, WRITE, ReplyDialog
from ui.runtime.session import Session
from ui.sharing.people_view import PeopleView

CLICK = Qt.MouseButton.LeftButton
_KEEP: list[ReplyButton] = []


@pytest.fixture(autouse=True)
def _forget_buttons() -> Iterator[None]:
    yield
    _KEEP.clear()


@pytest.fixture
def pair(data_dir: Path, tmp_path: Path) -> Iterator[tuple[Profile, Profile, list[str]]]:
    sky = make_person(data_dir, ProfileKind.YOUNG_PERSON, "Sky", "Sky")
    rao = make_person(data_dir, ProfileKind.PRACTITIONER, "Work", "Dr Rao", "Psychologist")
    contact = introduce(sky, rao, tmp_path)
    entries = [add_entry(sky, "Music helps", "Guitar."), add_entry(sky, "Quiet & calm", "Door open.")]
    sky.sharing.make_share(entries, contact, dt.datetime.now(dt.UTC) + dt.timedelta(days=3), "", tmp_path / "s.wpb")
    yield sky, rao, entries
    sky.lock()
    rao.lock()


def _reply_dialog(qtbot, rao: Profile, chooser: AnsweringChooser, bundle_id: str) -> ReplyDialog:
    """The dialog, as the button opens it (the button lives as long as its dialog)."""
    button = ReplyButton(Session(rao), chooser)
    _KEEP.append(button)
    qtbot.addWidget(button)
    assert not button.isEnabled()
    button.set_bundle(bundle_id)
    assert button.isEnabled()
    qtbot.mouseClick(button, CLICK)
    dialog = button.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_write_check_and_save_a_reply_then_the_young_person_sees_it(
    qtbot, qtmodeltester, pair, tmp_path: Path
) -> None:
    sky, rao, (_music, quiet) = pair
    opened = rao.received.open_bundle(tmp_path / "s.wpb").subject
    chooser = AnsweringChooser([tmp_path / "for sky"])
    dialog = _reply_dialog(qtbot, rao, chooser, opened.id)
    assert dialog.current_step() == WRITE
    # Nothing written: the next step says so and stays here.
    qtbot.mouseClick(dialog.next_button, CLICK)
    assert dialog.current_step() == WRITE and "message or a note" in dialog.status.text()

    qtbot.waitUntil(dialog.message.hasFocus)  # back to the words
    qtbot.keyClicks(dialog.message, "Thank you, Sky.")
    qtbot.keyClicks(dialog.notes[quiet], "I'll ask the school for a quiet room.")
    qtbot.mouseClick(dialog.next_button, CLICK)
    assert dialog.current_step() == CHECK
    preview = dialog.preview.toPlainText()
    assert "For: Sky" in preview and "From: your card (Dr Rao, Psychologist)" in preview
    assert "Thank you, Sky." in preview and "About ‘Quiet & calm’: I'll ask the school for a quiet room." in preview
    assert "Music helps" not in preview  # no note, so it is not in the reply at all
    assert "only Sky's app" in dialog.how.text()

    qtbot.mouseClick(dialog.back_button, CLICK)  # back keeps the words
    assert dialog.current_step() == WRITE and dialog.message.toPlainText() == "Thank you, Sky."
    qtbot.mouseClick(dialog.next_button, CLICK)
    with qtbot.waitSignal(dialog.said) as said:
        qtbot.mouseClick(dialog.save_button, CLICK)
    assert said.args[0].startswith("Reply saved as for sky.wpreply. Give it to Sky")
    saved = tmp_path / "for sky.wpreply"
    assert saved.exists()

    # The young person opens it through the same door as receipts, in People.
    files = AnsweringChooser([saved])
    people = PeopleView(Session(sky), files)
    qtbot.addWidget(people)
    people.show()
    qtmodeltester.check(people.history)
    assert not people.replies.isVisible()
    qtbot.mouseClick(people.receipt_button, CLICK)
    assert "Dr Rao replied to what you shared on" in people.status.text()
    qtbot.waitUntil(people.replies.isVisible)
    shown = people.replies.accessibleDescription()
    assert shown.startswith("Dr Rao replied on ") and "Thank you, Sky." in shown
    assert "What Dr Rao will do about ‘Quiet & calm’: I'll ask the school for a quiet room." in shown
    assert "they replied on" in people.history.index(0, 3).data()
    qtmodeltester.check(people.history)

    # Opened again: nothing new, and said so.
    files.answer(saved)
    qtbot.mouseClick(people.receipt_button, CLICK)
    assert people.status.text().startswith("You already have this reply from Dr Rao")
    assert len(sky.sharing.replies()) == 1


def test_a_passphrase_share_cannot_be_answered_and_the_button_says_why(qtbot, data_dir: Path, tmp_path: Path) -> None:
    sky = make_person(data_dir, ProfileKind.YOUNG_PERSON, "Sky", "Sky")
    rao = make_person(data_dir, ProfileKind.PRACTITIONER, "Work", "Dr Rao")
    try:
        secret = "1234-5678-9012-3456-7890-1234"
        sky.sharing.make_share([add_entry(sky, "Music")], PassphraseRecipient(name="Dr Rao", passphrase=secret),
                               dt.datetime.now(dt.UTC) + dt.timedelta(days=3), "", tmp_path / "p.wpb")
        opened = rao.received.open_bundle(tmp_path / "p.wpb", passphrase=secret).subject
        button = ReplyButton(Session(rao), AnsweringChooser())
        qtbot.addWidget(button)
        button.set_bundle(opened.id)
        assert not button.isEnabled()
        assert "passphrase" in button.accessibleDescription() and "passphrase" in button.toolTip()
    finally:
        sky.lock()
        rao.lock()


def test_a_reply_dialog_is_reachable_by_keyboard_and_named(qtbot, pair, tmp_path: Path) -> None:
    _sky, rao, (music, quiet) = pair
    opened = rao.received.open_bundle(tmp_path / "s.wpb").subject
    dialog = _reply_dialog(qtbot, rao, AnsweringChooser([None]), opened.id)
    qtbot.waitUntil(dialog.message.hasFocus)
    qtbot.keyClicks(dialog.message, "Hello")
    qtbot.keyClick(dialog.message, Qt.Key.Key_Tab)
    assert dialog.notes[music].hasFocus()
    qtbot.keyClick(dialog.notes[music], Qt.Key.Key_Tab)
    assert dialog.notes[quiet].hasFocus()
    assert dialog.notes[quiet].accessibleName() == "What I'll do about ‘Quiet & calm’"
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.current_step() == CHECK)
    assert dialog.preview.hasFocus()
    qtbot.mouseClick(dialog.save_button, CLICK)  # the person cancels the file dialog
    assert dialog.isVisible() and not list(tmp_path.glob("*.wpreply"))
    for widget in (dialog.message, dialog.preview, dialog.save_button, dialog.back_button, dialog.next_button,
                   *dialog.notes.values()):
        assert widget.accessibleName()
