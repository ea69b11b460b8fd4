"""Settings' parts in a list down the side (ui/widgets/side_pages.py): every name whole and in sight
(its tabs hid behind scroll arrows at 200 % text), reached by the keyboard as well as the mouse,
named for screen readers, and the words that send someone to a part name it as it is now."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.shell_helpers import make_context
from ui.content.settings_dialog import SettingsDialog
from ui.runtime.session import Session
from ui.shell.help_view import HelpView
from ui.widgets.side_pages import SidePages

PAGES = ["Name and look", "Locking", "Passphrase", "Recovery code", "Backup", "Trusted people", "Pieces I keep"]


@pytest.fixture
def session(qtbot, made_profile) -> Session:
    return Session(made_profile[0])


@pytest.fixture
def dialog(qtbot, session, data_dir) -> Iterator[SettingsDialog]:
    context = make_context(data_dir)
    dialog = SettingsDialog(session, context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    context.theme.use_defaults()


def test_every_part_is_named_in_the_list_beside_its_page(dialog) -> None:
    names = dialog.pages.names
    assert [names.item(row).text() for row in range(names.count())] == PAGES
    assert names.accessibleName() == "Settings pages"
    for row, name in enumerate(PAGES):
        names.setCurrentRow(row)
        assert dialog.pages.currentIndex() == row
        assert dialog.pages.currentWidget().accessibleName() == name, "each page is named for a screen reader"
        assert dialog.pages.currentWidget().isVisible()
    # Chosen as a screen reader may (selecting the item, not moving the current row): its page shows.
    names.selectionModel().select(names.model().index(2, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert dialog.pages.currentWidget().accessibleName() == "Passphrase"


def test_the_keyboard_goes_from_part_to_part(qtbot, dialog) -> None:
    names = dialog.pages.names
    assert QApplication.focusWidget() is names, "the list has the keyboard as Settings opens"
    qtbot.keyClick(names, Qt.Key.Key_Down)
    assert dialog.pages.currentWidget().accessibleName() == "Locking"
    qtbot.keyClick(names, Qt.Key.Key_End)
    assert dialog.pages.currentWidget() is dialog.held_tab
    # Ctrl+Tab from inside a page, as in tabs: the next part, round from the last to the first.
    dialog.pages.setCurrentIndex(0)
    dialog.name_field.setFocus()
    qtbot.keyClick(dialog.name_field, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert dialog.pages.currentIndex() == 1
    qtbot.keyClick(dialog.idle_minutes, Qt.Key.Key_Backtab,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert dialog.pages.currentIndex() == 0
    qtbot.keyClick(dialog.name_field, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert dialog.pages.currentWidget() is dialog.held_tab


def test_the_words_that_send_someone_to_trusted_people_name_it_as_it_is(qtbot, dialog) -> None:
    said = [label.text() for label in dialog.findChildren(QLabel)]
    assert not [text for text in said if " tab" in text], "Settings has no tabs now"
    help_view = HelpView()
    qtbot.addWidget(help_view)
    shown = "\n".join(label.text() for label in help_view.findChildren(QLabel))
    assert " tab" not in shown
    assert "Settings, then Trusted people" in shown


def test_the_list_of_names_is_a_sound_model(qtbot, qtmodeltester) -> None:
    pages = SidePages()
    qtbot.addWidget(pages)
    for name in PAGES:
        pages.addPage(QLabel(name), name)
    # pytest-qt's own checks: Qt's tester outlived the list's model (deleted with the list) and crashed.
    qtmodeltester.check(pages.names.model(), force_py=True)
    assert pages.currentIndex() == 0 and pages.pageName(6) == "Pieces I keep"
