"""Easy read: chosen in Settings (kept in the encrypted profile) or as the setup wizard's first
question; then short sentences, larger text and a picture beside each section and main action."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from passport.profile import Profile
from tests.helpers import PASSPHRASE
from tests.shell_helpers import make_context, press, type_here, type_new_passphrase, wait_active
from ui.content.section_block import SectionBlock
from ui.content.settings_dialog import SettingsDialog
from ui.runtime.app_context import AppContext
from ui.runtime.easy_read import EASY_READ_SETTING, EASY_TEXT_SCALE, SECTION_SYMBOLS, is_easy_read
from ui.runtime.paths import resource_path
from ui.runtime.session import Session
from ui.runtime.theme import TEXT_SCALE_SETTING
from ui.shell.setup_wizard import CODE, SetupWizard
from ui.shell.setup_wizard import PASSPHRASE as PASSPHRASE_STEP
from ui.windows.main_window import NAVIGATION_SYMBOLS, MainWindow

LEFT = Qt.MouseButton.LeftButton
SYMBOLS = Path(resource_path("symbols"))


@pytest.fixture
def context(data_dir) -> Iterator[AppContext]:
    context = make_context(data_dir, speech_engine="mock")
    yield context
    context.theme.use_defaults()


def test_every_symbol_used_is_shipped_and_credited() -> None:
    readme = (SYMBOLS / "README.md").read_text(encoding="utf-8")
    assert "OpenMoji" in readme and "CC BY-SA 4.0" in readme
    used = {*SECTION_SYMBOLS, "section", *NAVIGATION_SYMBOLS, "share", "settings", "lock", "hide", "write",
            "easy_read", "welcome", "name", "passphrase", "recovery_code"}
    for name in used:
        assert (SYMBOLS / f"{name}.svg").is_file(), name
    shipped = {path.stem for path in SYMBOLS.glob("*.svg")}
    assert shipped == set(re.findall(r"^\| (\w+)\.svg \|", readme, re.MULTILINE)), "the README lists each one"


def test_settings_turns_it_on_in_the_profile_with_larger_text(qtbot, profile: Profile, context) -> None:
    session = Session(profile)
    dialog = SettingsDialog(session, context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.easy_read.isChecked()
    with qtbot.waitSignal(session.changed):
        qtbot.mouseClick(dialog.easy_read, LEFT, pos=dialog.easy_read.rect().center())
    assert is_easy_read(profile)
    assert profile.setting(TEXT_SCALE_SETTING, 100) == EASY_TEXT_SCALE
    assert context.theme.text_scale == EASY_TEXT_SCALE
    assert dialog.easy_read_status.text() == "Saved. Close Settings to see it."
    qtbot.mouseClick(dialog.easy_read, LEFT, pos=dialog.easy_read.rect().center())
    assert not is_easy_read(profile)
    assert context.theme.text_scale == EASY_TEXT_SCALE, "the text stays as large; only easy read is off"


def test_home_and_the_window_show_pictures_and_short_words(qtbot, profile: Profile, context) -> None:
    profile.set_setting(EASY_READ_SETTING, True)
    window = MainWindow(Session(profile), context)
    qtbot.addWidget(window)
    window.show()
    wait_active(qtbot, window)
    home = window.home
    home.finish_building()
    blocks = home.findChildren(SectionBlock)
    assert blocks
    for block in blocks:
        [picture] = [label for label in block.findChildren(QLabel) if label.objectName() == "easyReadSymbol"]
        assert picture.accessibleName() == f"Picture: {block.heading.text()}"
        assert not picture.pixmap().isNull()
        assert block.add_button.property("easyRead") is True and not block.add_button.icon().isNull()
    assert home.nothing_pinned.text() == "Nothing here yet. Pin what matters most. It shows here first."
    for button in (window.share_button, window.settings_button, window.plan_button, window.lock_button):
        assert button.property("easyRead") is True and not button.icon().isNull()
    assert window.navigation.property("easyRead") is True


def test_without_it_there_are_no_pictures(qtbot, profile: Profile, context) -> None:
    window = MainWindow(Session(profile), context)
    qtbot.addWidget(window)
    window.home.finish_building()
    assert not [label for label in window.findChildren(QLabel) if label.objectName() == "easyReadSymbol"]
    assert window.share_button.property("easyRead") is None


def test_the_wizard_asks_first_and_the_profile_keeps_the_choice(qtbot, context: AppContext) -> None:
    wizard = SetupWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    long_words = "what you're good at" in " ".join(label.text() for label in wizard.findChildren(QLabel))
    assert long_words
    # Tab from "Next" reaches the choice; Space ticks it.
    wizard.easy_read_check.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert wizard.easy_read_check.isChecked()
    shown = [label.text() for label in wizard.findChildren(QLabel) if label.isVisibleTo(wizard)]
    assert "It is yours. Nothing is shared unless you say so." in shown
    assert not any("what you're good at" in text for text in shown), "the long sentences are gone"
    assert context.theme.text_scale == EASY_TEXT_SCALE
    pictures = [label for label in wizard.findChildren(QLabel) if label.objectName() == "easyReadSymbol"]
    assert len(pictures) == 4 and all(picture.isVisibleTo(picture.parentWidget()) for picture in pictures)

    wizard.next_button.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    type_here(qtbot, "Blue notebook")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.current_step() == PASSPHRASE_STEP
    type_new_passphrase(qtbot, PASSPHRASE)
    qtbot.waitUntil(lambda: wizard.current_step() == CODE)
    last_group = wizard.code_view.code_label.text().replace("\n", "-").split("-")[-1]
    with qtbot.waitSignal(wizard.created) as made:
        type_here(qtbot, last_group)
        press(qtbot, Qt.Key.Key_Return)
    profile: Profile = made.args[0]
    assert is_easy_read(profile) and profile.setting(TEXT_SCALE_SETTING, 100) == EASY_TEXT_SCALE
    profile.lock()


def test_back_out_of_the_wizard_takes_the_larger_text_away(qtbot, context: AppContext) -> None:
    wizard = SetupWizard(context)
    qtbot.addWidget(wizard)
    wizard.easy_read_check.setChecked(True)
    assert context.theme.text_scale == EASY_TEXT_SCALE
    with qtbot.waitSignal(wizard.cancelled):
        wizard.go_back()
    assert context.theme.text_scale == 100


def test_the_share_wizard_says_its_longest_sentences_shorter(qtbot, profile: Profile, context) -> None:
    from tests.ui_sharing_helpers import AnsweringChooser
    from ui.sharing.share_wizard import ShareWizard

    profile.set_setting(EASY_READ_SETTING, True)
    wizard = ShareWizard(Session(profile), AnsweringChooser([]))
    qtbot.addWidget(wizard)
    said = [label.text() for label in wizard.findChildren(QLabel)]
    assert "Tick what you want to share. Nothing else goes." in said
    assert "The app makes a passphrase for the file. Say it to them. Never send it with the file." in said


def test_help_credits_openmoji(qtbot) -> None:
    from ui.shell.help_view import HelpView

    help_view = HelpView()
    qtbot.addWidget(help_view)
    said = " ".join(label.text() for label in help_view.findChildren(QLabel))
    assert "OpenMoji" in said and "CC BY-SA 4.0" in said
    assert "Ctrl+Shift+R" in said
