"""The share wizard as a person meets it (walk g, items 6 to 8): the date box shows the date the
chosen length gives; the list of people takes the room and shows each person whole; the preview
says the day it was made, never the time, on both sides; the card numbers are in rows of groups,
as the card dialog shows them; and Back and Next stay where they are from step to step."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QRadioButton

from passport.clock import today
from passport.models import ProfileKind
from passport.profile import Profile
from tests.helpers import add_entry
from tests.sharing_helpers import give_card, in_a_week
from tests.shell_helpers import make_context, wait_active
from tests.suggestion_helpers import make_person
from tests.ui_sharing_helpers import AnsweringChooser
from ui.runtime.app_context import AppContext
from ui.runtime.session import Session
from ui.sharing.share_wizard import CHOOSE, PERSON, PREVIEW, UNTIL, ShareWizard
from ui.widgets.bundle_document import long_date
from ui.widgets.fingerprint_label import FingerprintLabel
from ui.windows.main_window import MainWindow
from ui.windows.practitioner_window import PractitionerWindow

TIME = re.compile(r"\b\d{1,2}[:.]\d\d\b")


@pytest.fixture
def context(data_dir: Path) -> Iterator[AppContext]:
    made = make_context(data_dir)
    yield made
    made.theme.use_defaults()


@pytest.fixture
def three_people(profile: Profile, data_dir: Path, tmp_path: Path) -> list[str]:
    """Ash, Jo Carter and Sam Lee, as in the walk: three rows of three lines each."""
    profile.people.set_card_details("Sky")
    add_entry(profile, "Football on Saturdays", "I play left wing.", important_now=True)
    names = []
    for label, name, role, kind in (("a", "Ash", "", ProfileKind.YOUNG_PERSON),
                                    ("j", "Jo Carter", "Social worker", ProfileKind.PRACTITIONER),
                                    ("s", "Sam Lee", "Foster carer", ProfileKind.CARER)):
        other = make_person(data_dir, kind, label, name, role)
        give_card(other, profile, tmp_path)
        other.lock()
        names.append(name)
    return names


def open_wizard(qtbot, context: AppContext, profile: Profile, chooser: AnsweringChooser) -> ShareWizard:
    window = MainWindow(Session(profile), context, chooser)
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    wait_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.share_wizard is not None and window.share_wizard.isVisible())
    wizard = window.share_wizard
    assert wizard is not None
    qtbot.waitExposed(wizard)
    return wizard


def click(qtbot, button) -> None:
    """Where a person clicks: a push button anywhere, a round choice on its circle or its words' start
    (its middle, in a wide row, is beside its words and clicks nothing)."""
    where = QPoint(8, button.height() // 2) if isinstance(button, QRadioButton) else button.rect().center()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=where)


def to_step(qtbot, wizard: ShareWizard, step) -> None:
    if wizard.current_step() is CHOOSE:
        click(qtbot, wizard.important_button)
        click(qtbot, wizard.next_button)
    if step is PERSON:
        return
    wizard.contact_list.setCurrentIndex(wizard.contacts.index(1))
    click(qtbot, wizard.next_button)
    if step is UNTIL:
        return
    click(qtbot, wizard.next_button)
    assert wizard.current_step() is PREVIEW


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def test_the_date_box_shows_the_day_the_chosen_length_ends(qtbot, context, profile, three_people, chooser) -> None:
    wizard = open_wizard(qtbot, context, profile, chooser)
    to_step(qtbot, wizard, UNTIL)
    buttons = wizard.until_buttons
    assert buttons["month"].isChecked()
    assert wizard.until_date.date() == qdate(today() + dt.timedelta(days=30)), "1 month, not two weeks"
    for key, days in (("week", 7), ("three_months", 91), ("month", 30)):
        click(qtbot, buttons[key])
        assert buttons[key].isChecked(), "showing its date leaves the length chosen"
        assert wizard.until_date.date() == qdate(today() + dt.timedelta(days=days))
        assert wizard.last_day() == today() + dt.timedelta(days=days)

    # Changing the date there chooses "Until a date", and that date is the last day.
    wizard.until_date.setFocus()
    qtbot.keyClick(wizard.until_date, Qt.Key.Key_Up)
    assert buttons["date"].isChecked()
    assert wizard.last_day() == wizard.until_date.date().toPython() != today() + dt.timedelta(days=30)
    click(qtbot, buttons["week"])
    assert wizard.until_date.date() == qdate(today() + dt.timedelta(days=7))


def whole_rows(wizard: ShareWizard) -> list[str]:
    view = wizard.contact_list
    inside = view.viewport().rect()
    return [wizard.contacts.index(row).data().split("\n")[0] for row in range(wizard.contacts.rowCount())
            if inside.contains(view.visualRect(wizard.contacts.index(row)))]


@pytest.mark.parametrize("scale", [100, 200])
def test_the_people_list_takes_the_room_and_shows_each_person_whole(
        qtbot, context, profile, three_people, chooser, scale) -> None:
    context.theme.set_text_scale(scale)
    wizard = open_wizard(qtbot, context, profile, chooser)
    to_step(qtbot, wizard, PERSON)
    QApplication.processEvents()
    assert whole_rows(wizard) == ["Ash", "Jo Carter", "Sam Lee"], f"at {scale} %"
    assert wizard.contact_list.verticalScrollBar().maximum() == 0, "nothing to scroll to"


def test_the_preview_says_the_day_only_and_the_numbers_in_rows(qtbot, context, profile, three_people,
                                                               chooser) -> None:
    wizard = open_wizard(qtbot, context, profile, chooser)
    to_step(qtbot, wizard, PREVIEW)
    text = wizard.preview.toPlainText()
    lines = [line.strip() for line in text.split("\n")]
    assert lines[lines.index("Made on") + 1] == long_date(today())
    assert not TIME.search(text), "the time of day is not said"
    rows = FingerprintLabel(profile.people.own_card().fingerprint).text().split("\n")
    assert len(rows) > 1
    where = [lines.index(row) if row in lines else -1 for row in rows]
    assert -1 not in where and where == list(range(where[0], where[0] + len(rows))), \
        "the numbers in the card dialog's rows, one under the other"


def test_the_practitioner_reads_the_day_only_and_the_numbers_in_rows(
        qtbot, data_dir, profile, practitioner, sam, entries, chooser, tmp_path) -> None:
    path = tmp_path / "share.wpb"
    profile.sharing.make_share(entries, sam, in_a_week(), "For our meeting", path)
    practitioner.received.open_bundle(path)
    window = PractitionerWindow(Session(practitioner), make_context(data_dir), chooser)
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    qtbot.waitUntil(lambda: window.built)
    qtbot.waitUntil(lambda: "Made on" in window.view.browser.toPlainText())
    text = window.view.browser.toPlainText()
    assert long_date(today()) in text and not TIME.search(text)
    lines = [line.strip() for line in text.split("\n")]
    for row in FingerprintLabel(profile.people.own_card().fingerprint).text().split("\n"):
        assert row in lines


def test_back_and_next_stay_where_they_are(qtbot, context, profile, three_people, chooser) -> None:
    wizard = open_wizard(qtbot, context, profile, chooser)

    def places() -> tuple[QRect, QRect, QRect]:
        QApplication.processEvents()
        return (wizard.next_button.geometry(), wizard.back_button.geometry(), wizard.step_label.geometry())

    first = places()
    to_step(qtbot, wizard, PERSON)
    seen = [places()]
    wizard.contact_list.setCurrentIndex(wizard.contacts.index(1))
    click(qtbot, wizard.next_button)
    seen.append(places())
    click(qtbot, wizard.next_button)
    assert wizard.current_step() is PREVIEW
    seen.append(places())
    assert first[0] == seen[0][0], "Next does not move when Back appears"
    assert all(place == seen[0] for place in seen), seen
