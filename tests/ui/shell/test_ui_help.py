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


def test_help_says_how_to_share_back_up_and_get_in_without_the_passphrase(qtbot):
    view = HelpView()
    qtbot.addWidget(view)
    view.show()
    shown = [label.text() for label in view.findChildren(QLabel) if label.isVisible()]
    for heading in ("Sharing", "Backups", "A new recovery code", "If you forget your passphrase"):
        assert heading in shown
    assert any("recovery code" in text and "unlock screen" in text for text in shown)
    # A new code: the passphrase first, and the old code works until the new one is checked.
    assert any("type your passphrase first" in text and "your old code still works" in text for text in shown)


def test_helps_alt_keys_follow_the_pages_on_the_left_and_each_goes_there(qtbot, profile, data_dir):
    from PySide6.QtCore import Qt

    from tests.shell_helpers import make_context, wait_active
    from ui.runtime.session import Session
    from ui.windows.main_window import HELP, MainWindow

    window = MainWindow(Session(profile), make_context(data_dir))
    qtbot.addWidget(window)
    window.show()
    wait_active(qtbot, window)
    help_view = window.page(HELP)
    texts = [label.text() for label in help_view.findChildren(QLabel)]
    keys = {texts[i + 1]: texts[i] for i in range(len(texts) - 1) if texts[i].startswith("Alt+")}
    sidebar = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    listed = [name for name in keys if name in sidebar]
    assert listed == sidebar, "Help lists every page, in the sidebar's order"
    for row, name in enumerate(sidebar):
        number = int(keys[name].removeprefix("Alt+"))
        assert number == row + 1, "the numbers count down the sidebar as it is seen"
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.AltModifier)
        assert window.navigation.currentRow() == row, f"{keys[name]} goes to {name}"
    assert keys["Settings"] == f"Alt+{len(sidebar) + 1}", "Settings, below the pages, comes next"
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{len(sidebar) + 1}"), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.settings_dialog is not None and window.settings_dialog.isVisible())
    window.settings_dialog.reject()


def test_the_young_persons_help_is_true_to_the_app_now(qtbot):
    view = HelpView()
    qtbot.addWidget(view)
    shown = "\n".join(label.text() for label in view.findChildren(QLabel))
    assert "in the list on the left" not in shown, "Share is a button below the pages"
    assert "button below the pages" in shown
    for words in ("Trusted people", "Get back in with trusted people", "replaces the old one", "reply",
                  "When things get hard", "draw a picture", "record your voice", "one-page profile",
                  "what to call you", "Read aloud", "Easy read", "Pieces I keep"):
        assert words in shown, f"Help speaks of “{words}”"


def test_the_setup_wizard_says_trusted_people_can_help(qtbot, data_dir):
    from tests.shell_helpers import make_context
    from ui.shell.setup_wizard import SetupWizard

    wizard = SetupWizard(make_context(data_dir))
    qtbot.addWidget(wizard)
    said = [label.text() for label in wizard.findChildren(QLabel) if "nobody can open" in label.text()]
    assert said and all("trusted people" in text for text in said), "losing both is not the end if they set them up"
