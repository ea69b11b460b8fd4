"""A recording made in the app, without a microphone: samples to WAV in memory, the length
cap, the level in words, and the sound kept in the store as audio."""

from __future__ import annotations

import io
import math
import struct
import wave

from passport.content.recording import MAX_SECONDS, Level, PcmFormat, Recording, level_of, peak, wav_bytes
from passport.models import MAX_ATTACHMENT_BYTES, AttachmentKind
from passport.profile import Profile
from tests.helpers import add_entry

VOICE = PcmFormat(sample_rate=8000, channels=1)


def tone(seconds: float, fmt: PcmFormat = VOICE, loudness: float = 0.5, hz: float = 440.0) -> bytes:
    frames = int(seconds * fmt.sample_rate)
    samples = [round(loudness * 32767 * math.sin(2 * math.pi * hz * n / fmt.sample_rate)) for n in range(frames)]
    return struct.pack(f"<{frames * fmt.channels}h", *[s for s in samples for _ in range(fmt.channels)])


def test_samples_become_a_wav_file_that_reads_back_the_same() -> None:
    fmt = PcmFormat(sample_rate=22_050, channels=2)
    pcm = tone(0.25, fmt)
    made = wav_bytes(pcm + b"\x01", fmt)  # a torn last frame is left out, never half kept
    with wave.open(io.BytesIO(made)) as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (2, 2, 22_050)
        assert wav.readframes(wav.getnframes()) == pcm


def test_a_recording_stops_keeping_at_its_cap_and_says_how_long_is_left() -> None:
    recording = Recording(VOICE, max_seconds=2)
    assert recording.is_empty and recording.seconds_left == 2
    assert recording.add(tone(1.5)) == 1.5 * 8000 * 2
    assert (recording.seconds, recording.seconds_left, recording.is_full) == (1.5, 0.5, False)
    kept = recording.add(tone(1.0))
    assert kept == 0.5 * 8000 * 2, "only what fits under the cap is kept"
    assert recording.is_full and recording.seconds_left == 0
    assert recording.add(tone(0.1)) == 0
    with wave.open(io.BytesIO(recording.wav())) as wav:
        assert wav.getnframes() == 2 * 8000


def test_five_minutes_of_the_microphone_fit_in_one_attachment_and_a_huge_format_is_capped_too() -> None:
    five_minutes = Recording()
    assert five_minutes.seconds_left == MAX_SECONDS == 300
    assert five_minutes.max_bytes + 44 <= MAX_ATTACHMENT_BYTES
    studio = Recording(PcmFormat(sample_rate=192_000, channels=2))
    assert studio.max_bytes + 44 <= MAX_ATTACHMENT_BYTES, "never more than the store takes, whatever the format"
    assert studio.seconds_left < MAX_SECONDS


def test_the_level_is_said_in_words_from_silence_to_very_loud() -> None:
    assert peak(b"") == 0.0 and peak(b"\x05") == 0.0
    assert level_of(peak(bytes(1000))) is Level.SILENT
    assert level_of(peak(tone(0.05, loudness=0.05))) is Level.QUIET
    assert level_of(peak(tone(0.05, loudness=0.5))) is Level.GOOD
    assert level_of(peak(struct.pack("<2h", -32768, 0))) is Level.LOUD
    assert peak(struct.pack("<h", -32768)) == 1.0


def test_discarding_forgets_every_sample() -> None:
    recording = Recording(VOICE)
    recording.add(tone(0.5))
    recording.discard()
    assert recording.is_empty and recording.seconds == 0
    with wave.open(io.BytesIO(recording.wav())) as wav:
        assert wav.getnframes() == 0


def test_a_kept_recording_is_stored_as_a_sound(profile: Profile) -> None:
    entry_id = add_entry(profile, "My song")
    recording = Recording(VOICE)
    recording.add(tone(0.5))
    change = profile.add_attachment(entry_id, "Recording.wav", recording.wav())
    assert change.attachment is not None
    assert (change.attachment.kind, change.attachment.media_type) == (AttachmentKind.AUDIO, "audio/wav")
    assert profile.attachment_data(change.attachment.id) == recording.wav()
