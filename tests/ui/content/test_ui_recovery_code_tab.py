"""Settings, Recovery code: a new code is made only with the current passphrase, is shown with
the same "type its last group" check as the first run, and changes nothing until that check
is passed: the old code keeps working until then, and locking or closing before it says so
next time. It can be shown again until checked, and a second click never replaces it."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from passport.errors import WrongSecret
from passport.profile import Profile
from tests.helpers import PASSPHRASE
from tests.shell_helpers import make_context, wait_active
from ui.content.settings_dialog import SettingsDialog
from ui.runtime.easy_read import EASY_READ_SETTING
from ui.runtime.session import Session

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def session(qtbot, made_profile):
    return Session(made_profile[0])


def open_settings(qtbot, session: Session, data_dir) -> SettingsDialog:
    dialog = SettingsDialog(session, make_context(data_dir))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pages.setCurrentWidget(dialog.recovery_tab)
    return dialog


def shown_code(dialog: SettingsDialog) -> str:
    return "-".join(dialog.recovery_tab.code_view.code_label.text().split())


def make_code(qtbot, dialog: SettingsDialog) -> str:
    """Type the passphrase, click "Make a new recovery code", and read the new code off the screen."""
    tab = dialog.recovery_tab
    qtbot.keyClicks(tab.passphrase, PASSPHRASE)
    qtbot.mouseClick(tab.new_code_button, CLICK)
    qtbot.waitUntil(tab.code_view.isVisible, timeout=10_000)
    return shown_code(dialog)


def keep_code(qtbot, tab, code: str) -> None:
    """Type the code's last group and press "I've kept it safe"; wait until the code is in use."""
    qtbot.keyClicks(tab.code_check.field, code.rsplit("-", 1)[-1])
    qtbot.mouseClick(tab.kept_button, CLICK)
    qtbot.waitUntil(lambda: tab.status.text().startswith("Done"), timeout=10_000)


def opens_with(folder, code: str) -> bool:
    try:
        Profile.open_with_recovery_code(folder, code).lock()
    except WrongSecret:
        return False
    return True


def test_it_asks_for_the_passphrase_first(qtbot, session, made_profile, data_dir):
    old_code = made_profile[1]
    dialog = open_settings(qtbot, session, data_dir)
    tab = dialog.recovery_tab
    assert tab.passphrase.accessibleName() and not tab.new_code_button.isEnabled(), "no passphrase, no code"
    qtbot.keyClicks(tab.passphrase, "not my passphrase")
    qtbot.keyClick(tab.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "doesn't open" in tab.status.text(), timeout=10_000)
    assert not tab.code_view.isVisible() and tab.code_view.code_label.text() == ""
    assert dialog.focusWidget() is tab.passphrase and tab.new_code_button.isEnabled()
    folder = session.profile.folder
    assert not session.profile.unfinished_recovery_code()
    session.lock()
    assert opens_with(folder, old_code)


def test_the_old_code_works_until_the_check_is_passed(qtbot, session, made_profile, data_dir):
    old_code = made_profile[1]
    dialog = open_settings(qtbot, session, data_dir)
    tab = dialog.recovery_tab
    key_before = session.profile.folder.key_path.read_bytes()
    new_code = make_code(qtbot, dialog)
    assert tab.passphrase.text() == "", "the passphrase leaves the field once used"
    assert "old code still works" in tab.shown_words.text()
    assert session.profile.folder.key_path.read_bytes() == key_before, "shown, not yet in use"
    assert not session.profile.backup_needs_new_code()
    keep_code(qtbot, tab, new_code)
    assert session.profile.folder.key_path.read_bytes() != key_before
    assert not session.profile.unfinished_recovery_code()
    folder = session.profile.folder
    dialog.reject()
    session.lock()
    assert not opens_with(folder, old_code)
    assert opens_with(folder, new_code)


@pytest.mark.parametrize("leave", ["lock", "close settings and lock"])
def test_leaving_before_the_check_changes_nothing_and_says_so_next_time(qtbot, session, made_profile,
                                                                         data_dir, leave):
    old_code = made_profile[1]
    dialog = open_settings(qtbot, session, data_dir)
    new_code = make_code(qtbot, dialog)
    if leave != "lock":
        dialog.reject()
    folder = session.profile.folder
    session.lock()  # Hide now and Lock both lock the session
    assert not opens_with(folder, new_code)
    profile = Profile.open_with_passphrase(folder, PASSPHRASE)
    again = open_settings(qtbot, Session(profile), data_dir)
    try:
        tab = again.recovery_tab
        assert tab.status.text() == "You didn't finish making a new code. Your old code still works."
        assert not profile.unfinished_recovery_code(), "said once"
        assert not tab.show_again_button.isVisible() and tab.new_code_button.isVisible()
    finally:
        again.reject()
        profile.lock()
    assert opens_with(folder, old_code)


def test_the_words_by_the_code_speak_of_older_backups_only_when_there_are_some(qtbot, session, data_dir, tmp_path):
    dialog = open_settings(qtbot, session, data_dir)
    assert "Backups" not in dialog.recovery_tab.code_words()
    session.profile.save_backup(tmp_path / "b.wpbackup")
    assert "Backups you saved before still open only with the old code" in dialog.recovery_tab.code_words()


