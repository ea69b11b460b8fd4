"""The share wizard: nothing chosen to start with, a preview of exactly what was chosen,
a passphrase for someone without a card, and a new share that replaces the last."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from passport.exchange.sharing import ShareState
from passport.profile import Profile
from tests.helpers import add_entry, png_bytes, wav_bytes
from tests.shell_helpers import make_context, wait_active
from tests.ui.test_ui_accessibility import problems_in
from tests.ui_sharing_helpers import AnsweringChooser
from ui.runtime.session import Session
from ui.sharing.share_wizard import CHOOSE, DONE, PERSON, PREVIEW, UNTIL, ShareWizard
from ui.windows.main_window import MainWindow


@pytest.fixture
def entries(profile: Profile) -> dict[str, str]:
    music = add_entry(profile, "Music helps", "I play guitar when it gets loud.", important_now=True)
    profile.add_attachment(music, "me.png", png_bytes(32, 16))
    profile.add_attachment(music, "song.wav", wav_bytes(0.3))
    return {
        "Music helps": music,
        "Quiet space": add_entry(profile, "Quiet space", "A room with the door open a little."),
        "My nan": add_entry(profile, "My nan", "Sundays at hers.", important_now=True),
        "Secret diary": add_entry(profile, "Secret diary", "Not for anyone."),
    }


@pytest.fixture
def window(qtbot, profile: Profile, data_dir: Path, chooser: AnsweringChooser, entries, sam) -> MainWindow:
    view = MainWindow(Session(profile), make_context(data_dir), chooser)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    wait_active(qtbot, view)
    return view


def open_wizard(qtbot, window: MainWindow) -> ShareWizard:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wizard = window.share_wizard
    assert wizard is not None
    qtbot.waitUntil(wizard.isVisible)
    return wizard


def item_titled(wizard: ShareWizard, title: str) -> QTreeWidgetItem:
    [item] = [i for i in wizard._entry_items() if i.text(0).startswith(title)]
    return item


def tick(qtbot, wizard: ShareWizard, title: str) -> None:
    wizard.entry_tree.setCurrentItem(item_titled(wizard, title))
    qtbot.keyClick(wizard.entry_tree, Qt.Key.Key_Space)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_nothing_is_chosen_and_the_preview_holds_exactly_the_choice(qtbot, window, entries, profile) -> None:
    wizard = open_wizard(qtbot, window)
    assert wizard.current_step() == CHOOSE
    assert wizard.chosen_ids() == [] and not wizard.next_button.isEnabled()
    assert wizard.chosen_label.text() == "Nothing chosen yet."

    click(qtbot, wizard.important_button)
    assert sorted(wizard.chosen_ids()) == sorted([entries["Music helps"], entries["My nan"]])
    tick(qtbot, wizard, "My nan")  # untick one
    tick(qtbot, wizard, "Quiet space")
    assert sorted(wizard.chosen_ids()) == sorted([entries["Music helps"], entries["Quiet space"]])
    assert wizard.chosen_label.text() == "2 entries chosen."
    click(qtbot, wizard.next_button)

    assert wizard.current_step() == PERSON
    wizard.contact_list.setCurrentIndex(wizard.contacts.index(0))
    assert "haven't compared card numbers with Sam Lee" in wizard.unchecked_warning.text()
    click(qtbot, wizard.next_button)

    assert wizard.current_step() == UNTIL
    qtbot.keyClicks(wizard.purpose, "Moving to a new school")
    qtbot.keyClicks(wizard.my_name, "Sky")
    click(qtbot, wizard.until_buttons["week"])
    click(qtbot, wizard.next_button)

    assert wizard.current_step() == PREVIEW
    assert wizard.preview_title.text() == "This is exactly what Sam Lee will see"
    text = wizard.preview.toPlainText()
    assert "Music helps" in text and "Quiet space" in text and "Picture: me.png" in text
    assert "My nan" not in text and "Secret diary" not in text and "Sundays" not in text
    assert "Moving to a new school" in text and "Shared by Sky" in text
    assert [e.id for e in wizard.content.entries] == wizard.chosen_ids()
    assert not wizard.replace_note.isVisible()
    assert profile.sharing.share_history() == [], "nothing is shared before saving"


def walk_to_preview(qtbot, wizard: ShareWizard, title: str, passphrase_name: str = "") -> None:
    tick(qtbot, wizard, title)
    click(qtbot, wizard.next_button)
    if passphrase_name:
        click(qtbot, wizard.to_passphrase)
        qtbot.keyClicks(wizard.recipient_name, passphrase_name)
    else:
        wizard.contact_list.setCurrentIndex(wizard.contacts.index(0))
    click(qtbot, wizard.next_button)
    if not wizard.my_name.text():
        qtbot.keyClicks(wizard.my_name, "Sky")
    click(qtbot, wizard.next_button)
    assert wizard.current_step() == PREVIEW


def save(qtbot, wizard: ShareWizard, chooser: AnsweringChooser, path: Path) -> None:
    chooser.answer(path)
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard.done_title.text() == "Saved", timeout=10_000)


def test_saving_records_the_share_and_a_new_one_replaces_it(qtbot, window, chooser, entries, profile, sam,
                                                          tmp_path) -> None:
    wizard = open_wizard(qtbot, window)
    walk_to_preview(qtbot, wizard, "Music helps")
    save(qtbot, wizard, chooser, tmp_path / "for-sam")
    assert wizard.current_step() == DONE
    assert (tmp_path / "for-sam.wpb").exists()
    assert "“for-sam.wpb” is saved. It holds 1 entry for Sam Lee" in wizard.done_text.text()
    assert not wizard.passphrase_label.isVisible()
    (share,) = profile.sharing.share_history(sam.id)
    assert [s.entry_id for s in share.entries] == [entries["Music helps"]]
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: window.share_wizard is None)

    second = open_wizard(qtbot, window)
    walk_to_preview(qtbot, second, "Quiet space")
    assert second.replace_note.isVisible()
    assert second.replace_note.text().startswith("This replaces what you shared with Sam Lee on")
    save(qtbot, second, chooser, tmp_path / "again.wpb")
    newest, older = profile.sharing.share_history(sam.id)
    assert newest.state is ShareState.ACTIVE and older.state is ShareState.REPLACED


def test_someone_without_a_card_gets_a_passphrase_to_read_aloud(qtbot, window, chooser, profile, tmp_path) -> None:
    wizard = open_wizard(qtbot, window)
    walk_to_preview(qtbot, wizard, "Quiet space", passphrase_name="Ms Green at school")
    assert wizard.preview_title.text() == "This is exactly what Ms Green at school will see"
    save(qtbot, wizard, chooser, tmp_path / "green.wpb")
    (share,) = profile.sharing.share_history()
    assert share.contact_id is None and share.passphrase
    assert wizard.passphrase_label.isVisible()
    assert wizard.passphrase_label.text() == share.passphrase.replace("-", " ")
    assert "opens only with the passphrase" in wizard.done_text.text()


def test_cancel_shares_nothing_and_every_control_has_a_name(qtbot, window, profile) -> None:
    wizard = open_wizard(qtbot, window)
    assert problems_in(wizard) == []
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.share_wizard is None)
    assert profile.sharing.share_history() == []


def test_a_picture_or_sound_can_stay_behind_and_the_preview_shows_what_leaves(
        qtbot, window, chooser, entries, profile, practitioner, sam, tmp_path) -> None:
    wizard = open_wizard(qtbot, window)
    music = item_titled(wizard, "Music helps")
    [picture] = [music.child(i) for i in range(music.childCount()) if music.child(i).text(0) == "Picture: me.png"]
    assert not picture.flags() & Qt.ItemFlag.ItemIsEnabled, "only a chosen entry's picture can be unticked"
    tick(qtbot, wizard, "Music helps")
    assert picture.flags() & Qt.ItemFlag.ItemIsEnabled and picture.checkState(0) == Qt.CheckState.Checked
    wizard.entry_tree.setCurrentItem(picture)
    qtbot.keyClick(wizard.entry_tree, Qt.Key.Key_Space)
    assert picture.checkState(0) == Qt.CheckState.Unchecked
    assert wizard.chosen_ids() == [entries["Music helps"]], "the entry itself stays chosen"
    click(qtbot, wizard.next_button)
    click(qtbot, wizard.next_button)
    click(qtbot, wizard.next_button)
    assert wizard.current_step() == PREVIEW
    text = wizard.preview.toPlainText()
    assert "Music helps" in text and "Sound: song.wav" in text and "me.png" not in text
    save(qtbot, wizard, chooser, tmp_path / "for-sam.wpb")

    opened = practitioner.received.open_bundle(tmp_path / "for-sam.wpb").subject
    assert [a.name for a in opened.attachments] == ["song.wav"]
    assert [e.attachments for e in opened.entries] == [(opened.attachments[0].id,)]


def test_the_only_person_with_a_card_is_already_chosen(qtbot, window, sam) -> None:
    wizard = open_wizard(qtbot, window)
    tick(qtbot, wizard, "Quiet space")
    click(qtbot, wizard.next_button)
    assert wizard.current_step() == PERSON
    assert wizard.contact() is not None and wizard.contact().id == sam.id
    assert wizard.next_button.isEnabled()


def test_an_unticked_entrys_pictures_show_unticked_and_come_back_as_the_person_left_them(qtbot, window) -> None:
    wizard = open_wizard(qtbot, window)
    music = item_titled(wizard, "Music helps")
    picture, sound = (music.child(i) for i in range(music.childCount()))
    assert picture.text(0) == "Picture: me.png"
    assert picture.checkState(0) == sound.checkState(0) == Qt.CheckState.Unchecked, "nothing looks as if it goes"
    tick(qtbot, wizard, "Music helps")
    assert picture.checkState(0) == sound.checkState(0) == Qt.CheckState.Checked, "they go with a chosen entry"
    wizard.entry_tree.setCurrentItem(picture)
    qtbot.keyClick(wizard.entry_tree, Qt.Key.Key_Space)  # the person unties the picture
    tick(qtbot, wizard, "Music helps")
    assert picture.checkState(0) == sound.checkState(0) == Qt.CheckState.Unchecked
    tick(qtbot, wizard, "Music helps")
    assert picture.checkState(0) == Qt.CheckState.Unchecked, "what the person untied stays untied"
    assert sound.checkState(0) == Qt.CheckState.Checked
    assert wizard.left_out() == {picture.data(0, Qt.ItemDataRole.UserRole + 3)}
