"""The accessibility API's Toggle on an entry of the share wizard ticks it (switch access and voice
control act that way), as Space does; Qt's own Toggle on a cell only selected it. A click on an
entry's words and the arrow keys still only move, and a box that is greyed out stays as it is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface
from PySide6.QtWidgets import QTreeWidgetItem

from passport.profile import Profile
from tests.helpers import add_entry, png_bytes
from tests.ui_sharing_helpers import AnsweringChooser
from ui.runtime.session import Session
from ui.sharing.share_wizard import ShareWizard


@pytest.fixture
def wizard(qtbot, profile: Profile, sam) -> ShareWizard:
    music = add_entry(profile, "Music helps", "I play guitar when it gets loud.", important_now=True)
    profile.add_attachment(music, "me.png", png_bytes(32, 16))
    add_entry(profile, "Quiet space", "A room with the door open a little.")
    shown = ShareWizard(Session(profile), AnsweringChooser([]))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def cell(wizard: ShareWizard, name: str) -> QAccessibleInterface:
    tree = QAccessible.queryAccessibleInterface(wizard.entry_tree)
    [found] = [tree.child(i) for i in range(tree.childCount())
               if tree.child(i).text(QAccessible.Text.Name).startswith(name)]
    return found


def toggle(wizard: ShareWizard, name: str) -> None:
    cell(wizard, name).actionInterface().doAction(QAccessibleActionInterface.toggleAction())


def item(wizard: ShareWizard, title: str) -> QTreeWidgetItem:
    [found] = [i for i in wizard._entry_items() if i.text(0).startswith(title)]
    return found


def test_toggle_ticks_an_entry_and_toggle_again_unticks_it(wizard: ShareWizard) -> None:
    assert wizard.chosen_ids() == []
    toggle(wizard, "Quiet space")
    assert wizard.chosen_ids() == [item(wizard, "Quiet space").data(0, Qt.ItemDataRole.UserRole + 1)]
    assert wizard.chosen_label.text() != "Nothing chosen yet."
    assert wizard.next_button.isEnabled()
    assert cell(wizard, "Quiet space").state().checked, "a screen reader hears it ticked"
    assert wizard.entry_tree.currentItem() is item(wizard, "Quiet space"), "the keyboard carries on from there"
    toggle(wizard, "Quiet space")
    assert wizard.chosen_ids() == []
    assert not cell(wizard, "Quiet space").state().checked


def test_toggle_reaches_a_picture_only_once_its_entry_is_chosen(wizard: ShareWizard) -> None:
    toggle(wizard, "Picture: me.png")
    assert item(wizard, "Music helps").child(0).checkState(0) == Qt.CheckState.Unchecked, "greyed out: unchanged"
    toggle(wizard, "Music helps")
    assert item(wizard, "Music helps").child(0).checkState(0) == Qt.CheckState.Checked, "it goes with its entry"
    toggle(wizard, "Picture: me.png")
    assert wizard.left_out() == {item(wizard, "Music helps").child(0).data(0, Qt.ItemDataRole.UserRole + 3)}


def test_a_click_on_the_words_and_the_arrow_keys_still_only_move(qtbot, wizard: ShareWizard) -> None:
    quiet = item(wizard, "Quiet space")
    words = wizard.entry_tree.visualItemRect(quiet)
    on_the_words = QPoint(words.left() + words.width() // 2, words.center().y())  # right of its box
    qtbot.mouseClick(wizard.entry_tree.viewport(), Qt.MouseButton.LeftButton, pos=on_the_words)
    assert wizard.entry_tree.currentItem() is quiet and quiet.isSelected()
    assert wizard.chosen_ids() == []
    qtbot.keyClick(wizard.entry_tree, Qt.Key.Key_Up)
    qtbot.keyClick(wizard.entry_tree, Qt.Key.Key_Down)
    assert wizard.chosen_ids() == []
    qtbot.keyClick(wizard.entry_tree, Qt.Key.Key_Space)
    assert wizard.chosen_ids() == [quiet.data(0, Qt.ItemDataRole.UserRole + 1)]
    assert quiet.isSelected(), "still the one the keys are on"
    toggle(wizard, "Quiet space")  # Toggle on the selected entry: Qt's own did nothing there
    assert wizard.chosen_ids() == []
    music = item(wizard, "Music helps")
    music.setSelected(True)
    assert music.isSelected() and wizard.chosen_ids() == [], "selecting in code is not a tick"


def test_toggle_on_a_section_ticks_its_entries_as_its_box_does(wizard: ShareWizard) -> None:
    section = wizard.entry_tree.topLevelItem(0)
    toggle(wizard, section.text(0))
    assert len(wizard.chosen_ids()) == 2
    toggle(wizard, section.text(0))
    assert wizard.chosen_ids() == []
