"""Small helpers the tests share (real core objects, nothing mocked)."""

from __future__ import annotations

from pathlib import Path

from passport.crypto.keyfile import KdfSettings
from passport.models import EntryContent
from passport.profile import Profile

PASSPHRASE = "a long walk by the river"
# Cheaper than the default so the suite stays quick; the default cost is tested on its own.
FAST_KDF = KdfSettings(memory_kib=8 * 1024, iterations=1, lanes=1)
CANARY = "CANARY-7f3a9c-kestrel"



def png_bytes(width: int = 8, height: int = 8, rgb: tuple[int, int, int] = (240, 120, 40)) -> bytes:
    """A real PNG image, made with the standard library (no binary blobs in the repo)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )

def add_entry(profile: Profile, title: str, body: str = "", **fields: object) -> str:
    section_id = fields.pop("section_id", None) or profile.sections()[0].id
    change = profile.add_entry(EntryContent(section_id=section_id, title=title, body=body, **fields))
    assert change.entry is not None
    return change.entry.id


def wav_bytes(seconds: float = 0.2, rate: int = 8000) -> bytes:
    """A short, real WAV file (silence with a tick), made with the standard library."""
    import io
    import wave

    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        frames = bytearray(int(seconds * rate) * 2)
        frames[100:104] = b"\xff\x7f\xff\x7f"
        out.writeframes(bytes(frames))
    return buffer.getvalue()


def files_under(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]
