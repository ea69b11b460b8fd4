"""Journey: the young person has Home read aloud (Ctrl+Shift+R); someone comes into the room and
they press Ctrl+Shift+H. The voice stops at once, with the passport, and nothing is left speaking;
and the same on a computer whose speech engine hangs (speech-dispatcher with no sound output)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTextToSpeech import QTextToSpeech

from tests.helpers import add_entry
from tests.journeys.window_steps import unlock_by_keys
from tests.shell_helpers import press
from tests.speech_helpers import HungEngine
from ui.app import PassportApp

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def running(qtbot, data_dir, made_profile):
    profile, _code = made_profile
    add_entry(profile, "Walks", "Round the park after tea, twice round the pond, then home for toast. " * 4,
              important_now=True)
    profile.lock()
    app = PassportApp(["--data-dir", str(data_dir)])
    app.context.speech_engine = "mock"  # Qt's own test engine: the real wiring, no sound card needed
    yield app
    app.close()


def test_hide_now_stops_the_reading_at_once(qtbot, running) -> None:
    window = unlock_by_keys(qtbot, running)
    speaker = window.speaker
    press(qtbot, Qt.Key.Key_R, CTRL_SHIFT)
    assert speaker.is_speaking()
    qtbot.waitUntil(lambda: speaker.engine_state() == QTextToSpeech.State.Speaking)
    # What the engine itself says, heard on its own thread: the window (and its speaker) may be
    # gone before the engine's word that it has stopped could reach it.
    assert speaker.thread is not None
    engine_states: list[int] = []
    speaker.thread.host.state.connect(lambda _ticket, value: engine_states.append(value),
                                      Qt.ConnectionType.DirectConnection)

    press(qtbot, Qt.Key.Key_H, CTRL_SHIFT)

    start = running.controller.start_window
    assert start.pages.currentWidget() is start.neutral
    assert not speaker.is_speaking()
    qtbot.waitUntil(lambda: QTextToSpeech.State.Ready.value in engine_states)  # the voice stopped too


def test_with_a_hung_engine_hide_now_still_hides_at_once(qtbot, running) -> None:
    window = unlock_by_keys(qtbot, running)
    engine = HungEngine(hang_say=False)  # it begins, then hangs when told to stop
    window.speaker.make_engine = engine
    try:
        press(qtbot, Qt.Key.Key_R, CTRL_SHIFT)
        qtbot.waitUntil(lambda: window.speaker.engine_state() == QTextToSpeech.State.Speaking)
        press(qtbot, Qt.Key.Key_R, CTRL_SHIFT)  # stop: the engine now hangs, on its own thread
        qtbot.waitUntil(engine.entered.is_set)
        press(qtbot, Qt.Key.Key_R, CTRL_SHIFT)  # and read again: this froze the whole app before

        press(qtbot, Qt.Key.Key_H, CTRL_SHIFT)

        start = running.controller.start_window
        assert start.pages.currentWidget() is start.neutral
    finally:
        engine.release()
