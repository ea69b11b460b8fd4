"""The window's first size fits the screen's free room for every kind of profile (a 1366×768
laptop had the practitioner's window partly off-screen), and at that size the screens a new
user found cramped are not: the boundaries' three short answers show without scrolling, the
list's State column is whole, the reply's "what I'll do" boxes and the boundaries' boxes have
room, and Sky's share table gives each title a line of its own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QWidget

from passport.profile import Profile
from tests.helpers import add_entry
from tests.sharing_helpers import in_a_week
from tests.shell_helpers import make_context
from tests.ui.practitioner.test_ui_practitioner import open_by_click
from ui.content.boundaries_dialog import BoundariesDialog
from ui.practitioner.reply_dialog import ReplyDialog
from ui.runtime.session import Session
from ui.shell.start_window import StartWindow, first_size
from ui.windows.carer_window import CarerWindow
from ui.windows.main_window import PEOPLE, MainWindow
from ui.windows.practitioner_window import PractitionerWindow

CALL_ME, DONT_ASK, HOW = "Jay", "My dad, or why I moved.", "Slowly. Tell me what will happen next."


@pytest.fixture(params=[100, 150])
def text_scale(request, data_dir):
    context = make_context(data_dir)
    context.theme.set_text_scale(request.param)
    yield context
    context.theme.use_defaults()


def shown_in(qtbot, context, window: QWidget) -> StartWindow:
    start = StartWindow(context)
    qtbot.addWidget(start)
    start.show()
    qtbot.waitExposed(start)
    start.show_profile_window(window)
    QApplication.processEvents()
    return start


def whole(widget: QWidget) -> bool:
    return widget.visibleRegion().boundingRect() == widget.rect()


def test_a_first_size_for_a_laptop() -> None:
    laptop = QSize(1366, 728)  # 1366×768 less a panel
    size = first_size(laptop)
    assert QSize(960, 680).width() <= size.width() <= laptop.width() - 40
    assert 680 <= size.height() <= laptop.height() - 40
    assert first_size(QSize(2560, 1400)) == QSize(1200, 800), "not a wall of window on a large screen"


@pytest.mark.parametrize("kind", ["young person", "carer", "practitioner"])
def test_every_kind_opens_within_the_screen(qtbot, text_scale, kind, profile, jo, practitioner, chooser) -> None:
    owner: Profile = {"young person": profile, "carer": jo, "practitioner": practitioner}[kind]
    window_class = {"young person": MainWindow, "carer": CarerWindow, "practitioner": PractitionerWindow}[kind]
    start = shown_in(qtbot, text_scale, window_class(Session(owner), text_scale, chooser))
    room = start.screen().availableGeometry()
    assert room.contains(start.frameGeometry()), f"{start.frameGeometry()} is not all within {room}"


def test_the_practitioner_reads_the_boundaries_and_the_state_whole(qtbot, profile, practitioner, sam, data_dir,
                                                                    chooser, tmp_path) -> None:
    context = make_context(data_dir)
    window = PractitionerWindow(Session(practitioner), context, chooser)
    start = shown_in(qtbot, context, window)
    profile.set_boundaries(CALL_ME, DONT_ASK, HOW)
    ids = [add_entry(profile, f"Entry {n}", "Words. " * 60) for n in range(6)]
    shared = tmp_path / "s.wpb"
    profile.sharing.make_share(ids, sam, in_a_week(), "New school", shared, with_boundaries=True)
    open_by_click(qtbot, window, chooser, shared)
    band = window.view.boundaries_band
    qtbot.waitUntil(band.isVisible)
    QApplication.processEvents()
    assert start.screen().availableGeometry().contains(start.frameGeometry())
    assert band.verticalScrollBar().maximum() == 0, "three short answers need no scrolling"
    assert all(whole(label) for label in band.lines)
    header = window.list.horizontalHeader()
    for column in range(header.count()):
        needed = max(window.list.sizeHintForColumn(column), header.sectionSizeHint(column))
        assert header.sectionSize(column) >= needed - 1, f"column {column} is cut"
    assert whole(window.list.viewport()) and window.list.viewport().width() >= header.length()


def test_the_reply_has_room_for_two_boxes(qtbot, text_scale, profile, practitioner, sam, tmp_path) -> None:
    ids = [add_entry(profile, f"Entry {n}", "Words.") for n in range(4)]
    profile.sharing.make_share(ids, sam, in_a_week(), "New school", tmp_path / "s.wpb")
    bundle = practitioner.received.open_bundle(tmp_path / "s.wpb").subject
    dialog = ReplyDialog(Session(practitioner), None, practitioner.received.received_bundle(bundle.id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    first, second = list(dialog.notes.values())[:2]
    assert whole(first) and whole(second), "the first two boxes show whole before anything scrolls"
    room = dialog.screen().availableGeometry()
    assert dialog.height() <= room.height()


def test_the_boundaries_boxes_show_four_lines(qtbot, text_scale, profile) -> None:
    dialog = BoundariesDialog(Session(profile))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for line in ("Slowly.", "Tell me what will happen next.", "Give me time.", "Ask before you touch my things."):
        qtbot.keyClicks(dialog.how_to_talk, line)
        qtbot.keyClick(dialog.how_to_talk, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.how_to_talk, Qt.Key.Key_Backspace)
    QApplication.processEvents()
    assert dialog.how_to_talk.verticalScrollBar().maximum() == 0, "four short lines need no scroll bar"
    for label in dialog.findChildren(type(dialog.error)):
        if label.isVisible() and label.text():
            assert whole(label) and label.height() >= label.heightForWidth(label.width()), label.text()


def test_sky_reads_each_title_whole_in_the_share_table(qtbot, profile, sam, data_dir, chooser, tmp_path) -> None:
    context = make_context(data_dir)
    window = MainWindow(Session(profile), context, chooser)
    start = shown_in(qtbot, context, window)
    titles = ["Quiet space when it gets loud", "Music helps", "My nan and Sundays"]
    ids = [add_entry(profile, title, "x") for title in titles]
    window.session.apply(profile.sharing.make_share(ids, sam, in_a_week(), "School", tmp_path / "one.wpb"))
    window.show_page(PEOPLE)
    people = window.people
    people.select_contact(sam.id)
    QApplication.processEvents()
    table, header = people.shares, people.shares.horizontalHeader()
    assert people.history.index(0, 2).data().split("\n") == titles, "a title to a line"
    widest_word = max(table.fontMetrics().horizontalAdvance(word) for title in titles for word in title.split())
    for column in (2, 3):
        assert header.sectionSize(column) >= widest_word + 8, "no word is broken"
        assert header.sectionSize(column) >= table.fontMetrics().averageCharWidth() * 10
    for column in range(4):
        index = people.history.index(0, column)
        assert table.rowHeight(0) >= table.sizeHintForIndex(index).height(), f"column {column} is cut"
    assert start.screen().availableGeometry().contains(start.frameGeometry())
