"""Reading a bundle from outside: every file is treated as hostile.

A bundle made for a key is decrypted as a stream (:func:`decrypted_stream`): the bytes go
straight into the receiving profile's transaction and count as unverified until age has
checked the file's last tag, so truncation or tampering anywhere rolls everything back. A
passphrase bundle is decrypted whole (:func:`decrypt`), into memory or, when large, the
receiving store's own encrypted spool; never a plain file. :func:`parse` then reads the
plaintext with the strict reader in :mod:`passport.formats.ustar`: ``manifest.json`` first, its
signature and rules checked before a single attachment byte is handed on, then each
attachment checked against the manifest's size and SHA-256. Archive member names are
compared with the manifest and never reach the filesystem.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Protocol

from pydantic import ValidationError

from passport.byte_streams import Readable, Writable
from passport.crypto import age_layer
from passport.errors import (
    AgeError,
    AgeNotForYou,
    AgeWorkFactorRefused,
    AgeWrongPassphrase,
    BundleDamaged,
    BundleExpired,
    BundleFromOlderApp,
    BundleNeedsPassphrase,
    BundleNotForYou,
    BundleSignatureInvalid,
    BundleTooCostly,
    BundleTooLarge,
    BundleUnsigned,
    BundleUntrustedSender,
    BundleVersionUnsupported,
    BundleWithdrawn,
    BundleWrongPassphrase,
    TooLarge,
)
from passport.fileio import open_outside_file
from passport.formats.boundaries import BOUNDARIES_VERSION
from passport.formats.bundle_format import (
    ATTACHMENT_PREFIX,
    BUNDLE_FORMAT,
    BUNDLE_VERSION,
    MANIFEST_NAME,
    MAX_ATTACHMENTS,
    MAX_BUNDLE_BYTES,
    MAX_ENTRIES,
    MAX_MANIFEST_BYTES,
    MAX_PASSPHRASE_BUNDLE_BYTES,
    PASSPHRASE_RECIPIENT,
    RECORDS_PERMISSION_VERSION,
    BundleAttachment,
    BundleKind,
    Manifest,
    Signature,
    signature_matches,
)
from passport.formats.cards import Card, loads_strict
from passport.formats.reply_format import REPLY_VERSION
from passport.formats.streams import decrypted_reader
from passport.formats.ustar import UstarReader
from passport.models import MAX_ATTACHMENT_BYTES

Progress = Callable[[int, int], None]
READ_CHUNK = 2 * 1024 * 1024
# Below this, decrypted bytes stay in memory; above it they go to the encrypted spool.
MEMORY_SPOOL_BYTES = 64 * 1024 * 1024
SPOOL_CHUNK = 1024 * 1024
# age adds 16 bytes per 64 KiB chunk plus a header well under 64 KiB.
_AGE_OVERHEAD = 64 * 1024


@dataclass(frozen=True)
class Limits:
    bundle: int = MAX_BUNDLE_BYTES
    passphrase_bundle: int = MAX_PASSPHRASE_BUNDLE_BYTES
    manifest: int = MAX_MANIFEST_BYTES
    attachment: int = MAX_ATTACHMENT_BYTES
    entries: int = MAX_ENTRIES
    attachments: int = MAX_ATTACHMENTS
    in_memory: int = MEMORY_SPOOL_BYTES  # decrypted bytes beyond this go to the encrypted spool


LIMITS = Limits()


def _never_withdrawn(_bundle_id: str, _sender: str) -> bool:
    return False


@dataclass(frozen=True)
class ReadPolicy:
    """What the reading profile accepts."""

    me: str  # this profile's card fingerprint
    now: dt.datetime
    kinds: frozenset[BundleKind]
    trusted: frozenset[str] | None = None  # fingerprints; None accepts any sender
    withdrawn: Callable[[str, str], bool] = field(default=_never_withdrawn)  # (bundle id, sender)


class SpoolStore(Protocol):
    """Where decrypted bytes go when too many for memory: the receiver's encrypted store."""

    def put(self, number: int, data: bytes) -> None: ...

    def get(self, number: int) -> bytes: ...

    def clear(self) -> None: ...


