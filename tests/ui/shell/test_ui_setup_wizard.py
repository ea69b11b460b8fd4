"""The first-run wizard, driven by keys as a person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from passport.errors import WrongSecret
from passport.models import ProfileKind
from passport.profile import Profile
from passport.store import profiles
from tests.helpers import PASSPHRASE
from tests.shell_helpers import focused, make_context, press, type_here, type_new_passphrase, visible_text
from ui.shell.setup_wizard import CODE, NAME, WELCOME, SetupWizard
from ui.shell.setup_wizard import PASSPHRASE as PASSPHRASE_STEP


@pytest.fixture
def wizard(qtbot, data_dir):
    view = SetupWizard(make_context(data_dir))
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitExposed(view)
    qtbot.waitUntil(view.isActiveWindow)
    return view


def walk_to_code(qtbot, wizard: SetupWizard, name: str = "Blue notebook") -> str:
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.current_step() == NAME
    type_here(qtbot, name)
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.current_step() == PASSPHRASE_STEP
    type_new_passphrase(qtbot, PASSPHRASE)
    assert wizard.busy.isVisible(), "making the profile shows that it is working"
    qtbot.waitUntil(lambda: wizard.current_step() == CODE)
    return wizard.code_view.code_label.text()


def test_first_run_by_keys_makes_a_profile_that_opens_with_both_secrets(qtbot, wizard, data_dir):
    shown = walk_to_code(qtbot, wizard)
    groups = shown.replace("\n", "-").split("-")
    assert len(groups) == 7 and all(len(g) == 4 for g in groups)
    assert not wizard.back_button.isVisible(), "no going back once it is made"

    with qtbot.waitSignal(wizard.created) as made:
        type_here(qtbot, groups[-1].lower())  # case does not matter when typing it back
        press(qtbot, Qt.Key.Key_Return)
    profile: Profile = made.args[0]
    assert profile.label == "Blue notebook" and not profile.is_locked
    profile.lock()
    assert wizard.code_view.code_label.text() == "", "the code is shown once only"

    [folder] = profiles.list_profiles(data_dir)
    assert folder.label == "Blue notebook"
    Profile.open_with_passphrase(folder, PASSPHRASE).lock()
    Profile.open_with_recovery_code(folder, "-".join(groups)).lock()


def test_the_code_must_be_typed_back_before_starting(qtbot, wizard):
    shown = walk_to_code(qtbot, wizard)
    type_here(qtbot, "ZZZZ" if not shown.endswith("ZZZZ") else "YYYY")
    assert not wizard.next_button.isEnabled()
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.current_step() == CODE
    wizard.discard()


def test_passphrase_strength_is_in_words_and_both_must_match(qtbot, wizard):
    press(qtbot, Qt.Key.Key_Return)
    type_here(qtbot, "Sky")
    press(qtbot, Qt.Key.Key_Return)
    fields = wizard.passphrase
    type_here(qtbot, "short")
    assert "Too short" in fields.words.text()
    type_here(qtbot, "1")  # "short1": still short
    qtbot.keyClicks(fields.first, "23")
    assert "easy to guess" in fields.words.text()
    fields.first.clear()
    qtbot.keyClicks(fields.first, PASSPHRASE)
    assert "very strong" in fields.words.text()
    assert fields.bar.value() == fields.bar.maximum()
    qtbot.keyClicks(fields.second, PASSPHRASE[:-1])
    assert "not the same" in fields.match.text()
    assert not wizard.next_button.isEnabled()
    qtbot.keyClicks(fields.second, PASSPHRASE[-1])
    assert fields.match.text() == "Both are the same."
    assert wizard.next_button.isEnabled()


def test_name_ideas_fill_the_name_and_a_taken_name_is_refused(qtbot, wizard, data_dir, profile):
    press(qtbot, Qt.Key.Key_Return)
    qtbot.mouseClick(wizard.suggestions[1], Qt.MouseButton.LeftButton)
    assert wizard.name_field.text() == "All about me"
    assert focused() is wizard.name_field
    wizard.name_field.clear()
    type_here(qtbot, profile.label.upper())
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.current_step() == NAME
    assert "already one with that name" in wizard.error.text()


def test_escape_goes_back_a_step_and_back_from_the_start_cancels(qtbot, wizard):
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Escape)
    assert wizard.current_step() == WELCOME
    with qtbot.waitSignal(wizard.cancelled):
        qtbot.mouseClick(wizard.back_button, Qt.MouseButton.LeftButton)


def test_wrong_code_does_not_open_the_new_profile(qtbot, wizard, data_dir):
    walk_to_code(qtbot, wizard)
    wizard.discard()
    [folder] = profiles.list_profiles(data_dir)
    with pytest.raises(WrongSecret):
        Profile.open_with_recovery_code(folder, "0000-0000-0000-0000-0000-0000-0000")


YOUNG_PERSONS_WORDS = ("Keep what matters about you", "disguise", "open your passport", "feels like yours")


@pytest.mark.parametrize(("kind", "own_words"), [
    (ProfileKind.PRACTITIONER, "Your practitioner profile keeps the passports young people share with you"),
    (ProfileKind.CARER, "Help a young person keep their passport up to date"),
])
def test_a_carer_and_a_practitioner_each_read_their_own_words(qtbot, data_dir, kind, own_words):
    view = SetupWizard(make_context(data_dir), kind)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    seen = [visible_text()]
    assert own_words in seen[0]
    view.go_next()
    qtbot.keyClicks(view.name_field, "Work")
    seen.append(visible_text())
    view.go_next()
    qtbot.keyClicks(view.passphrase.first, PASSPHRASE)
    qtbot.keyClicks(view.passphrase.second, PASSPHRASE)
    seen.append(visible_text())
    view.go_next()
    qtbot.waitUntil(lambda: view.current_step() == CODE, timeout=10_000)
    seen.append(visible_text())
    view.discard()
    for words_seen in seen:
        for young_persons in YOUNG_PERSONS_WORDS:
            assert young_persons not in words_seen
    assert "nobody can open this profile" in seen[-1]


def test_a_young_person_still_reads_their_own_words(qtbot, wizard):
    assert "Keep what matters about you" in visible_text()
    press(qtbot, Qt.Key.Key_Return)
    assert "it can be a disguise" in visible_text()
