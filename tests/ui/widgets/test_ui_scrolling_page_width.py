"""A dialog whose body scrolls down (ui/widgets/screen_fit.py) opens wide enough for its page, its
scroll bar and the border high contrast draws around the scrolling part: the page was 3-6 px wider
than the part at 200 % text, and its right side could never be seen (it cannot scroll sideways)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea

from tests.shell_helpers import make_context
from ui.content.settings_dialog import SettingsDialog
from ui.runtime.app_context import AppContext
from ui.runtime.session import Session
from ui.shell.demo import make_demo_profile
from ui.windows.main_window import MainWindow

SMALLEST = (1, 1)  # Qt keeps a window at least at its minimum size: this asks for that


@pytest.fixture(params=["light", "high_contrast"])
def large(request, data_dir) -> Iterator[AppContext]:
    context = make_context(data_dir)
    context.theme.apply_theme(request.param)
    context.theme.set_text_scale(200)
    yield context
    context.theme.use_defaults()


@pytest.fixture
def window(qtbot, large, data_dir) -> Iterator[MainWindow]:
    profile, _code = make_demo_profile(data_dir / "demo")
    window = MainWindow(Session(profile, large.pool), large)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    profile.lock()


def _page_fits(dialog: QDialog, name: str) -> None:
    (scroll,) = [area for area in dialog.findChildren(QScrollArea) if area.accessibleName() == name]
    page = scroll.widget()
    if page.width() > scroll.viewport().width():
        # Wider than the screen allows (200 % on this 800 px test screen): the last resort is that
        # the page scrolls sideways, so its right side can still be seen; never that it is cut.
        assert scroll.horizontalScrollBar().maximum() >= page.width() - scroll.viewport().width(), (
            f"the page is {page.width()} px wide in {scroll.viewport().width()} px (a border of "
            f"{scroll.frameWidth()}) and cannot scroll sideways that far")
        return
    left = page.mapTo(dialog, page.rect().topLeft()).x()
    assert left >= 0 and left + page.width() <= dialog.width(), "the page's right side lies inside the dialog"


@pytest.mark.parametrize("size", [None, SMALLEST], ids=["first_size", "smallest"])
def test_settings_page_is_never_wider_than_its_scrolling_part(qtbot, window, large, size) -> None:
    dialog = SettingsDialog(window.session, large, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if size is not None:
        dialog.resize(*size)
    QApplication.processEvents()
    for index in range(dialog.pages.count()):
        dialog.pages.setCurrentIndex(index)
        QApplication.processEvents()
        _page_fits(dialog, "Settings")
    dialog.reject()


@pytest.mark.parametrize("size", [None, SMALLEST], ids=["first_size", "smallest"])
def test_the_share_wizards_page_is_never_wider_than_its_scrolling_part(qtbot, window, size) -> None:
    window.start_share()
    wizard = window.share_wizard
    qtbot.waitExposed(wizard)
    if size is not None:
        wizard.resize(*size)
    QApplication.processEvents()
    _page_fits(wizard, "Share")
    wizard.reject()
