"""The carer's and the practitioner's windows have their own Help, in their own words: what
their profile is for, sending or opening, cards, locking, a forgotten passphrase and backups.
It opens by F1 and by its button, and never speaks as if to the young person."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from passport.profile import Profile
from tests.shell_helpers import make_context, wait_active
from tests.ui.test_ui_accessibility import problems_in
from tests.ui_sharing_helpers import AnsweringChooser
from ui.runtime.session import Session
from ui.shell.helper_help_dialog import HelperHelpDialog
from ui.windows.carer_window import CarerWindow
from ui.windows.practitioner_window import PractitionerWindow

# Words that belong to the young person's own Help: said to an adult, they are wrong.
TO_A_YOUNG_PERSON = ("your passport", "your story", "about you", "childline", "your own private place",
                     "what matters about you", "share…", "people i share with")
HEADINGS = {
    "carer": ["Sending suggestions", "Cards and checking the numbers"],
    "practitioner": ["Opening a shared file", "Your card and checking the numbers"],
}
FOR_BOTH = ["Locking and hiding", "If you forget the passphrase", "Backups"]


@pytest.fixture
def context(data_dir: Path):
    made = make_context(data_dir)
    yield made
    made.theme.use_defaults()


@pytest.fixture(params=["carer", "practitioner"])
def window(request, qtbot, jo: Profile, practitioner: Profile, context, chooser: AnsweringChooser):
    kind = CarerWindow if request.param == "carer" else PractitionerWindow
    view = kind(Session(jo if request.param == "carer" else practitioner), context, chooser)
    view.kind_name = request.param
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    wait_active(qtbot, view)
    return view


def shown_help(qtbot, window) -> HelperHelpDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(HelperHelpDialog)))
    return next(d for d in window.findChildren(HelperHelpDialog) if d.isVisible())


def texts(dialog: HelperHelpDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if label.text()]


def test_f1_opens_help_in_their_own_words(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = shown_help(qtbot, window)
    shown = texts(dialog)
    for heading in HEADINGS[window.kind_name] + FOR_BOTH:
        assert heading in shown, f"{window.kind_name}'s Help has “{heading}”"
    for text in shown:
        for words in TO_A_YOUNG_PERSON:
            assert words not in text.lower(), f"“{text}” speaks to a young person ({words})"
    other = "practitioner" if window.kind_name == "carer" else "carer"
    assert not set(HEADINGS[other]) & set(shown), "each kind gets its own Help, not the other's"
    assert problems_in(dialog) == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_help_button_opens_it_and_says_its_key(qtbot, window) -> None:
    button = window.help_button
    assert button.isVisible() and button.accessibleName() == "Help" and "F1" in button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = shown_help(qtbot, window)
    assert dialog.close_button.accessibleName() == "Close"
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_each_helps_says_what_their_screens_now_do(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    shown = "\n".join(texts(shown_help(qtbot, window)))
    assert "Pieces I keep" in shown, "carers and practitioners may keep a piece too"
    if window.kind_name == "practitioner":
        for words in ("Reply…", "What I'll do", "Export for records…", "read only", "Please read this first"):
            assert words in shown, f"the practitioner's Help speaks of “{words}”"
