"""The carer's and the practitioner's windows have the young person's Settings (text size,
colours, locking, passphrase, recovery code, backup), and speak in their own voice."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from passport.profile import Profile
from tests.shell_helpers import make_context, wait_active
from tests.ui_sharing_helpers import AnsweringChooser
from ui.content.entry_editor import EntryEditor
from ui.content.settings_dialog import SettingsDialog
from ui.runtime.session import Session
from ui.windows.carer_window import CarerWindow
from ui.windows.practitioner_window import PractitionerWindow

# Every kind keeps pieces for others (trusted people, issue 18); only a young person gives them.
TABS = ["Name and look", "Locking", "Passphrase", "Recovery code", "Backup", "Pieces I keep"]


@pytest.fixture
def context(data_dir: Path):
    made = make_context(data_dir)
    yield made
    made.theme.use_defaults()


@pytest.fixture(params=["carer", "practitioner"])
def window(request, qtbot, jo: Profile, practitioner: Profile, context, chooser: AnsweringChooser):
    kind = CarerWindow if request.param == "carer" else PractitionerWindow
    view = kind(Session(jo if request.param == "carer" else practitioner), context, chooser)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    wait_active(qtbot, view)
    return view


def test_settings_open_from_a_button_and_change_the_text_size(qtbot, window, context) -> None:
    assert window.settings_button.isVisible() and window.settings_button.accessibleName() == "Settings"
    qtbot.mouseClick(window.settings_button, Qt.MouseButton.LeftButton)
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert [dialog.pages.pageName(i) for i in range(dialog.pages.count())] == TABS
    dialog.text_size.setFocus()
    qtbot.keyClick(dialog.text_size, Qt.Key.Key_Up)
    assert context.theme.text_scale == 110
    assert window.session.profile.setting("text_scale") == 110, "kept in the profile, for next time"
    dialog.reject()
    qtbot.waitUntil(lambda: window.settings_dialog is None)


def test_settings_open_from_the_keyboard(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.settings_dialog, SettingsDialog)
    qtbot.waitUntil(window.settings_dialog.isVisible)
    assert "Ctrl+," in window.settings_button.toolTip()


def test_a_carers_draft_asks_without_speaking_as_the_young_person(qtbot, jo: Profile, context, chooser) -> None:
    window = CarerWindow(Session(jo), context, chooser)
    qtbot.addWidget(window)
    window.show()
    window.new_draft_here()
    assert window.editor.review_check.text() == "Ask if it's still true &on"


def test_the_young_persons_draft_still_says_ask_me(qtbot, profile: Profile) -> None:
    editor = EntryEditor(Session(profile))
    qtbot.addWidget(editor)
    assert editor.review_check.text() == "Ask me if it's still true &on"
