"""The trusted-piece file (``.wppiece``): one SLIP-39 piece, for one person, from its owner.

An age v1 file encrypted to the holder card's X25519 key. Inside, UTF-8 JSON, at most
16 KiB: a :class:`SignedPiece`, that is the :class:`PieceBody` and an Ed25519 signature over
its canonical bytes (as a bundle's manifest, with its own context), made with the key on the
owner's card. Small enough to be read whole; every file is hostile: size first, then age,
then strict JSON, format and version, signature, the model's rules, and the words'
SLIP-39 checksum. docs/formats.md describes it for other readers.
"""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final, Literal

from cryptography.exceptions import InvalidSignature
from pydantic import Field, ValidationError, field_validator

from passport.crypto import age_layer, pieces
from passport.errors import (
    AgeError,
    AgeNotForYou,
    BundleDamaged,
    BundleFromOlderApp,
    BundleNotForYou,
    BundleSignatureInvalid,
    BundleTooLarge,
    BundleUnsigned,
    BundleVersionUnsupported,
    PassportError,
    TooLarge,
)
from passport.fileio import open_outside_file, replace_atomically
from passport.formats.bundle_format import Signature, UtcDatetime
from passport.formats.cards import Card, StrictModel, loads_strict

PIECE_FORMAT: Final = "wellbeing-passport-piece"
PIECE_VERSION: Final = 1
PIECE_SUFFIX: Final = ".wppiece"
MAX_PIECE_JSON = 16 * 1024
MAX_PIECE_FILE = 64 * 1024
SIGNATURE_CONTEXT = b"wellbeing-passport-piece-v1\n"


class PieceBody(StrictModel):
    format: Literal["wellbeing-passport-piece"] = PIECE_FORMAT
    version: Literal[1] = PIECE_VERSION
    id: str = Field(pattern=r"^[0-9a-f]{32}$", description="this file's id")
    owner: Card = Field(description="the card of the person whose piece it is, who signed it")
    holder: str = Field(pattern=r"^[0-9]{60}$", description="the fingerprint of the card it is for")
    created: UtcDatetime
    number: int = Field(ge=1, le=pieces.PIECES, description="which of the three pieces")
    needed: Literal[2] = Field(default=pieces.NEEDED, description="how many pieces together open")
    words: str = Field(max_length=400, pattern=r"^[a-z]+( [a-z]+)*$",
                       description="the SLIP-39 share: 20 words of its list, one space apart")

    @field_validator("words")
    @classmethod
    def _a_piece(cls, words: str) -> str:
        try:
            piece = pieces.read_piece(words)
        except PassportError as exc:
            raise ValueError(f"the words are not a piece: {exc}") from None
        if piece.words != words:
            raise ValueError("the words are not in their one written form")
        return words


class SignedPiece(StrictModel):
    """What the decrypted file holds."""

    piece: PieceBody
    signature: Signature


def _canonical(body: dict[str, Any]) -> bytes:
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return SIGNATURE_CONTEXT + text.encode("utf-8")


def signed_bytes(body: PieceBody, sign: Callable[[bytes], bytes]) -> bytes:
    data = body.model_dump(mode="json")
    value = base64.b64encode(sign(_canonical(data))).decode("ascii")
    return json.dumps({"piece": data, "signature": Signature(value=value).model_dump(mode="json")},
                      ensure_ascii=False, indent=1).encode("utf-8")


def write_piece(path: Path, signed: bytes, recipient: str) -> None:
    """Encrypt ``signed`` to ``recipient`` and write it whole (temporary name, then renamed)."""
    sealed = io.BytesIO()
    age_layer.encrypt_stream(io.BytesIO(signed), sealed, [recipient])
    replace_atomically(path, sealed.getvalue())


def read_piece_file(path: Path, identity: str) -> PieceBody:
    """A piece file's body, once decrypted with ``identity`` and verified. Raises a BundleError."""
    with open_outside_file(path) as f:
        raw = f.read(MAX_PIECE_FILE + 1)
    if len(raw) > MAX_PIECE_FILE:
        raise BundleTooLarge("the piece file is over its size limit")
    try:
        plain = age_layer.decrypt_bytes(raw, [identity], MAX_PIECE_JSON)
    except AgeNotForYou:
        raise BundleNotForYou("the piece was made for someone else") from None
    except (AgeError, TooLarge) as exc:
        raise BundleDamaged(f"the piece file is damaged: {exc}") from None
    return verify(plain)


def verify(data: bytes) -> PieceBody:
    if len(data) > MAX_PIECE_JSON:
        raise BundleTooLarge("the piece is over its size limit")
    try:
        raw = loads_strict(data)
    except (ValueError, RecursionError):
        raise BundleDamaged("the piece is not JSON") from None
    body = raw.get("piece") if isinstance(raw, dict) else None
    if not isinstance(body, dict) or body.get("format") != PIECE_FORMAT:
        raise BundleDamaged("the file is not a piece")
    if body.get("version") != PIECE_VERSION:
        raise BundleVersionUnsupported("the piece was made by a newer version of the app")
    if raw.get("signature") is None:
        raise BundleUnsigned("the piece is not signed")
    if set(raw) != {"piece", "signature"}:
        raise BundleDamaged("the piece has unknown parts")
    try:
        owner = Card.model_validate_json(json.dumps(body.get("owner")))
        signature = Signature.model_validate_json(json.dumps(raw["signature"]))
    except ValidationError:
        raise BundleDamaged("the piece's card or signature is not valid") from None
    if not owner.signed:
        raise BundleFromOlderApp("the owner's card in the piece is unsigned (version 1)")
    try:
        owner.public_key.verify(base64.b64decode(signature.value), _canonical(body))
    except (InvalidSignature, UnicodeEncodeError):
        raise BundleSignatureInvalid("the signature does not match the owner's key") from None
    try:
        return PieceBody.model_validate_json(json.dumps(body))
    except ValidationError as exc:
        raise BundleDamaged(f"the piece is not valid: {exc.error_count()} problem(s)") from None