class Receiver(Protocol):
    """Takes a bundle's content as it is verified (inside the caller's transaction)."""

    def manifest(self, manifest: Manifest) -> None: ...

    def chunk(self, attachment: BundleAttachment, number: int, data: bytes) -> None: ...


# --- decrypting into memory or the encrypted spool ------------------------------------


class Plaintext(io.RawIOBase):
    """Decrypted bytes, written once then read once, in memory until they outgrow it."""

    def __init__(self, store: SpoolStore, memory_limit: int = MEMORY_SPOOL_BYTES) -> None:
        self._store = store
        self._memory_limit = memory_limit
        self._chunk = max(1, min(SPOOL_CHUNK, memory_limit))
        self._memory = bytearray()
        self._spilling = False
        self._spilled = 0  # chunks in the store
        self._read_at = 0
        # The spooled chunk being read: tar reads a few KiB at a time, and fetching (and
        # decrypting) the whole chunk from the store for each read made opening crawl.
        self._current: tuple[int, bytes] = (-1, b"")

    def writable(self) -> bool:
        return True

    def readable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self._memory += data
        self._spilling = self._spilling or len(self._memory) > self._memory_limit
        while self._spilling and len(self._memory) >= self._chunk:
            self._spill(self._chunk)
        return len(data)

    def _spill(self, size: int) -> None:
        self._store.put(self._spilled, bytes(self._memory[:size]))
        del self._memory[:size]
        self._spilled += 1

    def finish(self) -> None:
        if self._spilling and self._memory:
            self._spill(len(self._memory))

    def read(self, size: int = -1) -> bytes:
        if not self._spilling:
            end = len(self._memory) if size < 0 else self._read_at + size
            data = bytes(self._memory[self._read_at : end])
            self._read_at += len(data)
            return data
        out = bytearray()
        while size < 0 or len(out) < size:
            number, offset = divmod(self._read_at, self._chunk)
            if number >= self._spilled:
                break
            if self._current[0] != number:
                self._current = (number, self._store.get(number))
            chunk = self._current[1]
            piece = chunk[offset:] if size < 0 else chunk[offset : offset + size - len(out)]
            if not piece:
                break  # the end of the last, shorter chunk
            out += piece
            self._read_at += len(piece)
        return bytes(out)

    def discard(self) -> None:
        self._memory = bytearray()
        self._current = (-1, b"")
        if self._spilling:
            self._store.clear()
            self._spilled = 0


def needs_passphrase(path: Path) -> bool:
    """Whether the file is an age file protected by a passphrase (an scrypt stanza)."""
    with open_outside_file(path) as f:
        head = f.read(4096)
    return b"\n-> scrypt " in head


def decrypt(path: Path, store: SpoolStore, *, identity: str, passphrase: str | None = None,
            limits: Limits = LIMITS, progress: Progress | None = None) -> Plaintext:
    """The bundle's plaintext, fully authenticated by age. Raises a BundleError."""
    size = _regular_size(path)
    is_passphrase = passphrase is not None or needs_passphrase(path)
    if is_passphrase and passphrase is None:
        raise BundleNeedsPassphrase("the bundle needs its passphrase")
    limit = limits.passphrase_bundle if is_passphrase else limits.bundle
    if size > limit + limit // (64 * 1024) * 16 + _AGE_OVERHEAD:
        raise BundleTooLarge("the bundle file is over the size limit")
    plaintext = Plaintext(store, limits.in_memory)
    try:
        with open_outside_file(path) as source:
            if is_passphrase:
                assert passphrase is not None
                plaintext.write(age_layer.decrypt_with_passphrase(source.read(), passphrase, limit))
            else:
                counted = _Counted(source, size, progress)
                age_layer.decrypt_stream(counted, plaintext, [identity], limit)
        plaintext.finish()
    except BaseException as error:
        plaintext.discard()
        if isinstance(error, AgeError | TooLarge):
            raise _bundle_error(error) from None
        raise
    return plaintext


