"""The age layer against the C2SP CCTV age decryption vectors (see FORMAT.md beside them).

Every `success` vector must decrypt to the payload whose SHA-256 the vector gives;
every other vector must be refused with a PassportError subclass and must release no
plaintext. The only vectors skipped are those whose identities pyrage cannot hold.
"""

from __future__ import annotations

import hashlib
import io
import os
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from passport.crypto import age_layer
from passport.errors import (
    AgeDamaged,
    AgeError,
    AgeHeaderInvalid,
    AgeNotForYou,
    AgeWrongPassphrase,
    PassportError,
)

VECTOR_DIR = Path(
    os.environ.get("PASSPORT_AGE_VECTORS")
    or Path(__file__).resolve().parents[4] / "shared" / "testdata" / "age-cctv"
)
MAX_PLAINTEXT = 64 * 1024 * 1024

# mlkem768x25519 hybrid identities (age 1.3) are not offered by pyrage 1.4, which
# holds X25519, ssh and plugin identities only.
HYBRID_IDENTITY_PREFIX = "AGE-SECRET-KEY-PQ-1"

# What each CCTV expectation becomes in our errors. "armor failure" is aliased to a
# header failure: a broken armor means the input is not an age file. A passphrase
# "no match" is a wrong passphrase, or "not for you" when the file has no scrypt
# stanza we recognise (scrypt_uppercase).
EXPECTED_ERRORS: dict[str, tuple[type[AgeError], ...]] = {
    "header failure": (AgeHeaderInvalid,),
    "armor failure": (AgeHeaderInvalid,),
    "HMAC failure": (AgeDamaged,),
    "payload failure": (AgeDamaged,),
    "no match": (AgeNotForYou,),
}
PASSPHRASE_NO_MATCH = (AgeWrongPassphrase, AgeNotForYou)


@dataclass(frozen=True)
class Vector:
    name: str
    expect: str
    payload: str | None
    identities: list[str]
    passphrases: list[str]
    age_file: bytes


def split_vector(path: Path) -> tuple[dict[str, list[str]], bytes]:
    """The textual header (a key may repeat) and the age file as stored."""
    header, _, age_file = path.read_bytes().partition(b"\n\n")
    fields: dict[str, list[str]] = {}
    for line in header.decode().splitlines():
        key, _, value = line.partition(": ")
        fields.setdefault(key, []).append(value)
    return fields, age_file


def read_vector(path: Path) -> Vector:
    fields, age_file = split_vector(path)
    if fields.get("compressed") == ["zlib"]:
        age_file = zlib.decompress(age_file)
    return Vector(
        name=path.name,
        expect=fields["expect"][0],
        payload=fields.get("payload", [None])[0],
        identities=fields.get("identity", []),
        passphrases=fields.get("passphrase", []),
        age_file=age_file,
    )


def vector_paths() -> list[Path]:
    if not VECTOR_DIR.is_dir():
        return []
    return sorted(path for path in VECTOR_DIR.iterdir() if path.is_file() and path.suffix != ".md")


def usable_identities(vector: Vector) -> list[str]:
    return [identity for identity in vector.identities if not identity.startswith(HYBRID_IDENTITY_PREFIX)]


def skip_reason(vector: Vector) -> str | None:
    """Skip only a vector whose every identity is a hybrid one pyrage cannot use."""
    if vector.identities and not usable_identities(vector):
        return "mlkem768x25519 (post-quantum hybrid) identity: not offered by pyrage 1.4"
    return None


def import_like_open(vector: Vector, passphrase: str | None) -> bytes:
    """Open as the import path will: into memory, plaintext returned only on success."""
    if passphrase is not None:
        return age_layer.decrypt_with_passphrase(vector.age_file, passphrase, MAX_PLAINTEXT)
    return age_layer.decrypt_bytes(vector.age_file, usable_identities(vector), MAX_PLAINTEXT)


def credentials(vector: Vector) -> list[str | None]:
    """Each way the vector says to open it: each passphrase, and its identities together
    (None; an empty list of identities when the vector gives no credential at all)."""
    ways: list[str | None] = list(vector.passphrases)
    if usable_identities(vector) or not vector.passphrases:
        ways.append(None)
    return ways


def test_vectors_are_present() -> None:
    assert len(vector_paths()) > 100, f"no age test vectors found in {VECTOR_DIR}"


@pytest.mark.parametrize("path", vector_paths(), ids=lambda path: path.name)
def test_vector(path: Path) -> None:
    vector = read_vector(path)
    reason = skip_reason(vector)
    if reason:
        pytest.skip(reason)
    for passphrase in credentials(vector):
        if vector.expect == "success":
            plaintext = import_like_open(vector, passphrase)
            assert hashlib.sha256(plaintext).hexdigest() == vector.payload
            continue

        expected = EXPECTED_ERRORS[vector.expect]
        if vector.expect == "no match" and passphrase is not None:
            expected = PASSPHRASE_NO_MATCH
        released: list[bytes] = []
        # Only PassportError is caught here: any other exception fails the test.
        with pytest.raises(PassportError) as refused:
            released.append(import_like_open(vector, passphrase))
        assert isinstance(refused.value, expected), f"{vector.expect}: got {refused.value!r}"
        assert released == []


@pytest.mark.parametrize(
    "path",
    [path for path in vector_paths() if split_vector(path)[0]["expect"] == ["payload failure"]],
    ids=lambda path: path.name,
)
def test_streamed_plaintext_before_a_payload_failure_is_authentic(path: Path) -> None:
    """What reaches the sink before a failure is only authenticated chunks (CCTV rule).

    It is still unverified as a whole, which is why the import path drops it.
    """
    vector = read_vector(path)
    sink = io.BytesIO()
    with pytest.raises(AgeDamaged):
        age_layer.decrypt_stream(io.BytesIO(vector.age_file), sink, usable_identities(vector), MAX_PLAINTEXT)
    assert hashlib.sha256(sink.getvalue()).hexdigest() == vector.payload
