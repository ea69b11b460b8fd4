"""Reading aloud through the real engine (speech-dispatcher with espeak-ng), run by
test_speech_real_engine.py in a process of its own whose sound goes to a PulseAudio null sink
and whose speech-dispatcher is its own (Qt meets the speech server once per process)."""

from __future__ import annotations

import sys

from PySide6.QtTextToSpeech import QTextToSpeech

from tests.speech_helpers import shut
from ui.runtime.speech import LINUX_ENGINE, Speaker


def test_the_real_engine_reads_to_the_end(qtbot) -> None:
    assert sys.platform.startswith("linux")
    assert LINUX_ENGINE in QTextToSpeech.availableEngines(), "Qt's speech-dispatcher plugin is missing"
    speaker = Speaker()  # the app's own choice of engine: speech-dispatcher on Linux
    problems: list[str] = []
    speaker.problem.connect(problems.append)
    assert speaker.read("Hello. This is read aloud, and kept nowhere."), problems
    qtbot.waitUntil(lambda: speaker.engine_state() == QTextToSpeech.State.Speaking or bool(problems), timeout=30_000)
    assert problems == []
    assert speaker.engine_in_use == LINUX_ENGINE
    assert speaker.voice is not None and speaker.voice.language().name == "English"
    with qtbot.waitSignal(speaker.stopped, timeout=60_000):
        pass
    assert problems == []
    assert speaker.engine_state() == QTextToSpeech.State.Ready, "it read to the end, not given up on"
    assert speaker.thread is not None
    shut(qtbot, speaker)  # the engine is deleted on its own thread, and the thread ends