def test_the_new_code_must_be_checked_and_a_second_click_cannot_replace_it(qtbot, session, made_profile,
                                                                            data_dir):
    old_code = made_profile[1]
    dialog = open_settings(qtbot, session, data_dir)
    tab = dialog.recovery_tab
    new_code = make_code(qtbot, dialog)
    assert new_code and new_code != old_code
    # Until it is checked the make button waits: a second click cannot silently replace it.
    assert not tab.new_code_button.isEnabled()
    assert tab.code_check.isVisible() and dialog.focusWidget() is tab.code_check.field
    assert not tab.kept_button.isEnabled()
    qtbot.keyClicks(tab.code_check.field, new_code.split("-")[0])
    assert not tab.kept_button.isEnabled(), "a wrong group is not a check"
    tab.code_check.field.clear()
    qtbot.keyClicks(tab.code_check.field, new_code.rsplit("-", 1)[-1].lower())
    assert tab.kept_button.isEnabled()
    qtbot.keyClick(tab.code_check.field, Qt.Key.Key_Return)  # Enter keeps it, as the wizard's Next does
    qtbot.waitUntil(lambda: tab.status.text().startswith("Done"), timeout=10_000)
    assert not tab.code_view.isVisible() and tab.code_view.code_label.text() == "", "gone once kept"
    assert dialog.isVisible(), "Enter in the check does not close Settings"
    assert dialog.focusWidget() is tab.passphrase
    assert not tab.new_code_button.isEnabled(), "another new code asks for the passphrase again"
    folder = session.profile.folder
    dialog.reject()
    session.lock()
    with pytest.raises(WrongSecret):
        Profile.open_with_recovery_code(folder, old_code)
    Profile.open_with_recovery_code(folder, new_code).lock()


def test_until_checked_it_can_be_shown_again_after_settings_closes(qtbot, session, data_dir):
    dialog = open_settings(qtbot, session, data_dir)
    new_code = make_code(qtbot, dialog)
    dialog.reject()
    assert dialog.recovery_tab.code_view.code_label.text() == "", "not left on a closed dialog"

    again = open_settings(qtbot, session, data_dir)
    tab = again.recovery_tab
    assert not tab.code_view.isVisible(), "not on screen until asked for"
    assert tab.show_again_button.isVisible() and not tab.new_code_button.isEnabled()
    qtbot.mouseClick(tab.show_again_button, CLICK)
    assert shown_code(again) == new_code
    keep_code(qtbot, tab, new_code)
    again.reject()

    third = open_settings(qtbot, session, data_dir)
    assert not third.recovery_tab.show_again_button.isVisible(), "checked: nothing more to show"
    assert third.recovery_tab.passphrase.isVisible() and third.recovery_tab.new_code_button.isVisible()


def test_easy_read_says_it_in_short_sentences(qtbot, session, data_dir):
    plain = open_settings(qtbot, session, data_dir).recovery_tab
    session.profile.set_setting(EASY_READ_SETTING, True)
    easy = open_settings(qtbot, session, data_dir).recovery_tab
    for tab in (plain, easy):
        assert tab.lead.text()
    assert easy.lead.text() != plain.lead.text()
    for label in ("lead", "shown_words"):
        for sentence in re.split(r"[.?!;] ", getattr(easy, label).text()):
            assert len(sentence.split()) <= 10, sentence
    assert len(easy.code_words()) < len(plain.code_words())


def test_in_a_short_settings_the_check_scrolls_into_sight(qtbot, session, data_dir):
    dialog = open_settings(qtbot, session, data_dir)
    dialog.resize(dialog.width(), 280)  # a small screen, or 200 % text: Settings' body scrolls
    qtbot.waitUntil(lambda: dialog.height() == 280)
    make_code(qtbot, dialog)
    tab = dialog.recovery_tab
    [body] = [area for area in dialog.findChildren(QScrollArea) if area.isAncestorOf(tab)]

    def in_sight() -> bool:
        corner = tab.kept_button.mapTo(body.viewport(), tab.kept_button.rect().bottomRight())
        return body.viewport().rect().contains(corner)

    qtbot.waitUntil(in_sight)
    assert body.verticalScrollBar().value() > 0


def test_enter_in_a_field_does_its_own_thing_and_leaves_settings_open(qtbot, session, data_dir) -> None:
    """Found walking the app: Enter in the passphrase box made the code and also pressed Close (a line
    edit passes Enter on to the dialog's default button), so Settings vanished with the new code
    unseen. Enter in the code check, or the name box, kept it and closed Settings the same way."""
    dialog = open_settings(qtbot, session, data_dir)
    wait_active(qtbot, dialog)  # as a person has it: the keyboard moves on when a field is switched off
    tab = dialog.recovery_tab
    tab.passphrase.setFocus()
    qtbot.keyClicks(tab.passphrase, PASSPHRASE)
    qtbot.keyClick(tab.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(tab.code_view.isVisible, timeout=10_000)
    assert dialog.isVisible(), "Enter made the code and left Settings open to show it"
    code = shown_code(dialog)
    tab.code_check.field.setFocus()
    qtbot.keyClicks(tab.code_check.field, code.rsplit("-", 1)[-1])
    qtbot.keyClick(tab.code_check.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.status.text().startswith("Done"), timeout=10_000)
    assert dialog.isVisible()
    dialog.pages.setCurrentIndex(0)
    dialog.name_field.setFocus()
    qtbot.keyClick(dialog.name_field, Qt.Key.Key_Return)
    assert dialog.isVisible()
