"""Entries and their revision history, in SQL. Used only through the profile facade."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from passport.clock import now
from passport.errors import NotFound
from passport.models import Entry, EntryContent, Revision

if TYPE_CHECKING:
    from passport.store.database import Connection, Row

IN_BATCH = 500  # ids per "IN (...)": well under SQLite's limit on parameters
COLUMNS = (
    "id, section_id, title, body, important_now, review_by, happened_on, colour,"
    " written_with, suggested_by, created_at, updated_at, revision"
)


def from_row(row: Row) -> Entry:
    """An entry from a row of :data:`COLUMNS`."""
    return Entry(
        id=row[0],
        section_id=row[1],
        title=row[2],
        body=row[3],
        important_now=bool(row[4]),
        review_by=row[5],
        happened_on=row[6],
        colour=row[7],
        written_with=row[8],
        suggested_by=row[9],
        created_at=row[10],
        updated_at=row[11],
        revision=row[12],
    )


def _content_values(content: EntryContent) -> tuple[object, ...]:
    return (
        content.section_id,
        content.title,
        content.body,
        int(content.important_now),
        _date(content.review_by),
        _date(content.happened_on),
        content.colour,
        content.written_with,
    )


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def get(conn: Connection, entry_id: str) -> Entry:
    row = conn.execute(f"SELECT {COLUMNS} FROM entries WHERE id = ?", (entry_id,)).fetchone()
    if row is None:
        raise NotFound(f"entry {entry_id}")
    return from_row(row)


def by_ids(conn: Connection, ids: Sequence[str]) -> dict[str, Entry]:
    """The entries with these ids (those that exist), a few hundred per query."""
    found: dict[str, Entry] = {}
    for start in range(0, len(ids), IN_BATCH):
        batch = tuple(ids[start:start + IN_BATCH])
        marks = ",".join("?" * len(batch))
        for row in conn.execute(f"SELECT {COLUMNS} FROM entries WHERE id IN ({marks})", batch):
            entry = from_row(row)
            found[entry.id] = entry
    return found


def select(conn: Connection, where: str = "", params: Iterable[object] = (),
           order: str = "updated_at DESC") -> list[Entry]:
    sql = f"SELECT {COLUMNS} FROM entries {where}" + (f" ORDER BY {order}" if order else "")
    return [from_row(row) for row in conn.execute(sql, tuple(params))]


def insert(conn: Connection, content: EntryContent, *, suggested_by: str | None = None,
           entry_id: str | None = None, session: str | None = None) -> Entry:
    entry_id = entry_id or uuid.uuid4().hex
    stamp = now().isoformat()
    conn.execute(
        f"INSERT INTO entries ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        (entry_id, *_content_values(content), suggested_by, stamp, stamp),
    )
    _add_revision(conn, entry_id, 1, stamp, session, content)
    return get(conn, entry_id)


def update(conn: Connection, entry_id: str, content: EntryContent, session: str | None) -> Entry:
    """Save new content. Saves from the same editing session (autosave while typing)
    refine that session's revision instead of piling up a revision per keystroke."""
    # The entry and the session of its last revision in one statement, and the saved entry
    # made from what was written rather than read back: every save runs this.
    row = conn.execute(
        f"SELECT {COLUMNS}, (SELECT session FROM revisions WHERE entry_id = entries.id AND number = entries.revision)"
        " FROM entries WHERE id = ?",
        (entry_id,),
    ).fetchone()
    if row is None:
        raise NotFound(f"entry {entry_id}")
    current, last_session = from_row(row[:-1]), row[-1]
    if current.content == content:
        return current
    moment = now()
    stamp = moment.isoformat()
    if session is not None and last_session == session:
        number = current.revision
        conn.execute(
            "UPDATE revisions SET saved_at = ?, content = ? WHERE entry_id = ? AND number = ?",
            (stamp, content.model_dump_json(), entry_id, number),
        )
    else:
        number = current.revision + 1
        _add_revision(conn, entry_id, number, stamp, session, content)
    conn.execute(
        "UPDATE entries SET section_id = ?, title = ?, body = ?, important_now = ?, review_by = ?,"
        " happened_on = ?, colour = ?, written_with = ?, updated_at = ?, revision = ? WHERE id = ?",
        (*_content_values(content), stamp, number, entry_id),
    )
    return current.model_copy(update={**dict(content), "updated_at": moment, "revision": number})


def _add_revision(conn: Connection, entry_id: str, number: int, stamp: str,
                  session: str | None, content: EntryContent) -> None:
    conn.execute(
        "INSERT INTO revisions (entry_id, number, saved_at, session, content) VALUES (?, ?, ?, ?, ?)",
        (entry_id, number, stamp, session, content.model_dump_json()),
    )


def revisions(conn: Connection, entry_id: str) -> list[Revision]:
    get(conn, entry_id)
    rows = conn.execute(
        "SELECT number, saved_at, content FROM revisions WHERE entry_id = ? ORDER BY number DESC",
        (entry_id,),
    )
    return [
        Revision(entry_id=entry_id, number=n, saved_at=saved, content=EntryContent.model_validate(json.loads(c)))
        for n, saved, c in rows
    ]


def revision(conn: Connection, entry_id: str, number: int) -> Revision:
    for rev in revisions(conn, entry_id):
        if rev.number == number:
            return rev
    raise NotFound(f"revision {number} of entry {entry_id}")


def erase(conn: Connection, entry_id: str) -> None:
    get(conn, entry_id)
    # Revisions and attachments go with it (ON DELETE CASCADE); the FTS trigger drops
    # the words from the index.
    conn.execute("DELETE FROM entries WHERE id = ?", (entry_id,))
