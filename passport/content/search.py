"""Full-text search over entry titles and bodies (SQLite FTS5, inside the encrypted store)."""

from __future__ import annotations

import re
import unicodedata
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
    symbols = emoji_in(text)
    if symbols:
        return _search_with_symbols(conn, expression, symbols, limit)
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


# --- emoji and other symbols ---------------------------------------------------------------
# The index's tokenizer (unicode61) reads symbols such as emoji as spaces, so "🐶" was
# never a word to find. Rather than rebuild the index, symbols are matched in the text
# itself, among the entries the words (if any) matched.

_SYMBOL_CATEGORIES = frozenset({"So", "Sk"})
_JOINERS = frozenset({"\u200d", "\ufe0e", "\ufe0f"})  # zero-width joiner, text/emoji presentation


def emoji_in(text: str) -> list[str]:
    """The symbols (emoji and the like) in what was typed, each once, in order; the
    joiners and presentation selectors between them are left out, so 🏳️ finds 🏳."""
    found: list[str] = []
    for char in text:
        if char not in _JOINERS and unicodedata.category(char) in _SYMBOL_CATEGORIES and char not in found:
            found.append(char)
    return found[:MAX_TERMS]


def _search_with_symbols(conn: Connection, expression: str | None, symbols: list[str],
                         limit: int) -> list[SearchHit]:
    holds = " AND ".join("(instr(e.title, ?) > 0 OR instr(e.body, ?) > 0)" for _ in symbols)
    params: list[object] = [part for symbol in symbols for part in (symbol, symbol)]
    if expression is None:
        sql = (f"SELECT {_ENTRY_COLUMNS}, e.title, e.body FROM entries e WHERE {holds}"
               " ORDER BY e.updated_at DESC LIMIT ?")
        rows = conn.execute(sql, (*params, limit)).fetchall()
    else:
        sql = (f"""SELECT {_ENTRY_COLUMNS},
                          highlight(entries_fts, 0, '{MARK_START}', '{MARK_END}'),
                          highlight(entries_fts, 1, '{MARK_START}', '{MARK_END}')
                   FROM entries_fts JOIN entries e ON e.seq = entries_fts.rowid
                   WHERE entries_fts MATCH ? AND rank MATCH 'bm25(4.0, 1.0)' AND {holds}
                   ORDER BY rank LIMIT ?""")
        rows = conn.execute(sql, (expression, *params, limit)).fetchall()
    return [SearchHit(entry=entries.from_row(row[:-2]), title_marked=_mark(row[-2], symbols),
                      body_marked=_excerpt(_mark(row[-1], symbols))) for row in rows]


def _mark(text: str, symbols: list[str]) -> str:
    for symbol in symbols:
        text = text.replace(symbol, f"{MARK_START}{symbol}{MARK_END}")
    return text


def _excerpt(marked: str, words: int = 24) -> str:
    """About ``words`` words around the first mark, as FTS5's snippet() gives."""
    parts = marked.split()
    first = next((i for i, part in enumerate(parts) if MARK_START in part), 0)
    start = max(0, min(first - words // 3, len(parts) - words))
    shown = " ".join(parts[start:start + words])
    return ("…" if start > 0 else "") + shown + ("…" if start + words < len(parts) else "")
