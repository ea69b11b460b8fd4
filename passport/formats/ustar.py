"""A reader for the one archive layout bundles and backups use: plain ustar regular files.

Each header is checked (magic, type, checksum, name, size limit) before anything it
announces is read, and names are only ever compared with the names the caller expects,
never used as paths. Written for this layout rather than with ``tarfile``, whose stream
mode reads 10 KiB at a time, copies its whole buffer on every read (a 300 MB backup spent
most of its restore there) and accepts pax, GNU and link members.

The caller says which errors to raise, so a bundle reports a damaged bundle and a backup
a damaged backup. Numbers are octal digits or, for sizes of 8 GiB and more (a backup's
database can be that big), GNU tar's base-256; pax headers are refused.
"""

from __future__ import annotations

import re
import struct
import tarfile
from typing import NamedTuple

from passport.byte_streams import Readable

BLOCK = tarfile.BLOCKSIZE
# POSIX ustar ("ustar\0" "00") and GNU ("ustar " " \0"), which backups use for their sizes.
MAGICS = (b"ustar\x00", b"ustar ")
_OCTAL = re.compile(rb"[0-7]*")


class Member(NamedTuple):
    name: str
    size: int


class UstarReader:
    def __init__(self, source: Readable, *, first_limit: int, member_limit: int, max_members: int,
                 damaged: type[Exception], too_large: type[Exception]) -> None:
        """``first_limit`` bounds the first member (a manifest), ``member_limit`` every
        other one; ``damaged`` and ``too_large`` are raised for a broken or oversized archive."""
        self._source = source
        self._first_limit, self._member_limit, self._max_members = first_limit, member_limit, max_members
        self._damaged, self._too_large = damaged, too_large
        self._members = 0
        self._left = 0  # bytes of the current member not read yet
        self._padding = 0

    def next(self) -> Member | None:
        """The next member's header, or None at the end of the archive."""
        while self._left:
            self.read(1024 * 1024)
        header = self._exactly(BLOCK)
        if header == bytes(BLOCK):
            return None
        if header[257:263] not in MAGICS or header[156:157] not in (b"0", b"\x00"):
            raise self._damaged("the archive holds something other than plain files")
        size = self._number(header[124:136])
        if self._number(header[148:156]) not in _checksums(header):
            raise self._damaged("an archive header is damaged")
        if header[345:500].strip(b"\x00"):
            raise self._damaged("an archive name is longer than any this app writes")
        try:
            name = header[:100].split(b"\x00", 1)[0].decode("utf-8")
        except UnicodeDecodeError:
            raise self._damaged("an archive name is not text") from None
        limit = self._first_limit if self._members == 0 else self._member_limit
        self._members += 1
        if size > limit or self._members > self._max_members:
            raise self._too_large("a part of the archive is over its size limit")
        self._left, self._padding = size, -size % BLOCK
        return Member(name, size)

    def read(self, size: int) -> bytes:
        """Up to ``size`` bytes of the current member; b"" at its end."""
        if not self._left:
            return b""
        data = self._exactly(min(size, self._left))
        self._left -= len(data)
        if not self._left:
            self._exactly(self._padding)
        return data

    def _exactly(self, size: int) -> bytes:
        data = self._source.read(size)
        while len(data) < size:
            more = self._source.read(size - len(data))
            if not more:
                raise self._damaged("the archive is cut short")
            data += more
        return data

    def _number(self, field: bytes) -> int:
        """A header number: octal digits, or (for a size of 8 GiB or more, as GNU tar and
        tarfile write it) base-256 after a 0x80 byte. Never negative: a size of -1 would
        read the rest of the stream as one member."""
        if field[:1] == b"\x80":
            return int.from_bytes(field[1:], "big")
        digits = field.split(b"\x00", 1)[0].strip(b" ")
        if not _OCTAL.fullmatch(digits):
            raise self._damaged("an archive header is malformed")
        return int(digits, 8) if digits else 0


def _checksums(header: bytes) -> tuple[int, int]:
    """A header's checksum, summed as unsigned and as signed bytes (old writers used
    either), with the checksum field itself counted as eight spaces (as tarfile does)."""
    unsigned = 256 + sum(struct.unpack_from("148B8x356B", header))
    signed = 256 + sum(struct.unpack_from("148b8x356b", header))
    return unsigned, signed
