"""The share wizard's records choice (issue 17): read only unless the young person says yes,
told what yes means, and the choice is what the signed file and the history carry."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from passport.profile import Profile
from tests.helpers import add_entry
from tests.sharing_helpers import manifest_body, plaintext_of
from tests.shell_helpers import make_context, press, wait_active
from tests.ui.sharing.test_ui_share_wizard import click, open_wizard, save, tick
from tests.ui.test_ui_accessibility import problems_in
from tests.ui_sharing_helpers import AnsweringChooser
from ui.runtime.session import Session
from ui.sharing.share_wizard import PREVIEW, UNTIL
from ui.windows.main_window import MainWindow


@pytest.fixture
def window(qtbot, profile: Profile, data_dir: Path, chooser: AnsweringChooser, sam) -> MainWindow:
    add_entry(profile, "Music helps", "I play guitar when it gets loud.", important_now=True)
    add_entry(profile, "Quiet space", "A room with the door open a little.")
    view = MainWindow(Session(profile), make_context(data_dir), chooser)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    wait_active(qtbot, view)
    return view


def to_until_page(qtbot, wizard, title: str) -> None:
    tick(qtbot, wizard, title)
    click(qtbot, wizard.next_button)
    wizard.contact_list.setCurrentIndex(wizard.contacts.index(0))
    click(qtbot, wizard.next_button)
    assert wizard.current_step() == UNTIL


def test_read_only_is_the_default_and_says_so_in_the_preview(qtbot, window, chooser: AnsweringChooser, profile,
                                                               practitioner, tmp_path: Path) -> None:
    wizard = open_wizard(qtbot, window)
    to_until_page(qtbot, wizard, "Quiet space")
    assert wizard.records.read_only.isChecked() and not wizard.records.records_allowed()
    assert wizard.records.meaning.isVisible()
    assert "stays there after the time is up" in wizard.records.meaning.text()
    assert problems_in(wizard) == []
    click(qtbot, wizard.next_button)
    assert wizard.current_step() == PREVIEW
    assert "Read only: not for the record" in wizard.preview.toPlainText()
    save(qtbot, wizard, chooser, tmp_path / "read-only.wpb")
    assert not profile.sharing.share_history()[0].records_allowed
    assert "records" not in manifest_body(plaintext_of(tmp_path / "read-only.wpb", practitioner))


@pytest.mark.parametrize("by_keyboard", [True, False])
def test_saying_yes_is_signed_into_the_file(qtbot, window, chooser: AnsweringChooser, profile: Profile,
                                            practitioner, tmp_path: Path, by_keyboard: bool) -> None:
    wizard = open_wizard(qtbot, window)
    to_until_page(qtbot, wizard, "Music helps")
    if by_keyboard:
        qtbot.waitUntil(wizard.isActiveWindow)
        press(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # "Yes, they may &copy it…"
    else:
        click(qtbot, wizard.records.allowed)
    qtbot.waitUntil(wizard.records.records_allowed)  # a mnemonic clicks as an animation, a moment later
    click(qtbot, wizard.next_button)
    assert "May be copied into their records" in wizard.preview.toPlainText()
    save(qtbot, wizard, chooser, tmp_path / "allowed.wpb")
    assert "They may copy it into their records" in wizard.done_text.text()
    (share,) = profile.sharing.share_history()
    assert share.records_allowed
    body = manifest_body(plaintext_of(tmp_path / "allowed.wpb", practitioner))
    assert body["records"] == {"version": 1, "allowed": True}
    opened = practitioner.received.open_bundle(tmp_path / "allowed.wpb").subject
    assert opened.records_allowed


def test_going_back_keeps_the_choice(qtbot, window) -> None:
    wizard = open_wizard(qtbot, window)
    to_until_page(qtbot, wizard, "Quiet space")
    click(qtbot, wizard.records.allowed)
    click(qtbot, wizard.next_button)
    click(qtbot, wizard.back_button)
    assert wizard.records.records_allowed()
    click(qtbot, wizard.records.read_only)
    click(qtbot, wizard.next_button)
    assert "Read only: not for the record" in wizard.preview.toPlainText()
