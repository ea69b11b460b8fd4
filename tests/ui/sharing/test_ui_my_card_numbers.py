"""My card's numbers show as soon as a name is typed (they come from the card's keys, not its
name); with no name, the box says why in ordinary words, not in the numbers' big font."""

from __future__ import annotations

from passport.formats.cards import fingerprint_groups
from tests.ui.test_ui_accessibility import problems_in
from tests.ui_sharing_helpers import AnsweringChooser
from ui.runtime.session import Session
from ui.sharing.my_card_dialog import MyCardDialog


def test_the_numbers_show_once_a_name_is_typed(qtbot, profile, tmp_path) -> None:
    dialog = MyCardDialog(Session(profile), AnsweringChooser(), False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.numbers.text() == "The numbers appear once your card has a name."
    assert dialog.numbers.property("role") == "hint"
    qtbot.keyClicks(dialog.name_field, "Sky")
    groups = dialog.numbers.text().split()
    assert len(groups) == 12 and all(group.isdigit() for group in groups)
    assert dialog.numbers.property("role") == "code"
    assert problems_in(dialog) == []
    dialog.name_field.clear()
    assert dialog.numbers.text() == "The numbers appear once your card has a name."
    qtbot.keyClicks(dialog.name_field, "Sky")
    dialog.accept()
    assert groups == fingerprint_groups(profile.people.own_card().fingerprint), "the card's own numbers"
