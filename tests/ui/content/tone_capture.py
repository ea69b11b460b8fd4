"""A recording of a real microphone, run by test_ui_sound_recorder.py in a process of its own
whose PULSE_SERVER is a PulseAudio where the only microphone hears a 440 Hz tone (Qt Multimedia
meets its sound server once per process, so this can't share the test run's)."""

from __future__ import annotations

import io
import itertools
import wave

from PySide6.QtCore import Qt

from passport.models import AttachmentKind
from passport.profile import Profile
from tests.helpers import add_entry
from ui.content.attachment_panel import AttachmentPanel
from ui.runtime.session import Session
from ui.widgets.microphone import Microphone

LEFT = Qt.MouseButton.LeftButton
TONE_HZ = 440


def test_the_tone_is_recorded_paused_and_kept_in_the_store(qtbot, profile: Profile) -> None:
    assert Microphone.found(), "the tone's PulseAudio gives no microphone"
    entry_id = add_entry(profile, "My song")
    panel = AttachmentPanel(Session(profile), lambda: entry_id)
    panel.set_entry(entry_id)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.mouseClick(panel.record_button, LEFT)
    dialog = panel.recorder_dialog
    assert dialog is not None and dialog.record_button.isEnabled(), dialog.status.text()
    assert dialog.discard_button.accessibleName() == "Close", "nothing to discard yet"

    qtbot.mouseClick(dialog.record_button, LEFT)
    assert dialog.record_button.accessibleName() == "Pause recording", dialog.status.text()
    qtbot.waitUntil(lambda: dialog.recording.seconds >= 1.0, timeout=20_000)
    assert dialog.level_words.text() in ("Sound level: quiet", "Sound level: good"), dialog.level_words.text()
    assert dialog.level_bar.value() > 0
    assert not dialog.keep_button.isEnabled(), "keeping waits until the recording is paused"
    assert dialog.discard_button.accessibleName() == "Discard this sound"

    qtbot.mouseClick(dialog.record_button, LEFT)
    assert dialog.record_button.accessibleName() == "Carry on recording"
    assert dialog.player is not None, "a paused recording can be listened to"
    paused_at = dialog.recording.seconds
    qtbot.mouseClick(dialog.record_button, LEFT)
    qtbot.waitUntil(lambda: dialog.recording.seconds >= paused_at + 0.5, timeout=20_000)
    qtbot.mouseClick(dialog.record_button, LEFT)
    assert "left" in dialog.time_words.text()
    qtbot.mouseClick(dialog.keep_button, LEFT)

    qtbot.waitUntil(lambda: len(panel.tiles) == 1, timeout=10_000)
    [kept] = profile.attachments(entry_id)
    assert (kept.kind, kept.media_type) == (AttachmentKind.AUDIO, "audio/wav")
    assert kept.name.startswith("My recording, ") and ":" in kept.name
    with wave.open(io.BytesIO(profile.attachment_data(kept.id))) as wav:
        rate, channels = wav.getframerate(), wav.getnchannels()
        samples = memoryview(wav.readframes(wav.getnframes())).cast("h")[::channels]
    assert len(samples) >= 1.5 * rate
    upward = sum(1 for before, after in itertools.pairwise(samples) if before < 0 <= after)
    heard_hz = upward / (len(samples) / rate)
    assert abs(heard_hz - TONE_HZ) < 15, f"heard {heard_hz:.0f} Hz"
