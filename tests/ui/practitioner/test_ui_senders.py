"""Who really sent it, in the practitioner's window (issue 13, item 1): a share in a known
name from another card is held apart with a warning and the compare-the-numbers step; the
status line says what was checked (the file and its card), never that it is Sky's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from passport.exchange.contacts import Contact
from passport.formats.cards import fingerprint_groups
from passport.models import ProfileKind
from passport.profile import Profile
from tests.helpers import add_entry
from tests.sharing_helpers import in_a_week
from tests.shell_helpers import make_context
from tests.suggestion_helpers import introduce, make_person
from tests.ui.test_ui_accessibility import problems_in
from tests.ui_sharing_helpers import AnsweringChooser
from ui.practitioner.held_share_dialog import HeldShareDialog
from ui.practitioner.sender_check_dialog import SenderCheckDialog
from ui.runtime.session import Session
from ui.windows.practitioner_window import PractitionerWindow


@pytest.fixture
def window(qtbot, practitioner: Profile, data_dir: Path, chooser: AnsweringChooser) -> PractitionerWindow:
    view = PractitionerWindow(Session(practitioner), make_context(data_dir), chooser)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.built)  # its list read and its body shown, a turn each
    return view


@pytest.fixture
def real(profile: Profile, sam: Contact, tmp_path: Path) -> Path:
    """The real Sky's share (``profile``'s card is named Sky)."""
    entry = add_entry(profile, "Music helps", "I play guitar when it gets loud.")
    out = tmp_path / "real.wpb"
    profile.sharing.make_share([entry], sam, in_a_week(), "New school", out)
    return out


@pytest.fixture
def forger(data_dir: Path) -> Iterator[Profile]:
    other = make_person(data_dir, ProfileKind.YOUNG_PERSON, "Other", "Sky")
    yield other
    other.lock()


@pytest.fixture
def forged(forger: Profile, practitioner: Profile, tmp_path: Path) -> Path:
    """A share from another card, also named Sky."""
    contact = introduce(forger, practitioner, tmp_path)
    entry = add_entry(forger, "Forged words", "Words Sky never wrote.")
    out = tmp_path / "forged.wpb"
    forger.sharing.make_share([entry], contact, in_a_week(), "", out)
    return out


def open_by_click(qtbot, window: PractitionerWindow, chooser: AnsweringChooser, path: Path) -> None:
    chooser.answer(path)
    qtbot.mouseClick(window.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.open_button.isEnabled, timeout=10_000)


def _dialog(window: PractitionerWindow) -> HeldShareDialog:
    dialog = window.held.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_share_in_sky_name_from_another_card_is_held_apart(
    qtbot, qtmodeltester, window, chooser, real, forged, profile, forger
) -> None:
    open_by_click(qtbot, window, chooser, real)
    assert not window.held.isVisible()
    open_by_click(qtbot, window, chooser, forged)

    status = window.status.text()
    assert status.startswith("Held, not opened: this file says it is from Sky")
    assert "shared by" not in status.lower()
    # Not listed as Sky's: only the real one is in the list; the held one is apart.
    assert window.model.rowCount() == 1
    assert window.held.isVisible() and window.held.model.rowCount() == 1
    qtmodeltester.check(window.held.model)
    assert "a different card, held" in window.held.model.index(0, 0).data()
    assert "Forged words" not in window.view.browser.toPlainText()

    # The compare-the-numbers step opened by itself: both cards' numbers, in groups.
    dialog = _dialog(window)
    assert dialog.numbers.accessibleName().endswith(", ".join(fingerprint_groups(forger.people.own_card().fingerprint)))
    assert [n.accessibleName() for n in dialog.known_numbers] == [
        "Card numbers: " + ", ".join(fingerprint_groups(profile.people.own_card().fingerprint))]
    assert problems_in(dialog) == []
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.held.dialog is None)
    assert window.held.model.rowCount() == 1, "not now changes nothing"
    assert problems_in(window) == []

    # Compared, and it is someone else also called Sky: now listed, as its own.
    qtbot.mouseClick(window.held.compare_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_dialog(window).different_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    assert not window.held.isVisible()
    assert window.status.text() == "Kept as from a different person who is also called Sky."


def test_a_held_share_can_be_deleted_from_the_keyboard(qtbot, window, chooser, real, forged, practitioner) -> None:
    open_by_click(qtbot, window, chooser, real)
    open_by_click(qtbot, window, chooser, forged)
    dialog = _dialog(window)
    dialog.delete_button.setFocus()
    qtbot.keyClick(dialog.delete_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.held.model.rowCount() == 0)
    assert window.status.text() == "Deleted. Nothing that card sent is kept."
    assert window.model.rowCount() == 1
    assert practitioner.received.held_shares() == []


def test_the_status_line_says_which_card_and_whether_checked(qtbot, window, chooser, real, profile) -> None:
    open_by_click(qtbot, window, chooser, real)
    numbers = " ".join(fingerprint_groups(profile.people.own_card().fingerprint))
    line = window.view.sender_status.text()
    assert line.startswith(f"This file is whole and signed by the card with numbers {numbers} - first seen on ")
    assert line.endswith(", not yet checked in person.")
    assert "Sky" not in line
    assert window.view.check_button.isVisible()

    qtbot.mouseClick(window.view.check_button, Qt.MouseButton.LeftButton)
    dialog = window.view.card_dialog
    assert isinstance(dialog, SenderCheckDialog) and dialog.isVisible()
    assert problems_in(dialog) == []
    qtbot.mouseClick(dialog.checked_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "checked in person on" in window.view.sender_status.text())
    assert not window.view.check_button.isVisible()
    assert problems_in(window) == []


def test_a_share_whose_time_ran_out_is_not_shown_even_before_the_purge(
    qtbot, window, chooser, profile, sam, data_dir, practitioner, tmp_path, monkeypatch
) -> None:
    """Item 9: reads filter by expiry themselves; the list catches up when a row is chosen."""
    entry = add_entry(profile, "Music helps", "I play guitar when it gets loud.")
    soon = tmp_path / "soon.wpb"
    profile.sharing.make_share([entry], sam, dt.datetime.now(dt.UTC) + dt.timedelta(days=1), "", soon)
    ali = make_person(data_dir, ProfileKind.YOUNG_PERSON, "Ali", "Ali")
    try:
        other = tmp_path / "ali.wpb"
        ali.sharing.make_share([add_entry(ali, "Football", "Saturdays.")], introduce(ali, practitioner, tmp_path),
                               in_a_week(), "", other)
    finally:
        ali.lock()
    open_by_click(qtbot, window, chooser, soon)
    open_by_click(qtbot, window, chooser, other)
    assert window.model.rowCount() == 2 and "Football" in window.view.browser.toPlainText()

    soon_id = next(b.id for b in practitioner.received.received_bundles() if b.sender.display_name == "Sky")
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=2)
    monkeypatch.setattr("passport.clock.now", lambda: later)
    # No purge has run yet; choosing the row whose time is up shows nothing of it.
    window.list.setFocus()
    down = window.model.row_of(soon_id) > window.list.currentIndex().row()
    qtbot.keyClick(window.list, Qt.Key.Key_Down if down else Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert "Music helps" not in window.view.browser.toPlainText()
    assert "Football" in window.view.browser.toPlainText()
