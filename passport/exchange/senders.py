"""Who really sent it: every card a share came from, remembered the first time it is seen
(trust on first use, as Signal does with safety numbers).

A card is only a key and a name anyone can type. So a share signed by a card not seen
before, under a name that matches someone already known (ignoring case, spaces, accents,
width and common look-alike letters), is *held*: kept encrypted but not listed as theirs,
until the practitioner compares the numbers and accepts the card as a different person,
or deletes what it sent. What the app can say is which card signed a file and since when
it has been known, never who is holding that card: only comparing the numbers in person
says that, and a sender is marked checked after it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from enum import StrEnum
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from passport import clock
from passport.errors import InvalidValue, NotFound
from passport.formats.cards import FINGERPRINT_DIGITS, Card
from passport.store.database import Connection, Row

if TYPE_CHECKING:
    from passport.vault import Vault

# Fewer digits than this could name several cards by chance: two groups as printed.
SHORTEST_PREFIX = 10
_COLUMNS = "fingerprint, display_name, first_seen_at, checked_at, held"

# Letters from other scripts (and digits) that look like Latin ones, after casefolding:
# cheap, and enough for the names a person would type to pass as someone else.
_LOOK_ALIKES = str.maketrans({
    # Cyrillic
    "а": "a", "в": "b", "с": "c", "ԁ": "d", "е": "e", "ё": "e", "һ": "h", "н": "h", "і": "l", "ї": "l",
    "ј": "j", "к": "k", "ӏ": "l", "м": "m", "о": "o", "р": "p", "ԛ": "q", "ѕ": "s", "т": "t", "у": "y",
    "ԝ": "w", "х": "x",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "h", "ι": "l", "κ": "k", "μ": "m", "ν": "n", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "y", "χ": "x", "ζ": "z",
    # Latin and digits that pass for each other
    "i": "l", "1": "l", "|": "l", "0": "o", "ı": "l",
})


class SenderState(StrEnum):
    NEW = "new"  # known since first seen; numbers not compared in person yet
    CHECKED = "checked"  # numbers compared in person
    HELD = "held"  # a name already known, on another card: not listed until decided


class KnownSender(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    fingerprint: str
    display_name: str  # the name on the card the first time it was seen
    first_seen: dt.datetime
    checked_at: dt.datetime | None
    held: bool

    @property
    def state(self) -> SenderState:
        if self.held:
            return SenderState.HELD
        return SenderState.CHECKED if self.checked_at is not None else SenderState.NEW


def name_key(name: str) -> str:
    """A name as it reads to a person: case, spaces, accents, width, invisible characters
    and common look-alike letters folded away."""
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", name).casefold())
    letters = "".join(ch for ch in folded if unicodedata.category(ch)[0] in "LN").translate(_LOOK_ALIKES)
    # A name of symbols only still has to match itself.
    return letters or "".join(unicodedata.normalize("NFKC", name).casefold().split())


def _stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat()


def _sender(row: Row) -> KnownSender:
    return KnownSender(fingerprint=row[0], display_name=row[1], first_seen=row[2], checked_at=row[3],
                       held=bool(row[4]))


def get(conn: Connection, fingerprint: str) -> KnownSender | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM known_senders WHERE fingerprint = ?", (fingerprint,)).fetchone()
    return None if row is None else _sender(row)


def held_fingerprints(conn: Connection) -> frozenset[str]:
    return frozenset(row[0] for row in conn.execute("SELECT fingerprint FROM known_senders WHERE held = 1"))


def _names_in_use(conn: Connection) -> dict[str, set[str]]:
    """Each trusted (not held) sender's names: as first seen, and on each share kept."""
    names: dict[str, set[str]] = {}
    rows = conn.execute(
        "SELECT fingerprint, display_name FROM known_senders WHERE held = 0"
        " UNION SELECT b.sender_fingerprint, json_extract(b.sender_card, '$.display_name')"
        " FROM received_bundles b JOIN known_senders k ON k.fingerprint = b.sender_fingerprint"
        " WHERE k.held = 0 AND b.verified = 1"
    )
    for fingerprint, name in rows:
        names.setdefault(fingerprint, set()).add(name_key(name or ""))
    return names


def known_alike(conn: Connection, card: Card) -> tuple[KnownSender, ...]:
    """The trusted senders, on other cards, whose names read like this card's."""
    key = name_key(card.display_name)
    alike = [fp for fp, keys in _names_in_use(conn).items() if key in keys and fp != card.fingerprint]
    return tuple(sender for fp in sorted(alike) if (sender := get(conn, fp)) is not None)


def note(conn: Connection, card: Card) -> KnownSender:
    """Remember a share's card the first time it is seen (inside the share's transaction);
    held if its name is already someone else's."""
    known = get(conn, card.fingerprint)
    if known is not None:
        return known
    held = bool(known_alike(conn, card))
    conn.execute(
        "INSERT INTO known_senders (fingerprint, display_name, first_seen_at, checked_at, held)"
        " VALUES (?, ?, ?, NULL, ?)",
        (card.fingerprint, card.display_name, _stamp(clock.now()), int(held)),
    )
    found = get(conn, card.fingerprint)
    assert found is not None
    return found


def find(conn: Connection, numbers: str) -> KnownSender:
    """The one sender whose card numbers are these (spaces ignored), or begin with them."""
    digits = re.sub(r"\s+", "", numbers)
    if not digits.isdigit() or not SHORTEST_PREFIX <= len(digits) <= FINGERPRINT_DIGITS:
        raise NotFound("a card's numbers")
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM known_senders WHERE substr(fingerprint, 1, ?) = ?", (len(digits), digits)
    ).fetchall()
    if len(rows) != 1:
        raise NotFound("a card's numbers") if not rows else InvalidValue("those numbers fit more than one card")
    return _sender(rows[0])


# --- for the facade ---------------------------------------------------------------------


def senders(vault: Vault) -> list[KnownSender]:
    with vault.reading() as conn:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM known_senders ORDER BY display_name COLLATE NOCASE, first_seen_at")
        return [_sender(row) for row in rows]


def sender(vault: Vault, numbers: str) -> KnownSender:
    with vault.reading() as conn:
        return find(conn, numbers)


def mark_checked(vault: Vault, numbers: str, checked: bool = True) -> KnownSender:
    """After comparing the numbers in person. A held card checked in person is its own
    person, so it is no longer held."""
    with vault.writing() as conn:
        found = find(conn, numbers)
        if checked:
            conn.execute("UPDATE known_senders SET checked_at = ?, held = 0 WHERE fingerprint = ?",
                         (_stamp(clock.now()), found.fingerprint))
        else:
            conn.execute("UPDATE known_senders SET checked_at = NULL WHERE fingerprint = ?", (found.fingerprint,))
        result = get(conn, found.fingerprint)
    assert result is not None
    return result


def accept(vault: Vault, numbers: str) -> KnownSender:
    """Take a held card as a different person from the one whose name it shares."""
    with vault.writing() as conn:
        found = find(conn, numbers)
        if not found.held:
            raise InvalidValue("that card is not held")
        conn.execute("UPDATE known_senders SET held = 0 WHERE fingerprint = ?", (found.fingerprint,))
        result = get(conn, found.fingerprint)
    assert result is not None
    return result
