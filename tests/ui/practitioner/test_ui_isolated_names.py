"""What the practitioner's window shows for names written right to left, and for control
characters a sender slipped into their card (issue 13, terminal and bidi injection)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from passport.errors import CardInvalid
from passport.exchange.contacts import Contact
from passport.formats import cards
from passport.profile import Profile
from tests.sharing_helpers import in_a_week
from tests.shell_helpers import make_context
from tests.ui_sharing_helpers import AnsweringChooser
from ui.practitioner.isolated_name import isolated
from ui.runtime.session import Session
from ui.windows.practitioner_window import PractitionerWindow

FSI, PDI = "\u2068", "\u2069"
HEBREW_NAME = "שירה 2"  # Hebrew letters and a digit: the digit would move beside " (" otherwise


def test_isolation_wraps_right_to_left_names_and_drops_bidi_controls() -> None:
    assert isolated("Sky") == "Sky"  # left-to-right names cannot reorder anything
    assert isolated(HEBREW_NAME) == FSI + HEBREW_NAME + PDI
    assert isolated("Sam\u202e\u2066 Lee\u200f") == "Sam Lee"


def test_a_shared_file_from_a_right_to_left_name_shows_it_isolated(
    qtbot, profile: Profile, sam: Contact, entries: list[str], practitioner: Profile, data_dir: Path,
    chooser: AnsweringChooser, tmp_path: Path,
) -> None:
    profile.people.set_card_details(HEBREW_NAME, "Student")
    out = tmp_path / "for-sam.wpb"
    profile.sharing.make_share(entries, sam, in_a_week(), "Moving to a new school", out)
    window = PractitionerWindow(Session(practitioner), make_context(data_dir), chooser)
    qtbot.addWidget(window)
    window.show()
    chooser.answer(out)
    qtbot.mouseClick(window.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    assert window.model.index(0, 0).data() == f"{FSI}{HEBREW_NAME}{PDI} (Student)"
    qtbot.waitUntil(lambda: window.view.content is not None, timeout=10_000)  # the new file is shown
    assert window.view.content.sender.display_name == FSI + HEBREW_NAME + PDI
    assert f"{FSI}{HEBREW_NAME}{PDI}" in window.view.document.toPlainText()


@pytest.mark.parametrize("hostile", ["Sam\u202eeeL", "Sam\x1b[2J", "Sam\nFrom: Mum", "\u2066Sam"])
def test_a_card_whose_name_holds_control_or_bidi_characters_is_refused(practitioner: Profile, hostile: str) -> None:
    raw = json.loads(cards.card_bytes(practitioner.people.own_card()))
    raw["display_name"] = hostile
    with pytest.raises(CardInvalid):
        cards.parse_card(json.dumps(raw).encode())
