"""Hide now and Lock paint the page that takes the profile's place before the vault closes:
closing may wait for a job's piece of work, and the screen must never wait with it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

from tests.journeys.window_steps import unlock_by_keys
from ui.app import PassportApp


class PaintsSeen(QObject):
    """Which of the given pages (or anything inside them) have been painted."""

    def __init__(self, *pages: QWidget) -> None:
        super().__init__()
        self.pages = pages
        self.painted: set[QWidget] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            self.painted |= {page for page in self.pages if watched is page or page.isAncestorOf(watched)}
        return False


@pytest.fixture
def running(qtbot, data_dir, made_profile):
    profile, _code = made_profile
    profile.lock()
    app = PassportApp(["--data-dir", str(data_dir)])
    yield app
    app.close()


@pytest.mark.parametrize("hide", [True, False])
def test_the_page_in_its_place_is_painted_before_the_vault_closes(qtbot, running, hide) -> None:
    window = unlock_by_keys(qtbot, running)
    session = window.session
    start = running.controller.start_window
    page = start.neutral if hide else start.unlock
    seen = PaintsSeen(page)
    running.qt_app.installEventFilter(seen)
    painted_when_locked: list[bool] = []
    # ``locked`` is said just before the vault closes, with the screen already changed.
    session.locked.connect(lambda: painted_when_locked.append(page in seen.painted))
    try:
        if hide:
            ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
            qtbot.keyClick(window, Qt.Key.Key_H, ctrl_shift)
        else:
            qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    finally:
        running.qt_app.removeEventFilter(seen)
    # (Said twice: the profile's window, closed as it leaves, locks too.)
    assert painted_when_locked and all(painted_when_locked)
    assert start.pages.currentWidget() is page
    assert session.profile.is_locked
