"""From "Who is it for?" to the setup wizard's first step, Back and Next stay where they are
(walk g: they moved a few pixels, s02 vs s03): the same column, margins and Next's width."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.shell_helpers import wait_active
from ui.app import PassportApp


def place(button: QWidget) -> QRect:
    return QRect(button.mapToGlobal(button.rect().topLeft()), button.size())


def test_back_and_next_stay_from_who_it_is_for_to_the_first_step(qtbot, data_dir) -> None:
    app = PassportApp(["--data-dir", str(data_dir)])
    try:
        start = app.controller.start_window
        wait_active(qtbot, start)
        qtbot.mouseClick(start.launcher.new_button, Qt.MouseButton.LeftButton)
        chooser = app.controller.kind_chooser
        qtbot.waitUntil(lambda: start.pages.currentWidget() is chooser)
        QApplication.processEvents()
        before = (place(chooser.back_button), place(chooser.next_button))
        qtbot.mouseClick(chooser.next_button, Qt.MouseButton.LeftButton)
        wizard = start.wizard
        qtbot.waitUntil(lambda: wizard is not None and start.pages.currentWidget() is wizard)
        QApplication.processEvents()
        assert (place(wizard.back_button), place(wizard.next_button)) == before
    finally:
        app.close()
