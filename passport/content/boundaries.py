"""Where the young person's boundaries are kept: one row of ``profile_meta``, inside the
encrypted store like everything else (no history: they are what is true now)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import ValidationError

from passport.errors import InvalidValue
from passport.formats.boundaries import MAX_BOUNDARY, MAX_CALL_ME, Boundaries, cleaned

if TYPE_CHECKING:
    from passport.store.database import Connection

_KEY = "boundaries"


def get(conn: Connection) -> Boundaries:
    """What the owner wrote; empty when nothing yet (or, after damage, nothing readable)."""
    row = conn.execute("SELECT value FROM profile_meta WHERE key = ?", (_KEY,)).fetchone()
    if row is None:
        return Boundaries()
    try:
        return Boundaries.model_validate_json(row[0])
    except ValidationError:
        return Boundaries()


def put(conn: Connection, call_me: str, please_dont_ask: str, how_to_talk: str) -> Boundaries:
    try:
        boundaries = cleaned(call_me, please_dont_ask, how_to_talk)
    except ValidationError:
        raise InvalidValue(f"'Call me' can have at most {MAX_CALL_ME} characters, and the others "
                           f"at most {MAX_BOUNDARY} each") from None
    if boundaries.is_empty():
        conn.execute("DELETE FROM profile_meta WHERE key = ?", (_KEY,))
    else:
        conn.execute("INSERT OR REPLACE INTO profile_meta VALUES (?, ?)", (_KEY, boundaries.model_dump_json()))
    return boundaries
