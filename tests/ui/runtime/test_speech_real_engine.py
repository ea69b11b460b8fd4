"""One check through the real speech engine: speech-dispatcher with espeak-ng, as a Linux
computer reads aloud, its sound going to a PulseAudio null sink of this test's own (CI installs
all three; there this fails rather than skips when one is missing)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.speech_helpers import end, needed, speech_env, start_speech_dispatcher

REPO = Path(__file__).resolve().parents[3]
SINK_SCRIPT = """\
load-module module-native-protocol-unix auth-anonymous=1 socket={socket}
load-module module-null-sink sink_name=quiet
set-default-sink quiet
"""


@pytest.fixture
def speech_home(tmp_path: Path, qtbot) -> Iterator[dict[str, str]]:
    """An environment with its own PulseAudio (a null sink) and its own speech-dispatcher."""
    pulseaudio = needed("pulseaudio")
    needed("speech-dispatcher")
    home = tmp_path / "h"
    home.mkdir(mode=0o700)
    socket = home / "s"
    script = home / "sink.pa"
    script.write_text(SINK_SCRIPT.format(socket=socket))
    env = speech_env(home, socket)
    log = home / "log"
    with log.open("w") as out:
        daemon = subprocess.Popen(
            [pulseaudio, "-n", "-F", str(script), "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no",
             "--log-target=stderr"],
            env=env, stdout=subprocess.DEVNULL, stderr=out,
        )
    speech: subprocess.Popen[bytes] | None = None
    try:
        qtbot.waitUntil(lambda: socket.exists() or daemon.poll() is not None, timeout=20_000)
        if daemon.poll() is not None:
            pytest.fail(f"PulseAudio did not start: {log.read_text()}")
        speech = start_speech_dispatcher(qtbot, env)
        yield env
    finally:
        for process in (speech, daemon):
            if process is not None:
                end(process)


def test_the_real_engine_speaks_and_writes_no_audio_file(speech_home: dict[str, str], tmp_path: Path) -> None:
    child = REPO / "tests" / "ui" / "runtime" / "real_speech.py"
    before = {path for path in Path(speech_home["HOME"]).rglob("*")}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(child)],
        cwd=REPO, env=speech_home, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "1 passed" in done.stdout
    made = {path for path in Path(speech_home["HOME"]).rglob("*")} - before
    sounds = [path for path in made if path.suffix.lower() in (".wav", ".ogg", ".mp3", ".raw", ".pcm")]
    assert sounds == [], "no audio is written to disk"
