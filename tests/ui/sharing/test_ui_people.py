"""The People page: adding someone's card and comparing its numbers, giving my card, what
was shared with each person, and withdrawing a share."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from passport.exchange import received
from passport.exchange.sharing import PassphraseRecipient, ShareState
from passport.formats.cards import read_card
from passport.profile import Profile
from tests.helpers import add_entry
from tests.sharing_helpers import give_card, in_a_week
from tests.shell_helpers import make_context, wait_active
from tests.ui.test_ui_accessibility import problems_in
from tests.ui_sharing_helpers import AnsweringChooser
from ui.runtime.session import Session
from ui.sharing.people_view import PeopleView
from ui.windows.main_window import PEOPLE, MainWindow


@pytest.fixture
def window(qtbot, profile: Profile, data_dir: Path, chooser: AnsweringChooser) -> MainWindow:
    profile.people.set_card_details("Sky")
    view = MainWindow(Session(profile), make_context(data_dir), chooser)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    wait_active(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert view.current_page() == PEOPLE
    return view


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_add_a_card_compare_the_numbers_and_mark_it_checked(qtbot, qtmodeltester, window, chooser, practitioner,
                                                           profile, tmp_path) -> None:
    people: PeopleView = window.people
    assert people.empty.isVisible()
    card_path = tmp_path / "sam.wpcard"
    practitioner.people.export_card(card_path)
    chooser.answer(card_path)
    click(qtbot, people.add_button)
    dialog = people.dialog
    assert dialog is not None and dialog.isVisible()
    assert problems_in(dialog) == []
    fingerprint = practitioner.people.own_card().fingerprint
    assert dialog.numbers.text().split("\n")[0] == " ".join(fingerprint[i:i + 5] for i in range(0, 20, 5))
    assert profile.people.contacts() == [], "nothing is kept before the person chooses"
    click(qtbot, dialog.later_button)  # add it, check later

    [contact] = profile.people.contacts()
    assert not contact.checked
    qtmodeltester.check(people.contacts)
    assert people.name.text() == "Sam Lee" and people.about.text() == "Practitioner: Social worker, Northside Council"
    assert people.checked.text().startswith("Numbers not checked yet")
    assert "Numbers not checked yet" in people.contacts.index(0).data()
    assert people.check_button.isVisible()

    click(qtbot, people.check_button)
    click(qtbot, people.dialog.checked_button)
    assert profile.people.contacts()[0].checked
    assert people.checked.text() == "Numbers checked"
    assert not people.check_button.isVisible()


def test_a_file_that_is_not_a_card_says_so(qtbot, window, chooser, profile, tmp_path) -> None:
    bad = tmp_path / "nope.wpcard"
    bad.write_text("{}")
    chooser.answer(bad)
    click(qtbot, window.people.add_button)
    assert window.people.status.text() == "That isn't a card file from this app, or it is damaged."
    assert window.people.dialog is None and profile.people.contacts() == []


def test_give_my_card_saves_a_card_with_my_name(qtbot, window, chooser, profile, tmp_path) -> None:
    click(qtbot, window.people.give_button)
    dialog = window.people.dialog
    assert problems_in(dialog) == []
    assert dialog.name_field.text() == "Sky"
    assert dialog.numbers.accessibleName().startswith("Card numbers: ")
    dialog.name_field.clear()
    qtbot.keyClicks(dialog.name_field, "Sky B")
    chooser.answer(tmp_path / "me.wpcard")
    click(qtbot, dialog.save_button)
    card = read_card(tmp_path / "me.wpcard")
    assert card.display_name == "Sky B" and card.fingerprint == profile.people.own_card().fingerprint


def test_history_shows_what_was_shared_and_a_withdrawal_deletes_it(
    qtbot, qtmodeltester, window, chooser, profile, practitioner, tmp_path
) -> None:
    entry = add_entry(profile, "Music helps", "Guitar.")
    sam = give_card(practitioner, profile, tmp_path)
    first = tmp_path / "one.wpb"
    window.session.apply(profile.sharing.make_share([entry], sam, in_a_week(), "School", first))
    received.open_bundle(practitioner.vault, first)
    window.session.apply(profile.sharing.make_share([entry], sam, in_a_week(), "School again", tmp_path / "two.wpb"))
    people = window.people
    people.select_contact(sam.id)
    history = people.history
    qtmodeltester.check(history)
    assert history.rowCount() == 2
    assert [history.index(r, 3).data() for r in range(2)] == ["Open", "Replaced by a newer one"]
    assert history.index(0, 2).data() == "Music helps"

    people.shares.selectRow(1)
    assert not people.withdraw_button.isEnabled(), "a replaced share is already gone from their app"
    people.shares.selectRow(0)
    assert people.withdraw_button.isEnabled()
    click(qtbot, people.withdraw_button)
    dialog = people.dialog
    assert problems_in(dialog) == []
    words = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "deletes what you shared" in words and "can't take back" in words
    withdrawal = tmp_path / "withdraw"
    chooser.answer(withdrawal)
    click(qtbot, dialog.make_button)
    assert history.index(0, 3).data() == "Withdrawn"
    assert people.status.text() == "The withdrawal is saved as “withdraw.wpb”. Give it to Sam Lee."
    opened = received.open_bundle(practitioner.vault, tmp_path / "withdraw.wpb")
    assert opened.bundle_id == profile.sharing.share_history(sam.id)[0].id
    assert profile.sharing.share_history(sam.id)[0].state is ShareState.WITHDRAWN


def test_passphrase_shares_have_their_own_row(qtbot, qtmodeltester, window, profile, tmp_path) -> None:
    entry = add_entry(profile, "Quiet space")
    window.session.apply(profile.sharing.make_share([entry], PassphraseRecipient(name="Ms Green"), in_a_week(), "",
                                            tmp_path / "green.wpb"))
    people = window.people
    qtmodeltester.check(people.contacts)
    assert people.contacts.index(0).data() == "Shared with a passphrase (no card)"
    people.people.setCurrentIndex(people.contacts.index(0))
    assert people.history.rowCount() == 1
    assert people.history.index(0, 2).data() == "For Ms Green: Quiet space"
    assert problems_in(window) == []


def test_a_receipt_shows_when_they_opened_it(qtbot, window, chooser, profile, practitioner, tmp_path) -> None:
    entry = add_entry(profile, "Music helps", "Guitar.")
    sam = give_card(practitioner, profile, tmp_path)
    window.session.apply(profile.sharing.make_share([entry], sam, in_a_week(), "School", tmp_path / "one.wpb"))
    opened = received.open_bundle(practitioner.vault, tmp_path / "one.wpb")
    practitioner.received.make_receipt(opened.id, tmp_path / "receipt")
    receipt = next(tmp_path.glob("receipt*"))
    people = window.people
    people.select_contact(sam.id)
    assert people.history.index(0, 3).data() == "Open"
    chooser.answer(receipt)
    people.receipt_button.setFocus()
    qtbot.keyClick(people.receipt_button, Qt.Key.Key_Space)
    assert people.status.text().startswith("Sam Lee opened what you shared on ")
    assert people.history.index(0, 3).data().startswith("Open; they opened it on ")
    # A file that is not a receipt changes nothing and says so in words.
    (tmp_path / "junk").write_bytes(b"not a receipt")
    chooser.answer(tmp_path / "junk")
    click(qtbot, people.receipt_button)
    assert people.status.text() and "opened what you shared" not in people.status.text()
    assert people.history.index(0, 3).data().startswith("Open; they opened it on ")


def test_no_shares_yet_is_said_at_the_top_and_a_receipt_leaves_what_its_room(
        qtbot, window, chooser, profile, practitioner, tmp_path) -> None:
    card_path = tmp_path / "sam.wpcard"
    practitioner.people.export_card(card_path)
    chooser.answer(card_path)
    window.resize(960, 680)
    people = window.people
    click(qtbot, people.add_button)
    click(qtbot, people.dialog.later_button)
    [sam] = profile.people.contacts()
    people.select_contact(sam.id)
    qtbot.waitUntil(people.no_shares.isVisible)
    assert not people.shares.isVisible()
    assert "Nothing shared with them yet" in people.no_shares.text()
    assert "in the list on the left" not in people.no_shares.text(), "Share is a button, under the list of pages"
    assert "Share…, the button under the list of pages" in people.no_shares.text()
    people.scroll.widget().layout().activate()  # the page, inside its scroll area
    assert people.no_shares.geometry().top() < 300, "the words float in the middle of the page"

    ids = [add_entry(profile, title, "x") for title in ("Music helps", "Quiet space when it gets loud",
                                                        "My nan and Sundays")]
    window.session.apply(profile.sharing.make_share(ids, sam, in_a_week(), "School", tmp_path / "one.wpb"))
    opened = received.open_bundle(practitioner.vault, tmp_path / "one.wpb")
    practitioner.received.make_receipt(opened.id, tmp_path / "receipt")
    chooser.answer(next(tmp_path.glob("receipt*")))
    click(qtbot, people.receipt_button)
    qtbot.waitUntil(lambda: "they opened it" in people.history.index(0, 3).data())
    assert people.shares.isVisible() and not people.no_shares.isVisible()
    header = people.shares.horizontalHeader()
    assert header.sectionSize(2) >= people.shares.viewport().width() // 3, "What keeps a third of the width"
    assert header.sectionSize(2) > header.sectionSize(3)


def test_a_withdrawn_share_cannot_be_withdrawn_again_and_the_button_says_why(
    qtbot, window, chooser, profile, practitioner, tmp_path
) -> None:
    entry = add_entry(profile, "Music helps", "Guitar.")
    sam = give_card(practitioner, profile, tmp_path)
    window.session.apply(profile.sharing.make_share([entry], sam, in_a_week(), "School", tmp_path / "one.wpb"))
    people = window.people
    people.select_contact(sam.id)
    people.shares.selectRow(0)
    button = people.withdraw_button
    assert button.isEnabled()
    chooser.answer(tmp_path / "withdraw")
    click(qtbot, button)
    click(qtbot, people.dialog.make_button)
    assert people.history.index(0, 3).data() == "Withdrawn"
    people.shares.selectRow(0)
    assert not button.isEnabled(), "it is already withdrawn"
    assert "already withdrawn" in button.toolTip() and "already withdrawn" in button.accessibleDescription()
