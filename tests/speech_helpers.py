"""Speech in tests: an engine that hangs as speech-dispatcher does with no sound output (Qt's own
"mock" engine, whose say() or stop() waits on a gate the test holds), and ending a speaker's
engine thread so that no test leaves one running. The engine is an outside system; our own
code (the speaker, its thread, the button) is the real one."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtTextToSpeech import QTextToSpeech

from ui.runtime.speech import Speaker


class HungEngine:
    """Makes Qt's mock engine, on the speech thread, whose ``say`` and ``stop`` block until
    :meth:`release` (the test's teardown must release it)."""

    def __init__(self, *, hang_say: bool = True, hang_stop: bool = True) -> None:
        self.gate = threading.Event()
        self.entered = threading.Event()
        self.hang_say = hang_say
        self.hang_stop = hang_stop

    def __call__(self, _name: str) -> QTextToSpeech:
        factory = self

        class Hung(QTextToSpeech):
            def say(self, text: str) -> None:
                if factory.hang_say:
                    factory.entered.set()
                    factory.gate.wait()
                super().say(text)

            def stop(self, hint: QTextToSpeech.BoundaryHint = QTextToSpeech.BoundaryHint.Default) -> None:
                if factory.hang_stop:
                    factory.entered.set()
                    factory.gate.wait()
                super().stop(hint)

        return Hung("mock")

    def release(self) -> None:
        self.gate.set()


def shut(qtbot, speaker: Speaker) -> None:
    """End the speaker's engine thread and wait for it."""
    thread = speaker.thread
    speaker.shut()
    if thread is not None:
        # Finished, or already deleted (it deletes itself once finished).
        qtbot.waitUntil(lambda: not shiboken6.isValid(thread) or thread.isFinished(), timeout=10_000)
