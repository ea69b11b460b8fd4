"""Re-encrypting a SQLCipher 4 database file under a new key, page by page, outside SQLCipher,
on every core (key rotation and restore; see docs/performance.md for why).

The page format, as SQLCipher 4 writes it (``src/sqlcipher.c``: ``sqlcipher_page_cipher``,
``sqlcipher_page_hmac``, ``sqlcipher_cipher_ctx_key_derive``, ``sqlcipher_codec_ctx_reserve_setup``)
for a store keyed as ours are, with a raw 32-byte key (``x'<64 hex>'``, so no PBKDF2 for the
encryption key itself):

- the file is whole pages; the first 16 bytes of page 1 are the salt, in the clear;
- the last ``reserve`` bytes of each page are the IV (16 random bytes), then the HMAC, then random
  bytes; ``reserve`` is IV plus HMAC rounded up to the AES block: 48 for HMAC-SHA256 (our 16 KiB
  pages), 80 for HMAC-SHA512 (SQLCipher's default 4 KiB pages, the first builds' stores);
- the rest of the page (on page 1, after the salt) is AES-256-CBC ciphertext under the key;
- the HMAC covers that ciphertext, then the IV, then the page number as 4 little-endian bytes,
  keyed with PBKDF2-HMAC-SHA512(key, salt XOR 0x3a each byte, 2 iterations, 32 bytes) (the KDF
  algorithm stays SHA-512 whatever the page HMAC is);
- SQLite's lock-byte page (the one holding offset 1 GiB) is never written; it is left as it is.

The salt is kept, as SQLCipher's own ``PRAGMA rekey`` keeps it (the key is new and random).
Plaintext pages exist only in memory, one batch at a time. The work is split into one span of
pages per core: one in this process, the rest in worker processes (``python -m
passport.store.page_worker``) that read and write their own span of the same files; AES in
``cryptography`` holds the GIL, so threads would not help. A frozen build has no Python to start
a worker with, and does it all in this process.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import hmac
import json
import os
import subprocess
import sys
import termios
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Final

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from passport.errors import StoreDamaged, disk_full
from passport.fileio import FILE_MODE

SALT_BYTES: Final = 16
IV_BYTES: Final = 16
KEY_BYTES: Final = 32
HMAC_SALT_MASK: Final = 0x3A
FAST_KDF_ITERATIONS: Final = 2
LOCK_BYTE_OFFSET: Final = 0x40000000  # SQLite's pending-byte page starts here
BATCH_BYTES: Final = 1024 * 1024
MAX_WORKERS: Final = 4
BATCHES_PER_WORKER: Final = 16
MAX_BATCHES: Final = 8192  # 4 bytes each in the queue's pipe, well within its 64 KiB
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class PageFormat:
    page_size: int
    digest: str  # hashlib's name of the page HMAC's hash

    @property
    def hmac_bytes(self) -> int:
        return hashlib.new(self.digest).digest_size

    @property
    def reserve(self) -> int:
        return -(-(IV_BYTES + self.hmac_bytes) // 16) * 16

    @property
    def lock_page(self) -> int:
        return LOCK_BYTE_OFFSET // self.page_size + 1


# The same order as database.CIPHER_SETTINGS: new stores', then SQLCipher 4's defaults.
FORMATS: Final = (PageFormat(16384, "sha256"), PageFormat(4096, "sha512"))


@dataclass(frozen=True)
class PageKeys:
    key: bytes
    hmac_key: bytes


def page_keys(key: bytes, salt: bytes) -> PageKeys:
    hmac_salt = bytes(b ^ HMAC_SALT_MASK for b in salt)
    return PageKeys(key, hashlib.pbkdf2_hmac("sha512", key, hmac_salt, FAST_KDF_ITERATIONS, KEY_BYTES))


def _mac(fmt: PageFormat, hmac_key: bytes, signed: memoryview, pgno: int) -> bytes:
    mac = hmac.new(hmac_key, digestmod=fmt.digest)
    mac.update(signed)  # released the GIL for anything this large
    mac.update(pgno.to_bytes(4, "little"))
    return mac.digest()


def reencrypt_pages(
    fmt: PageFormat, data: bytearray, first_pgno: int, old: PageKeys, new: PageKeys, *, verify: bool
) -> None:
    """Re-encrypt whole pages in ``data`` (page ``first_pgno`` onwards) from ``old`` to ``new``,
    in place. With ``verify`` each page's HMAC is checked first: StoreDamaged names the page.

    One CBC context each way serves the whole batch, not two per page (building them cost more
    than the AES): decrypting, the page's IV is fed first, so the page's first block chains to
    it; encrypting, 16 random bytes are fed first and their ciphertext becomes the page's IV,
    which is how NIST SP 800-38A (appendix C) recommends making an unpredictable IV."""
    size, reserve, hmac_bytes = fmt.page_size, fmt.reserve, fmt.hmac_bytes
    view = memoryview(data)
    count = len(data) // size
    nonces = os.urandom(IV_BYTES * count)
    decryptor = Cipher(algorithms.AES(old.key), modes.CBC(bytes(IV_BYTES))).decryptor()
    encryptor = Cipher(algorithms.AES(new.key), modes.CBC(bytes(IV_BYTES))).encryptor()
    for index in range(count):
        pgno = first_pgno + index
        start = index * size
        if pgno == fmt.lock_page:
            continue
        body = start + (SALT_BYTES if pgno == 1 else 0)
        iv_at = start + size - reserve
        mac_at = iv_at + IV_BYTES
        if verify and not hmac.compare_digest(
            _mac(fmt, old.hmac_key, view[body:mac_at], pgno), view[mac_at : mac_at + hmac_bytes]
        ):
            raise StoreDamaged(f"page {pgno} of the store fails its check")
        decryptor.update(view[iv_at:mac_at])
        plain = decryptor.update(view[body:iv_at])
        view[iv_at:mac_at] = encryptor.update(nonces[index * IV_BYTES : (index + 1) * IV_BYTES])
        view[body:iv_at] = encryptor.update(plain)
        view[mac_at : mac_at + hmac_bytes] = _mac(fmt, new.hmac_key, view[body:mac_at], pgno)
    view.release()


def page_format(first_page: bytes, key: bytes) -> PageFormat | None:
    """The format whose page 1 HMAC ``key`` verifies, or None (a wrong key, or damage)."""
    salt = first_page[:SALT_BYTES]
    for fmt in FORMATS:
        if len(first_page) < fmt.page_size:
            continue
        keys = page_keys(key, salt)
        mac_at = fmt.page_size - fmt.reserve + IV_BYTES
        page = memoryview(first_page)[: fmt.page_size]
        if hmac.compare_digest(
            _mac(fmt, keys.hmac_key, page[SALT_BYTES:mac_at], 1), page[mac_at : mac_at + fmt.hmac_bytes]
        ):
            return fmt
    return None


@dataclass(frozen=True)
class Job:
    """What a process re-encrypting pages needs; the batches come from the shared queue."""

    source: str
    target: str
    pages: int
    batch_pages: int  # batch n is pages n * batch_pages + 1 onwards
    page_size: int
    digest: str
    old_key: str  # hex: the job goes to a worker over its stdin pipe, never through a file
    new_key: str
    salt: str
    verify: bool


def run_batches(
    job: Job, queue: int, done: Callable[[int], None] | None = None, took: Callable[[int], None] | None = None
) -> None:
    """Take batch numbers from the ``queue`` pipe (4 bytes each; every process reading it
    gets whole numbers, none twice) until it is empty, and re-encrypt each batch from the
    source into the target (open for writing already, at least as long as the source).
    ``took`` hears each batch as it is taken, ``done`` as it is written."""
    fmt = PageFormat(job.page_size, job.digest)
    salt = bytes.fromhex(job.salt)
    old, new = page_keys(bytes.fromhex(job.old_key), salt), page_keys(bytes.fromhex(job.new_key), salt)
    src = os.open(job.source, os.O_RDONLY)
    try:
        dst = os.open(job.target, os.O_RDWR)  # the same file again, when in place
        try:
            while len(taken := os.read(queue, 4)) == 4:
                batch = int.from_bytes(taken, "little")
                if took is not None:
                    took(batch)
                first = batch * job.batch_pages + 1
                count = min(job.batch_pages, job.pages - first + 1)
                offset = (first - 1) * fmt.page_size
                data = bytearray(os.pread(src, count * fmt.page_size, offset))
                if len(data) != count * fmt.page_size:
                    raise StoreDamaged("the store ends part way through a page")
                reencrypt_pages(fmt, data, first, old, new, verify=job.verify)
                if os.pwrite(dst, data, offset) != len(data):
                    raise OSError(errno.EIO, "a short write")
                if done is not None:
                    done(batch)
        finally:
            os.close(dst)
    finally:
        os.close(src)


def reencrypt_file(
    source: Path, target: Path, key: bytes, new_key: bytes, *, verify: bool, progress: Progress | None = None
) -> None:
    """Write the database at ``source`` into ``target`` (a new private file, or ``source``
    itself to re-encrypt in place) under ``new_key``. Not synced: the caller syncs.

    Raises StoreDamaged if ``key`` does not open the file, the file is not whole pages, or (with
    ``verify``) any page fails its HMAC; an OSError (DiskFull) if the disk refuses."""
    try:
        size = source.stat().st_size
        with source.open("rb") as f:
            first_page = f.read(max(fmt.page_size for fmt in FORMATS))
        fmt = page_format(first_page, key)
        if fmt is None:
            raise StoreDamaged("the key does not open the store, or its first page is damaged")
        if size % fmt.page_size:
            raise StoreDamaged("the store ends part way through a page")
        if target != source:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
            try:
                _take_room(fd, size)
            finally:
                os.close(fd)
        pages = size // fmt.page_size
        batch_pages = max(BATCH_BYTES // fmt.page_size, -(-pages // MAX_BATCHES))
        job = Job(
            str(source),
            str(target),
            pages,
            batch_pages,
            fmt.page_size,
            fmt.digest,
            key.hex(),
            new_key.hex(),
            first_page[:SALT_BYTES].hex(),
            verify,
        )
        _run(job, -(-pages // batch_pages), progress)
    except OSError as exc:
        raise disk_full(exc) or exc from exc


def _take_room(fd: int, size: int) -> None:
    """The room taken first, so a full disk is known before any work. A file system (or a system)
    without posix_fallocate only gets the file's length: every page is written after."""
    fallocate = getattr(os, "posix_fallocate", None)
    if fallocate is not None:
        try:
            fallocate(fd, 0, size)
            return
        except OSError as exc:
            if exc.errno not in (errno.EOPNOTSUPP, errno.EINVAL):
                raise
    os.ftruncate(fd, size)


