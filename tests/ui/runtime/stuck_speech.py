"""Reading aloud in the young person's window through a real speech-dispatcher that has no sound
output (no PulseAudio to play to): it takes the words and says it has begun, but never ends, and
after a few readings it stops answering, so that whoever calls it waits without end. Run by
test_speech_stuck_engine.py in a process of its own, with that speech-dispatcher its own (whose
process id it is given, to end it last). Whatever the engine does, the window goes on: its
heartbeat never pauses long enough for a person to notice."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtTextToSpeech import QTextToSpeech

from passport.profile import Profile
from tests.helpers import add_entry
from tests.shell_helpers import make_context, press, wait_active
from ui.runtime import speech
from ui.runtime.session import Session
from ui.runtime.speech_thread import QUIT_WAIT_MSEC, stuck_at_quit
from ui.widgets.read_aloud_button import ReadAloudButton
from ui.windows.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
# The longest the window may go without its timer firing: a person notices a third of a second.
LONGEST_PAUSE_S = 0.3
NOT_WORKING = "Reading aloud isn't working on this computer just now."
START_MSEC = 3_000  # the app gives the engine 6 s to begin: the same path, sooner


class Heartbeat:
    """A timer on the GUI thread every 20 ms, and the longest it ever waited between beats."""

    def __init__(self) -> None:
        self.longest = 0.0
        self.beats = 0
        self._last = time.monotonic()
        self._timer = QTimer(interval=20)
        self._timer.timeout.connect(self._beat)
        self._timer.start()

    def _beat(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self._last)
        self.beats += 1
        self._last = now


@pytest.fixture
def window(qtbot, profile: Profile, data_dir, monkeypatch) -> Iterator[MainWindow]:
    # Once begun, the engine has 2 s (not 10 s and a second a word) to finish.
    monkeypatch.setattr(speech, "FINISH_SLACK_MSEC", 2_000)
    monkeypatch.setattr(speech, "MSEC_PER_WORD", 0)
    add_entry(profile, "Walks", "Round the park after tea, twice round the pond, then home for toast.",
              important_now=True)
    view = MainWindow(Session(profile), make_context(data_dir))  # the app's own engine: speech-dispatcher
    view.speaker.start_timeout_ms = START_MSEC
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    wait_active(qtbot, view)
    yield view
    # Last, the speech server goes: the engine's call returns, and its thread can end.
    thread = view.speaker.thread
    os.kill(int(os.environ["STUCK_SPEECH_DISPATCHER_PID"]), signal.SIGKILL)
    if thread is not None and shiboken6.isValid(thread):
        view.speaker.shut()
        qtbot.waitUntil(lambda: not shiboken6.isValid(thread) or thread.isFinished(), timeout=20_000)


def said_not_working(qtbot, button: ReadAloudButton) -> None:
    """Pressed: either it reads and, in time, says it isn't working, or it says so at once (the
    engine already stuck); never left on "Stop reading"."""
    qtbot.mouseClick(button.button, LEFT)
    qtbot.waitUntil(lambda: button.status.isVisible() and button.button.text() == "Read aloud",
                    timeout=START_MSEC + 5_000)
    assert button.status.text() == NOT_WORKING


def test_a_stuck_speech_dispatcher_never_pauses_the_window(qtbot, window: MainWindow) -> None:
    speaker = window.speaker
    button = window.home.read_aloud
    assert button is not None
    heart = Heartbeat()
    qtbot.waitUntil(lambda: heart.beats > 2)

    # Read: the engine is made on its thread (speech-dispatcher is met for the first time).
    qtbot.mouseClick(button.button, LEFT)
    assert button.button.text() == "Stop reading"
    qtbot.waitUntil(lambda: speaker.engine_state() == QTextToSpeech.State.Speaking, timeout=20_000)
    assert speaker.engine_in_use == "speechd"
    # Stop: at once, whatever the engine then does.
    qtbot.mouseClick(button.button, LEFT)
    assert button.button.text() == "Read aloud"
    # Read again, and again: it never ends, and then stops answering; each time the button says so.
    for _ in range(3):
        said_not_working(qtbot, button)
    assert speaker.thread is not None and speaker._stuck(), "the engine is stuck now (else this proves little)"
    shot = os.environ.get("STUCK_SPEECH_SHOT")
    if shot:
        window.grab().save(str(Path(shot)))
    # Keys too: Ctrl+Shift+R answers at once, with the same words.
    window.home.setFocus()
    press(qtbot, Qt.Key.Key_R, CTRL_SHIFT)
    assert not speaker.is_speaking() and button.status.text() == NOT_WORKING
    beats = heart.beats
    qtbot.waitUntil(lambda: heart.beats > beats + 25)  # another half second with the engine stuck
    assert heart.longest < LONGEST_PAUSE_S, f"the window paused {heart.longest:.2f} s"

    # Quitting with the engine stuck: the app waits a little, then leaves it (its main ends the process).
    started = time.monotonic()
    app = QCoreApplication.instance()
    assert app is not None
    app.aboutToQuit.emit()  # what quitting does for the engine's thread (pytest-qt never quits)
    assert time.monotonic() - started < QUIT_WAIT_MSEC / 1000 + 1
    assert stuck_at_quit()
