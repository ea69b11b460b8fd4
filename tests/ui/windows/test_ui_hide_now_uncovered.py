"""Nothing ever covers Hide now. At 200 % text on a window's smallest size, the demo's band and the
backup reminder wrap onto more lines than the window's smallest height counted, and the band was
laid over the bottom of the top bar (and of Hide now); the carer's band is the same kind of words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from passport.profile import Profile
from tests.shell_helpers import make_context
from ui.content.home_view import HomeView
from ui.runtime.app_context import AppContext
from ui.runtime.session import Session
from ui.shell.demo import make_demo_profile
from ui.shell.top_bar import TopBar
from ui.windows.carer_window import CarerWindow
from ui.windows.main_window import MainWindow

SMALLEST = (1, 1)  # Qt keeps a window at least at its minimum size: this asks for that


@pytest.fixture(params=["light", "high_contrast"])
def large(request, data_dir: Path) -> Iterator[AppContext]:
    context = make_context(data_dir, is_demo=True)
    context.theme.apply_theme(request.param)
    context.theme.set_text_scale(200)
    yield context
    context.theme.use_defaults()


def _place(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _covering(window: QMainWindow) -> list[str]:
    """The parts of ``window`` laid over its top bar or its Hide now, or squeezed below their smallest
    height (then the next part down is laid over them)."""
    (bar,) = window.findChildren(TopBar)
    bar_place = _place(bar, window)
    hide = _place(bar.hide_button, window)
    assert bar_place.contains(hide), f"Hide now {hide.getRect()} reaches out of its bar {bar_place.getRect()}"
    found = []
    parts = [part for part in bar.parentWidget().findChildren(QWidget)
             if part.parentWidget() is bar.parentWidget() and part is not bar and part.isVisible()]
    for part in parts:
        if _place(part, window).intersects(bar_place):
            found.append(f"{part.objectName() or type(part).__name__} at {_place(part, window).getRect()} "
                         f"over the bar at {bar_place.getRect()}")
    column = bar.parentWidget().layout()
    for index in range(column.count()):
        item = column.itemAt(index)
        width = item.geometry().width()
        smallest = item.heightForWidth(width) if item.hasHeightForWidth() else item.minimumSize().height()
        if not item.isEmpty() and item.geometry().height() < smallest:
            found.append(f"part {index} of the window's column is {item.geometry().height()} px high, needs {smallest}")
    return found


@pytest.mark.parametrize("reminder", [False, True], ids=["no_reminder", "reminder"])
def test_nothing_covers_hide_now_on_the_young_persons_smallest_window(qtbot, large, data_dir, reminder) -> None:
    profile, _code = make_demo_profile(data_dir / "demo")
    try:
        window = MainWindow(Session(profile, large.pool), large)
        qtbot.addWidget(window)
        if reminder:
            window.backup_reminder.show()  # as when a backup is due: its words wrap too
        window.resize(*SMALLEST)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: isinstance(window.pages.currentWidget(), HomeView))  # Home comes on the next turn
        QApplication.processEvents()
        assert _covering(window) == []
        words = window.backup_reminder.words
        if reminder:
            assert words.height() >= words.heightForWidth(words.width()), "the reminder's words whole"
    finally:
        profile.lock()


def test_nothing_covers_hide_now_on_the_carers_smallest_window(qtbot, large, jo: Profile, chooser) -> None:
    window = CarerWindow(Session(jo, large.pool), large, chooser)
    qtbot.addWidget(window)
    window.resize(*SMALLEST)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    assert _covering(window) == []
    (banner,) = [label for label in window.findChildren(QWidget) if label.objectName() == "carerBanner"]
    assert banner.height() >= banner.heightForWidth(banner.width()), "the band's words whole"
