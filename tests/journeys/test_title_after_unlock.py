"""Journey: a passport labelled "Maths revision" (a disguise) on a shared laptop. Before it
is opened, the window says only the app's name; once open, the title is the owner's label
alone, on the taskbar and in the window switcher, and follows a rename; locked again, the
label goes from the title. No title and no applications-menu entry ever says "Wellbeing"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from passport.models import ProfileKind
from tests.journeys.window_steps import unlock_by_keys
from tests.shell_helpers import press, type_here
from tests.suggestion_helpers import make_person
from ui.app import APP_NAME, PassportApp

REPO = Path(__file__).resolve().parents[2]
LABEL = "Maths revision"


def titles() -> list[str]:
    return [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]


def assert_no_old_name() -> None:
    for title in titles():
        assert "wellbeing" not in title.casefold() and "passport" not in title.casefold(), title


@pytest.mark.parametrize("kind", [ProfileKind.YOUNG_PERSON, ProfileKind.CARER, ProfileKind.PRACTITIONER])
def test_the_title_after_unlock_is_the_owners_label(qtbot, data_dir, kind):
    make_person(data_dir, kind, LABEL, "Sam Lee", "Social worker").lock()
    app = PassportApp(["--data-dir", str(data_dir)])
    try:
        start = app.controller.start_window
        assert start.windowTitle() == APP_NAME == "Say It Once"  # the list: no label in the title
        window = unlock_by_keys(qtbot, app).window()
        assert window is start
        assert window.windowTitle() == LABEL
        assert_no_old_name()

        press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert start.pages.currentWidget() is start.unlock
        assert start.windowTitle() == "Say It Once"  # the unlock screen: the label only on the page
        assert_no_old_name()
    finally:
        app.close()


def test_a_renamed_passport_is_the_new_name_in_the_title(qtbot, data_dir):
    make_person(data_dir, ProfileKind.YOUNG_PERSON, LABEL, "Sky").lock()
    app = PassportApp(["--data-dir", str(data_dir)])
    try:
        window = unlock_by_keys(qtbot, app).window()
        press(qtbot, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)  # Settings
        settings = app.controller.main_window.settings_dialog
        qtbot.waitUntil(settings.isActiveWindow)
        press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # "Name"
        assert settings.name_field.hasFocus()
        press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_here(qtbot, "Art homework")
        press(qtbot, Qt.Key.Key_Return)
        assert window.windowTitle() == "Art homework"
        assert_no_old_name()
    finally:
        app.close()


def test_the_first_run_and_the_applications_menu_say_only_say_it_once(qtbot, data_dir):
    app = PassportApp(["--data-dir", str(data_dir)])
    try:
        assert app.controller.start_window.windowTitle() == "Say It Once"
        assert QApplication.applicationDisplayName() == "Say It Once"
        assert_no_old_name()
    finally:
        app.close()
    entries = sorted((REPO / "resources").glob("*.desktop"))
    assert entries
    for entry in entries:
        names = [line for line in entry.read_text(encoding="utf-8").splitlines() if line.startswith("Name")]
        assert names == ["Name=Say It Once"], entry.name

