"""Easy read reaches sharing: the records question, the share wizard's longer sentences and the
card check say it simply in easy read, and only there. The card's numbers stay whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from passport.formats.cards import fingerprint_groups
from passport.profile import Profile
from tests.ui.sharing import test_ui_share_wizard as wizard_steps
from tests.ui.sharing.test_ui_share_again_boundaries import tick_boundaries
from tests.ui.sharing.test_ui_share_wizard import click, open_wizard, save, tick
from ui.runtime.easy_read import EASY_READ_SETTING
from ui.sharing.card_check_dialog import CardCheckDialog
from ui.sharing.records_choice import RecordsChoice
from ui.sharing.share_wizard import PREVIEW, RECORDS, ShareWizard
from ui.windows.main_window import PEOPLE

# The wizard tests' window (with Sam's card, not yet checked) and entries.
window, entries = wizard_steps.window, wizard_steps.entries
EASY = pytest.mark.parametrize("easy", [True, False], ids=["easy read", "plain"])

RECORDS_MEANING = (
    "Records are the notes their service keeps, for example their school or team. If you say yes, a copy goes into "
    "those notes. The copy stays there after the time is up. It stays there even if you withdraw this share. You "
    "can't take the copy back.",
    "If you say yes, a copy goes into their service's records. That copy stays there after the time is up, and even "
    "if you withdraw this share. You can't take it back.",
)
READ_ONLY = ("No, they can only &read it. It says “not for the record”.", "No, &read only: marked “not for the record”")
UNCHECKED = (
    "You have not checked the card numbers with Sam Lee yet. You can still share. But it is better to check the "
    "numbers with them first. Do it on the People page.",
    "You haven't compared card numbers with Sam Lee yet. You can still share, but if you can, check the numbers "
    "with them first (on the People page).",
)
DONE_END = (
    "It has 1 entry for Sam Lee. It opens until the end of {0}. They may copy it into their records. That copy stays "
    "after the end. Give them the file. Use a USB stick or email. Only their app can open it.",
    "It holds 1 entry for Sam Lee, until the end of {0}. They may copy it into their records; that copy stays after "
    "it ends. Give them the file, on a USB stick or by email. Only their app can open it.",
)
REPLACES = ("This takes the place of what you shared with Sam Lee on", "This replaces what you shared with Sam Lee on")
LEFT_OUT = (
    "Last time, what people should know first went to Sam Lee. It won't go this time, unless you tick it.",
    "What people should know first went with your last share to Sam Lee. It won't go with this one unless you "
    "tick it.",
)
CARD_LEAD = (
    "Is this card really from Sam Lee? Check it together, in person or on the phone. Read the numbers aloud, one "
    "group of five at a time. Sam Lee looks at their own numbers. Are all the groups the same? Then the card is "
    "really theirs. Nobody swapped it on the way.",
    "Read these numbers aloud with Sam Lee, in person or on the phone. If theirs are the same, the card really is "
    "theirs and nobody swapped it on the way.",
)


def mine(pair: tuple[str, str], easy: bool) -> tuple[str, str]:
    """(what this mode says, what the other one says)"""
    return pair if easy else (pair[1], pair[0])


@EASY
def test_the_records_question_says_what_records_are(qtbot, easy: bool) -> None:
    choice = RecordsChoice(easy_read=easy)
    qtbot.addWidget(choice)
    assert choice.meaning.text() == mine(RECORDS_MEANING, easy)[0]
    assert choice.read_only.text() == mine(READ_ONLY, easy)[0]
    assert choice.allowed.accessibleDescription() == choice.meaning.text()
    assert choice.read_only.accessibleName() == "No, read only"


def walk_to_preview(qtbot, wizard: ShareWizard, easy: bool) -> None:
    tick(qtbot, wizard, "Music helps")
    click(qtbot, wizard.next_button)
    assert wizard.unchecked_warning.text() == mine(UNCHECKED, easy)[0]
    click(qtbot, wizard.next_button)
    while wizard.current_step() is not PREVIEW:
        if wizard.current_step() is RECORDS or not easy:
            assert wizard.records.meaning.text() == mine(RECORDS_MEANING, easy)[0]
            click(qtbot, wizard.records.allowed)
        if not wizard.my_name.text():
            qtbot.keyClicks(wizard.my_name, "Sky")
        click(qtbot, wizard.next_button)


@EASY
def test_the_wizard_says_its_longer_sentences_simply(qtbot, window, chooser, profile: Profile, tmp_path: Path,
                                                      easy: bool) -> None:
    profile.set_setting(EASY_READ_SETTING, easy)
    profile.set_boundaries("Sky", "My old placements", "")
    first = open_wizard(qtbot, window)
    walk_to_preview(qtbot, first, easy)
    tick_boundaries(qtbot, first)
    save(qtbot, first, chooser, tmp_path / "first.wpb")
    said, other = mine(DONE_END, easy)
    until = first.done_text.text().split("until the end of ")[1].split(".")[0]
    assert said.format(until) in first.done_text.text()
    assert other.format(until) not in first.done_text.text()
    click(qtbot, first.next_button)
    qtbot.waitUntil(lambda: window.share_wizard is None)

    second = open_wizard(qtbot, window)
    walk_to_preview(qtbot, second, easy)
    said, other = mine(REPLACES, easy)
    assert second.replace_note.text().startswith(said) and not second.replace_note.text().startswith(other)
    assert second.boundaries_note.text() == mine(LEFT_OUT, easy)[0]


@EASY
def test_the_card_check_asks_a_group_at_a_time_and_keeps_every_number(qtbot, sam, practitioner: Profile,
                                                                       easy: bool) -> None:
    card = practitioner.people.own_card()
    dialog = CardCheckDialog(card, adding=False, easy_read=easy)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    [lead] = [label for label in dialog.findChildren(QLabel) if label.objectName() == "cardCheckLead"]
    assert lead.text() == mine(CARD_LEAD, easy)[0]
    assert lead.isVisible() and lead.height() >= lead.heightForWidth(lead.width()), "the lead is cut"
    shown = dialog.numbers.text().split()
    assert shown == fingerprint_groups(card.fingerprint) and len("".join(shown)) == 60, "every number, whole"


def test_people_opens_the_card_check_in_easy_read(qtbot, window, profile: Profile) -> None:
    profile.set_setting(EASY_READ_SETTING, True)
    window.show_page(PEOPLE)
    people = window.people
    people.people.setCurrentIndex(people.contacts.index(0))
    qtbot.waitUntil(people.check_button.isVisible)
    click(qtbot, people.check_button)
    dialog = people.dialog
    assert isinstance(dialog, CardCheckDialog)
    qtbot.waitExposed(dialog)
    [lead] = [label for label in dialog.findChildren(QLabel) if label.objectName() == "cardCheckLead"]
    assert lead.text() == CARD_LEAD[0]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: people.dialog is None)