def _worker_count(batches: int) -> int:
    if getattr(sys, "frozen", False):
        return 0  # no Python beside the app to start one with
    # A worker costs about 70 ms to start (Python, its imports): not worth it for a small store.
    return max(0, min(MAX_WORKERS, os.cpu_count() or 1, batches // BATCHES_PER_WORKER) - 1)


@dataclass
class _Worker:
    process: subprocess.Popen[bytes]
    lines: list[bytes]  # what it says, read as it comes so that it never waits to say it
    reader: threading.Thread


def _run(job: Job, batches: int, progress: Progress | None) -> None:
    """Every batch number goes into one pipe; this process and its workers each take the next
    one until none is left, so a process the machine slows down simply does fewer. A worker
    that cannot start takes nothing; one that dies part way names what it took and did."""
    read_end, write_end = os.pipe()
    workers: list[_Worker] = []
    try:
        with os.fdopen(write_end, "wb") as queue:  # closed when full: readers then see its end
            queue.write(b"".join(n.to_bytes(4, "little") for n in range(batches)))
        workers = [w for _ in range(_worker_count(batches)) if (w := _start(job, read_end)) is not None]

        def mine(_batch: int) -> None:
            if progress is not None:
                progress(batches - _left(read_end), batches)

        run_batches(job, read_end, mine)
        lost = set().union(*(_settle(worker) for worker in workers))
        if lost and job.target == job.source:
            # A batch a worker died in may be half written: in place, it cannot be redone.
            raise OSError(errno.EIO, "a worker re-encrypting the store stopped part way")
        if lost:
            again_read, again_write = os.pipe()
            with os.fdopen(again_write, "wb") as queue:
                queue.write(b"".join(n.to_bytes(4, "little") for n in sorted(lost)))
            try:
                run_batches(job, again_read)
            finally:
                os.close(again_read)
        if progress is not None:
            progress(batches, batches)
    finally:
        for worker in workers:
            if worker.process.poll() is None:
                worker.process.kill()
                worker.process.wait()
        os.close(read_end)


def _start(job: Job, queue: int) -> _Worker | None:
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "passport.store.page_worker", str(queue)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=_worker_environment(),
            pass_fds=(queue,),
        )
    except OSError:
        return None  # this process does its share
    assert process.stdin is not None and process.stdout is not None
    with contextlib.suppress(BrokenPipeError):
        process.stdin.write(json.dumps(job.__dict__).encode())
        process.stdin.close()
    lines: list[bytes] = []
    reader = threading.Thread(target=_listen, args=(process.stdout, lines), daemon=True)
    reader.start()
    return _Worker(process, lines, reader)


def _settle(worker: _Worker) -> set[int]:
    """Wait for a worker; raise what it met, or return the batches it took and did not write."""
    worker.process.wait()
    worker.reader.join()
    answer = b"".join(worker.lines).decode(errors="replace").splitlines()
    last = answer[-1] if answer else ""
    if last.startswith(("damaged ", "oserror ")):
        _raise_from(last)
    if last == "ok" and worker.process.returncode == 0:
        return set()
    taken = {int(line.split()[1]) for line in answer if line.startswith("take ")}
    return taken - {int(line.split()[1]) for line in answer if line.startswith("done ")}


def _listen(stream: BinaryIO, lines: list[bytes]) -> None:
    lines.extend(stream)


def _left(queue: int) -> int:
    """Batches still in the queue (the bytes the pipe holds, 4 each)."""
    try:
        held = fcntl.ioctl(queue, termios.FIONREAD, b"\0\0\0\0")
    except OSError:
        return 0
    return int.from_bytes(held, sys.byteorder) // 4


def _worker_environment() -> dict[str, str]:
    """This process's environment, with the folder this ``passport`` came from first on the
    worker's path: the worker runs the same code even where another copy is installed."""
    env = dict(os.environ)
    here = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (here, env.get("PYTHONPATH", "")) if p)
    return env


def _raise_from(answer: str) -> None:
    kind, _, rest = answer.partition(" ")
    if kind == "damaged":
        raise StoreDamaged(rest)
    if kind == "oserror":
        number, _, message = rest.partition(" ")
        with contextlib.suppress(ValueError):
            raise OSError(int(number), message)
    raise OSError(errno.EIO, "a worker re-encrypting the store stopped")
