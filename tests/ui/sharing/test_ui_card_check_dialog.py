"""Checking a card: no empty line where a role would be, and no name in the window title
(a title shows in the task bar, where a name can give a disguise away)."""

from __future__ import annotations

from pathlib import Path

import pytest

from passport.models import ProfileKind
from tests.suggestion_helpers import make_person
from ui.sharing.card_check_dialog import CardCheckDialog


@pytest.fixture
def maria(data_dir: Path):
    profile = make_person(data_dir, ProfileKind.CARER, "Home notes", "Maria (foster carer)")
    yield profile.people.own_card()
    profile.lock()


@pytest.mark.parametrize("adding, title", [(True, "Add a card"), (False, "Check a card")])
def test_a_card_without_a_role_shows_no_blank_line_and_no_name_in_the_title(qtbot, maria, adding, title) -> None:
    dialog = CardCheckDialog(maria, adding)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == title
    assert "Maria" not in dialog.windowTitle()
    assert not dialog.about.isVisible(), "an empty line stood where the role would be"


def test_a_card_with_a_role_shows_it(qtbot, data_dir: Path) -> None:
    jo = make_person(data_dir, ProfileKind.CARER, "Helping", "Jo Carter", "Foster carer")
    try:
        dialog = CardCheckDialog(jo.people.own_card(), True)
    finally:
        jo.lock()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.about.isVisible() and dialog.about.text() == "Foster carer"
