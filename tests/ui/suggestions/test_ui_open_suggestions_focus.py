"""After the Suggestions file chooser closes, the keyboard is back on "Open suggestions…" (issue
48): it had moved on to "When things get hard", which Enter then opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from passport.profile import Profile
from tests.helpers import add_entry
from tests.shell_helpers import make_context
from tests.suggestion_helpers import introduce
from tests.ui_sharing_helpers import AnsweringChooser
from ui.runtime.session import Session
from ui.windows.main_window import SUGGESTIONS, MainWindow


def test_the_keyboard_comes_back_to_the_button_that_opened_the_chooser(qtbot, sky: Profile, jo: Profile,
                                                                       tmp_path: Path) -> None:
    sky_card = introduce(jo, sky, tmp_path)
    introduce(sky, jo, tmp_path)
    jo.suggestions.make_suggestion([add_entry(jo, "Walking the dog", "Biscuit helps.")], sky_card,
                                   tmp_path / "for-sky.wpb")
    chooser = AnsweringChooser([None, tmp_path / "for-sky.wpb"])
    window = MainWindow(Session(sky), make_context(tmp_path), chooser)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page(SUGGESTIONS)
    inbox = window.suggestions
    inbox.open_button.setFocus()

    qtbot.keyClick(inbox.open_button, Qt.Key.Key_Space)  # chosen nothing: the person cancelled
    assert QApplication.focusWidget() is inbox.open_button
    qtbot.keyClick(inbox.open_button, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is inbox.open_button, "the keyboard moved on while the file opened"
    qtbot.waitUntil(lambda: "Jo Carter sent a suggestion" in inbox.status.text(), timeout=10_000)
    assert QApplication.focusWidget() is inbox.open_button
    window.close()
