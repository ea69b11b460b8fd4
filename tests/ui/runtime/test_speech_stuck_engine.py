"""Read aloud must never freeze the app, even with a real speech-dispatcher that has no sound
output: it says it has begun, never ends, and then stops answering. Before, the window froze with
it: PySide holds Python's lock while Python waits in a call into the engine, so the GUI thread
waited too, though the engine had a thread of its own. stuck_speech.py, in a process of its own,
reads, stops and reads again in the real window, and fails if the window's heartbeat ever pauses
0.3 s (on the old code it froze for good). CI installs speech-dispatcher; there this fails rather
than skips."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.speech_helpers import end, speech_env, start_speech_dispatcher

REPO = Path(__file__).resolve().parents[3]
CHILD_TIMEOUT_S = 120  # it takes about 15 s; a frozen window never ends


def test_a_stuck_speech_dispatcher_never_freezes_the_window(qtbot, tmp_path: Path) -> None:
    home = tmp_path / "h"
    home.mkdir(mode=0o700)
    env = speech_env(home, home / "no-sound-here")  # no PulseAudio answers there: no sound output
    speech = start_speech_dispatcher(qtbot, env)
    env["STUCK_SPEECH_DISPATCHER_PID"] = str(speech.pid)  # the child ends it, last
    child = subprocess.Popen(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "-o", f"faulthandler_timeout={CHILD_TIMEOUT_S - 20}", "tests/ui/runtime/stuck_speech.py"],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        out, err = child.communicate(timeout=CHILD_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        child.kill()
        out, err = child.communicate()
        pytest.fail("the window froze: " + out[-3000:] + err[-3000:])
    finally:
        end(speech)
    assert child.returncode == 0, out[-4000:] + err[-2000:]
    assert "1 passed" in out


QUIT_WITH_A_STUCK_ENGINE = """
import sys, threading
from PySide6.QtWidgets import QApplication
import ui.app
from ui.runtime.speech_thread import SpeechThread

def stuck(_parent):
    threading.Event().wait()  # the engine never comes back

class App:  # the app's run: something was read aloud, and the engine is stuck when it quits
    def __init__(self, _argv):
        self.qt = QApplication([])
    def run(self):
        self.thread = SpeechThread("mock", stuck)
        self.thread.asked_make.emit()
        self.qt.aboutToQuit.emit()
        return 3

ui.app.PassportApp = App
sys.exit(ui.app.main([]))
"""


def test_quitting_with_the_engine_stuck_ends_the_app() -> None:
    """Qt's clean-up on the way out would wait for the stuck thread for ever (or abort): the
    app's main ends the process itself, with the app's own exit code."""
    done = subprocess.run([sys.executable, "-c", QUIT_WITH_A_STUCK_ENGINE], cwd=REPO, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 3, done.stderr[-3000:]
