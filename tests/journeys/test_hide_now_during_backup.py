"""Journey: the young person starts saving a backup of a large passport; someone walks into
the room and they press Ctrl+Shift+H. The passport is off the screen at once, before the
backup has finished; the backup stops, leaves no file behind, and the passport opens again
whole."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from tests.helpers import PASSPHRASE, add_entry
from tests.journeys.window_steps import unlock_by_keys
from tests.ui_sharing_helpers import AnsweringChooser
from ui.app import PassportApp

BIG = 40 * 1024 * 1024  # two of these: a backup takes a good fraction of a second here


@pytest.fixture
def running(qtbot, data_dir, made_profile):
    profile, _code = made_profile
    entry = add_entry(profile, "Songs", "The ones that help.", important_now=True)
    for name in ("first.wav", "second.wav"):
        profile.add_attachment(entry, name, b"RIFF" + os.urandom(BIG))
    profile.lock()
    app = PassportApp(["--data-dir", str(data_dir)])
    yield app
    app.close()


def test_hide_now_is_immediate_while_a_backup_is_written(qtbot, running, tmp_path):
    window = unlock_by_keys(qtbot, running)
    profile = window.session.profile
    out = tmp_path / "passport.wpbackup"
    window.files = AnsweringChooser([out])
    window.open_backup_dialog()
    dialog = window.backup_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    jobs = running.context.jobs
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=20_000)
    (job,) = jobs.running()
    assert not job.done.is_set(), "the backup finished before anyone could hide: make it bigger"

    # The keys go to the backup dialog, which is in front.
    qtbot.keyClick(dialog, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    # At once, with the backup still on its way: the neutral page, the profile closed.
    start = running.controller.start_window
    assert start.pages.currentWidget() is start.neutral
    assert start.windowTitle() == "Notes"
    assert profile.is_locked
    assert running.controller.main_window is None
    # The backup stops at its next piece and leaves nothing behind, under any name.
    qtbot.waitUntil(job.done.is_set, timeout=20_000)
    assert job.cancelled
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("passport")) == []

    # Back to the unlock page, and the passport opens whole.
    qtbot.mouseClick(start.neutral.continue_button, Qt.MouseButton.LeftButton)
    assert start.pages.currentWidget() is start.unlock
    qtbot.keyClicks(start.unlock.field, PASSPHRASE)
    qtbot.keyClick(start.unlock.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: running.controller.main_window is not None, timeout=10_000)
    reopened = running.controller.main_window.session.profile
    (songs,) = reopened.entries()
    assert [a.name for a in reopened.attachments(songs.id)] == ["first.wav", "second.wav"]
