"""Trusted people for tests: Sky (a young person) and three holders, each with the others' cards."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from passport.exchange.trusted import PiecesGiven
from passport.models import ProfileKind
from passport.profile import Profile
from tests.suggestion_helpers import introduce, make_person


@dataclass
class Circle:
    owner: Profile
    holders: list[Profile]  # Jo (carer), Sam (practitioner), Ash (another young person)
    contact_ids: list[str]  # their cards in the owner's contacts, in the same order


def make_circle(data_dir: Path, folder: Path, holders_dir: Path | None = None) -> Circle:
    """Sky in ``data_dir``; the holders there too, or on another laptop (``holders_dir``)."""
    owner = make_person(data_dir, ProfileKind.YOUNG_PERSON, "Sky", "Sky")
    elsewhere = holders_dir or data_dir
    holders = [
        make_person(elsewhere, ProfileKind.CARER, "Helping", "Jo Carter", "Foster carer"),
        make_person(elsewhere, ProfileKind.PRACTITIONER, "Work", "Sam Lee", "Social worker"),
        make_person(elsewhere, ProfileKind.YOUNG_PERSON, "Ash's", "Ash"),
    ]
    contact_ids = [introduce(owner, holder, folder).id for holder in holders]
    for holder in holders:
        introduce(holder, owner, folder)
    return Circle(owner, holders, contact_ids)


def give_and_keep(circle: Circle, out: Path) -> list[str]:
    """The owner gives pieces; each holder imports theirs. Returns the words, holder by holder."""
    out.mkdir(exist_ok=True)
    given: PiecesGiven = circle.owner.trusted.give_pieces(circle.contact_ids, out).subject
    words = []
    for holder, path in zip(circle.holders, given.files, strict=True):
        held = holder.trusted.import_piece(path).subject
        words.append(holder.trusted.held_piece_words(held.id))
    return words


def lock_all(circle: Circle) -> None:
    for profile in (circle.owner, *circle.holders):
        profile.lock()
