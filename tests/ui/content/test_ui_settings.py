"""Settings: rename, change passphrase, new recovery code, text size and colours."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from passport.errors import WrongSecret
from passport.models import ChangeKind
from passport.profile import Profile
from passport.store import profiles
from tests.helpers import PASSPHRASE
from tests.shell_helpers import make_context
from ui.content.settings_dialog import SettingsDialog
from ui.runtime.session import Session

NEW_PASSPHRASE = "seven green tents in the rain"


@pytest.fixture
def session(qtbot, made_profile):
    return Session(made_profile[0])


@pytest.fixture
def dialog(qtbot, session, data_dir):
    context = make_context(data_dir)
    view = SettingsDialog(session, context)
    qtbot.addWidget(view)
    view.show()
    yield view
    context.theme.use_defaults()


def test_rename_shows_the_new_name_on_the_launcher(qtbot, dialog, session, data_dir):
    dialog.name_field.selectAll()
    qtbot.keyClicks(dialog.name_field, "Green notebook")
    with qtbot.waitSignal(session.changed) as changed:
        qtbot.keyClick(dialog.name_field, Qt.Key.Key_Return)
    assert changed.args[0].kind is ChangeKind.SETTINGS_CHANGED
    assert dialog.isVisible(), "Enter in a field does not close the dialog"
    assert session.profile.label == "Green notebook"
    assert [p.label for p in profiles.list_profiles(data_dir)] == ["Green notebook"]
    assert "Green notebook" in dialog.name_status.text()


def test_change_passphrase_then_reopen_with_the_new_one(qtbot, dialog, session):
    dialog.pages.setCurrentIndex(2)
    qtbot.keyClicks(dialog.current_passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.new_passphrase.first, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.new_passphrase.second, NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.passphrase_status.text().startswith("Done"), timeout=10_000)
    folder = session.profile.folder
    session.lock()
    Profile.open_with_passphrase(folder, NEW_PASSPHRASE).lock()
    with pytest.raises(WrongSecret):
        Profile.open_with_passphrase(folder, PASSPHRASE)


def test_a_wrong_current_passphrase_changes_nothing(qtbot, dialog, session):
    qtbot.keyClicks(dialog.current_passphrase, "not it at all")
    qtbot.keyClicks(dialog.new_passphrase.first, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.new_passphrase.second, NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "doesn't open" in dialog.passphrase_status.text(), timeout=10_000)
    folder = session.profile.folder
    session.lock()
    Profile.open_with_passphrase(folder, PASSPHRASE).lock()


def test_new_recovery_code_replaces_the_old_one_once_checked(qtbot, dialog, session, made_profile):
    old_code = made_profile[1]
    tab = dialog.recovery_tab
    dialog.pages.setCurrentWidget(tab)
    assert not tab.code_view.isVisible()
    qtbot.keyClicks(tab.passphrase, PASSPHRASE)
    qtbot.mouseClick(tab.new_code_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(tab.code_view.isVisible, timeout=10_000)
    new_code = "-".join(tab.code_view.code_label.text().split())
    assert new_code != old_code
    qtbot.keyClicks(tab.code_check.field, new_code.rsplit("-", 1)[-1])
    qtbot.mouseClick(tab.kept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.status.text().startswith("Done"), timeout=10_000)
    folder = session.profile.folder
    dialog.reject()
    assert tab.code_view.code_label.text() == "", "off the screen when the dialog closes"
    session.lock()
    with pytest.raises(WrongSecret):
        Profile.open_with_recovery_code(folder, old_code)
    Profile.open_with_recovery_code(folder, new_code).lock()


def test_text_size_and_colours_apply_at_once_and_are_kept_in_the_profile(qtbot, dialog, session):
    app = QApplication.instance()
    base = dialog._context.theme.points()
    dialog.text_size.setFocus()
    for _ in range(5):
        qtbot.keyClick(dialog.text_size, Qt.Key.Key_Up)
    assert dialog.text_size.value() == 150
    assert app.font().pointSizeF() == pytest.approx(base * 1.5, abs=0.1)

    qtbot.keyClick(dialog.theme_choice, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.theme_choice, Qt.Key.Key_Down)
    assert dialog.theme_choice.currentText() == "High contrast"
    assert app.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    assert "#ffff00" in app.styleSheet()

    assert session.profile.setting("text_scale") == 150
    assert session.profile.setting("theme") == "high_contrast"
    # After a lock the defaults come back; unlocking brings the owner's choice again.
    theme = dialog._context.theme
    theme.use_defaults()
    assert app.palette().color(QPalette.ColorRole.Window).name() != "#000000"
    theme.apply_profile_choices(session.profile)
    assert (theme.theme, theme.text_scale) == ("high_contrast", 150)


def test_auto_lock_time_is_kept_in_the_profile(qtbot, dialog, session):
    dialog.pages.setCurrentIndex(1)
    assert dialog.idle_minutes.value() == 5
    dialog.idle_minutes.setFocus()
    qtbot.keyClick(dialog.idle_minutes, Qt.Key.Key_Up)
    assert session.profile.setting("auto_lock_minutes") == 6


def test_one_minute_is_said_as_one_minute(qtbot, dialog):
    dialog.idle_minutes.setFocus()
    dialog.idle_minutes.selectAll()
    qtbot.keyClicks(dialog.idle_minutes, "1")
    assert dialog.idle_minutes.value() == 1
    assert dialog.idle_minutes.text() == "1 minute"
    qtbot.keyClick(dialog.idle_minutes, Qt.Key.Key_Up)
    assert dialog.idle_minutes.text() == "2 minutes"


def test_choosing_a_language_at_200_percent_keeps_the_drop_down_whole(qtbot, session, data_dir):
    """Two lines appear under it as a language is chosen; the body grows and scrolls rather than
    squeezing the drop-down (it shrank to 18 px, its words cut in half)."""
    context = make_context(data_dir)
    context.theme.set_text_scale(200)
    try:
        view = SettingsDialog(session, context)
        qtbot.addWidget(view)
        view.show()
        qtbot.waitExposed(view)
        combo = view.language.combo
        assert combo.isVisible(), "more than English to choose from"
        for code in ("ar", "cy"):
            combo.setCurrentIndex(combo.findData(code))
            assert view.language_status.isVisible()
            try:  # the page's new height reaches the scrolling body in a few turns of the event loop
                qtbot.waitUntil(lambda: combo.height() >= combo.sizeHint().height(), timeout=2000)
            except qtbot.TimeoutError:
                pytest.fail(f"{combo.currentText()}: the drop-down is {combo.height()} px high, "
                            f"needs {combo.sizeHint().height()}")
            for line in (view.language.note, view.language_status):
                assert line.height() >= line.heightForWidth(line.width()), f"“{line.text()}” is cut"
    finally:
        context.theme.use_defaults()
