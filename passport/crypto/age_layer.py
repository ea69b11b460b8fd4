"""age v1 encryption of the files that leave a profile, through pyrage.

All decryption and key-based encryption is done by pyrage (the Rust `age` crate). This
module adds what a reader of hostile files needs around it: one typed error per failure, a
plaintext size limit enforced while streaming, and a strict look at the header before
pyrage sees it. That look catches two header defects the age crate lets through
(a stanza without its final short body line) and refuses scrypt work factors that
would let an attacker's file burn minutes of CPU and gigabytes of memory.

One thing is written here rather than by pyrage: files protected by a passphrase. The age
crate calibrates scrypt to a second of *this* machine (work factor 19 to 20 here, more
on a faster one) and offers no way to choose, so a reader could not tell our own files
from a hostile one asking for 4 GiB. We write age's scrypt recipient ourselves at the
reference implementation's fixed work factor (18, 256 MiB) with `cryptography`'s scrypt,
ChaCha20-Poly1305, HKDF and HMAC, and refuse anything above it; pyrage decrypts them,
and the tests check that against it.

Decrypting is streamed in 64 KiB authenticated chunks, so plaintext reaches the sink
*before* the end of the file has been checked: a truncated or altered file fails
only after some plaintext was written. Callers must decrypt into memory or into
their own encrypted store, treat what arrives as unverified, and discard it when a
call raises.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import io
import os
import re

import pyrage
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from passport.byte_streams import Readable, Writable
from passport.errors import (
    AgeDamaged,
    AgeError,
    AgeHeaderInvalid,
    AgeKeyInvalid,
    AgeNotForYou,
    AgeWorkFactorRefused,
    AgeWrongPassphrase,
    InvalidValue,
    TooLarge,
)

# The work factor we write (age's reference default: 2**18, 256 MiB, under a second) and
# the highest we read: a file asking for more is refused before anything is derived (at
# 22, a 150-byte file cost 18 s and 4.2 GB before it was refused).
SCRYPT_WORK_FACTOR = 18
MAX_SCRYPT_WORK_FACTOR = SCRYPT_WORK_FACTOR
_SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"
_PAYLOAD_CHUNK = 64 * 1024

# Our headers hold a few stanzas (well under 1 KiB); refusing to look further than
# this bounds what a hostile file can make us buffer before pyrage takes over.
_MAX_HEADER_BYTES = 64 * 1024
_READ_SIZE = 4096
# pyrage pulls 8 KiB at a time: 38,000 calls for 300 MB. Each passed on through the
# caller's stream (a store's chunks, a progress count), they were most of the time a
# large share took; served from a MiB read ahead, they cost little.
STREAM_BUFFER = 1024 * 1024

_VERSION_LINE = b"age-encryption.org/v1"
_ARMOR_BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
_WHITESPACE = b" \t\r\n"
_ARGUMENT = re.compile(rb"[\x21-\x7e]+")
_BODY_LINE = re.compile(rb"[A-Za-z0-9+/]{0,64}")
_MAC_LINE = re.compile(rb"--- [A-Za-z0-9+/]{43}")

# pyrage reports every failure as a message from the age crate; these fragments are
# how we tell them apart. Failures in the header come as DecryptError, failures in
# the payload as OSError from the streaming reader (DecryptError for whole buffers).
_FAILURES: tuple[tuple[str, type[AgeError]], ...] = (
    ("No matching keys found", AgeNotForYou),
    ("Decryption failed", AgeWrongPassphrase),  # the scrypt stanza did not open
    ("Header MAC is invalid", AgeDamaged),
    ("decryption error", AgeDamaged),  # a payload chunk failed authentication
    ("age file is truncated", AgeDamaged),
    ("Last STREAM chunk is empty", AgeDamaged),
    ("last chunk has been processed", AgeDamaged),  # data after the final chunk
    # A broken ASCII armor means the input is not an age file; the CCTV vectors call
    # it "armor failure", which we alias to a header failure.
    ("invalid armor", AgeHeaderInvalid),
    ("DecodeError", AgeHeaderInvalid),
)


# --- keys ---------------------------------------------------------------------------


def new_identity() -> tuple[str, str]:
    """Make a new X25519 key pair: (secret identity, public recipient)."""
    identity = pyrage.x25519.Identity.generate()
    return str(identity), str(identity.to_public())


def recipient_of(identity: str) -> str:
    """The public recipient that belongs to a secret identity. Raises AgeKeyInvalid."""
    return str(_parse_identity(identity).to_public())


def validate_identity(identity: str) -> str:
    """Check an "AGE-SECRET-KEY-1..." string; return its canonical form.

    Raises AgeKeyInvalid if it is not an X25519 age identity.
    """
    return str(_parse_identity(identity))


def validate_recipient(recipient: str) -> str:
    """Check an "age1..." string; return its canonical (lower-case) form.

    Raises AgeKeyInvalid if it is not an X25519 age recipient.
    """
    return str(_parse_recipient(recipient))


def _parse_identity(identity: str) -> pyrage.x25519.Identity:
    try:
        return pyrage.x25519.Identity.from_str(identity)
    except pyrage.IdentityError:
        raise AgeKeyInvalid("not an age identity") from None


def _parse_recipient(recipient: str) -> pyrage.x25519.Recipient:
    try:
        return pyrage.x25519.Recipient.from_str(recipient)
    except pyrage.RecipientError:
        raise AgeKeyInvalid("not an age recipient") from None


# --- encryption ---------------------------------------------------------------------


def encrypt_stream(source: Readable, sink: Writable, recipients: list[str]) -> None:
    """Encrypt source to sink for every recipient, in chunks (binary age format).

    Raises AgeKeyInvalid for a malformed recipient and InvalidValue for none at all;
    an error raised by source or sink reaches the caller unchanged.
    """
    if not recipients:
        raise InvalidValue("an age file needs at least one recipient")
    parsed = [_parse_recipient(recipient) for recipient in recipients]
    reader, writer = _Reader(b"", source), _Writer(sink, limit=None)
    try:
        pyrage.encrypt_io(reader, writer, parsed)
    except pyrage.EncryptError:
        # pyrage turns our stream's own exception into EncryptError text; give it back.
        _reraise_stream_error(reader, writer)
        raise


def encrypt_with_passphrase(data: bytes, passphrase: str) -> bytes:
    """Encrypt a whole buffer to a passphrase: age v1, one scrypt stanza at work factor
    SCRYPT_WORK_FACTOR (binary format; https://age-encryption.org/v1)."""
    file_key = os.urandom(16)
    salt = os.urandom(16)
    wrap_key = Scrypt(salt=_SCRYPT_LABEL + salt, length=32, n=2**SCRYPT_WORK_FACTOR, r=8, p=1).derive(
        passphrase.encode("utf-8")
    )
    body = ChaCha20Poly1305(wrap_key).encrypt(bytes(12), file_key, None)
    header = b"%s\n-> scrypt %s %d\n%s\n---" % (
        _VERSION_LINE, _unpadded_b64(salt), SCRYPT_WORK_FACTOR, _unpadded_b64(body)
    )
    mac = hmac.digest(_hkdf(file_key, b"", b"header"), header, "sha256")
    nonce = os.urandom(16)
    payload = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    out = [header, b" ", _unpadded_b64(mac), b"\n", nonce]
    count = max(1, -(-len(data) // _PAYLOAD_CHUNK))
    for number in range(count):
        chunk = data[number * _PAYLOAD_CHUNK : (number + 1) * _PAYLOAD_CHUNK]
        chunk_nonce = number.to_bytes(11, "big") + (b"\x01" if number == count - 1 else b"\x00")
        out.append(payload.encrypt(chunk_nonce, chunk, None))
    return b"".join(out)


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


def _unpadded_b64(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


# --- decryption ---------------------------------------------------------------------


def decrypt_stream(source: Readable, sink: Writable, identities: list[str], max_plaintext: int) -> int:
    """Decrypt source into sink; return the number of plaintext bytes written.

    Plaintext is written before the file's end is authenticated: on any error, what
    the sink holds is unverified and must be discarded. Raises AgeKeyInvalid,
    AgeHeaderInvalid, AgeNotForYou, AgeDamaged, or TooLarge as soon as more than
    max_plaintext bytes would be written; an error raised by source or sink reaches
    the caller unchanged.
    """
    parsed = [_parse_identity(identity) for identity in identities]
    reader = _Reader(_read_header(source), source)
    writer = _Writer(sink, limit=max_plaintext)
    try:
        pyrage.decrypt_io(reader, writer, parsed)
    except (pyrage.DecryptError, OSError) as error:
        _reraise_stream_error(reader, writer)
        raise _typed(error) from None
    return writer.written


def decrypt_bytes(data: bytes, identities: list[str], max_plaintext: int) -> bytes:
    """Decrypt a whole buffer; return the plaintext only if all of it authenticated.

    The errors are those of decrypt_stream. Partial plaintext never leaves this call.
    """
    buffer = io.BytesIO()
    try:
        decrypt_stream(io.BytesIO(data), buffer, identities, max_plaintext)
        return buffer.getvalue()
    finally:
        buffer.close()


def decrypt_with_passphrase(data: bytes, passphrase: str, max_plaintext: int) -> bytes:
    """Decrypt a whole buffer encrypted to a passphrase.

    Raises AgeWrongPassphrase, AgeNotForYou (the file is for a key, not a passphrase),
    AgeHeaderInvalid (including a work factor above MAX_SCRYPT_WORK_FACTOR, refused
    before any scrypt work), AgeDamaged, or TooLarge.
    """
    source = io.BytesIO(data)
    header = _read_header(source)
    try:
        plaintext: bytes = pyrage.passphrase.decrypt(header + source.read(), passphrase)  # pyrage is untyped
    except pyrage.DecryptError as error:
        raise _typed(error) from None
    # The whole-buffer API gives no way to stop early; plaintext is never longer
    # than the ciphertext we already hold, so checking afterwards costs no more.
    if len(plaintext) > max_plaintext:
        raise TooLarge("decrypted data is over the limit")
    return plaintext


def _typed(error: Exception) -> AgeError:
    message = str(error)
    for fragment, error_type in _FAILURES:
        if fragment in message:
            return error_type(message)
    # Unknown messages: before the payload the age crate raises DecryptError (header
    # parsing, e.g. "Header is invalid", "Incomplete header"); afterwards OSError.
    if isinstance(error, pyrage.DecryptError):
        return AgeHeaderInvalid(message)
    return AgeDamaged(message)


# --- the strict look at the header ---------------------------------------------------


def _read_header(source: Readable) -> bytes:
    """Read and check the header; return the bytes read, for pyrage to read again.

    Whitespace before an armored file is dropped: age allows it, the age crate not.
    """
    raw = b""
    at_end = False
    while not at_end:
        chunk = source.read(_READ_SIZE)
        at_end = not chunk
        raw += chunk
        if raw.lstrip(_WHITESPACE).startswith(_ARMOR_BEGIN):
            raw = raw.lstrip(_WHITESPACE)
            header = _header_of(_dearmored_start(raw, at_end))
        else:
            header = _header_of(raw)
        if header is not None:
            _check_header(header)
            return raw
        if len(raw) > _MAX_HEADER_BYTES:
            raise AgeHeaderInvalid("header too long")
    raise AgeHeaderInvalid("incomplete header")


def _dearmored_start(raw: bytes, at_end: bool) -> bytes:
    """Decode the complete armor lines read so far (pyrage checks the armor fully)."""
    lines = raw.split(b"\n")
    complete = lines[1:] if at_end else lines[1:-1]
    decoded = b""
    for line in complete:
        text = line.removesuffix(b"\r")
        if text.startswith(b"-----"):
            break
        try:
            decoded += base64.b64decode(text, validate=True)
        except binascii.Error:
            raise AgeHeaderInvalid("invalid armor") from None
    return decoded


def _header_of(data: bytes) -> bytes | None:
    """The header lines (without the final newline), or None if not all read yet."""
    mac_start = data.find(b"\n--- ")
    if mac_start < 0:
        return None
    mac_end = data.find(b"\n", mac_start + 1)
    return None if mac_end < 0 else data[:mac_end]


def _check_header(header: bytes) -> None:
    lines = header.split(b"\n")
    if lines[0] != _VERSION_LINE or not _MAC_LINE.fullmatch(lines[-1]):
        raise AgeHeaderInvalid("not an age v1 header")
    stanza_lines = iter(lines[1:-1])
    for line in stanza_lines:
        arguments = line.removeprefix(b"-> ").split(b" ")
        if not line.startswith(b"-> ") or not all(map(_ARGUMENT.fullmatch, arguments)):
            raise AgeHeaderInvalid("malformed stanza")
        _check_scrypt(arguments)
        # The body is base64 wrapped at 64 columns and always ends with a shorter
        # (possibly empty) line; the age crate does not insist on that last line.
        while True:
            body_line = next(stanza_lines, None)
            if body_line is None or not _BODY_LINE.fullmatch(body_line):
                raise AgeHeaderInvalid("malformed stanza body")
            if len(body_line) < 64:
                break


def _check_scrypt(arguments: list[bytes]) -> None:
    if arguments[0] != b"scrypt" or len(arguments) != 3:
        return
    work_factor = arguments[2]
    # Malformed factors are pyrage's to refuse; we stop the costly ones (more than two
    # digits is either too high or malformed, and keeps int() away from huge numbers).
    if work_factor.isdigit() and (len(work_factor) > 2 or int(work_factor) > MAX_SCRYPT_WORK_FACTOR):
        raise AgeWorkFactorRefused(
            f"the file asks for scrypt work factor {work_factor[:12].decode()}; at most"
            f" {MAX_SCRYPT_WORK_FACTOR} is allowed"
        )


# --- stream adapters ----------------------------------------------------------------


class _Reader:
    """Serves the already read header bytes again, then the rest of the source, which it
    reads a MiB at a time (see STREAM_BUFFER)."""

    def __init__(self, prefix: bytes, source: Readable) -> None:
        self._pending = memoryview(prefix)
        self.source = source
        self.error: BaseException | None = None

    def read(self, size: int = -1) -> bytes:
        try:
            if size < 0:
                rest, self._pending = bytes(self._pending), memoryview(b"")
                return rest + self.source.read()
            if not self._pending:
                self._pending = memoryview(self.source.read(max(size, STREAM_BUFFER)))
        except BaseException as error:
            self.error = error
            raise
        data = bytes(self._pending[:size])
        self._pending = self._pending[size:]
        return data


class _Writer:
    """Counts what is written and refuses to pass the limit."""

    def __init__(self, sink: Writable, limit: int | None) -> None:
        self.sink = sink
        self.limit = limit
        self.written = 0
        self.error: BaseException | None = None

    def write(self, data: bytes) -> int:
        if self.limit is not None and self.written + len(data) > self.limit:
            self.error = TooLarge("decrypted data is over the limit")
            raise self.error
        try:
            count = self.sink.write(data)
        except BaseException as error:
            self.error = error
            raise
        count = len(data) if count is None else count
        self.written += count
        return count


def _reraise_stream_error(reader: _Reader, writer: _Writer) -> None:
    for error in (writer.error, reader.error):
        if error is not None:
            raise error
