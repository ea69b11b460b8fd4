"""The key file: the database key, stored only wrapped, in slots.

The database is opened with a random 256-bit key. That key is kept only wrapped (AES-GCM)
under keys derived from the owner's secrets, one slot per secret, like LUKS:

- a passphrase slot, with Argon2id (parameters recorded in the file);
- a recovery-code slot, with HKDF-SHA256 (the code itself carries 140 bits, so a slow
  KDF would add nothing but waiting);
- a trusted-people slot (optional), with HKDF-SHA256 of the secret that two of the three
  SLIP-39 pieces give back (``passport.crypto.pieces``).

Slots are *sealed*: the secret gives an X25519 key pair (Argon2id or HKDF, then the
key pair), the slot keeps its public half, and the database key is age-encrypted to it.
So when the database key is rotated (a new passphrase, a new recovery code, a restored
backup: see ``passport.store.rekey``), every slot can be sealed again for the new key
without asking for the other secret. Slots of the first version (AES-GCM under the derived
key, no public half) still open; they are sealed anew the next time their secret is typed.
A SHA-256 checksum over the file's content tells a damaged file apart from a wrong secret.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import unicodedata
from pathlib import Path
from typing import Annotated, Any, Final, Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from passport.crypto import age_layer, pieces
from passport.crypto.bech32 import age_identity
from passport.crypto.recovery_code import backup_identity, backup_recipient, check_shape, normalise_code
from passport.errors import (
    AgeError,
    KdfParametersRefused,
    KeyFileDamaged,
    NoTrustedPeople,
    PieceForeign,
    SecretNeeded,
    UnsupportedVersion,
    WrongSecret,
    disk_full,
)
from passport.fileio import replace_atomically

FORMAT: Final = "wellbeing-passport-keys"
VERSION: Final = 1
KEY_BYTES = 32
MAX_KEY_FILE_BYTES = 64 * 1024

# Ceilings on what a key file may ask of us: a tampered file must not make the app
# allocate gigabytes or spin for minutes before saying no.
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 16
MAX_LANES = 16
_MAX_INT = 2**31 - 1  # every integer a key file holds is bounded (issue 13)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Argon2Params(_Strict):
    name: Literal["argon2id"] = "argon2id"
    salt: str
    # Bounded so a huge number is a validation error; the ceilings below refuse the costly.
    memory_kib: int = Field(ge=8, le=_MAX_INT)
    iterations: int = Field(ge=1, le=_MAX_INT)
    lanes: int = Field(ge=1, le=_MAX_INT)


class HkdfParams(_Strict):
    name: Literal["hkdf-sha256"] = "hkdf-sha256"
    salt: str


class BackupIdentityParams(_Strict):
    """The recovery code's key pair is the one its backups are made for."""

    name: Literal["backup-identity"] = "backup-identity"


MAX_REPLACED = 32  # identifiers of replaced piece sets remembered (a set identifier has 15 bits)


class PiecesParams(_Strict):
    """The trusted-people slot: its salt, the SLIP-39 identifier of the pieces that open it,
    and those of the sets it replaced (to say "from before new pieces were made")."""

    name: Literal["slip39-hkdf"] = "slip39-hkdf"
    salt: str
    identifier: int = Field(ge=0, lt=2**15)
    replaced: tuple[Annotated[int, Field(ge=0, lt=2**15)], ...] = Field(default=(), max_length=MAX_REPLACED)


SlotKind = Literal["passphrase", "recovery_code", "trusted_people"]


class Slot(_Strict):
    kind: SlotKind
    kdf: Annotated[Argon2Params | HkdfParams | BackupIdentityParams | PiecesParams, Field(discriminator="name")]
    nonce: str
    wrapped_key: str
    # A sealed slot: the public key the database key is age-encrypted to (absent in first-version slots).
    recipient: str | None = Field(default=None, max_length=200)

    @property
    def sealed(self) -> bool:
        return self.recipient is not None

    def sealed_for(self, db_key: bytes) -> Slot:
        """The same slot (same secret, same public key), holding ``db_key`` instead."""
        if self.recipient is None:
            raise SecretNeeded(f"the {self.kind} slot needs its secret to move to a new key")
        return _seal(self.kind, self.kdf, self.recipient, db_key)


