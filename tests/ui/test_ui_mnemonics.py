"""Each Alt+letter belongs to one control on a screen: a key that two visible controls share
goes to whichever Qt finds first, and the person cannot tell which."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QStackedWidget, QTabBar, QWidget

from passport.profile import Profile
from tests.helpers import add_entry
from tests.shell_helpers import make_context
from tests.ui_sharing_helpers import AnsweringChooser
from ui.runtime.app_context import AppContext
from ui.runtime.session import Session
from ui.windows.carer_window import CarerWindow
from ui.windows.main_window import EDITOR, NAVIGATION, MainWindow
from ui.windows.practitioner_window import PractitionerWindow

# "&x" marks x as the key; "&&" is a plain ampersand.
_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).upper() if found else None


def mnemonics_on_screen(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter -> the visible texts that claim it, in ``window`` (the screen in front)."""
    claims: dict[str, list[str]] = defaultdict(list)
    texts: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(index) for index in range(widget.count()) if widget.isTabVisible(index)]
    for text in texts:
        key = mnemonic(text)
        if key:
            claims[key].append(text)
    return claims


class Screens:
    """Walks screens and notes every Alt+letter that two visible controls share."""

    def __init__(self) -> None:
        self.shared: list[str] = []

    def check(self, window: QWidget, screen: str) -> None:
        shared = {key: texts for key, texts in mnemonics_on_screen(window).items() if len(texts) > 1}
        if shared:
            self.shared.append(f"on {screen}: {shared}")


@pytest.fixture
def context(data_dir: Path) -> Iterator[AppContext]:
    context = make_context(data_dir)
    yield context
    context.theme.use_defaults()


def stack_pages(stack: QStackedWidget) -> Iterator[int]:
    for index in range(stack.count()):
        stack.setCurrentIndex(index)
        yield index


def test_the_young_persons_screens_give_each_alt_key_to_one_control(qtbot, profile: Profile, context,
                                                                     entries: list[str], chooser: AnsweringChooser):
    add_entry(profile, "Walks", "Round the park after tea.")
    screens = Screens()
    window = MainWindow(Session(profile), context, chooser)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    for page in (*NAVIGATION, EDITOR):
        if page == EDITOR:
            window.open_entry(entries[0])
        else:
            window.show_page(page)
        screens.check(window, f"page {page} of the main window")
        for stack in window.page(page).findChildren(QStackedWidget):
            if stack.isVisible():
                for index in stack_pages(stack):
                    screens.check(window, f"page {page}, step {index} of {stack.objectName() or 'a stack'}")
    window.show_page(NAVIGATION[0])

    window.open_settings()
    dialog = window.settings_dialog
    qtbot.waitExposed(dialog)
    for index in range(dialog.pages.count()):
        dialog.pages.setCurrentIndex(index)
        screens.check(dialog, f"Settings, tab {dialog.pages.pageName(index)}")
    dialog.reject()

    window.start_share()
    wizard = window.share_wizard
    qtbot.waitExposed(wizard)
    for index in stack_pages(wizard.pages):
        screens.check(wizard, f"the share wizard, step {index}")
    wizard.reject()

    window.open_backup_dialog()
    qtbot.waitExposed(window.backup_dialog)
    screens.check(window.backup_dialog, "the backup dialog")
    window.backup_dialog.reject()
    assert not screens.shared, "\n".join(screens.shared)


def test_the_carers_and_practitioners_windows_give_each_alt_key_to_one_control(
        qtbot, jo: Profile, practitioner: Profile, context, chooser: AnsweringChooser):
    screens = Screens()
    for window in (CarerWindow(Session(jo), context, chooser), PractitionerWindow(Session(practitioner), context,
                                                                                  chooser)):
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        screens.check(window, type(window).__name__)
        for stack in window.findChildren(QStackedWidget):
            if stack.isVisible():
                for index in stack_pages(stack):
                    screens.check(window, f"{type(window).__name__}, step {index} of {stack.objectName()}")
    assert not screens.shared, "\n".join(screens.shared)


def test_the_start_screens_give_each_alt_key_to_one_control(qtbot, profile: Profile, context, data_dir: Path):
    from passport.store import profiles
    from ui.shell.start_window import StartWindow

    screens = Screens()
    window = StartWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    screens.check(window, "the launcher")
    window.show_unlock(profiles.list_profiles(data_dir)[0])
    screens.check(window, "the unlock screen")
    wizard = window.show_wizard()
    for stack in wizard.findChildren(QStackedWidget):
        if stack.isVisible():
            for index in stack_pages(stack):
                screens.check(window, f"the setup wizard, step {index}")
    window.drop_wizard()
    assert not screens.shared, "\n".join(screens.shared)
