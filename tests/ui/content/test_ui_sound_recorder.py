"""Recording a sound into an entry: without a microphone a plain sentence and nothing else
changes; with a real one (PulseAudio with a null sink fed by a known tone, as CI has) the tone
is recorded, paused, carried on, kept in the store and heard at its pitch."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from passport.profile import Profile
from tests.helpers import add_entry
from ui.content.attachment_panel import AttachmentPanel
from ui.content.sound_recorder_dialog import SoundRecorderDialog, minutes
from ui.runtime.session import Session
from ui.widgets.microphone import Microphone

LEFT = Qt.MouseButton.LeftButton
REPO = Path(__file__).resolve().parents[3]
TONE_SCRIPT = """\
load-module module-native-protocol-unix auth-anonymous=1 socket={socket}
load-module module-null-sink sink_name=tone
load-module module-sine sink=tone frequency=440
load-module module-remap-source master=tone.monitor source_name=heard_tone
set-default-source heard_tone
"""


@pytest.fixture
def panel(qtbot, profile: Profile) -> AttachmentPanel:
    entry_id = add_entry(profile, "My song")
    view = AttachmentPanel(Session(profile), lambda: entry_id)
    view.set_entry(entry_id)
    qtbot.addWidget(view)
    view.show()
    return view


def test_times_read_as_a_player_shows_them() -> None:
    assert [minutes(s) for s in (0, 9.9, 60, 300)] == ["0:00", "0:09", "1:00", "5:00"]


def test_without_a_microphone_it_says_so_and_nothing_is_added(qtbot, panel: AttachmentPanel,
                                                              profile: Profile) -> None:
    if Microphone.found():
        pytest.skip("this computer has a microphone")
    qtbot.mouseClick(panel.record_button, LEFT)
    dialog = panel.recorder_dialog
    assert isinstance(dialog, SoundRecorderDialog)
    assert not dialog.record_button.isEnabled() and not dialog.keep_button.isEnabled()
    assert dialog.status.text().startswith("No microphone was found")
    assert dialog.time_words.text() == "0:00 recorded, 5:00 left"
    assert dialog.level_words.text() == "Sound level: nothing heard"
    qtbot.mouseClick(dialog.discard_button, LEFT)
    assert panel.recorder_dialog is None
    assert profile.attachments(profile.entries()[0].id) == []
    assert panel.add_button.isEnabled() and panel.draw_button.isEnabled(), "the rest of the app carries on"


def test_every_control_of_the_recorder_has_a_name(qtbot, panel: AttachmentPanel) -> None:
    qtbot.mouseClick(panel.record_button, LEFT)
    dialog = panel.recorder_dialog
    assert dialog is not None
    for control in (dialog.record_button, dialog.level_bar, dialog.keep_button, dialog.discard_button):
        assert control.accessibleName()
    assert dialog.level_bar.accessibleDescription() == dialog.level_words.text(), "the level in words too"


def test_it_says_close_until_something_is_recorded_then_discard(qtbot, panel: AttachmentPanel) -> None:
    qtbot.mouseClick(panel.record_button, LEFT)
    dialog = panel.recorder_dialog
    assert dialog is not None
    assert (dialog.discard_button.text(), dialog.discard_button.accessibleName()) == ("&Close", "Close")
    # What a microphone hands over: a quarter of a second of quiet sound.
    dialog.microphone.heard.emit(bytes(dialog.microphone.format.frame_bytes * 4000))
    assert dialog.discard_button.text() == "&Discard"
    assert dialog.discard_button.accessibleName() == "Discard this sound"
    qtbot.mouseClick(dialog.discard_button, LEFT)
    assert panel.recorder_dialog is None
    assert panel.tiles == []


@pytest.fixture
def tone_server(tmp_path: Path, qtbot) -> Iterator[str]:
    """A PulseAudio of this test's own whose default microphone hears a 440 Hz tone."""
    pulseaudio = shutil.which("pulseaudio")
    if pulseaudio is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must have PulseAudio for the real recording test (.ci/run installs it)")
        pytest.skip("no PulseAudio here (CI has it)")
    home = tmp_path / "pa"
    home.mkdir(mode=0o700)
    socket = home / "s"
    script = home / "tone.pa"
    script.write_text(TONE_SCRIPT.format(socket=socket))
    env = {**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(home), "XDG_CONFIG_HOME": str(home)}
    log = home / "log"
    with log.open("w") as out:
        daemon = subprocess.Popen(
            [pulseaudio, "-n", "-F", str(script), "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no",
             "--log-target=stderr"],
            env=env, stdout=subprocess.DEVNULL, stderr=out,
        )
    try:
        qtbot.waitUntil(lambda: socket.exists() or daemon.poll() is not None, timeout=20_000)
        if daemon.poll() is not None:
            pytest.fail(f"PulseAudio did not start: {log.read_text()}")
        yield f"unix:{socket}"
    finally:
        daemon.terminate()
        daemon.wait(timeout=20)


def test_a_real_microphone_hearing_a_known_tone_is_recorded_and_kept(tone_server: str) -> None:
    child = REPO / "tests" / "ui" / "content" / "tone_capture.py"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(child)],
        cwd=REPO, env={**os.environ, "PULSE_SERVER": tone_server}, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "1 passed" in done.stdout
