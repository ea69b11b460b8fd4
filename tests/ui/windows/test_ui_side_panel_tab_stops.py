"""Tab round the young person's window stops only at things to use: the scrolling part that holds the
left panel took a stop of its own (an outline round the whole column, before the page list)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.shell_helpers import make_context, press, wait_active
from ui.runtime.session import Session
from ui.shell.demo import make_demo_profile
from ui.windows.main_window import PEOPLE, MainWindow
from ui.windows.side_panel_scroll import SidePanelScroll


@pytest.fixture
def window(qtbot, data_dir) -> Iterator[MainWindow]:
    context = make_context(data_dir)
    profile, _code = make_demo_profile(data_dir / "demo")
    window = MainWindow(Session(profile, context.pool), context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    wait_active(qtbot, window)
    yield window
    profile.lock()


def test_tab_from_the_people_page_goes_straight_to_the_page_list(qtbot, window) -> None:
    window.show_page(PEOPLE)
    qtbot.waitUntil(lambda: window.pages.currentWidget().isVisible())
    stops: list[QWidget] = []
    while QApplication.focusWidget() is not window.navigation and len(stops) < 60:
        press(qtbot, Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
    assert window.navigation in stops, "Tab reaches the page list"
    assert not [stop for stop in stops if isinstance(stop, SidePanelScroll)], "no stop round the whole column"
    # and on, through the buttons under the list, without a stop between
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.share_button
