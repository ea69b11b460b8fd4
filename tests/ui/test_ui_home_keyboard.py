"""Home by keyboard: Tab follows what is seen, every stop shows where the focus is, and
Enter on a focused button presses it (as Help says)."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton, QVBoxLayout, QWidget

from passport.profile import Profile
from tests.helpers import add_entry, png_bytes
from tests.shell_helpers import focused, make_context, press, wait_active
from ui.runtime.app_context import AppContext
from ui.runtime.session import Session
from ui.widgets.enter_on_buttons import EnterOnButtons
from ui.windows.main_window import EDITOR, MainWindow


@pytest.fixture
def enter_presses(qapp) -> Iterator[EnterOnButtons]:
    """The app installs this (ui/app.py); a window built straight in a test needs it too."""
    watcher = EnterOnButtons.install(qapp)
    yield watcher
    watcher.setParent(None)
    watcher.deleteLater()  # its filters and its connection go with it


@pytest.fixture
def context(data_dir) -> Iterator[AppContext]:
    context = make_context(data_dir)
    yield context
    context.theme.use_defaults()


@pytest.fixture
def window(qtbot, profile: Profile, context: AppContext, enter_presses) -> MainWindow:
    first = add_entry(profile, "Music helps", "I play guitar when it gets loud.", important_now=True)
    profile.add_attachment(first, "me.png", png_bytes(32, 16))
    add_entry(profile, "Quiet space", "A room with the door open a little.", review_by=datetime.date(2020, 1, 1))
    add_entry(profile, "Walks", "Round the park after tea.")
    view = MainWindow(Session(profile), context)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    wait_active(qtbot, view)
    view.home.finish_building()
    return view


def tab_stops(qtbot, window: MainWindow) -> list[QWidget]:
    """Every stop Tab reaches, from the first control of the window round to it again."""
    window.lock_button.setFocus(Qt.FocusReason.TabFocusReason)
    stops: list[QWidget] = []
    while focused() not in stops:
        stops.append(focused())
        press(qtbot, Qt.Key.Key_Tab)
    return stops


def test_tab_on_home_goes_top_to_bottom_and_along_each_row(qtbot, window):
    page = window.home.findChild(QWidget, "homePage")
    stops = [stop for stop in tab_stops(qtbot, window) if page.isAncestorOf(stop)]
    assert len(stops) > 8, "the cards, the review buttons and each section's buttons"
    places = [(stop.mapTo(page, QPoint(0, 0)), stop.accessibleName()) for stop in stops]
    for (before, name_before), (after, name_after) in pairwise(places):
        below = after.y() > before.y()
        along = after.y() == before.y() and after.x() > before.x()
        assert below or along, f"Tab went from {name_before!r} back up to {name_after!r}"


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
def test_every_tab_stop_shows_that_it_has_the_focus(qtbot, window, context, theme):
    context.theme.apply_theme(theme)
    for stop in tab_stops(qtbot, window):
        stop.setFocus(Qt.FocusReason.TabFocusReason)
        with_focus = stop.grab().toImage()
        window.setFocus()  # the window itself: no control has the focus
        qtbot.waitUntil(lambda stop=stop: not stop.hasFocus())
        without = stop.grab().toImage()
        assert with_focus != without, f"{type(stop).__name__} {stop.accessibleName()!r} shows no focus in {theme}"


def test_enter_on_a_focused_button_on_home_presses_it(qtbot, window):
    add = window.home.block(window.session.profile.sections()[0].id).add_button
    add.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Qt.Key.Key_Return)
    assert window.current_page() == EDITOR, "Enter on “Add something” starts a new entry"


def test_enter_presses_a_focused_tool_button_but_not_one_without_focus(qtbot, enter_presses):
    page = QWidget()
    qtbot.addWidget(page)
    tool, push = QToolButton(page), QPushButton("Go", page)
    layout = QVBoxLayout(page)
    layout.addWidget(tool)
    layout.addWidget(push)
    page.show()
    wait_active(qtbot, page)
    tool.setFocus()
    with qtbot.waitSignal(tool.clicked, timeout=1000):
        press(qtbot, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    push.setFocus()
    with qtbot.assertNotEmitted(tool.clicked), qtbot.waitSignal(push.clicked, timeout=1000):
        press(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is push