@contextlib.contextmanager
def decrypted_stream(path: Path, *, identity: str, limits: Limits = LIMITS,
                     progress: Progress | None = None) -> Iterator[BinaryIO]:
    """The plaintext of a bundle encrypted to ``identity``, decrypted as it is read.

    Nothing read from it is authenticated until the ``with`` block exits cleanly; a
    failure then raises a BundleError. So whatever the caller keeps must sit in a
    transaction of the receiving profile's encrypted store that this error rolls back.
    """
    size = _regular_size(path)
    if size > limits.bundle + limits.bundle // (64 * 1024) * 16 + _AGE_OVERHEAD:
        raise BundleTooLarge("the bundle file is over the size limit")
    try:
        with open_outside_file(path) as source:
            counted = _Counted(source, size, progress)

            def decrypt(sink: Writable) -> int:
                return age_layer.decrypt_stream(counted, sink, [identity], limits.bundle)

            with decrypted_reader(decrypt) as plaintext:
                yield plaintext
    except (AgeError, TooLarge) as error:
        raise _bundle_error(error) from None


def _regular_size(path: Path) -> int:
    """The size of a file given to us, refusing a pipe, device or folder before its size
    means anything (a pipe's is 0, and reading it waits for ever)."""
    with open_outside_file(path) as f:
        return os.fstat(f.fileno()).st_size


def _bundle_error(error: AgeError | TooLarge) -> Exception:
    if isinstance(error, TooLarge):
        return BundleTooLarge("the bundle is over the size limit")
    if isinstance(error, AgeNotForYou):
        return BundleNotForYou("the bundle was not made for this profile")
    if isinstance(error, AgeWrongPassphrase):
        return BundleWrongPassphrase("the passphrase does not open the bundle")
    if isinstance(error, AgeWorkFactorRefused):
        return BundleTooCostly(f"the bundle was refused before any work: {error}")
    return BundleDamaged(f"the bundle is damaged: {error}")


class _Counted:
    def __init__(self, source: Readable, total: int, progress: Progress | None) -> None:
        self._source = source
        self._total = total
        self._done = 0
        self._progress = progress

    def read(self, size: int = -1) -> bytes:
        data = self._source.read(size)
        self._done += len(data)
        if self._progress is not None and data:
            self._progress(self._done, self._total)
        return data


def parse(plaintext: Readable, policy: ReadPolicy, receiver: Receiver, limits: Limits = LIMITS,
          passphrase_mode: bool = False) -> Manifest:
    """Verify the bundle and hand its content to ``receiver``. Raises a BundleError."""
    archive = UstarReader(plaintext, first_limit=limits.manifest, member_limit=limits.attachment,
                          max_members=1 + limits.attachments, damaged=BundleDamaged, too_large=BundleTooLarge)
    first = archive.next()
    if first is None or first.name != MANIFEST_NAME:
        raise BundleDamaged("the archive does not start with the manifest")
    manifest = verify_manifest(archive.read(first.size), limits)
    check_policy(manifest, policy, passphrase_mode)
    receiver.manifest(manifest)
    expected = {ATTACHMENT_PREFIX + a.id: a for a in manifest.attachments}
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="digest") as hasher:
        while (member := archive.next()) is not None:
            attachment = expected.pop(member.name, None)
            if attachment is None:
                raise BundleDamaged("the archive holds a part the manifest does not list")
            if member.size != attachment.size:
                raise BundleDamaged("an attachment's size differs from the manifest")
            if _received_digest(archive, attachment, receiver, hasher) != attachment.sha256:
                raise BundleDamaged("an attachment's bytes differ from the manifest")
    if expected:
        raise BundleDamaged("an attachment listed in the manifest is missing")
    return manifest


def _received_digest(archive: UstarReader, attachment: BundleAttachment, receiver: Receiver,
                     hasher: ThreadPoolExecutor) -> str:
    """Hand the current member's bytes to ``receiver``; return their SHA-256.

    Each chunk is hashed on ``hasher``'s thread while the receiver stores it (hashlib and
    the store both let go of the GIL), so a large share opens about a tenth quicker than
    taking turns; at most one chunk waits to be hashed, so memory stays flat."""
    digest, number = hashlib.sha256(), 0
    hashing: Future[None] | None = None
    while chunk := archive.read(READ_CHUNK):
        if hashing is not None:
            hashing.result()
        hashing = hasher.submit(digest.update, chunk)
        receiver.chunk(attachment, number, chunk)
        number += 1
    if hashing is not None:
        hashing.result()
    return digest.hexdigest()


