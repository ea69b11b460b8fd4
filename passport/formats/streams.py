"""Streaming plumbing: archives flow through age in chunks, never whole in memory or on disk.

pyrage's streaming calls push: encryption *pulls* plaintext from a reader and decryption
*pushes* plaintext into a writer. :class:`ChunkReader` turns a generator of chunks into
that reader; :func:`decrypted_reader` runs decryption in a thread and hands the consumer
a reader fed through a small bounded queue, so a tar stream parser can pull from it.
"""

from __future__ import annotations

import contextlib
import io
import queue
import tarfile
import threading
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import BinaryIO

from passport.byte_streams import Writable

_QUEUE_CHUNKS = 8  # at most this many chunks wait in memory between the two sides


class ChunkReader(io.RawIOBase):
    """A readable stream over an iterable of byte chunks; with ``progress``, it reports
    ``(bytes read so far, total)`` as it is read."""

    def __init__(self, chunks: Iterable[bytes], total: int = 0,
                 progress: Callable[[int, int], None] | None = None) -> None:
        self._chunks = iter(chunks)
        self._pending = memoryview(b"")
        self._done, self._total, self._progress = 0, total, progress

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` bytes; a whole chunk that fits is handed on as it is, not copied
        (a 300 MB share was copied twice more on its way to age without this)."""
        if size >= 0 and not self._pending:
            for chunk in self._chunks:
                if not chunk:
                    continue
                if len(chunk) <= size:
                    self._count(len(chunk))
                    return bytes(chunk)  # the same object when it already is bytes
                self._pending = memoryview(chunk)
                break
            else:
                return b""
        return super().read(size)

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._pending:
            try:
                self._pending = memoryview(next(self._chunks))
            except StopIteration:
                return 0
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        self._count(n)
        return n

    def _count(self, n: int) -> None:
        self._done += n
        if self._progress is not None:
            self._progress(self._done, self._total)


USTAR_MAX_SIZE = 8 * 1024**3 - 1  # what an ustar header's octal size field holds


def tar_member(name: str, size: int, chunks: Iterable[bytes],
               mismatch: Callable[[str], Exception] = ValueError) -> Iterator[bytes]:
    """One regular-file member of a tar stream: header, data, padding to 512 bytes; the one
    tar writer, for bundles and backups. ``mismatch`` is raised if the chunks are not
    ``size`` bytes (say, StoreDamaged when an attachment does not match its record)."""
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = 0o600
    # Plain ustar, which every reader knows; a size of 8 GiB or more (a large backup) takes
    # GNU's header, which writes it in base-256 within the header itself (and which
    # passport.formats.ustar reads), never a pax header, which it refuses.
    if size <= USTAR_MAX_SIZE:
        yield info.tobuf(tarfile.USTAR_FORMAT, "utf-8", "strict")
    else:
        yield info.tobuf(tarfile.GNU_FORMAT, "utf-8", "strict")
    written = 0
    for chunk in chunks:
        written += len(chunk)
        yield chunk
    if written != size:
        raise mismatch(f"{name} was {written} bytes, not {size}")
    if size % tarfile.BLOCKSIZE:
        yield tarfile.NUL * (tarfile.BLOCKSIZE - size % tarfile.BLOCKSIZE)


def tar_end() -> bytes:
    return tarfile.NUL * (tarfile.BLOCKSIZE * 2)


class _Stopped(Exception):
    """The reading side gave up; the decrypting thread stops at its next write."""


class _QueueWriter(io.RawIOBase):
    """Hands what it is given to the reading thread in pieces of about a MiB: age writes
    64 KiB at a time, and passing each one across threads on its own made the two
    threads wait on each other (and on the GIL) more than they worked."""

    PIECE = 1024 * 1024

    def __init__(self, chunks: queue.Queue[bytes | None], stop: threading.Event) -> None:
        self._chunks, self._stop = chunks, stop
        self._pending = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self._pending += data
        if len(self._pending) >= self.PIECE:
            self.flush()
        return len(data)

    def flush(self) -> None:
        if not self._pending:
            return
        piece, self._pending = bytes(self._pending), bytearray()
        while True:
            if self._stop.is_set():
                raise _Stopped
            with contextlib.suppress(queue.Full):
                self._chunks.put(piece, timeout=0.1)
                return


class _QueueReader(io.RawIOBase):
    def __init__(self, chunks: queue.Queue[bytes | None]) -> None:
        self._chunks = chunks
        self._pending = memoryview(b"")
        self._done = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._pending and not self._done:
            chunk = self._chunks.get()
            if chunk is None:
                self._done = True
            else:
                self._pending = memoryview(chunk)
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


@contextlib.contextmanager
def decrypted_reader(decrypt: Callable[[Writable], object]) -> Iterator[BinaryIO]:
    """Run ``decrypt(sink)`` in a thread and yield a reader of what it writes.

    The reader sees end-of-stream when decryption ends. A decryption error is raised
    when the ``with`` block ends, after decryption has run to the end of the file, so
    the consumer must treat everything it read as unverified until the block exits
    cleanly. If the consumer raises, decryption is stopped; a decryption error, if
    there was one, is raised in place of the consumer's.
    """
    chunks: queue.Queue[bytes | None] = queue.Queue(maxsize=_QUEUE_CHUNKS)
    stop = threading.Event()
    failure: list[BaseException] = []

    def produce() -> None:
        try:
            writer = _QueueWriter(chunks, stop)
            decrypt(writer)
            writer.flush()
        except _Stopped:
            pass
        except BaseException as exc:  # handed to the consuming thread
            failure.append(exc)
        finally:
            while True:
                try:
                    chunks.put(None, timeout=0.1)
                    break
                except queue.Full:
                    if stop.is_set():
                        break

    thread = threading.Thread(target=produce, name="decrypt", daemon=True)
    thread.start()
    reader = io.BufferedReader(_QueueReader(chunks), buffer_size=256 * 1024)
    try:
        yield reader
    except BaseException as consumer_error:
        stop.set()
        _drain(chunks, thread)
        # A decryption failure (wrong key, damage) is the root cause of whatever the
        # consumer then tripped over, so it is the error the caller gets.
        if failure:
            raise failure[0] from consumer_error
        raise
    # The consumer is done; decryption must still reach the end of the file, because
    # only then is everything it produced authenticated.
    _drain(chunks, thread)
    if failure:
        raise failure[0]


def _drain(chunks: queue.Queue[bytes | None], thread: threading.Thread) -> None:
    while thread.is_alive():
        with contextlib.suppress(queue.Empty):
            chunks.get(timeout=0.05)
    thread.join()


class _Failed:
    def __init__(self, error: BaseException) -> None:
        self.error = error


_END = object()


def prefetched(items: Iterable[bytes], depth: int = 4) -> Generator[bytes, None, None]:
    """Yield what ``items`` yields, produced a few ahead in a thread.

    Reading an attachment back decrypts it inside SQLCipher, which lets go of the GIL;
    so the next chunks are read while age encrypts this one, on the other core.
    """
    ahead: queue.Queue[object] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(item: object) -> bool:
        while not stop.is_set():
            with contextlib.suppress(queue.Full):
                ahead.put(item, timeout=0.1)
                return True
        return False

    def produce() -> None:
        try:
            for item in items:
                if not put(item):
                    return
            put(_END)
        except BaseException as exc:  # handed to the consuming thread
            put(_Failed(exc))

    thread = threading.Thread(target=produce, name="prefetch", daemon=True)
    thread.start()
    try:
        while (item := ahead.get()) is not _END:
            if isinstance(item, _Failed):
                raise item.error
            yield item  # type: ignore[misc]
    finally:
        stop.set()
        while thread.is_alive():
            with contextlib.suppress(queue.Empty):
                ahead.get(timeout=0.05)
        thread.join()
