"""Help in easy read: every paragraph has its easy-read version (short sentences, the same
facts), shown only in easy read; the window gives Help the profile's choice."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QLabel

from passport.profile import Profile
from tests.shell_helpers import make_context
from ui.runtime.easy_read import EASY_READ_SETTING
from ui.runtime.session import Session
from ui.shell.help_view import HelpView
from ui.windows.main_window import MainWindow

# Easy read's own limit for one sentence; the plain Help has sentences of 40 words.
MOST_WORDS = 20
# Facts every version must keep, by the words that carry them.
FACTS = ("Share…", "People page", "Open a receipt or reply…", "What I shared", "Ctrl+Shift+P", "PDF", "USB stick",
         "Restore from a backup", "Use my recovery code instead", "Get back in with trusted people",
         "Pieces I keep", "three", "two", "OpenMoji", "CC BY-SA 4.0", "nothing is recorded or saved")


def paragraphs(view: HelpView) -> list[str]:
    """The words of Help, heading and keys aside."""
    return [label.text() for label in view.findChildren(QLabel)
            if label.property("role") not in ("heading", "title") and label.text().count(" ") > 8]


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!:;])\s+", text) if s]


def help_view(qtbot, easy_read: bool) -> HelpView:
    view = HelpView(easy_read=easy_read)
    qtbot.addWidget(view)
    return view


def test_easy_read_says_each_paragraph_its_own_way(qtbot) -> None:
    easy = paragraphs(help_view(qtbot, True))
    plain = paragraphs(help_view(qtbot, False))
    assert len(easy) == len(plain)
    changed = 0
    for short, long in zip(easy, plain, strict=True):
        if "OpenMoji" in long or not long.endswith((".", ":")):
            assert short == long  # the credit, and what the keys do, are already said simply
            continue
        assert short != long and short not in plain and long not in easy
        assert max(len(s.split()) for s in sentences(short)) <= MOST_WORDS, short
        assert len(sentences(short)) > len(sentences(long)), "one idea to a sentence"
        changed += 1
    assert changed == 14, "the lead, the crisis lines, eleven topics and reading aloud"


def test_every_fact_stays(qtbot) -> None:
    easy = " ".join(paragraphs(help_view(qtbot, True))).lower()
    plain = " ".join(paragraphs(help_view(qtbot, False))).lower()
    for fact in FACTS:
        assert fact.lower() in plain, fact
        assert fact.lower() in easy, fact


def test_the_window_gives_help_the_profiles_choice(qtbot, profile: Profile, data_dir: Path) -> None:
    profile.set_setting(EASY_READ_SETTING, True)
    window = MainWindow(Session(profile), make_context(data_dir))
    qtbot.addWidget(window)
    assert window.help.easy_read
    assert "Go to the unlock screen. Choose Use my recovery code instead." in " ".join(paragraphs(window.help))
