"""Who is who, for a foster carer and a young person (issue 48): the carer's screen says whose
passport the drafts are for, confirms the young person's card once added, and opens the young
person's answer from the main screen; every card in a People list says its kind; checking a
card's numbers is never skipped by Enter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from passport.models import ProfileKind
from passport.profile import Profile
from tests.helpers import add_entry
from tests.shell_helpers import make_context
from tests.suggestion_helpers import introduce
from tests.ui_sharing_helpers import AnsweringChooser
from ui.runtime.session import Session
from ui.sharing.card_check_dialog import CardCheckDialog
from ui.sharing.contact_model import ContactModel
from ui.shell.helper_help_dialog import HelperHelpDialog
from ui.windows.carer_window import CarerWindow


def test_the_carer_sees_whose_drafts_these_are_and_opens_the_answer_from_home(
        qtbot, jo: Profile, sky: Profile, tmp_path: Path) -> None:
    chooser = AnsweringChooser()
    window = CarerWindow(Session(jo), make_context(tmp_path), chooser)
    qtbot.addWidget(window)
    window.show()
    strip = window.strip
    assert strip.drafting_for.text().startswith("Add the young person's card")
    assert strip.answer_button.isVisible()

    sky_card = tmp_path / "sky.wpcard"
    sky.people.export_card(sky_card)
    qtbot.mouseClick(window.add_card_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    chooser.answer(sky_card)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.who.text() == "Sky, a young person"
    qtbot.mouseClick(dialog.match_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert strip.notice.isVisible()
    assert strip.notice.text().startswith("Sky's card is added and its numbers are checked.")
    assert strip.drafting_for.text() == "Drafts for Sky. Sky decides what goes in."

    # Jo sends one suggestion; Sky adds it and saves an answer for Jo.
    (contact,) = jo.people.contacts()
    draft = add_entry(jo, "Walking the dog", "Biscuit helps.")
    jo.suggestions.make_suggestion([draft], contact, tmp_path / "for-sky.wpb")
    jo_contact = introduce(sky, jo, tmp_path)
    (waiting,) = sky.suggestions.open_suggestion(tmp_path / "for-sky.wpb").subject.suggestions
    sky.suggestions.accept_suggestion(waiting.id)
    sky.suggestions.make_answer(jo_contact.id, tmp_path / "answer.wpreceipt")

    chooser.answer(tmp_path / "answer.wpreceipt")
    qtbot.mouseClick(strip.answer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: strip.notice.text().startswith("Sky answered."), timeout=10_000)
    assert strip.answer_button.hasFocus() or not window.isActiveWindow()
    (sent,) = jo.suggestions.sent_suggestions()
    assert sent.outcomes, "what became of the suggestion is kept"
    window.close()


def test_help_tells_the_carer_about_answers(qtbot) -> None:
    dialog = HelperHelpDialog(ProfileKind.CARER)
    qtbot.addWidget(dialog)
    words = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Their answer" in words and "Open an answer…" in words


def test_every_card_in_people_says_its_kind(qtbot, sky: Profile, jo: Profile, tmp_path: Path) -> None:
    introduce(sky, jo, tmp_path)
    model = ContactModel(Session(sky))
    shown = model.data(model.index(0, 0))
    assert shown.splitlines()[:2] == ["Jo Carter", "Carer: Foster carer"]
    assert "Carer" in model.data(model.index(0, 0), Qt.ItemDataRole.AccessibleTextRole)


def test_enter_never_skips_checking_the_numbers(qtbot, jo: Profile) -> None:
    dialog = CardCheckDialog(jo.people.own_card(), adding=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not any(b.isDefault() for b in (dialog.checked_button, dialog.later_button, dialog.cancel_button))
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.choice is None, "Enter added the card without checking it"
    assert dialog.findChildren(QLabel)[0].text() == "Jo Carter, a carer"
