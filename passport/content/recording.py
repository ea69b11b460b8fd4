"""A sound recorded in the app: raw samples kept in memory, up to a length cap, then made
into a WAV file in memory for the encrypted store. Nothing here touches the disk.

WAV (16-bit PCM) because it needs no encoder: the standard library writes it, every player
(ours included) reads it, nothing is lost from a song or a voice, and the same bytes are
what the microphone gave. The cost is size: five minutes of mono at 44.1 kHz is about 26 MB,
well under an attachment's limit.
"""

from __future__ import annotations

import enum
import io
import wave
from dataclasses import dataclass

from passport.models import MAX_ATTACHMENT_BYTES

MAX_SECONDS = 5 * 60
SAMPLE_BYTES = 2  # 16-bit samples
WAV_HEADER_BYTES = 44
FULL_SCALE = 32768


@dataclass(frozen=True)
class PcmFormat:
    """How the microphone's samples come: signed 16-bit, native byte order, interleaved."""

    sample_rate: int = 44_100
    channels: int = 1

    @property
    def frame_bytes(self) -> int:
        return self.channels * SAMPLE_BYTES

    @property
    def bytes_per_second(self) -> int:
        return self.sample_rate * self.frame_bytes


class Level(enum.Enum):
    """How loud the last moment was, for the meter's words (the bar alone is not enough)."""

    SILENT = "silent"
    QUIET = "quiet"
    GOOD = "good"
    LOUD = "loud"


def peak(pcm: bytes) -> float:
    """The loudest sample of ``pcm`` from 0 (silence) to 1 (as loud as can be)."""
    usable = len(pcm) - len(pcm) % SAMPLE_BYTES
    if usable == 0:
        return 0.0
    samples = memoryview(pcm)[:usable].cast("h")
    high, low = max(samples), min(samples)
    return min(1.0, max(high, -low) / FULL_SCALE)


def level_of(loudest: float) -> Level:
    if loudest < 0.01:
        return Level.SILENT
    if loudest < 0.1:
        return Level.QUIET
    if loudest < 0.9:
        return Level.GOOD
    return Level.LOUD


def wav_bytes(pcm: bytes, fmt: PcmFormat) -> bytes:
    """``pcm`` (whole frames only) as a WAV file, made in memory."""
    whole = len(pcm) - len(pcm) % fmt.frame_bytes
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(fmt.channels)
        wav.setsampwidth(SAMPLE_BYTES)
        wav.setframerate(fmt.sample_rate)
        wav.writeframes(memoryview(pcm)[:whole])
    return out.getvalue()


class Recording:
    """The samples heard so far, kept in memory and never past ``max_seconds``."""

    def __init__(self, fmt: PcmFormat | None = None, max_seconds: int = MAX_SECONDS) -> None:
        self.format = fmt or PcmFormat()
        whole_frames = self.format.sample_rate * max_seconds
        # Never more than an attachment may hold, whatever format the microphone gave.
        most_frames = (MAX_ATTACHMENT_BYTES - WAV_HEADER_BYTES) // self.format.frame_bytes
        self.max_bytes = min(whole_frames, most_frames) * self.format.frame_bytes
        self._pcm = bytearray()

    def add(self, pcm: bytes) -> int:
        """Keep what fits of ``pcm`` under the cap; how many bytes were kept."""
        room = self.max_bytes - len(self._pcm)
        kept = pcm[:max(0, room)]
        self._pcm += kept
        return len(kept)

    @property
    def is_empty(self) -> bool:
        return len(self._pcm) < self.format.frame_bytes

    @property
    def is_full(self) -> bool:
        return len(self._pcm) >= self.max_bytes

    @property
    def seconds(self) -> float:
        return len(self._pcm) / self.format.bytes_per_second

    @property
    def seconds_left(self) -> float:
        return max(0, self.max_bytes - len(self._pcm)) / self.format.bytes_per_second

    def wav(self) -> bytes:
        return wav_bytes(bytes(self._pcm), self.format)

    def discard(self) -> None:
        """Forget every sample, overwriting them first (they may be someone's voice)."""
        self._pcm[:] = bytes(len(self._pcm))
        self._pcm.clear()
