"""The entry editor, driven by keys and clicks: autosave, attachments, history, erasing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from passport.profile import Profile
from tests.helpers import add_entry, png_bytes, wav_bytes
from ui.content.entry_editor import AUTOSAVE_MS, EntryEditor
from ui.content.revision_dialog import RevisionDialog
from ui.runtime.session import Session
from ui.widgets.confirm_dialog import ConfirmDialog

SAVE_WAIT_MS = AUTOSAVE_MS * 3


def when_dialog_opens(act: Callable[[QWidget], None]) -> None:
    """Answer the next modal dialog the way a person would, once it is on screen."""
    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, handle)
        else:
            act(dialog)
    QTimer.singleShot(0, handle)


@pytest.fixture
def editor(qtbot, profile: Profile) -> EntryEditor:
    view = EntryEditor(Session(profile))
    qtbot.addWidget(view)
    view.resize(900, 700)
    with qtbot.waitActive(view):  # shortcuts such as Escape need an active window
        view.show()
        view.activateWindow()
    return view


def test_typing_autosaves_and_refines_one_revision(qtbot, editor: EntryEditor, profile: Profile) -> None:
    section = profile.sections()[2]
    editor.start_new(section.id)
    assert editor.status.text() == "Not saved yet: add a title"
    qtbot.keyClicks(editor.title_edit, "Tea helps")
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(editor.body_edit, "A warm cup")
    assert editor.status.text() == "Saving…"
    qtbot.waitUntil(lambda: [e.body for e in profile.entries()] == ["A warm cup"], timeout=SAVE_WAIT_MS)
    saved = profile.entries()[0]
    assert (saved.title, saved.section_id) == ("Tea helps", section.id)
    assert editor.status.text() == "Saved"

    qtbot.keyClicks(editor.body_edit, " and a quiet room.")
    qtbot.waitUntil(lambda: profile.entry(saved.id).body.endswith("quiet room."), timeout=SAVE_WAIT_MS)
    assert len(profile.revisions(saved.id)) == 1
    assert len(profile.entries()) == 1


def test_words_without_a_title_are_saved_under_their_first_words(qtbot, editor, profile) -> None:
    editor.start_new(profile.sections()[0].id)
    editor.body_edit.setFocus()
    qtbot.keyClicks(editor.body_edit, "I love the sea and long walks by it with my dog")
    qtbot.waitUntil(lambda: len(profile.entries()) == 1, timeout=SAVE_WAIT_MS)
    assert profile.entries()[0].title.startswith("I love the sea")
    assert "first words" in editor.status.text()


def test_leaving_saves_at_once(qtbot, editor: EntryEditor, profile: Profile) -> None:
    editor.start_new(profile.sections()[0].id)
    qtbot.keyClicks(editor.title_edit, "Quick note")
    with qtbot.waitSignal(editor.closed, timeout=1000):
        qtbot.keyClick(editor.title_edit, Qt.Key.Key_Escape)
    assert [e.title for e in profile.entries()] == ["Quick note"]


def test_fields_save_and_come_back(qtbot, editor: EntryEditor, profile: Profile) -> None:
    entry_id = add_entry(profile, "Football")
    editor.edit(entry_id)
    assert editor.title_edit.text() == "Football"
    editor.important_check.setChecked(True)
    editor.happened_check.setChecked(True)
    editor.colour_combo.setCurrentIndex(editor.colour_combo.findText("Blue"))
    assert editor.save_now()
    entry = profile.entry(entry_id)
    assert entry.important_now and entry.happened_on is not None and entry.colour is not None
    assert entry.review_by is None


def test_an_image_is_shown_from_memory(qtbot, editor: EntryEditor, profile: Profile, tmp_path: Path) -> None:
    entry_id = add_entry(profile, "My drawing")
    picture = tmp_path / "drawing.png"
    picture.write_bytes(png_bytes(40, 30))
    editor.edit(entry_id)
    editor.attachments.choose_files = lambda _parent: [picture]
    qtbot.mouseClick(editor.attachments.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(editor.attachments.tiles) == 1, timeout=3000)
    label = editor.attachments.tiles[0].image_label
    assert label is not None
    qtbot.waitUntil(lambda: not label.pixmap().isNull(), timeout=3000)
    assert (label.pixmap().width(), label.pixmap().height()) == (40, 30)
    assert [a.name for a in profile.attachments(entry_id)] == ["drawing.png"]


def test_a_new_entry_is_saved_before_its_first_attachment(qtbot, editor, profile, tmp_path) -> None:
    picture = tmp_path / "sun.png"
    picture.write_bytes(png_bytes())
    editor.start_new(profile.sections()[0].id)
    editor.attachments.attach_files([picture])
    assert "title first" in editor.attachments.status.text()
    qtbot.keyClicks(editor.title_edit, "Sunny day")
    editor.attachments.attach_files([picture])
    qtbot.waitUntil(lambda: len(editor.attachments.tiles) == 1, timeout=3000)
    assert [a.name for a in profile.attachments(editor.entry_id)] == ["sun.png"]


def test_audio_gets_a_named_play_button(qtbot, editor: EntryEditor, profile: Profile, tmp_path: Path) -> None:
    entry_id = add_entry(profile, "My song")
    sound = tmp_path / "voice.wav"
    sound.write_bytes(wav_bytes())
    editor.edit(entry_id)
    editor.attachments.attach_files([sound])
    qtbot.waitUntil(lambda: len(editor.attachments.tiles) == 1, timeout=3000)
    player = editor.attachments.tiles[0].player
    assert player is not None
    assert player.play_button.accessibleName() == "Play voice.wav"
    if player.play_button.isEnabled():
        # Played from memory: it reports playing (or, with no sound device, says so in words).
        qtbot.mouseClick(player.play_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: player.status.text() not in ("", "Opening…"), timeout=5000)
        player.stop()
    else:
        # Where sound can't play, the person is told so in words, not left with a dead button.
        assert "can't be played" in player.status.text()


def test_other_files_can_be_saved_as_a_copy_and_removed(qtbot, editor, profile, tmp_path: Path) -> None:
    entry_id = add_entry(profile, "Letter")
    letter = tmp_path / "letter.txt"
    letter.write_bytes(b"Dear me, well done.")
    editor.edit(entry_id)
    editor.attachments.attach_files([letter])
    qtbot.waitUntil(lambda: len(editor.attachments.tiles) == 1, timeout=3000)
    tile = editor.attachments.tiles[0]
    assert tile.image_label is None and tile.player is None

    copy = tmp_path / "copy.txt"
    copy.write_bytes(b"an old file anyone could read")
    copy.chmod(0o644)
    editor.attachments.choose_save_path = lambda _parent, _name: copy
    qtbot.mouseClick(tile.findChild(QPushButton, "saveCopyButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved a copy" in editor.attachments.status.text(), timeout=3000)
    assert copy.read_bytes() == b"Dear me, well done."
    assert copy.stat().st_mode & 0o777 == 0o600, "the copy is private, like everything the app writes"

    when_dialog_opens(lambda d: d.findChild(QPushButton, "confirmButton").click())
    qtbot.mouseClick(tile.findChild(QPushButton, "removeAttachmentButton"), Qt.MouseButton.LeftButton)
    assert profile.attachments(entry_id) == []
    qtbot.waitUntil(lambda: editor.attachments.tiles == [], timeout=1000)


def test_an_earlier_version_can_be_brought_back(qtbot, editor: EntryEditor, profile: Profile) -> None:
    entry_id = add_entry(profile, "First thoughts", "I was nervous.")
    profile.update_entry(entry_id, profile.entry(entry_id).content.model_copy(update={"title": "Later"}))
    editor.edit(entry_id)

    def choose_older(dialog: QWidget) -> None:
        assert isinstance(dialog, RevisionDialog)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
        assert dialog.title.text() == "First thoughts"
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(choose_older)
    qtbot.mouseClick(editor.history_button, Qt.MouseButton.LeftButton)
    assert profile.entry(entry_id).title == "First thoughts"
    assert editor.title_edit.text() == "First thoughts"
    assert len(profile.revisions(entry_id)) == 3


def test_erase_for_good_asks_first_and_then_removes_everything(qtbot, editor, profile) -> None:
    entry_id = add_entry(profile, "Private thing")
    profile.add_attachment(entry_id, "pic.png", png_bytes())
    editor.edit(entry_id)

    texts: list[str] = []

    def keep(dialog: QWidget) -> None:
        assert isinstance(dialog, ConfirmDialog)
        texts.append(" ".join(label.text() for label in dialog.findChildren(type(editor.status))))
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the safe button is the default

    when_dialog_opens(keep)
    qtbot.mouseClick(editor.erase_button, Qt.MouseButton.LeftButton)
    assert [e.id for e in profile.entries()] == [entry_id]
    assert "can't be undone" in texts[0] and "earlier versions" in texts[0]

    when_dialog_opens(lambda d: d.findChild(QPushButton, "confirmButton").click())
    with qtbot.waitSignal(editor.closed, timeout=1000):
        qtbot.mouseClick(editor.erase_button, Qt.MouseButton.LeftButton)
    assert profile.entries() == []
    assert editor.entry_id is None


def test_each_entry_opens_at_its_top(qtbot, editor: EntryEditor, profile: Profile) -> None:
    long_one = add_entry(profile, "A long one", "Many words.\n" * 200)
    editor.resize(900, 400)
    editor.edit(long_one)
    bar = editor.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())  # read to the bottom, as a person scrolling would
    editor.start_new(profile.sections()[0].id)
    assert bar.value() == 0
    top = editor.title_edit.mapTo(editor.scroll.viewport(), editor.title_edit.rect().topLeft())
    assert 0 <= top.y() < editor.scroll.viewport().height(), "the Title is in view"