class KeyFileBody(_Strict):
    format: Literal["wellbeing-passport-keys"]
    version: int = Field(ge=0, le=_MAX_INT)
    slots: tuple[Slot, ...]


class KdfSettings(_Strict):
    """Argon2id cost for new passphrase slots."""

    # Never more than a reader accepts (the ceilings above).
    memory_kib: int = Field(default=64 * 1024, ge=8, le=MAX_MEMORY_KIB)
    iterations: int = Field(default=3, ge=1, le=MAX_ITERATIONS)
    lanes: int = Field(default=4, ge=1, le=MAX_LANES)


DEFAULT_KDF = KdfSettings()


def normalise_passphrase(passphrase: str) -> bytes:
    """The same passphrase typed on another keyboard or OS gives the same bytes."""
    return unicodedata.normalize("NFKC", passphrase).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except ValueError as exc:
        raise KeyFileDamaged("bad base64 in key file") from exc


def _aad(kind: str) -> bytes:
    return f"{FORMAT}/v{VERSION}/{kind}".encode()


def _check_ceiling(params: Argon2Params) -> None:
    if (
        params.memory_kib > MAX_MEMORY_KIB
        or params.iterations > MAX_ITERATIONS
        or params.lanes > MAX_LANES
        or params.memory_kib < 8 * params.lanes
    ):
        raise KdfParametersRefused(
            f"key file asks for memory={params.memory_kib} KiB, "
            f"iterations={params.iterations}, lanes={params.lanes}"
        )


Kdf = Argon2Params | HkdfParams | BackupIdentityParams | PiecesParams


def _derive(kdf: Kdf, secret: bytes) -> bytes:
    if isinstance(kdf, BackupIdentityParams | PiecesParams):
        raise KeyFileDamaged(f"a {kdf.name} slot derives no wrapping key")
    salt = _unb64(kdf.salt)
    if isinstance(kdf, Argon2Params):
        _check_ceiling(kdf)
        return Argon2id(
            salt=salt,
            length=KEY_BYTES,
            iterations=kdf.iterations,
            lanes=kdf.lanes,
            memory_cost=kdf.memory_kib,
        ).derive(secret)
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=_aad("recovery_code")
    ).derive(secret)


def _wrap(kind: Literal["passphrase", "recovery_code"], kdf: Argon2Params | HkdfParams,
          secret: bytes, db_key: bytes) -> Slot:
    nonce = os.urandom(12)
    wrapped = AESGCM(_derive(kdf, secret)).encrypt(nonce, db_key, _aad(kind))
    return Slot(kind=kind, kdf=kdf, nonce=_b64(nonce), wrapped_key=_b64(wrapped))


def _seal(kind: SlotKind, kdf: Kdf, recipient: str, db_key: bytes) -> Slot:
    sealed = io.BytesIO()
    age_layer.encrypt_stream(io.BytesIO(db_key), sealed, [recipient])
    return Slot(kind=kind, kdf=kdf, nonce="", wrapped_key=_b64(sealed.getvalue()), recipient=recipient)


def _identity(kind: str, kdf: Kdf, secret: str) -> str:
    """The secret's age identity (the private half of a sealed slot)."""
    if isinstance(kdf, BackupIdentityParams):
        return backup_identity(secret)
    if kind == "passphrase":
        return age_identity(_derive(kdf, normalise_passphrase(secret)))
    return age_identity(_derive(kdf, normalise_code(secret).encode("utf-8")))


def passphrase_slot(passphrase: str, db_key: bytes, settings: KdfSettings = DEFAULT_KDF) -> Slot:
    kdf = Argon2Params(salt=_b64(os.urandom(16)), **settings.model_dump())
    identity = _identity("passphrase", kdf, passphrase)
    return _seal("passphrase", kdf, age_layer.recipient_of(identity), db_key)


def recovery_slot(code: str, db_key: bytes) -> Slot:
    return _seal("recovery_code", BackupIdentityParams(), backup_recipient(code), db_key)


def recovery_slot_for(recipient: str, db_key: bytes) -> Slot:
    """A recovery slot made from the code's public half alone (kept in the profile as its
    backup recipient), for rotating the key when the code is not at hand."""
    return _seal("recovery_code", BackupIdentityParams(), recipient, db_key)


