"""What the core needs of a stream of bytes, and no more.

Files opened with ``open`` fit these, and so do the core's own streams (a reader over
chunks, a decrypted bundle's plaintext, a counting wrapper), which are not whole files:
they have no ``fileno`` or ``seek``, so typing them as ``BinaryIO`` would not be true.
"""

from __future__ import annotations

from typing import Protocol


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes:
        """Up to ``size`` bytes (all that is left for a negative size); b"" at the end."""
        ...


class Writable(Protocol):
    def write(self, data: bytes, /) -> int | None:
        """Take ``data``; the number of bytes taken (None: all of them)."""
        ...
