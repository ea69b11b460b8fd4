"""Trusted people, as a new person meets the tab (issue 48): a greyed button says why ("Tick
three people in the list: N more to tick"), an unchecked card is named before a piece is made for it, with a
way to People, and once made, the tab says where each holder opens their piece."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from tests.shell_helpers import make_context
from tests.trusted_helpers import lock_all, make_circle
from tests.ui_sharing_helpers import AnsweringChooser
from ui.content.settings_dialog import SettingsDialog
from ui.runtime.session import Session


@pytest.fixture
def circle(data_dir: Path, tmp_path: Path):
    made = make_circle(data_dir, tmp_path)
    yield made
    lock_all(made)


def test_the_tab_says_what_is_missing_and_where_pieces_are_opened(qtbot, circle, data_dir: Path,
                                                                  tmp_path: Path) -> None:
    out = tmp_path / "stick"
    out.mkdir()
    dialog = SettingsDialog(Session(circle.owner), make_context(data_dir), files=AnsweringChooser([out]))
    qtbot.addWidget(dialog)
    dialog.show()
    tab = dialog.trusted_tab
    assert tab is not None
    dialog.pages.setCurrentWidget(tab)
    assert tab.need_more.isVisible()
    assert tab.need_more.text() == "Tick three people in the list: 3 more to tick."  # three cards listed
    assert not tab.unchecked.isVisible()

    tab.people.setFocus()
    tab.people.setCurrentIndex(tab.model.index(0, 0))
    qtbot.keyClick(tab.people, Qt.Key.Key_Space)  # numbers not checked
    first = tab.model.data(tab.model.index(0, 0), tab.model.ContactRole)
    assert tab.need_more.text() == "Tick three people in the list: 2 more to tick."
    assert tab.unchecked.isVisible()
    assert tab.unchecked.text().startswith(f"Check {first.display_name}'s numbers with them first")
    assert tab.people_button.isVisible()

    circle.owner.people.mark_checked(first.id)
    tab.model.refresh()
    assert not tab.unchecked.isVisible(), "checked since: nothing to warn about"

    for row in (1, 2):
        tab.people.setCurrentIndex(tab.model.index(row, 0))
        qtbot.keyClick(tab.people, Qt.Key.Key_Space)
    assert tab.need_more.text() == "Three people ticked."  # still there: nothing below it moves
    assert tab.unchecked.text().startswith("Check these people's numbers with them first")
    qtbot.mouseClick(tab.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(tab.result.text()), timeout=10_000)
    assert "In their app they open it in Settings, then Pieces I keep." in tab.result.text()

    with qtbot.waitSignal(dialog.people_wanted):
        qtbot.mouseClick(tab.people_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_the_words_keep_a_margin_from_the_tabs_frame(qtbot, circle, data_dir: Path) -> None:
    dialog = SettingsDialog(Session(circle.owner), make_context(data_dir), files=AnsweringChooser())
    qtbot.addWidget(dialog)
    dialog.show()
    tab = dialog.trusted_tab
    assert tab is not None
    dialog.pages.setCurrentWidget(tab)
    QApplication.processEvents()
    lead = tab.body.widget().layout().itemAt(0).widget()
    place = QRect(lead.mapTo(tab, lead.rect().topLeft()), lead.size())
    assert place.left() >= 8 and place.top() >= 8 and tab.width() - place.right() >= 8
