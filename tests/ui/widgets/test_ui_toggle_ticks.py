"""The accessibility API's Toggle ticks an item (switch access and voice control act that way) in
every list of boxes: the carer's drafts to send and the young person's trusted people, as well as
the share wizard's entries (tests/ui/sharing/test_ui_share_wizard_toggle.py). Qt's own Toggle on a
cell only selected it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from passport.profile import Profile
from tests.helpers import add_entry
from tests.shell_helpers import make_context
from tests.suggestion_helpers import introduce
from tests.trusted_helpers import lock_all, make_circle
from tests.ui_sharing_helpers import AnsweringChooser
from ui.content.settings_dialog import SettingsDialog
from ui.runtime.session import Session
from ui.widgets.toggle_ticks import tick_on_toggle


def toggle(view: QAbstractItemView, name: str) -> None:
    shown = QAccessible.queryAccessibleInterface(view)
    [cell] = [shown.child(i) for i in range(shown.childCount()) if shown.child(i).text(QAccessible.Text.Name)
              .startswith(name)]
    cell.actionInterface().doAction(QAccessibleActionInterface.toggleAction())


def show(qtbot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)


def test_a_carers_draft_is_ticked_and_unticked_by_toggle(qtbot, jo: Profile, sky: Profile, tmp_path: Path) -> None:
    from ui.suggestions.send_suggestions_dialog import SendSuggestionsDialog

    introduce(jo, sky, tmp_path)
    walking = add_entry(jo, "Walking the dog", "Something I noticed.")
    add_entry(jo, "Loud rooms", "Something else.")
    dialog = SendSuggestionsDialog(Session(jo), AnsweringChooser())
    show(qtbot, dialog)
    toggle(dialog.drafts, "Walking the dog")
    assert dialog.chosen_ids() == [walking]
    toggle(dialog.drafts, "Walking the dog")
    assert dialog.chosen_ids() == []


@pytest.fixture
def circle(data_dir: Path, tmp_path: Path):
    made = make_circle(data_dir, tmp_path)
    yield made
    lock_all(made)


def test_trusted_people_are_ticked_by_toggle(qtbot, circle, data_dir: Path) -> None:
    dialog = SettingsDialog(Session(circle.owner), make_context(data_dir), files=AnsweringChooser())
    show(qtbot, dialog)
    tab = dialog.trusted_tab
    assert tab is not None
    dialog.pages.setCurrentWidget(tab)
    toggle(tab.people, "Ash")
    assert len(tab.model.chosen()) == 1
    toggle(tab.people, "Ash")
    assert tab.model.chosen() == []


def test_only_a_box_the_person_may_change_is_ticked_and_a_click_still_only_selects(qtbot) -> None:
    model = QStandardItemModel()
    for text, enabled in (("free", True), ("greyed", False)):
        item = QStandardItem(text)
        item.setCheckable(True)
        item.setEnabled(enabled)
        model.appendRow(item)
    plain = QStandardItem("no box")
    model.appendRow(plain)
    view = QListView()
    view.setModel(model)
    tick_on_toggle(view)
    show(qtbot, view)
    toggle(view, "greyed")
    toggle(view, "no box")
    assert model.item(1).checkState() == Qt.CheckState.Unchecked
    assert view.selectionModel().isSelected(plain.index()), "no box: Toggle selects, as Qt's own does"
    words = view.visualRect(model.index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=words.center())
    assert view.selectionModel().isSelected(model.index(0, 0))
    assert model.item(0).checkState() == Qt.CheckState.Unchecked, "a click on the words moves, it does not tick"
    toggle(view, "free")
    assert model.item(0).checkState() == Qt.CheckState.Checked
