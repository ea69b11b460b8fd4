"""One check through the real speech engine: speech-dispatcher with espeak-ng, as a Linux
computer reads aloud, its sound going to a PulseAudio null sink of this test's own (CI installs
all three; there this fails rather than skips when one is missing)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
SINK_SCRIPT = """\
load-module module-native-protocol-unix auth-anonymous=1 socket={socket}
load-module module-null-sink sink_name=quiet
set-default-sink quiet
"""


def _needed(program: str) -> str:
    found = shutil.which(program)
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must have {program} for the real speech test (.ci/run installs it)")
        pytest.skip(f"no {program} here (CI has it)")
    return found


@pytest.fixture
def speech_home(tmp_path: Path, qtbot) -> Iterator[dict[str, str]]:
    """An environment with its own PulseAudio (a null sink) and its own speech-dispatcher."""
    pulseaudio = _needed("pulseaudio")
    dispatcher = _needed("speech-dispatcher")
    home = tmp_path / "h"
    home.mkdir(mode=0o700)
    socket = home / "s"
    script = home / "sink.pa"
    script.write_text(SINK_SCRIPT.format(socket=socket))
    env = {**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(home), "XDG_CONFIG_HOME": str(home),
           "XDG_CACHE_HOME": str(home / "c"), "PULSE_SERVER": f"unix:{socket}"}
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
        # Where the engine looks for it ($XDG_RUNTIME_DIR), started here so that it is ours to end.
        speech_socket = home / "speech-dispatcher" / "speechd.sock"
        speech_socket.parent.mkdir(mode=0o700)
        speech = subprocess.Popen([dispatcher, "-s", "-c", "unix_socket", "-S", str(speech_socket), "-t", "0"],
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        qtbot.waitUntil(lambda: speech_socket.exists() or speech.poll() is not None, timeout=20_000)
        if speech.poll() is not None:
            pytest.fail("speech-dispatcher did not start")
        yield env
    finally:
        for process in (speech, daemon):
            if process is not None:
                process.terminate()
                process.wait(timeout=20)


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
