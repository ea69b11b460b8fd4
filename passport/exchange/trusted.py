"""Trusted people: the young person's three pieces, given; and pieces kept for others.

The owner's side (:func:`give_pieces`): a new recovery secret is split two of three
(``passport.crypto.pieces``), each piece written as a signed ``.wppiece`` file encrypted to
one chosen person's card, and only then does the secret's key slot go into the key file. A
first set adds the slot; a new set replaces it and moves the store to a new key
(``passport.store.rekey``), so a copy of the old key file with old pieces opens nothing
written since. The owner keeps who holds which piece, never the words.

The holder's side (any kind of profile): a piece file is verified and kept in the holder's
encrypted store, one a person (by their card's key; a newer piece replaces an older one),
and its words are handed out only when asked for (:func:`held_piece_words`).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from passport.clock import now
from passport.crypto import pieces
from passport.crypto.keyfile import KeyFile, trusted_slot
from passport.errors import BundleNotForYou, BundleReplaced, InvalidValue, NotFound
from passport.exchange import contacts, identity
from passport.formats.cards import Card, fingerprint
from passport.formats.piece_format import PIECE_SUFFIX, PieceBody, read_piece_file, signed_bytes, write_piece
from passport.kinds import ProfileKind
from passport.store import rekey

if TYPE_CHECKING:
    from collections.abc import Callable

    from passport.exchange.contacts import Contact
    from passport.vault import Vault

class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class GivenPiece(_Model):
    """Who holds one piece of the owner's set in force."""

    number: int
    contact_id: str
    display_name: str
    fingerprint: str
    given_at: dt.datetime


class PiecesGiven(_Model):
    """The owner's trusted people, and the files just written for them (when just made)."""

    pieces: tuple[GivenPiece, ...]
    files: tuple[Path, ...] = ()


class HeldPiece(_Model):
    """A piece this profile keeps for someone else (its words only by :func:`held_piece_words`)."""

    id: str
    owner: Card
    number: int
    created: dt.datetime
    received_at: dt.datetime


# --- the owner's side ----------------------------------------------------------------------


def file_name_for(contact: Contact) -> str:
    """``piece-for-<name>.wppiece``: which file goes to whom, and nothing about the content."""
    name = re.sub(r"[^\w]+", "-", contact.display_name.casefold()).strip("-_")[:40] or "someone"
    return f"piece-for-{name}{PIECE_SUFFIX}"


def give_pieces(vault: Vault, contact_ids: list[str], out_dir: Path,
                progress: Callable[[int, int], None] | None = None) -> PiecesGiven:
    """Make a new set of pieces, one for each of three people, written into ``out_dir``;
    then the set opens the profile (and an earlier set no longer does)."""
    vault.require(ProfileKind.YOUNG_PERSON, doing="give pieces to trusted people")
    if len(contact_ids) != pieces.PIECES or len(set(contact_ids)) != pieces.PIECES:
        raise InvalidValue(f"choose {pieces.PIECES} different people")
    chosen = [contacts.contact(vault, contact_id) for contact_id in contact_ids]
    names = [file_name_for(contact) for contact in chosen]
    if len(set(names)) != len(names):  # two people of the same name: number the files
        names = [name.replace(PIECE_SUFFIX, f"-{number}{PIECE_SUFFIX}") for number, name in enumerate(names, 1)]
    key_file = KeyFile.load(vault.folder.key_path)
    params = key_file.trusted_params()
    earlier = () if params is None else (*params.replaced, params.identifier)
    piece_set = pieces.new_set(frozenset(earlier))
    own = identity.of(vault)
    owner = own.card(vault.kind)
    created = now()
    paths = [out_dir / name for name in names]
    written: list[Path] = []
    try:
        for number, (contact, path, words) in enumerate(zip(chosen, paths, piece_set.pieces, strict=True), 1):
            body = PieceBody(id=uuid.uuid4().hex, owner=owner, holder=contact.card.fingerprint, created=created,
                             number=number, words=words)
            write_piece(path, signed_bytes(body, own.sign), contact.card.age_recipient)
            written.append(path)
        if params is None:
            key_file.replacing(trusted_slot(piece_set.secret, piece_set.identifier, (), vault.database_key())).save(
                vault.folder.key_path)
        else:
            rekey.rotate(vault, lambda key: key_file.sealed_for(
                key, trusted_slot(piece_set.secret, piece_set.identifier, earlier, key)), progress)
    except BaseException:
        for path in written:  # pieces of a set that opens nothing must not reach anyone
            path.unlink(missing_ok=True)
        raise
    with vault.writing() as conn:
        conn.execute("DELETE FROM trusted_pieces_given")
        for number, contact in enumerate(chosen, 1):
            conn.execute(
                "INSERT INTO trusted_pieces_given (number, contact_id, fingerprint, display_name, set_identifier,"
                " given_at) VALUES (?, ?, ?, ?, ?, ?)",
                (number, contact.id, contact.card.fingerprint, contact.display_name, piece_set.identifier,
                 created.isoformat()),
            )
    return PiecesGiven(pieces=given(vault).pieces, files=tuple(paths))


