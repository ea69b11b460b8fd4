"""Journey: the young person is writing when the computer runs out of space. Nothing they
typed is lost: the editor says plainly there is no space and keeps the words on screen;
when space comes back they are saved. If the passport locks while the disk is still full,
the words are held (sealed to the profile's own key, never in plain text) and saved the
next time it is opened."""

from __future__ import annotations

import contextlib
import resource
import signal
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from tests.helpers import PASSPHRASE
from tests.journeys.window_steps import unlock_by_keys
from ui.app import PassportApp


@contextlib.contextmanager
def disk_full() -> Iterator[None]:
    """Every write that would grow a file fails, as on a full disk (RLIMIT_FSIZE of one
    byte, with SIGXFSZ ignored so the write returns an error instead of killing us)."""
    previous_signal = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous_signal)


@pytest.fixture
def running(qtbot, data_dir, made_profile):
    made_profile[0].lock()
    app = PassportApp(["--data-dir", str(data_dir)])
    yield app
    app.close()


def write_new_entry(qtbot, window, title: str, body: str):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.editor
    qtbot.keyClicks(editor.title_edit, title)
    qtbot.keyClicks(editor.body_edit, body)
    return editor


def test_words_typed_on_a_full_disk_are_kept_and_saved_when_space_returns(qtbot, running):
    window = unlock_by_keys(qtbot, running)
    profile = window.session.profile
    editor = write_new_entry(qtbot, window, "Music", "Loud music helps.")
    qtbot.waitUntil(lambda: editor.status.text() == "Saved", timeout=5_000)

    with disk_full():
        qtbot.keyClicks(editor.body_edit, " And the long walk home.")
        qtbot.waitUntil(lambda: "no space" in editor.status.text(), timeout=5_000)
        assert editor.body_edit.toPlainText() == "Loud music helps. And the long walk home."
    # Space is back: the next try saves the words, no key pressed.
    editor._retry.setInterval(50)
    qtbot.waitUntil(lambda: editor.status.text() == "Saved", timeout=5_000)
    (entry,) = profile.entries()
    assert entry.body == "Loud music helps. And the long walk home."


def test_words_typed_on_a_full_disk_survive_a_lock(qtbot, running, data_dir):
    window = unlock_by_keys(qtbot, running)
    editor = write_new_entry(qtbot, window, "Music", "Loud music helps.")
    qtbot.waitUntil(lambda: editor.status.text() == "Saved", timeout=5_000)

    with disk_full():
        qtbot.keyClicks(editor.body_edit, " And the long walk home.")
        qtbot.waitUntil(lambda: "no space" in editor.status.text(), timeout=5_000)
        qtbot.keyClick(editor.body_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        start = running.controller.start_window
        assert start.pages.currentWidget() is start.unlock
    # Nothing of the words is on disk in plain text.
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert b"long walk home" not in path.read_bytes()

    qtbot.keyClicks(start.unlock.field, PASSPHRASE)
    qtbot.keyClick(start.unlock.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: running.controller.main_window is not None, timeout=10_000)
    (entry,) = running.controller.main_window.session.profile.entries()
    assert entry.body == "Loud music helps. And the long walk home."
