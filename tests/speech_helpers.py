"""Speech in tests: an engine that hangs as speech-dispatcher does with no sound output (Qt's own
"mock" engine, stuck inside its say() or stop() on a gate the test holds); ending a speaker's
engine thread so that no test leaves one running; and a real speech-dispatcher of a test's own.
The engine is an outside system; our own code (the speaker, its thread, the button) is the real
one."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from pathlib import Path

import pytest
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


def needed(program: str) -> str:
    """The program's path; skipped where it is missing, but failed in CI, which installs it."""
    found = shutil.which(program)
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must have {program} for the real speech tests (.ci/run installs it)")
        pytest.skip(f"no {program} here (CI has it)")
    return found


def speech_env(home: Path, pulse_socket: Path) -> dict[str, str]:
    """An environment whose speech-dispatcher and PulseAudio are found in ``home``."""
    return {**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(home), "XDG_CONFIG_HOME": str(home),
            "XDG_CACHE_HOME": str(home / "c"), "PULSE_SERVER": f"unix:{pulse_socket}"}


def start_speech_dispatcher(qtbot, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """A speech-dispatcher of the test's own, where the engine looks for it ($XDG_RUNTIME_DIR),
    started here (not spawned by the engine) so that it is the test's to end."""
    dispatcher = needed("speech-dispatcher")
    speech_socket = Path(env["XDG_RUNTIME_DIR"]) / "speech-dispatcher" / "speechd.sock"
    speech_socket.parent.mkdir(mode=0o700)
    speech = subprocess.Popen([dispatcher, "-s", "-c", "unix_socket", "-S", str(speech_socket), "-t", "0"],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    qtbot.waitUntil(lambda: speech_socket.exists() or speech.poll() is not None, timeout=20_000)
    if speech.poll() is not None:
        pytest.fail("speech-dispatcher did not start")
    return speech


def end(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()  # speech-dispatcher stuck on its sound output may not heed a polite end
        process.wait(timeout=20)