def verify_manifest(data: bytes, limits: Limits = LIMITS) -> Manifest:
    """The manifest, once its form, version, size and signature are right."""
    if len(data) > limits.manifest:
        raise BundleTooLarge("the manifest is over its size limit")
    try:
        raw = loads_strict(data)
    except (ValueError, RecursionError):
        raise BundleDamaged("the manifest is not JSON") from None
    if not isinstance(raw, dict):
        raise BundleDamaged("the manifest is not a JSON object")
    body = raw.get("manifest", raw)
    if not isinstance(body, dict) or body.get("format") != BUNDLE_FORMAT:
        raise BundleDamaged("the file is not a bundle")
    if body.get("version") != BUNDLE_VERSION or _newer_boundaries(body.get("boundaries")):
        raise BundleVersionUnsupported("the bundle was made by a newer version of the app")
    records = body.get("records")
    if isinstance(records, dict) and isinstance(records.get("version"), int) and \
            records["version"] > RECORDS_PERMISSION_VERSION:
        raise BundleVersionUnsupported("the share's records permission was made by a newer version of the app")
    reply = body.get("reply")
    if isinstance(reply, dict) and isinstance(reply.get("version"), int) and reply["version"] > REPLY_VERSION:
        raise BundleVersionUnsupported("the reply was made by a newer version of the app")
    if "manifest" not in raw or raw.get("signature") is None:
        raise BundleUnsigned("the bundle is not signed")
    if set(raw) != {"manifest", "signature"}:
        raise BundleDamaged("the manifest has unknown parts")
    for name, limit in (("entries", limits.entries), ("attachments", limits.attachments)):
        listed = body.get(name)
        if isinstance(listed, list) and len(listed) > limit:
            raise BundleTooLarge(f"the bundle lists more than {limit} {name}")
    try:
        sender = Card.model_validate_json(json.dumps(body.get("sender")))
    except ValidationError:
        raise BundleDamaged("the sender's card in the bundle is not valid") from None
    if not sender.signed:
        # Everything this app makes carries a signed card; an unsigned one comes from an older copy.
        raise BundleFromOlderApp("the sender's card in the bundle is unsigned (version 1)")
    try:
        signature = Signature.model_validate_json(json.dumps(raw["signature"]))
    except ValidationError:
        raise BundleSignatureInvalid("the signature is malformed") from None
    if not signature_matches(sender, body, signature):
        raise BundleSignatureInvalid("the signature does not match the sender's key")
    try:
        manifest = Manifest.model_validate_json(json.dumps(body))
    except ValidationError as exc:
        raise BundleDamaged(f"the manifest is not valid: {exc.error_count()} problem(s)") from None
    if any(attachment.size > limits.attachment for attachment in manifest.attachments):
        raise BundleTooLarge("an attachment is over its size limit")
    return manifest


def _newer_boundaries(boundaries: object) -> bool:
    """Whether a share's boundaries come in a form newer than this reader knows."""
    if not isinstance(boundaries, dict):
        return False
    version = boundaries.get("version")
    return type(version) is int and version > BOUNDARIES_VERSION


def check_policy(manifest: Manifest, policy: ReadPolicy, passphrase_mode: bool) -> None:
    """Refuse what this profile must not keep, each for its own reason."""
    wanted = PASSPHRASE_RECIPIENT if passphrase_mode else policy.me
    if manifest.kind not in policy.kinds or manifest.recipient != wanted:
        raise BundleNotForYou("the bundle names someone else")
    if policy.trusted is not None and manifest.sender.fingerprint not in policy.trusted:
        raise BundleUntrustedSender("the bundle's sender is not one of your people")
    if manifest.expires is not None and manifest.expires <= policy.now:
        raise BundleExpired("the bundle has expired")
    if policy.withdrawn(manifest.id, manifest.sender.fingerprint):
        raise BundleWithdrawn("the sender withdrew this bundle")
