"""Journey: a carer writes three drafts and sends them to the young person as suggestions
(their name first, then where to save the file); on the same laptop the young person opens
them in Suggestions, adds one as it is, changes one before adding it and says no to the
third. Their passport then holds exactly the two, and the declined one is gone for good.
Keys and clicks through the real windows; file questions are answered as a person would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from passport.models import ProfileKind
from passport.profile import Profile
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.journeys.window_steps import unlock_by_keys
from tests.shell_helpers import focused, press, type_here, wait_active, when_dialog_asks
from tests.suggestion_helpers import holds_text, make_person, raw_files_hold
from tests.ui_sharing_helpers import AnsweringChooser
from ui.app import PassportApp
from ui.sharing.card_check_dialog import CardCheckDialog
from ui.suggestions.suggestion_edit_dialog import SuggestionEditDialog
from ui.windows.carer_window import CarerWindow
from ui.windows.main_window import MainWindow

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
DECLINED = "DECLINED-5c1e-wagtail"
DRAFTS = {
    "Walking the dog": "Sky calms down when we walk Biscuit after tea.",
    "Music before bed": "Quiet music helps Sky get to sleep.",
    "Loud rooms": f"Sky leaves rooms that get loud {DECLINED}.",
}


def choose_on_the_list(qtbot, app: PassportApp, label: str) -> None:
    """On the list of passports: arrow keys until the one with this label is chosen."""
    start = app.controller.start_window
    wait_active(qtbot, start)
    launcher = start.launcher
    if start.pages.currentWidget() is start.unlock:  # locked a moment ago: that one is asked for
        press(qtbot, Qt.Key.Key_B, ALT)  # "&Back to the list"
        qtbot.waitUntil(lambda: start.pages.currentWidget() is launcher)
    assert focused() is launcher.list
    for _ in range(launcher.list.count()):
        if launcher.list.currentItem().text() == label:
            return
        press(qtbot, Qt.Key.Key_Down)
    assert launcher.list.currentItem().text() == label


def lock(qtbot, app: PassportApp) -> None:
    window = app.controller.main_window
    assert window is not None
    wait_active(qtbot, window)
    press(qtbot, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: app.controller.main_window is None)


def carer_writes_and_sends(qtbot, app: PassportApp, sky_card: Path, out: Path, jo_card: Path) -> None:
    choose_on_the_list(qtbot, app, "Helping")
    window = unlock_by_keys(qtbot, app)
    assert isinstance(window, CarerWindow)
    files = AnsweringChooser()
    window.files = files  # the system's file dialog, answered as a person would

    # The young person's card first, so the suggestions can be made for them.
    press(qtbot, Qt.Key.Key_A, ALT)  # "Add the young person's c&ard…"
    qtbot.waitUntil(lambda: window.dialog is not None and window.dialog.isVisible())
    adding = window.dialog
    wait_active(qtbot, adding)
    files.answer(sky_card)
    press(qtbot, Qt.Key.Key_C, ALT)  # "&Choose the card file…"
    qtbot.waitUntil(lambda: adding.who.text().startswith("Sky"))
    press(qtbot, Qt.Key.Key_M, ALT)  # "We read the numbers aloud and they &match"
    qtbot.waitUntil(adding.match_check.isChecked)
    press(qtbot, Qt.Key.Key_A, ALT)  # "&Add the card"
    qtbot.waitUntil(lambda: window.dialog is None)
    wait_active(qtbot, window)

    for title, words in DRAFTS.items():
        press(qtbot, Qt.Key.Key_N, CTRL)
        assert focused() is window.editor.title_edit
        type_here(qtbot, title)
        press(qtbot, Qt.Key.Key_Tab)
        type_here(qtbot, words)
        qtbot.mouseClick(window.editor.back_button, Qt.MouseButton.LeftButton)
        assert window.pages.currentWidget() is window.home
    assert sorted(e.title for e in window.session.profile.entries()) == sorted(DRAFTS)

    press(qtbot, Qt.Key.Key_S, CTRL | SHIFT)  # send suggestions
    qtbot.waitUntil(lambda: window.dialog is not None and window.dialog.isVisible())
    sender = window.dialog
    wait_active(qtbot, sender)
    press(qtbot, Qt.Key.Key_D, ALT)  # "&Drafts"
    assert focused() is sender.drafts
    for row in range(len(DRAFTS)):
        if row:
            press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Space)  # tick it
    assert len(sender.chosen_ids()) == len(DRAFTS)
    assert not sender.save_button.isEnabled(), "no name yet, so no question about where to save"
    press(qtbot, Qt.Key.Key_A, ALT)  # "Your n&ame, as they will see it"
    assert focused() is sender.name_field
    type_here(qtbot, "Jo Carter")
    press(qtbot, Qt.Key.Key_N, ALT)  # "A &note for them"
    type_here(qtbot, "Some things I noticed this month")
    files.answer(out)
    press(qtbot, Qt.Key.Key_S, ALT)  # "&Save the file…"
    qtbot.waitUntil(lambda: "Saved 3 suggestions for Sky" in sender.status.text(), timeout=10_000)
    assert out.exists()
    press(qtbot, Qt.Key.Key_C, ALT)  # "&Close"
    qtbot.waitUntil(lambda: window.dialog is None)

    # Their card, for Sky to add, so Sky's app knows the suggestions are really from Jo.
    wait_active(qtbot, window)
    press(qtbot, Qt.Key.Key_M, ALT)  # "&My card…"
    qtbot.waitUntil(lambda: window.dialog is not None and window.dialog.isVisible())
    card_dialog = window.dialog
    wait_active(qtbot, card_dialog)
    files.answer(jo_card)
    press(qtbot, Qt.Key.Key_S, ALT)  # "&Save my card as a file…"
    qtbot.waitUntil(jo_card.exists)
    press(qtbot, Qt.Key.Key_C, ALT)  # "&Close"
    qtbot.waitUntil(lambda: window.dialog is None)
    wait_active(qtbot, window)
    lock(qtbot, app)


def young_person_answers(qtbot, app: PassportApp, jo_card: Path, suggestions: Path) -> MainWindow:
    choose_on_the_list(qtbot, app, "Sky")
    window = unlock_by_keys(qtbot, app)
    assert isinstance(window, MainWindow)
    files = AnsweringChooser()
    window.files = files

    # Jo's card, in People, numbers compared.
    press(qtbot, Qt.Key.Key_4, ALT)  # People
    people = window.people
    files.answer(jo_card)
    asked = when_dialog_asks(CardCheckDialog, lambda dialog: qtbot.mouseClick(
        dialog.checked_button, Qt.MouseButton.LeftButton))
    press(qtbot, Qt.Key.Key_A, ALT)  # "&Add someone's card…"
    qtbot.waitUntil(lambda: bool(asked) and "Jo Carter is added" in people.status.text())
    wait_active(qtbot, window)

    press(qtbot, Qt.Key.Key_5, ALT)  # Suggestions
    inbox = window.suggestions
    assert window.pages.currentWidget() is inbox
    files.answer(suggestions)
    qtbot.mouseClick(inbox.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 3, timeout=10_000)
    assert inbox.status.text().startswith("Jo Carter sent 3 suggestions.")
    assert "Some things I noticed this month" in inbox.note_label.text()
    assert window.session.profile.entries() == [], "opening them adds nothing yet"

    assert inbox.current().title == "Walking the dog"
    qtbot.mouseClick(inbox.accept_button, Qt.MouseButton.LeftButton)  # as it is
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 2)

    assert inbox.current().title == "Music before bed"

    def change_it(dialog) -> None:
        press(qtbot, Qt.Key.Key_W, ALT)  # "&Words"
        assert focused() is dialog.body_edit
        press(qtbot, Qt.Key.Key_A, CTRL)  # all of it, to write over
        type_here(qtbot, "Quiet music helps me sleep. My own playlist.")
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    changed = when_dialog_asks(SuggestionEditDialog, change_it)
    qtbot.mouseClick(inbox.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(changed) and inbox.model.rowCount() == 1)

    assert inbox.current().title == "Loud rooms"
    qtbot.mouseClick(inbox.decline_button, Qt.MouseButton.LeftButton)
    assert inbox.confirm_bar.isVisible() and "won't go in your passport" in inbox.confirm_text.text()
    qtbot.mouseClick(inbox.confirm_decline_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 0)
    assert "won't go in your passport" in inbox.status.text()
    return window


def test_carer_suggests_and_the_young_person_adds_changes_and_declines(qtbot, data_dir: Path,
                                                                     tmp_path: Path) -> None:
    sky = make_person(data_dir, ProfileKind.YOUNG_PERSON, "Sky", "Sky")
    sky_card = tmp_path / "usb" / "sky.wpcard"
    sky_card.parent.mkdir()
    sky.people.export_card(sky_card)
    sky.lock()
    Profile.create(data_dir, ProfileKind.CARER, "Helping", PASSPHRASE, kdf=FAST_KDF)[0].lock()  # no name yet
    suggestions = tmp_path / "usb" / "for-sky.wpb"
    jo_card = tmp_path / "usb" / "jo.wpcard"

    app = PassportApp(["--data-dir", str(data_dir)])
    app.context.kdf = FAST_KDF
    try:
        carer_writes_and_sends(qtbot, app, sky_card, suggestions, jo_card)
        window = young_person_answers(qtbot, app, jo_card, suggestions)
        profile = window.session.profile
        by_title = {e.title: e for e in profile.entries()}
        assert sorted(by_title) == ["Music before bed", "Walking the dog"]
        assert by_title["Walking the dog"].body == DRAFTS["Walking the dog"]
        assert by_title["Music before bed"].body == "Quiet music helps me sleep. My own playlist."
        assert {e.suggested_by for e in by_title.values()} == {"Jo Carter"}
        assert profile.suggestions.pending_suggestions() == []
        assert holds_text(profile, DECLINED) == [] and holds_text(profile, "Loud rooms") == []
        folder = profile.folder
        lock(qtbot, app)
    finally:
        app.close()
    # Gone for good: not in the passport, nor anywhere in its files on disk.
    reopened = Profile.open_with_passphrase(folder, PASSPHRASE)
    try:
        assert sorted(e.title for e in reopened.entries()) == ["Music before bed", "Walking the dog"]
        assert not raw_files_hold(reopened, DECLINED.encode())
    finally:
        reopened.lock()
