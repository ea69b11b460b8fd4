"""Drawings and recordings made in the app are named in words, sizes read as people say them,
and a saved copy gets a file name every computer takes (issue 18, as Jay met it)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from passport.models import Attachment, AttachmentKind
from passport.profile import Profile
from tests.helpers import add_entry
from ui.content.attachment_panel import AttachmentPanel
from ui.content.attachment_words import drawing_name, export_name, recording_name, size_in_words
from ui.runtime.session import Session

LEFT = Qt.MouseButton.LeftButton
EVENING = dt.datetime(2026, 11, 29, 21, 2)


def made(name: str, media_type: str = "audio/wav") -> Attachment:
    return Attachment(id="a", entry_id="e", name=name, kind=AttachmentKind.AUDIO, media_type=media_type, size=1,
                      sha256="0" * 64, added_at=EVENING.replace(tzinfo=dt.UTC))


def test_what_is_made_here_is_named_in_words() -> None:
    assert drawing_name(EVENING) == "My drawing, 29 November"
    assert recording_name(EVENING) == "My recording, 29 November 21:02"
    assert recording_name(dt.datetime(2027, 1, 3, 7, 5)) == "My recording, 3 January 07:05"


@pytest.mark.parametrize(("size", "said"), [
    (0, "less than 1 KB"), (999, "less than 1 KB"), (2_330, "2 KB"), (999_400, "999 KB"),
    (1_000_000, "1 MB"), (1_500_000, "1.5 MB"), (25_400_000, "25 MB"), (3_000_000_000, "3 GB"),
])
def test_sizes_read_as_people_say_them(size: int, said: str) -> None:
    assert size_in_words(size) == said


@pytest.mark.parametrize(("name", "media_type", "file_name"), [
    ("My recording, 29 November 21:02", "audio/wav", "My recording, 29 November 21.02.wav"),
    ("My drawing, 29 November", "image/png", "My drawing, 29 November.png"),
    ("holiday.JPEG", "image/jpeg", "holiday.JPEG"),
    ("notes.txt", "application/octet-stream", "notes.txt"),
    ('a<b>c"d|e?f*g\\h/i', "application/octet-stream", "a-b-c-d-e-f-g-h-i"),
    ("...", "image/png", "attachment.png"),
    (" ends with a dot. ", "application/pdf", "ends with a dot.pdf"),
])
def test_a_saved_copy_has_a_file_name_every_computer_takes(name: str, media_type: str, file_name: str) -> None:
    assert export_name(made(name, media_type)) == file_name


def test_a_drawing_shows_its_name_and_size_in_words_and_saves_with_a_safe_name(qtbot, profile: Profile,
                                                                               tmp_path: Path) -> None:
    entry_id = add_entry(profile, "Me")
    panel = AttachmentPanel(Session(profile), lambda: entry_id)
    panel.set_entry(entry_id)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.mouseClick(panel.draw_button, LEFT)
    dialog = panel.drawing_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    canvas = dialog.canvas
    qtbot.mousePress(canvas, LEFT, pos=canvas.to_widget(QPoint(100, 100)))
    qtbot.mouseMove(canvas, canvas.to_widget(QPoint(300, 200)))
    qtbot.mouseRelease(canvas, LEFT, pos=canvas.to_widget(QPoint(300, 200)))
    qtbot.mouseClick(dialog.keep_button, LEFT)
    qtbot.waitUntil(lambda: len(panel.tiles) == 1, timeout=5000)
    [kept] = profile.attachments(entry_id)
    today = dt.datetime.now()
    assert kept.name == drawing_name(today) and kept.name.startswith("My drawing, ")
    assert panel.status.text() == f"Added {kept.name}."
    tile = panel.tiles[0]
    shown = [label.text() for label in tile.findChildren(type(panel.status))]
    assert kept.name in shown and size_in_words(kept.size) in shown
    assert not any("KiB" in text or ".png" in text for text in shown), shown
    asked: list[str] = []

    def save_to(_parent, suggested: str) -> Path:
        asked.append(suggested)
        return tmp_path / suggested

    panel.choose_save_path = save_to
    qtbot.mouseClick(tile.findChild(type(panel.add_button), "saveCopyButton"), LEFT)
    qtbot.waitUntil(lambda: panel.status.text().startswith("Saved a copy"), timeout=5000)
    assert asked == [kept.name + ".png"]
    assert (tmp_path / asked[0]).read_bytes() == profile.attachment_data(kept.id)
