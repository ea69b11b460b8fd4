"""Speech in tests: an engine that hangs as speech-dispatcher does with no sound output (Qt's own
"mock" engine, stuck inside its say() or stop() on a gate the test holds), and ending a speaker's
engine thread so that no test leaves one running. The engine is an outside system; our own
code (the speaker, its thread, the button) is the real one."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtTextToSpeech import QTextToSpeech

from ui.runtime.speech import Speaker
from ui.runtime.speech_thread import NO_ENGINE


class HungEngine:
    """Makes the engine, on the speech thread, with Qt's mock loaded into it as the app loads
    its own; its ``say`` and ``stop`` block until :meth:`release` (the test's teardown must
    release it).

    The app never calls the engine from Python (Qt calls it by name, see
    :mod:`ui.runtime.speech_thread`), and PySide does not let a subclass's slot of the same
    name take the place of Qt's, so the hang is put inside the engine's own calls instead: the
    signal each sends before it returns (``aboutToSynthesize`` from ``say``; ``stateChanged`` to
    Ready, after speaking, from ``stop``) runs a slot, directly, that waits on the gate."""

    def __init__(self, *, hang_say: bool = True, hang_stop: bool = True) -> None:
        self.gate = threading.Event()
        self.entered = threading.Event()
        self.hang_say = hang_say
        self.hang_stop = hang_stop
        self._spoke = False

    def __call__(self, parent: QObject) -> QTextToSpeech:
        engine = QTextToSpeech(NO_ENGINE, parent)  # the host loads "mock" into it, as it would speechd
        # Connected before the host's own: the host hears nothing until the gate opens.
        engine.aboutToSynthesize.connect(self._saying, Qt.ConnectionType.DirectConnection)
        engine.stateChanged.connect(self._state_changed, Qt.ConnectionType.DirectConnection)
        return engine

    def _saying(self, _id: int) -> None:
        if self.hang_say:
            self._hang()

    def _state_changed(self, state: QTextToSpeech.State) -> None:
        if state == QTextToSpeech.State.Speaking:
            self._spoke = True
        elif state == QTextToSpeech.State.Ready and self._spoke and self.hang_stop:
            self._hang()

    def _hang(self) -> None:
        self.entered.set()
        self.gate.wait()

    def release(self) -> None:
        self.gate.set()


def shut(qtbot, speaker: Speaker) -> None:
    """End the speaker's engine thread and wait for it."""
    thread = speaker.thread
    speaker.shut()
    if thread is not None:
        # Finished, or already deleted (it deletes itself once finished).
        qtbot.waitUntil(lambda: not shiboken6.isValid(thread) or thread.isFinished(), timeout=10_000)
