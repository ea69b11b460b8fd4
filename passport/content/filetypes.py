"""What kind of file an attachment is, taken from its first bytes, never from its name.

Only formats Qt can show or play are called images or audio; everything else is kept as
a plain file, which the app offers to save but never opens itself.
"""

from __future__ import annotations

from passport.models import AttachmentKind

SNIFF_BYTES = 64

_SIGNATURES: tuple[tuple[bytes, int, str, AttachmentKind], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "image/png", AttachmentKind.IMAGE),
    (b"\xff\xd8\xff", 0, "image/jpeg", AttachmentKind.IMAGE),
    (b"GIF87a", 0, "image/gif", AttachmentKind.IMAGE),
    (b"GIF89a", 0, "image/gif", AttachmentKind.IMAGE),
    (b"BM", 0, "image/bmp", AttachmentKind.IMAGE),
    (b"ID3", 0, "audio/mpeg", AttachmentKind.AUDIO),
    (b"OggS", 0, "audio/ogg", AttachmentKind.AUDIO),
    (b"fLaC", 0, "audio/flac", AttachmentKind.AUDIO),
    (b"%PDF-", 0, "application/pdf", AttachmentKind.FILE),
)


def sniff(head: bytes) -> tuple[str, AttachmentKind]:
    """The media type and kind of a file from its first :data:`SNIFF_BYTES` bytes."""
    for magic, offset, media_type, kind in _SIGNATURES:
        if head[offset : offset + len(magic)] == magic:
            return media_type, kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp", AttachmentKind.IMAGE
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "audio/wav", AttachmentKind.AUDIO
    if head[4:8] == b"ftyp" and head[8:11] in (b"M4A", b"M4B"):
        return "audio/mp4", AttachmentKind.AUDIO
    # An MPEG audio frame header without an ID3 tag: 11 sync bits, then a valid layer.
    if len(head) >= 2 and head[0] == 0xFF and (head[1] & 0xE0) == 0xE0 and (head[1] & 0x06):
        return "audio/mpeg", AttachmentKind.AUDIO
    return "application/octet-stream", AttachmentKind.FILE