def given(vault: Vault) -> PiecesGiven:
    """Who holds the pieces of the set in force (none: no trusted people yet). A set whose
    record was lost (a kill after the key file was written) is told by the key file."""
    params = KeyFile.load(vault.folder.key_path).trusted_params()
    if params is None:
        return PiecesGiven(pieces=())
    with vault.reading() as conn:
        rows = conn.execute(
            "SELECT number, contact_id, display_name, fingerprint, given_at FROM trusted_pieces_given"
            " WHERE set_identifier = ? ORDER BY number", (params.identifier,)).fetchall()
    return PiecesGiven(pieces=tuple(
        GivenPiece(number=row[0], contact_id=row[1], display_name=row[2], fingerprint=row[3], given_at=row[4])
        for row in rows))


def pieces_left_behind(vault: Vault) -> tuple[str, ...]:
    """Who holds pieces that no longer open this passport: a restore of a backup from an older
    app (which kept no trusted slot) brings back who was given pieces, but not the slot they
    open. Empty when the pieces given are in force, or none were given."""
    if KeyFile.load(vault.folder.key_path).trusted_params() is not None:
        return ()
    with vault.reading() as conn:
        rows = conn.execute("SELECT display_name FROM trusted_pieces_given ORDER BY number").fetchall()
    return tuple(str(row[0]) for row in rows)


# --- the holder's side -----------------------------------------------------------------------


def import_piece(vault: Vault, path: Path) -> HeldPiece:
    """Verify a piece file made for this profile and keep it. Raises a BundleError (then
    nothing changes); BundleReplaced when a newer piece from the same person is kept."""
    own = identity.of(vault)
    body = read_piece_file(path, own.age_identity)
    if body.holder != fingerprint(own.public_key_bytes, own.age_recipient):
        raise BundleNotForYou("the piece names another card")
    owner = body.owner.fingerprint
    with vault.writing() as conn:
        row = conn.execute("SELECT created_at FROM held_pieces WHERE owner_fingerprint = ?", (owner,)).fetchone()
        if row is not None and dt.datetime.fromisoformat(row[0]) > body.created:
            raise BundleReplaced("a newer piece from the same person is kept")
        conn.execute("DELETE FROM held_pieces WHERE owner_fingerprint = ?", (owner,))
        conn.execute(
            "INSERT INTO held_pieces (id, owner_fingerprint, owner_card, number, words, created_at, received_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (body.id, owner, body.owner.model_dump_json(), body.number, body.words,
             body.created.astimezone(dt.UTC).isoformat(), now().isoformat()),
        )
    return held_piece(vault, body.id)


def _held(row: tuple[str, str, int, str, str]) -> HeldPiece:
    return HeldPiece(id=row[0], owner=Card.model_validate_json(row[1]), number=row[2],
                     created=dt.datetime.fromisoformat(row[3]), received_at=dt.datetime.fromisoformat(row[4]))


_HELD_COLUMNS = "id, owner_card, number, created_at, received_at"


def held_pieces(vault: Vault) -> list[HeldPiece]:
    with vault.reading() as conn:
        rows = conn.execute(f"SELECT {_HELD_COLUMNS} FROM held_pieces").fetchall()
    return sorted((_held(row) for row in rows), key=lambda piece: piece.owner.display_name.casefold())


def held_piece(vault: Vault, piece_id: str) -> HeldPiece:
    with vault.reading() as conn:
        row = conn.execute(f"SELECT {_HELD_COLUMNS} FROM held_pieces WHERE id = ?", (piece_id,)).fetchone()
    if row is None:
        raise NotFound(f"piece {piece_id}")
    return _held(row)


def held_piece_words(vault: Vault, piece_id: str) -> str:
    """The words of a piece kept for someone, to read out or print for them."""
    with vault.reading() as conn:
        row = conn.execute("SELECT words FROM held_pieces WHERE id = ?", (piece_id,)).fetchone()
    if row is None:
        raise NotFound(f"piece {piece_id}")
    return str(row[0])


def forget_held_piece(vault: Vault, piece_id: str) -> None:
    with vault.writing() as conn:
        if conn.execute("DELETE FROM held_pieces WHERE id = ?", (piece_id,)).rowcount == 0:
            raise NotFound(f"piece {piece_id}")
    vault.forget_deleted()
