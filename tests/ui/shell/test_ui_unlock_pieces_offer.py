"""The unlock screen offers "Get back in with trusted people…" only for a profile whose key file
has a trusted-people slot (issue 48): never on a carer's profile, nor before pieces were given."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.shell_helpers import make_context
from tests.trusted_helpers import lock_all, make_circle
from ui.shell.unlock_view import UnlockView


@pytest.fixture
def circle(data_dir: Path, tmp_path: Path):
    made = make_circle(data_dir, tmp_path)
    yield made
    lock_all(made)


def test_the_pieces_button_shows_only_where_pieces_can_open_the_profile(qtbot, circle, data_dir: Path,
                                                                       tmp_path: Path) -> None:
    view = UnlockView(make_context(data_dir))
    qtbot.addWidget(view)
    view.show()
    view.show_profile(circle.holders[0].folder)
    assert not view.pieces_button.isVisible(), "a carer's profile has no trusted people"
    view.show_profile(circle.owner.folder)
    assert not view.pieces_button.isVisible(), "no pieces given yet"

    stick = tmp_path / "stick"
    stick.mkdir()
    circle.owner.trusted.give_pieces(circle.contact_ids, stick)
    view.show_profile(circle.owner.folder)
    assert view.pieces_button.isVisible()
