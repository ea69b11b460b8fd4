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
import hashlib
import hmac
import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

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
WORKER_START_SHARE: Final = 0.1
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
class Span:
    source: str
    target: str
    first: int  # page numbers, from 1
    last: int
    page_size: int
    digest: str
    old_key: str  # hex: the job goes to a worker over its stdin pipe, never through a file
    new_key: str
    salt: str
    verify: bool


def run_span(span: Span, progress: Callable[[int], None] | None = None) -> None:
    """Read, re-encrypt and write pages ``first``..``last`` (the target is open for writing
    already, at least as long as the source)."""
    fmt = PageFormat(span.page_size, span.digest)
    salt = bytes.fromhex(span.salt)
    old, new = page_keys(bytes.fromhex(span.old_key), salt), page_keys(bytes.fromhex(span.new_key), salt)
    per_batch = max(1, BATCH_BYTES // fmt.page_size)
    src = os.open(span.source, os.O_RDONLY)
    try:
        dst = os.open(span.target, os.O_RDWR)  # the same file again, when in place
        try:
            pgno = span.first
            while pgno <= span.last:
                count = min(per_batch, span.last - pgno + 1)
                offset = (pgno - 1) * fmt.page_size
                data = bytearray(os.pread(src, count * fmt.page_size, offset))
                if len(data) != count * fmt.page_size:
                    raise StoreDamaged("the store ends part way through a page")
                reencrypt_pages(fmt, data, pgno, old, new, verify=span.verify)
                written = os.pwrite(dst, data, offset)
                if written != len(data):
                    raise OSError(errno.EIO, "a short write")
                pgno += count
                if progress is not None:
                    progress(count)
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
                try:  # the room taken first: a full disk is known before any work
                    os.posix_fallocate(fd, 0, size)
                except OSError as exc:
                    if exc.errno not in (errno.EOPNOTSUPP, errno.EINVAL):
                        raise
                    os.ftruncate(fd, size)  # a file system without it: every page is written below
            finally:
                os.close(fd)
        pages = size // fmt.page_size
        spans = _spans(str(source), str(target), pages, fmt, key, new_key, first_page[:SALT_BYTES], verify)
        _run(spans, pages, progress)
    except OSError as exc:
        raise disk_full(exc) or exc from exc


def _spans(
    source: str, target: str, pages: int, fmt: PageFormat, key: bytes, new_key: bytes, salt: bytes, verify: bool
) -> list[Span]:
    workers = 0 if getattr(sys, "frozen", False) else min(MAX_WORKERS, os.cpu_count() or 1) - 1
    parts = max(1, min(workers + 1, pages // 64))  # small files: not worth a process
    # A worker starts about 70 ms after this process begins its own span (Python and its
    # imports): this process takes a little more, so that all end together.
    weights = [1 + WORKER_START_SHARE * (parts - 1)] + [1 - WORKER_START_SHARE] * (parts - 1)
    bounds = [1 + round(pages * sum(weights[:i]) / parts) for i in range(parts + 1)]
    return [
        Span(
            source,
            target,
            bounds[i],
            bounds[i + 1] - 1,
            fmt.page_size,
            fmt.digest,
            key.hex(),
            new_key.hex(),
            salt.hex(),
            verify,
        )
        for i in range(parts)
        if bounds[i + 1] > bounds[i]
    ]


def _run(spans: list[Span], pages: int, progress: Progress | None) -> None:
    """This process's span here, each other span in a worker process; a span whose worker
    could not start or died without a word (no Python to run it) is done here after."""
    children: list[tuple[Span, subprocess.Popen[bytes] | None]] = []
    try:
        for span in spans[1:]:
            try:
                started = subprocess.Popen(
                    [sys.executable, "-m", "passport.store.page_worker"],
                    env=_worker_environment(),
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL,
                )
            except OSError:
                children.append((span, None))
                continue
            children.append((span, started))
            assert started.stdin is not None
            with contextlib.suppress(BrokenPipeError):
                started.stdin.write(json.dumps(span.__dict__).encode())
                started.stdin.close()
        done = 0
        mine_total = spans[0].last - spans[0].first + 1

        def mine(count: int) -> None:
            nonlocal done
            done += count
            if progress is not None:  # the workers keep about the same pace
                progress(min(pages * done // mine_total, pages), pages)

        run_span(spans[0], mine)
        for span, child in children:
            answer = ""
            if child is not None:
                assert child.stdout is not None
                answer = child.stdout.read().decode(errors="replace").strip()
                child.wait()
            if answer == "ok" and child is not None and child.returncode == 0:
                continue
            if answer.startswith(("damaged ", "oserror ")):
                _raise_from(answer)
            run_span(span)
        if progress is not None:
            progress(pages, pages)
    finally:
        for _span, child in children:
            if child is not None and child.poll() is None:
                child.kill()
                child.wait()


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
