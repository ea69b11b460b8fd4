"""The launcher: deleting a profile takes a deliberate second step, and then it is gone."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from passport.models import ProfileKind
from passport.profile import Profile
from passport.store import profiles
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.shell_helpers import focused, press, type_here, when_dialog_asks
from tests.ui.whole_words_check import cut_words
from ui.shell.delete_profile_dialog import DeleteProfileDialog
from ui.shell.launcher_view import LauncherView


def when_asked(act: Callable[[DeleteProfileDialog], None]) -> list[DeleteProfileDialog]:
    return when_dialog_asks(DeleteProfileDialog, act)


@pytest.fixture
def launcher(qtbot, data_dir, profile):
    other, _ = Profile.create(data_dir, ProfileKind.CARER, "Helping", PASSPHRASE, kdf=FAST_KDF)
    other.lock()
    profile.lock()
    view = LauncherView(data_dir)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def choose(launcher: LauncherView, label: str) -> None:
    launcher.list.setCurrentRow(launcher.labels().index(label))


def test_deleting_asks_for_its_passphrase_then_erases_it(qtbot, launcher, data_dir):
    choose(launcher, "Sky")
    folder = profiles.find_profile(data_dir, "Sky").path

    def type_the_secret(dialog: DeleteProfileDialog) -> None:
        assert focused() is dialog.secret_field
        assert dialog.secret_field.echoMode() == QLineEdit.EchoMode.Password
        assert "Without one of them it can't be deleted from the app." in dialog.who.text()
        assert not dialog.delete_button.isEnabled()
        for not_its_secret in ("Sky", "sky", "a long walk by the sea"):  # its name, shown right there, does not do
            dialog.secret_field.clear()
            type_here(qtbot, not_its_secret)
            qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: not dialog.is_busy and dialog.status.text() != "Checking…", timeout=10_000)
            assert dialog.status.text().startswith("That isn't its passphrase or recovery code, so nothing")
            assert dialog.isVisible() and folder.exists()
            assert cut_words(dialog) == [], "the dialog grew for the sentence"
        dialog.secret_field.clear()
        type_here(qtbot, PASSPHRASE)
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)

    seen = when_asked(type_the_secret)
    qtbot.mouseClick(launcher.delete_button, Qt.MouseButton.LeftButton)
    assert seen, "the question was asked"
    assert launcher.labels() == ["Helping"]
    assert not folder.exists()
    assert [p.label for p in profiles.list_profiles(data_dir)] == ["Helping"]


def test_its_recovery_code_deletes_it_too(qtbot, data_dir, made_profile):
    profile, code = made_profile
    profile.lock()
    view = LauncherView(data_dir)
    qtbot.addWidget(view)
    view.show()
    choose(view, "Sky")

    def type_the_code(dialog: DeleteProfileDialog) -> None:
        type_here(qtbot, code)
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)

    when_asked(type_the_code)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert view.labels() == [] and profiles.list_profiles(data_dir) == []


@pytest.mark.parametrize("how", ["keep", "enter", "escape"])
def test_keeping_it_or_pressing_enter_erases_nothing(qtbot, launcher, data_dir, how):
    choose(launcher, "Sky")

    def answer(dialog: DeleteProfileDialog) -> None:
        type_here(qtbot, PASSPHRASE)
        if how == "keep":
            qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
        else:
            press(qtbot, Qt.Key.Key_Return if how == "enter" else Qt.Key.Key_Escape)

    seen = when_asked(answer)
    qtbot.mouseClick(launcher.delete_button, Qt.MouseButton.LeftButton)
    assert seen and not seen[0].isVisible()
    assert launcher.labels() == ["Helping", "Sky"]
    Profile.open_with_passphrase(profiles.find_profile(data_dir, "Sky"), PASSPHRASE).lock()


def test_deleting_the_last_one_leaves_the_welcome(qtbot, launcher, data_dir):
    for label in ("Sky", "Helping"):
        choose(launcher, label)

        def type_it(dialog: DeleteProfileDialog) -> None:
            type_here(qtbot, PASSPHRASE)
            qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)

        when_asked(type_it)
        qtbot.mouseClick(launcher.delete_button, Qt.MouseButton.LeftButton)
    assert launcher.labels() == [] and profiles.list_profiles(data_dir) == []
    assert launcher.title.text() == "Welcome" and not launcher.list.isVisible()
    assert not launcher.delete_button.isVisible() and launcher.restore_button.isVisible()


def test_the_first_screen_says_what_make_a_new_one_makes(qtbot, data_dir) -> None:
    view = LauncherView(data_dir)
    qtbot.addWidget(view)
    view.show()
    assert view.new_button.text() == "&Make a new passport"
    assert view.new_button.accessibleName() == "Make a new passport"
    assert view.welcome.text().startswith("Make a new passport, or bring one back from a backup")


def test_delete_is_a_real_button_and_the_start_screen_says_what_was_deleted(qtbot, launcher, data_dir):
    """Delete… looked like a small link; after a delete the screen said nothing of it."""
    assert launcher.delete_button.property("role") != "quiet", "drawn as a button, with its frame"
    assert launcher.delete_button.height() >= launcher.open_button.height()
    assert not launcher.deleted_words.isVisible()
    choose(launcher, "Sky")

    def type_it(dialog: DeleteProfileDialog) -> None:
        assert "Sky" in dialog.accessibleName(), "the dialog names the one it deletes"
        type_here(qtbot, PASSPHRASE)
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)

    when_asked(type_it)
    qtbot.mouseClick(launcher.delete_button, Qt.MouseButton.LeftButton)
    assert launcher.labels() == ["Helping"]
    assert launcher.deleted_words.isVisible() and launcher.deleted_words.text() == "“Sky” is deleted."
    launcher.refresh()
    assert not launcher.deleted_words.isVisible(), "said once, not for ever"
