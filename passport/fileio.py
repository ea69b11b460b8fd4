"""Private folders and files, and atomic replacement of small files.

Everything the app writes is private to the user (folders 0700, files 0600), and a small
file such as a key file is replaced atomically so a crash leaves either the old or the
new version, never half of one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from passport.errors import NotARegularFile

FOLDER_MODE = 0o700
FILE_MODE = 0o600
WRITE_OUT_EVERY_S = 0.1
_datasync = getattr(os, "fdatasync", os.fsync)  # macOS and Windows have only fsync


def make_private_folder(path: Path) -> Path:
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    os.chmod(path, FOLDER_MODE)
    return path


def fsync_folder(path: Path) -> None:
    """Make a rename or a new file in ``path`` survive a power cut."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def open_private(path: Path) -> BinaryIO:
    """Open ``path`` for writing, emptied and private to its owner (0600) before a byte goes
    in: the one way every file the app writes is opened, the person's own choices included
    (a PDF, a card, an export), so none is ever readable by others, not even for a moment.
    A new file is made so; one already there (a PDF saved over an old one) is made so."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, FILE_MODE)
        else:  # pragma: no cover - Windows before Python 3.13
            os.chmod(path, FILE_MODE)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "wb")


@contextlib.contextmanager
def written_whole(out_path: Path) -> Iterator[BinaryIO]:
    """A private file written as ``<out>.part`` and renamed to ``out_path`` only when the block
    ends cleanly (synced, then the folder synced), so a crash, a full disk or an error never
    leaves half a file under the final name; on any failure the part is removed."""
    part = out_path.with_name(out_path.name + ".part")
    try:
        with open_private(part) as sink:
            yield sink
            sink.flush()
            os.fsync(sink.fileno())
        os.replace(part, out_path)
        fsync_folder(out_path.parent)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def write_private(path: Path, data: bytes) -> None:
    """Write a private file (0600 from its creation, never briefly world-readable)."""
    with open_private(path) as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.chmod(path, FILE_MODE)


def replace_atomically(path: Path, data: bytes, keep_previous: Path | None = None) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old or the new file.

    With ``keep_previous``, a copy of the old file stays there until the new one is safely
    in place (renamed and the folder synced), so a reader can fall back on it.
    """
    tmp = path.with_name(path.name + ".tmp")
    try:
        write_private(tmp, data)
        if keep_previous is not None and path.exists():
            write_private(keep_previous, path.read_bytes())
        os.replace(tmp, path)
    except BaseException:
        # A full disk part way: no empty or half file is left under the temporary name.
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_folder(path.parent)
    if keep_previous is not None:
        with contextlib.suppress(FileNotFoundError):
            keep_previous.unlink()
        fsync_folder(path.parent)


@contextlib.contextmanager
def written_out_early(fd: int, every_s: float = WRITE_OUT_EVERY_S) -> Iterator[None]:
    """While the block writes a large file to ``fd``, a thread has the system write it out
    as it goes, so the fsync at the end (which makes the file survive a power cut) finds
    little left to wait for: sharing 300 MB is about a tenth quicker.

    Linux reports a failed write-out to one fsync only, so an error the thread meets is
    raised here when the block ends, not lost.
    """
    done = threading.Event()
    failure: list[OSError] = []

    def write_out() -> None:
        while not done.wait(every_s):
            try:
                _datasync(fd)
            except OSError as exc:
                failure.append(exc)
                return

    thread = threading.Thread(target=write_out, name="write-out", daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()
    if failure:
        raise failure[0]


def open_outside_file(path: Path) -> BinaryIO:
    """Open a file someone gave us (a shared file, a card, a backup, a passphrase file) for
    reading, refusing anything that is not a regular file before reading a byte.

    A pipe would make a reader wait for ever and a device (/dev/zero, /dev/urandom) never
    ends: both are opened without blocking, looked at, and refused with NotARegularFile;
    so are folders and sockets. A missing file raises FileNotFoundError as open() does.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except IsADirectoryError:
        raise NotARegularFile(f"{path} is a folder") from None
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a socket, or a pipe nobody writes to on some systems
            raise NotARegularFile(f"{path} is not a regular file") from None
        raise
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotARegularFile(f"{path} is not a regular file")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
