"""The facade's room for trusted people: ``profile.trusted``.

The young person gives three people a piece each (any two let them back in); every kind
of profile keeps pieces for others and shows one only when asked. Each call returns a
:class:`~passport.models.Change` of kind ``TRUSTED_PEOPLE_CHANGED`` (or plain data).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from passport.exchange import trusted
from passport.kinds import ChangeKind
from passport.models import Change

if TYPE_CHECKING:
    from passport.exchange.trusted import HeldPiece, PiecesGiven
    from passport.vault import Vault

Progress = Callable[[int, int], None]


class Trusted:
    """Pieces given (the young person) and pieces kept for others (every kind)."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def give_pieces(self, contact_ids: list[str], out_dir: Path, progress: Progress | None = None) -> Change:
        """A new set of three pieces, one file for each person in ``out_dir``; the subject is
        a PiecesGiven (with the files). Pieces given before open nothing any more."""
        return Change(kind=ChangeKind.TRUSTED_PEOPLE_CHANGED,
                      subject=trusted.give_pieces(self._vault, contact_ids, out_dir, progress))

    def given(self) -> PiecesGiven:
        """Who holds the pieces in force (no pieces: no trusted people yet)."""
        return trusted.given(self._vault)

    def pieces_left_behind(self) -> tuple[str, ...]:
        """Who holds pieces that no longer open this passport (after a restore of an older backup)."""
        return trusted.pieces_left_behind(self._vault)

    def import_piece(self, path: Path) -> Change:
        """Keep a piece someone gave this profile (the subject is the HeldPiece)."""
        return Change(kind=ChangeKind.TRUSTED_PEOPLE_CHANGED, subject=trusted.import_piece(self._vault, path))

    def held_pieces(self) -> list[HeldPiece]:
        return trusted.held_pieces(self._vault)

    def held_piece_words(self, piece_id: str) -> str:
        """The words of a kept piece, to read out or print for its owner."""
        return trusted.held_piece_words(self._vault, piece_id)

    def forget_held_piece(self, piece_id: str) -> Change:
        trusted.forget_held_piece(self._vault, piece_id)
        return Change(kind=ChangeKind.TRUSTED_PEOPLE_CHANGED, subject=piece_id)
