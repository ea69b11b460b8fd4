"""Settings, Recovery code: a new code is made only after asking, is shown with the same
"type its last group" check as the first run, can be shown again until it is checked, and
is never replaced twice in a row by a second click."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea

from passport.errors import WrongSecret
from passport.profile import Profile
from tests.helpers import PASSPHRASE
from tests.shell_helpers import make_context, when_dialog_asks
from ui.content.settings_dialog import SettingsDialog
from ui.runtime.easy_read import EASY_READ_SETTING
from ui.runtime.session import Session
from ui.widgets.confirm_dialog import ConfirmDialog

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
    """Click "Make a new recovery code", say yes, and read the new code off the screen."""
    tab = dialog.recovery_tab
    asked = when_dialog_asks(ConfirmDialog, lambda question: question.confirm_button.click())
    qtbot.mouseClick(tab.new_code_button, CLICK)
    assert asked, "it asked first"
    qtbot.waitUntil(tab.code_view.isVisible, timeout=10_000)
    return shown_code(dialog)


def test_it_asks_first_and_keeping_the_old_code_changes_nothing(qtbot, session, made_profile, data_dir):
    old_code = made_profile[1]
    dialog = open_settings(qtbot, session, data_dir)
    tab = dialog.recovery_tab
    questions: list[str] = []

    def keep(question: ConfirmDialog) -> None:
        questions.append(" ".join(label.text() for label in question.findChildren(QLabel)))
        question.keep_button.click()

    asked = when_dialog_asks(ConfirmDialog, keep)
    qtbot.mouseClick(tab.new_code_button, CLICK)
    assert asked, "a click asks before the old code stops working"
    assert "old code will stop opening" in questions[0]
    assert not tab.code_view.isVisible()
    assert tab.new_code_button.isEnabled()
    folder = session.profile.folder
    session.lock()
    Profile.open_with_recovery_code(folder, old_code).lock()


def test_the_question_speaks_of_older_backups_only_when_there_are_some(qtbot, session, data_dir, tmp_path):
    dialog = open_settings(qtbot, session, data_dir)
    assert "Backups" not in dialog.recovery_tab.question_words()
    session.profile.save_backup(tmp_path / "b.wpbackup")
    assert "Backups you saved before still open only with the old code" in dialog.recovery_tab.question_words()


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
    assert not tab.code_view.isVisible() and tab.code_view.code_label.text() == "", "gone once kept"
    assert dialog.isVisible(), "Enter in the check does not close Settings"
    assert "kept" in tab.status.text() and dialog.focusWidget() is tab.new_code_button
    assert tab.new_code_button.isEnabled()
    # Another new code asks again.
    asked = when_dialog_asks(ConfirmDialog, lambda question: question.keep_button.click())
    qtbot.mouseClick(tab.new_code_button, CLICK)
    assert asked
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
    qtbot.keyClicks(tab.code_check.field, new_code.rsplit("-", 1)[-1])
    qtbot.mouseClick(tab.kept_button, CLICK)
    again.reject()

    third = open_settings(qtbot, session, data_dir)
    assert not third.recovery_tab.show_again_button.isVisible(), "checked: nothing more to show"
    assert third.recovery_tab.new_code_button.isEnabled()


def test_locking_forgets_an_unchecked_code(qtbot, session, made_profile, data_dir):
    dialog = open_settings(qtbot, session, data_dir)
    make_code(qtbot, dialog)
    dialog.reject()
    session.lock()
    profile = Profile.open_with_passphrase(made_profile[0].folder, PASSPHRASE)
    again = open_settings(qtbot, Session(profile), data_dir)
    try:
        assert not again.recovery_tab.show_again_button.isVisible()
        assert again.recovery_tab.new_code_button.isEnabled()
    finally:
        again.reject()
        profile.lock()


def test_easy_read_says_it_in_short_sentences(qtbot, session, data_dir):
    plain = open_settings(qtbot, session, data_dir).recovery_tab
    session.profile.set_setting(EASY_READ_SETTING, True)
    easy = open_settings(qtbot, session, data_dir).recovery_tab
    for tab in (plain, easy):
        assert tab.lead.text()
    assert easy.lead.text() != plain.lead.text()
    for sentence in re.split(r"[.?!] ", easy.lead.text()):
        assert len(sentence.split()) <= 10, sentence
    assert len(easy.question_words()) < len(plain.question_words())


def test_in_a_short_settings_the_check_scrolls_into_sight(qtbot, session, data_dir):
    dialog = open_settings(qtbot, session, data_dir)
    dialog.resize(dialog.width(), 420)  # a small screen, or 200 % text: Settings' body scrolls
    qtbot.waitUntil(lambda: dialog.height() == 420)
    make_code(qtbot, dialog)
    tab = dialog.recovery_tab
    [body] = [area for area in dialog.findChildren(QScrollArea) if area.isAncestorOf(tab)]

    def in_sight() -> bool:
        corner = tab.kept_button.mapTo(body.viewport(), tab.kept_button.rect().bottomRight())
        return body.viewport().rect().contains(corner)

    qtbot.waitUntil(in_sight)
    assert body.verticalScrollBar().value() > 0
