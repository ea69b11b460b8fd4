"""Sharing again with the same person (issue 17 polish): when the last share carried what
people should know first and this one won't, the wizard says so plainly, beside the tick and
in what changed; the tick still starts off (nothing is shared by default)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from passport.profile import Profile
from tests.ui.sharing import test_ui_share_wizard as wizard_steps
from tests.ui.sharing.test_ui_share_wizard import click, open_wizard, save, walk_to_preview
from ui.sharing.share_wizard import ShareWizard


def tick_boundaries(qtbot, wizard: ShareWizard) -> None:
    """By the keyboard, as a person would: the box is as wide as the page, its middle no hit."""
    wizard.boundaries_check.setFocus()
    qtbot.keyClick(wizard.boundaries_check, Qt.Key.Key_Space)


# The wizard tests' window (with Sam's card) and entries.
window, entries = wizard_steps.window, wizard_steps.entries

LEFT_OUT = ("What people should know first went with your last share to Sam Lee. It won't go with this one "
            "unless you tick it.")


def test_boundaries_that_went_last_time_are_said_to_be_left_out(qtbot, window, chooser, profile: Profile,
                                                                tmp_path) -> None:
    profile.set_boundaries("Sky", "My old placements", "")
    first = open_wizard(qtbot, window)
    walk_to_preview(qtbot, first, "Music helps")
    assert not first.boundaries_check.isChecked(), "never ticked to start with"
    assert not first.boundaries_note.isVisible(), "nothing went before: nothing to say"
    tick_boundaries(qtbot, first)
    save(qtbot, first, chooser, tmp_path / "first.wpb")
    click(qtbot, first.next_button)
    qtbot.waitUntil(lambda: window.share_wizard is None)

    second = open_wizard(qtbot, window)
    walk_to_preview(qtbot, second, "Music helps")
    assert not second.boundaries_check.isChecked(), "still off by default"
    assert second.boundaries_note.isVisible() and second.boundaries_note.text() == LEFT_OUT
    assert "no longer shared: what people should know first" in second.changes_note.text()

    # Ticked as they were: nothing to warn about, and nothing changed.
    tick_boundaries(qtbot, second)
    assert not second.boundaries_note.isVisible()
    assert "what people should know first" not in second.changes_note.text()
    tick_boundaries(qtbot, second)
    assert second.boundaries_note.text() == LEFT_OUT


def test_changed_boundaries_are_in_what_changed(qtbot, window, chooser, profile: Profile, tmp_path) -> None:
    profile.set_boundaries("Sky", "My old placements", "")
    first = open_wizard(qtbot, window)
    walk_to_preview(qtbot, first, "Music helps")
    tick_boundaries(qtbot, first)
    save(qtbot, first, chooser, tmp_path / "first.wpb")
    click(qtbot, first.next_button)
    qtbot.waitUntil(lambda: window.share_wizard is None)
    profile.set_boundaries("Sky", "My old placements, and school", "")

    second = open_wizard(qtbot, window)
    walk_to_preview(qtbot, second, "Music helps")
    tick_boundaries(qtbot, second)
    assert second.changes_note.text().startswith("Since you last shared with Sam Lee on ")
    assert "changed: what people should know first" in second.changes_note.text()
    assert not second.boundaries_note.isVisible()