def trusted_slot(secret: bytes, identifier: int, replaced: tuple[int, ...], db_key: bytes) -> Slot:
    """The trusted-people slot for a new set of pieces (``identifier``), remembering the sets it replaces."""
    salt = os.urandom(16)
    kdf = PiecesParams(salt=_b64(salt), identifier=identifier, replaced=replaced[-MAX_REPLACED:])
    return _seal("trusted_people", kdf, age_layer.recipient_of(pieces.slot_identity(secret, salt)), db_key)


def trusted_slot_for(params: PiecesParams, recipient: str, db_key: bytes) -> Slot:
    """The trusted-people slot sealed for ``db_key`` from its public part alone (salt, set and
    public key, as a backup carries them): the pieces people hold open it as before."""
    return _seal("trusted_people", params, recipient, db_key)


class KeyFile:
    """A key file's slots, in memory; :meth:`save` writes it atomically."""

    def __init__(self, slots: tuple[Slot, ...]) -> None:
        self.slots = slots

    @classmethod
    def new(cls, db_key: bytes, passphrase: str, recovery_code: str,
            settings: KdfSettings = DEFAULT_KDF) -> KeyFile:
        return cls((passphrase_slot(passphrase, db_key, settings), recovery_slot(recovery_code, db_key)))

    # --- reading ---------------------------------------------------------------

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        """Read the key file, falling back on the previous copy kept during a rewrite."""
        previous = previous_path(path)
        try:
            return cls.parse(_read_capped(path))
        except (FileNotFoundError, KeyFileDamaged) as exc:
            if previous.exists():
                return cls.parse(_read_capped(previous))
            if isinstance(exc, FileNotFoundError):
                raise KeyFileDamaged("the key file is missing") from None
            raise

    @classmethod
    def parse(cls, raw: bytes) -> KeyFile:
        if len(raw) > MAX_KEY_FILE_BYTES:
            raise KeyFileDamaged("key file is too large")
        try:
            outer = json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            raise KeyFileDamaged("key file is not valid JSON") from exc
        if not isinstance(outer, dict) or not isinstance(outer.get("body"), dict):
            raise KeyFileDamaged("key file has no body")
        body = outer["body"]
        if body.get("format") != FORMAT:
            raise KeyFileDamaged("not a key file")
        if body.get("version") != VERSION:
            raise UnsupportedVersion(f"key file version {body.get('version')!r}")
        if outer.get("checksum") != _checksum(body):
            raise KeyFileDamaged("key file checksum does not match")
        try:
            parsed = KeyFileBody.model_validate(body)
        except ValidationError as exc:
            raise KeyFileDamaged("key file content is invalid") from exc
        for slot in parsed.slots:
            if isinstance(slot.kdf, Argon2Params):
                _check_ceiling(slot.kdf)
        return cls(parsed.slots)

    def unlock_with_passphrase(self, passphrase: str) -> bytes:
        return self._unwrap("passphrase", passphrase)

    def unlock_with_recovery_code(self, code: str) -> bytes:
        check_shape(code)  # say what is wrong with a code that cannot be one (issue 13)
        return self._unwrap("recovery_code", code)

    def _unwrap(self, kind: str, secret: str) -> bytes:
        for slot in self.slots:
            if slot.kind != kind:
                continue
            if slot.sealed:
                try:
                    key = age_layer.decrypt_bytes(
                        _unb64(slot.wrapped_key), [_identity(kind, slot.kdf, secret)], KEY_BYTES
                    )
                except AgeError:
                    continue
                if len(key) == KEY_BYTES:
                    return key
                continue
            raw = normalise_passphrase(secret) if kind == "passphrase" else normalise_code(secret).encode("utf-8")
            try:
                return AESGCM(_derive(slot.kdf, raw)).decrypt(
                    _unb64(slot.nonce), _unb64(slot.wrapped_key), _aad(kind)
                )
            except InvalidTag:
                continue
        raise WrongSecret(kind)

    def trusted_params(self) -> PiecesParams | None:
        """What the trusted-people slot says of its pieces (None: no trusted people)."""
        for slot in self.slots:
            if slot.kind == "trusted_people" and isinstance(slot.kdf, PiecesParams):
                return slot.kdf
        return None

    def trusted_public_part(self) -> tuple[PiecesParams, str] | None:
        """The trusted-people slot's parameters and public key (no secret: what a backup carries
        so that a restore seals its new key for the same pieces); None without a sealed slot."""
        for slot in self.slots:
            if slot.kind == "trusted_people" and isinstance(slot.kdf, PiecesParams) and slot.recipient is not None:
                return slot.kdf, slot.recipient
        return None

    def unlock_with_pieces(self, typed: list[str]) -> bytes:
        """The database key from two pieces of the trusted people's set. Raises a PieceError:
        each reason (malformed, too few, repeated, replaced, someone else's) its own."""
        for slot in self.slots:
            if slot.kind != "trusted_people" or not isinstance(slot.kdf, PiecesParams):
                continue
            secret = pieces.combine(typed, slot.kdf.identifier, frozenset(slot.kdf.replaced))
            identity = pieces.slot_identity(secret, _unb64(slot.kdf.salt))
            try:
                key = age_layer.decrypt_bytes(_unb64(slot.wrapped_key), [identity], KEY_BYTES)
            except AgeError:
                # Same set identifier (15 bits), other secret: another passport's pieces.
                raise PieceForeign("the pieces do not open this profile") from None
            if len(key) == KEY_BYTES:
                return key
        raise NoTrustedPeople("this profile has no trusted people")

    def without(self, kind: SlotKind) -> KeyFile:
        """A copy with no slot of ``kind``."""
        return KeyFile(tuple(slot for slot in self.slots if slot.kind != kind))

    def passphrase_cost(self) -> KdfSettings:
        """The Argon2id cost of the passphrase slot (kept when the slot is made again)."""
        for slot in self.slots:
            if isinstance(slot.kdf, Argon2Params):
                return KdfSettings(memory_kib=slot.kdf.memory_kib, iterations=slot.kdf.iterations,
                                   lanes=slot.kdf.lanes)
        return DEFAULT_KDF

    def recovery_recipient(self) -> str | None:
        """The public half of the recovery code, when its slot is sealed."""
        for slot in self.slots:
            if slot.kind == "recovery_code" and slot.recipient is not None:
                return slot.recipient
        return None

    def has_unsealed(self, kind: str) -> bool:
        """Whether a slot of ``kind`` is of the first version (cannot be moved to a new key without its secret)."""
        return any(slot.kind == kind and not slot.sealed for slot in self.slots)

    # --- rewrapping --------------------------------------------------------------

    def replacing(self, new_slot: Slot) -> KeyFile:
        """A copy with ``new_slot`` instead of every slot of its kind."""
        kept = tuple(s for s in self.slots if s.kind != new_slot.kind)
        return KeyFile((*kept, new_slot))

    def sealed_for(self, db_key: bytes, *new_slots: Slot) -> KeyFile:
        """A copy holding ``db_key``: ``new_slots`` replace every slot of their kinds, the
        other slots are sealed again for the new key (raises SecretNeeded for a first-version one)."""
        replaced = {slot.kind for slot in new_slots}
        kept = tuple(slot.sealed_for(db_key) for slot in self.slots if slot.kind not in replaced)
        return KeyFile((*kept, *new_slots))

    def to_bytes(self) -> bytes:
        body = KeyFileBody(format=FORMAT, version=VERSION, slots=self.slots).model_dump(
            mode="json", exclude_none=True
        )
        return json.dumps({"body": body, "checksum": _checksum(body)}, indent=1).encode()

    def save(self, path: Path) -> None:
        try:
            replace_atomically(path, self.to_bytes(), keep_previous=previous_path(path))
        except OSError as exc:
            full = disk_full(exc)
            if full is None or full is exc:
                raise
            raise full from exc


def _read_capped(path: Path) -> bytes:
    with path.open("rb") as f:
        return f.read(MAX_KEY_FILE_BYTES + 1)


def previous_path(path: Path) -> Path:
    return path.with_name(path.name + ".previous")


def _checksum(body: dict[str, Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode()).hexdigest()
