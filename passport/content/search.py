"""Full-text search over entry titles and bodies (SQLite FTS5, inside the encrypted store)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from passport.content import entries
from passport.models import MARK_END, MARK_START, SearchHit

if TYPE_CHECKING:
    from passport.store.database import Connection

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 12


def match_expression(text: str) -> str | None:
    """Turn what a person types into an FTS5 query: every word must match, and the last
    (still being typed) matches as a prefix. Quoting each word means nothing typed can
    be read as FTS5 syntax."""
    words = _WORD.findall(text)[:MAX_TERMS]
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


_ENTRY_COLUMNS = ", ".join(f"e.{name.strip()}" for name in entries.COLUMNS.split(","))


def search(conn: Connection, text: str, limit: int = 200) -> list[SearchHit]:
    expression = match_expression(text)
    if expression is None:
        return []
    # ORDER BY rank (bm25, titles weighted 4:1) lets FTS5 sort the matches itself, so
    # the excerpts are made only for the rows returned, not for every match; ordering by
    # bm25() instead made them for thousands of rows on a one-letter search. The entry
    # comes in the same row, not from one more query per hit.
    rows = conn.execute(
        f"""SELECT {_ENTRY_COLUMNS},
                  highlight(entries_fts, 0, '{MARK_START}', '{MARK_END}'),
                  snippet(entries_fts, 1, '{MARK_START}', '{MARK_END}', '…', 24)
           FROM entries_fts JOIN entries e ON e.seq = entries_fts.rowid
           WHERE entries_fts MATCH ? AND rank MATCH 'bm25(4.0, 1.0)' ORDER BY rank LIMIT ?""",
        (expression, limit),
    ).fetchall()
    return [SearchHit(entry=entries.from_row(row[:-2]), title_marked=row[-2], body_marked=row[-1]) for row in rows]
