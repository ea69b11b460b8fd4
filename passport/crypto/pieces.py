"""Trusted people: a recovery secret split into three SLIP-39 pieces, any two of which open.

The young person picks three people; each keeps one piece. A piece is a SLIP-39 share
(the well-kept ``shamir-mnemonic`` library, as hardware wallets use): 20 words from a list
of 1,024 in which the first four letters of every word are unique, with a checksum that
finds a mistyped word. Two pieces give back the 128-bit secret; one piece alone is a point
on a random line and says nothing about it (Shamir's scheme, threshold 2).

The secret opens its own key slot (``passport.crypto.keyfile``): the slot keeps the SLIP-39
set's identifier (15 bits, the same in every piece of a set, and spoken with each piece) and
the identifiers of the sets it replaced, so a piece from before a re-issue is told apart
from a piece of someone else's passport, or a mistyped one.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Final

import shamir_mnemonic
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from shamir_mnemonic.wordlist import WORD_INDEX_MAP, WORDLIST

from passport.crypto.bech32 import age_identity
from passport.errors import (
    NotEnoughPieces,
    PieceForeign,
    PieceMalformed,
    PieceRepeated,
    PiecesReplaced,
)

NEEDED: Final = 2
PIECES: Final = 3
SECRET_BYTES: Final = 16  # 128 bits, SLIP-39's smallest: 20 words a piece
WORDS: Final = 20
# SLIP-39 stretches the secret with PBKDF2 (10,000 x 2^e rounds) for a passphrase it may
# carry; ours is random and has none, so the least work is enough.
ITERATION_EXPONENT: Final = 0
MAX_TYPED: Final = 2000  # characters of one typed piece considered at all
_PREFIX: Final = 4  # every word of the list is told apart by its first four letters
_SEPARATORS = re.compile(r"[^a-z]+")


@dataclass(frozen=True)
class Piece:
    """One typed or stored piece, read: its words (canonical), set and number (1 to 3)."""

    words: str
    identifier: int
    number: int
    share: shamir_mnemonic.Share


@dataclass(frozen=True)
class PieceSet:
    """A new set: the secret (for the key slot only) and its three pieces, in order."""

    secret: bytes
    identifier: int
    pieces: tuple[str, str, str]


def new_set(avoid: frozenset[int] = frozenset()) -> PieceSet:
    """A fresh secret split two of three, with a set identifier not in ``avoid`` (the
    current and the replaced sets, so an old piece is never taken for a new one)."""
    while True:
        secret = os.urandom(SECRET_BYTES)
        groups = shamir_mnemonic.generate_mnemonics(
            group_threshold=1, groups=[(NEEDED, PIECES)], master_secret=secret,
            extendable=False, iteration_exponent=ITERATION_EXPONENT,
        )
        pieces = tuple(groups[0])
        identifier = read_piece(pieces[0]).identifier
        if identifier not in avoid and len(pieces) == PIECES:
            return PieceSet(secret, identifier, (pieces[0], pieces[1], pieces[2]))


def _word(token: str, position: int) -> str:
    if token in WORD_INDEX_MAP:
        return token
    if len(token) >= _PREFIX:
        matches = [word for word in WORDLIST if word.startswith(token[:_PREFIX])]
        if len(matches) == 1 and (token.startswith(matches[0]) or matches[0].startswith(token)):
            return str(matches[0])
    raise PieceMalformed(f"word {position} ({token!r}) is not one of the piece words", "word", token)


def normalise_words(typed: str) -> str:
    """The canonical words of a typed piece: lower case, one space apart; numbers, commas and
    line breaks between them ignored, and a word's first four letters (or more) enough."""
    tokens = [token for token in _SEPARATORS.split(typed[: MAX_TYPED + 1].lower()) if token]
    if not tokens:
        raise PieceMalformed("no piece was given", "empty")
    if len(typed) > MAX_TYPED or len(tokens) != WORDS:
        raise PieceMalformed(f"a piece has {WORDS} words; this has {len(tokens)}", "length", str(len(tokens)))
    return " ".join(_word(token, position) for position, token in enumerate(tokens, start=1))


def read_piece(typed: str) -> Piece:
    """A piece read from what was typed (or stored). Raises PieceMalformed saying what is
    wrong with its shape; a piece of the right shape may still belong to another set."""
    words = normalise_words(typed)
    try:
        share = shamir_mnemonic.Share.from_mnemonic(words)
    except shamir_mnemonic.MnemonicError:
        raise PieceMalformed("a word is mistyped, or two are swapped", "checksum") from None
    if (share.group_threshold, share.group_count, share.member_threshold) != (1, 1, NEEDED) or share.index >= PIECES:
        raise PieceForeign("the words are a SLIP-39 share, but not a piece this app makes")
    return Piece(words, share.identifier, share.index + 1, share)


def combine(typed: list[str], identifier: int, replaced: frozenset[int]) -> bytes:
    """The secret from two (or more) pieces of the set ``identifier``. Each refusal has its
    own error: a malformed piece, too few, the same piece twice, a piece of a set this
    passport replaced, a piece of another passport's set."""
    pieces = [read_piece(text) for text in typed if text.strip()]
    if len(pieces) < NEEDED:
        raise NotEnoughPieces(f"{NEEDED} pieces are needed; {len(pieces)} was given")
    for piece in pieces:
        if piece.identifier in replaced and piece.identifier != identifier:
            raise PiecesReplaced(f"piece {piece.number} is from before new pieces were made")
        if piece.identifier != identifier:
            raise PieceForeign(f"piece {piece.number} belongs to another set")
    distinct = {piece.number: piece for piece in pieces}
    if len(distinct) < NEEDED:
        raise PieceRepeated("the same piece was given twice")
    chosen = sorted(distinct.values(), key=lambda piece: piece.number)[:NEEDED]
    try:
        return bytes(shamir_mnemonic.combine_mnemonics([piece.words for piece in chosen]))
    except shamir_mnemonic.MnemonicError:
        raise PieceForeign("the pieces do not belong together") from None


def slot_identity(secret: bytes, salt: bytes) -> str:
    """The age identity of the trusted-people key slot (the secret is random, so HKDF)."""
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt,
                   info=b"wellbeing-passport-keys/v1/trusted_people").derive(secret)
    return age_identity(derived)
