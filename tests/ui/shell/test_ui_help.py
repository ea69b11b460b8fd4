"""The help page says what the app is not, and shows who to contact in a crisis."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ui.shell.help_view import HelpView


def test_help_shows_the_five_crisis_numbers_and_not_a_crisis_service(qtbot):
    view = HelpView()
    qtbot.addWidget(view)
    view.show()
    shown = "\n".join(label.text() for label in view.findChildren(QLabel) if label.isVisible())
    for number in ("116 123", "85258", "0800 1111", "111", "999"):
        assert number in shown
    for who in ("Samaritans", "Shout", "Childline", "NHS"):
        assert who in shown
    assert "not a crisis service" in shown
    assert "Ctrl+Shift+H" in shown, "the quick-hide key is listed with the keyboard keys"
