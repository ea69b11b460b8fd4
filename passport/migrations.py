"""Numbered schema migrations of the encrypted store.

``PRAGMA user_version`` holds the schema version. Each migration runs in the same
transaction as the version bump, so a crash leaves the database at one version or the
next. Never edit a migration that has shipped: add a new one.
"""

from __future__ import annotations

MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE profile_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE sections (
        id INTEGER PRIMARY KEY,
        key TEXT UNIQUE,
        title TEXT NOT NULL,
        prompt TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        hidden INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE entries (
        -- An explicit integer key: the full-text index refers to it, and VACUUM may
        -- renumber an implicit rowid.
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        section_id INTEGER NOT NULL REFERENCES sections(id),
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        important_now INTEGER NOT NULL DEFAULT 0,
        review_by TEXT,
        happened_on TEXT,
        colour TEXT,
        written_with TEXT,
        suggested_by TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        revision INTEGER NOT NULL
    );
    CREATE INDEX entries_by_section ON entries(section_id);
    CREATE TABLE revisions (
        entry_id TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        saved_at TEXT NOT NULL,
        session TEXT,
        content TEXT NOT NULL,
        PRIMARY KEY (entry_id, number)
    );
    CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        entry_id TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        added_at TEXT NOT NULL
    );
    CREATE INDEX attachments_by_entry ON attachments(entry_id);
    -- Attachment bytes in chunks, so a large file is never read whole into memory.
    CREATE TABLE attachment_chunks (
        attachment_id TEXT NOT NULL REFERENCES attachments(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (attachment_id, number)
    );
    """,
    2: """
    CREATE VIRTUAL TABLE entries_fts USING fts5(
        title, body, content='entries', content_rowid='seq',
        tokenize='unicode61 remove_diacritics 2'
    );
    -- Erased words must not linger in the index's pages.
    INSERT INTO entries_fts(entries_fts, rank) VALUES('secure-delete', 1);
    INSERT INTO entries_fts(rowid, title, body) SELECT seq, title, body FROM entries;
    CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
        INSERT INTO entries_fts(rowid, title, body) VALUES (new.seq, new.title, new.body);
    END;
    CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
        INSERT INTO entries_fts(entries_fts, rowid, title, body)
            VALUES ('delete', old.seq, old.title, old.body);
    END;
    CREATE TRIGGER entries_fts_update AFTER UPDATE OF title, body ON entries BEGIN
        INSERT INTO entries_fts(entries_fts, rowid, title, body)
            VALUES ('delete', old.seq, old.title, old.body);
        INSERT INTO entries_fts(rowid, title, body) VALUES (new.seq, new.title, new.body);
    END;
    """,
}

LATEST = max(MIGRATIONS)
