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
    3: """
    -- This profile's own keys: one row, made at creation or on first use.
    CREATE TABLE identity (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        age_identity TEXT NOT NULL,
        signing_key BLOB NOT NULL,
        display_name TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    );
    -- Cards the owner imported.
    CREATE TABLE contacts (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL,
        organisation TEXT NOT NULL,
        kind TEXT NOT NULL,
        age_recipient TEXT NOT NULL,
        signing_key TEXT NOT NULL,
        fingerprint TEXT NOT NULL UNIQUE,
        checked INTEGER NOT NULL DEFAULT 0,
        added_at TEXT NOT NULL
    );
    -- What the owner shared: one row per bundle made (withdrawals included).
    CREATE TABLE shares (
        id TEXT PRIMARY KEY,
        contact_id TEXT REFERENCES contacts(id),
        recipient TEXT NOT NULL,
        recipient_name TEXT NOT NULL,
        passphrase TEXT,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        purpose TEXT NOT NULL,
        state TEXT NOT NULL,
        replaces TEXT,
        replaced_by TEXT,
        withdrawn_at TEXT
    );
    CREATE INDEX shares_by_contact ON shares(contact_id);
    CREATE TABLE share_entries (
        share_id TEXT NOT NULL REFERENCES shares(id) ON DELETE CASCADE,
        entry_id TEXT NOT NULL,
        revision INTEGER NOT NULL,
        PRIMARY KEY (share_id, entry_id)
    );
    CREATE TABLE share_attachments (
        share_id TEXT NOT NULL REFERENCES shares(id) ON DELETE CASCADE,
        attachment_id TEXT NOT NULL,
        PRIMARY KEY (share_id, attachment_id)
    );
    -- Bundles a practitioner opened: the signed manifest (entries included) and the
    -- attachments' bytes in chunks. verified = 0 only while an import is in flight.
    CREATE TABLE received_bundles (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        sender_fingerprint TEXT NOT NULL,
        sender_card TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        purpose TEXT NOT NULL,
        manifest TEXT NOT NULL,
        outline TEXT NOT NULL,
        state TEXT NOT NULL,
        received_at TEXT NOT NULL,
        verified INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX received_by_sender ON received_bundles(sender_fingerprint);
    CREATE TABLE received_attachments (
        bundle_id TEXT NOT NULL REFERENCES received_bundles(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        entry_id TEXT NOT NULL,
        name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        PRIMARY KEY (bundle_id, id)
    );
    CREATE TABLE received_chunks (
        bundle_id TEXT NOT NULL,
        attachment_id TEXT NOT NULL,
        number INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (bundle_id, attachment_id, number),
        FOREIGN KEY (bundle_id, attachment_id)
            REFERENCES received_attachments(bundle_id, id) ON DELETE CASCADE
    );
    -- Decrypted bytes of a large bundle, held here (never in a plain file) until the
    -- bundle is verified; emptied at the end of every import, successful or not.
    CREATE TABLE unverified_spool (
        number INTEGER PRIMARY KEY,
        data BLOB NOT NULL
    );
    -- Bundles their sender withdrew or replaced: opening one later is refused.
    CREATE TABLE withdrawals_received (
        bundle_id TEXT NOT NULL,
        sender_fingerprint TEXT NOT NULL,
        reason TEXT NOT NULL,
        withdrawn_at TEXT NOT NULL,
        received_at TEXT NOT NULL,
        PRIMARY KEY (bundle_id, sender_fingerprint)
    );
    """,
    4: """
    -- Suggestions a carer sent that the young person has not accepted or declined yet.
    -- Nothing here is part of the passport until accepted; a decline deletes the rows.
    CREATE TABLE suggestion_bundles (
        id TEXT PRIMARY KEY,
        sender_fingerprint TEXT NOT NULL,
        sender_card TEXT NOT NULL,
        note TEXT NOT NULL,
        created_at TEXT NOT NULL,
        received_at TEXT NOT NULL
    );
    CREATE TABLE suggestions (
        id TEXT PRIMARY KEY,
        bundle_id TEXT NOT NULL REFERENCES suggestion_bundles(id) ON DELETE CASCADE,
        entry_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        section_key TEXT,
        section_title TEXT NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        important_now INTEGER NOT NULL,
        review_by TEXT,
        happened_on TEXT,
        colour TEXT,
        UNIQUE (bundle_id, entry_id)
    );
    CREATE TABLE suggestion_attachments (
        suggestion_id TEXT NOT NULL REFERENCES suggestions(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        PRIMARY KEY (suggestion_id, id)
    );
    CREATE TABLE suggestion_chunks (
        suggestion_id TEXT NOT NULL,
        attachment_id TEXT NOT NULL,
        number INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (suggestion_id, attachment_id, number),
        FOREIGN KEY (suggestion_id, attachment_id)
            REFERENCES suggestion_attachments(suggestion_id, id) ON DELETE CASCADE
    );
    -- Only random ids of suggestions already accepted or declined, so opening the same
    -- file again does not bring them back; no words of a declined one are kept.
    CREATE TABLE suggestions_handled (
        bundle_id TEXT NOT NULL,
        entry_id TEXT NOT NULL,
        PRIMARY KEY (bundle_id, entry_id)
    );
    -- Which revision of an entry came from a suggestion, and from whom.
    ALTER TABLE revisions ADD COLUMN suggested_by TEXT;
    ALTER TABLE revisions ADD COLUMN edited_before_accepting INTEGER NOT NULL DEFAULT 0;
    -- The carer's side: which drafts went to whom, and when.
    CREATE TABLE suggestions_sent (
        bundle_id TEXT NOT NULL,
        entry_id TEXT NOT NULL,
        contact_id TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        PRIMARY KEY (bundle_id, entry_id)
    );
    -- The young person's side: when a receipt said a share was opened.
    ALTER TABLE shares ADD COLUMN opened_at TEXT;
    """,
    5: """
    -- Home asks for a few newest entries per section, the important-now ones and those due
    -- for review: with these it reads a handful of pages, not the whole table.
    CREATE INDEX entries_by_section_updated ON entries(section_id, updated_at);
    CREATE INDEX entries_important ON entries(important_now) WHERE important_now = 1;
    CREATE INDEX entries_review ON entries(review_by) WHERE review_by IS NOT NULL;
    """,
    6: """
    -- A carer drafts for the young person: a carer's starter prompts speak about them, not
    -- to them. Only prompts still as the app first wrote them are changed.
    UPDATE sections SET prompt = CASE key
        WHEN 'about_me' THEN 'What would they like people to know about them?'
        WHEN 'strengths' THEN 'What are they good at? What do people like about them?'
        WHEN 'what_helps' THEN 'What helps them when they feel stressed or low?'
        WHEN 'what_doesnt_help' THEN 'What makes things harder for them?'
        WHEN 'people' THEN 'Who is important to them?'
        WHEN 'worked_before' THEN 'What has helped them in the past?'
        WHEN 'when_things_get_hard' THEN 'What should people do when things get hard for them?'
        WHEN 'hopes' THEN 'What are they looking forward to?'
        WHEN 'changes' THEN 'Is anything about to change for them, like a move or a new school?'
    END
    WHERE (SELECT value FROM profile_meta WHERE key = 'kind') = 'carer'
      AND prompt = CASE key
        WHEN 'about_me' THEN 'What would you like people to know about you?'
        WHEN 'strengths' THEN 'What are you good at? What do people like about you?'
        WHEN 'what_helps' THEN 'What helps when you feel stressed or low?'
        WHEN 'what_doesnt_help' THEN 'What makes things harder for you?'
        WHEN 'people' THEN 'Who is important to you?'
        WHEN 'worked_before' THEN 'What has helped in the past?'
        WHEN 'when_things_get_hard' THEN 'What should people do when things get hard for you?'
        WHEN 'hopes' THEN 'What are you looking forward to?'
        WHEN 'changes' THEN 'Is anything about to change, like a move or a new school?'
    END;
    """,
    7: """
    -- Trust on first use: each card a share came from, as first seen. A share in the name
    -- of someone already known, from another card, is held until its owner decides.
    CREATE TABLE known_senders (
        fingerprint TEXT PRIMARY KEY,
        display_name TEXT NOT NULL,  -- the name on the card the first time it was seen
        first_seen_at TEXT NOT NULL,
        checked_at TEXT,  -- when the numbers were compared in person; NULL: not yet
        held INTEGER NOT NULL DEFAULT 0
    );
    -- Cards already kept are known from their earliest share.
    INSERT INTO known_senders (fingerprint, display_name, first_seen_at)
        SELECT sender_fingerprint, json_extract(sender_card, '$.display_name'), min(received_at)
        FROM received_bundles WHERE verified = 1 GROUP BY sender_fingerprint;
    """,
    8: """
    -- What changed in a share since the one it replaced, worked out while both were at hand
    -- (see passport.exchange.changes): ranges of the new words, counts of words taken out
    -- and the titles no longer shared; never the words the young person took out.
    CREATE TABLE received_changes (
        bundle_id TEXT PRIMARY KEY REFERENCES received_bundles(id) ON DELETE CASCADE,
        changes TEXT NOT NULL  -- a BundleChanges, as JSON
    );
    """,
    9: """
    -- What the young person decided about each suggestion, so that they can tell its sender
    -- (an answer carries ids and outcomes, never words). Rows kept before this know neither
    -- sender nor outcome, and are left out of answers.
    ALTER TABLE suggestions_handled ADD COLUMN sender_fingerprint TEXT;
    ALTER TABLE suggestions_handled ADD COLUMN outcome TEXT;  -- added, added_with_changes, declined
    ALTER TABLE suggestions_handled ADD COLUMN position INTEGER;  -- its place in the carer's file
    ALTER TABLE suggestions_handled ADD COLUMN sent_at TEXT;  -- when the carer made that file
    -- The carer's side: what the young person's answer said, as of when they made it.
    ALTER TABLE suggestions_sent ADD COLUMN outcome TEXT;
    ALTER TABLE suggestions_sent ADD COLUMN answered_at TEXT;
    """,
    10: """
    -- The plan for when things get hard: which entry holds each of its steps (see
    -- passport.content.safety_plan). The words are the entry's, so a step is shared, searched,
    -- remembered and erased like any entry; erasing the entry empties the step.
    CREATE TABLE safety_plan_steps (
        step TEXT PRIMARY KEY,
        entry_id TEXT NOT NULL UNIQUE REFERENCES entries(id) ON DELETE CASCADE
    );
    """,
    11: """
    -- Whether the young person let the recipient copy a share into their records (issue 17);
    -- shares made before could not say so, and were read only.
    ALTER TABLE shares ADD COLUMN records_allowed INTEGER NOT NULL DEFAULT 0;
    """,
    12: """
    -- Replies from the person a share was made for (see passport.exchange.replies): their
    -- message, and what they will do about each entry, kept beside the share they answer.
    CREATE TABLE share_replies (
        id TEXT PRIMARY KEY,  -- the reply file's id: opening it again changes nothing
        share_id TEXT NOT NULL REFERENCES shares(id) ON DELETE CASCADE,
        sender_fingerprint TEXT NOT NULL,
        sender_name TEXT NOT NULL,  -- as on the card that signed it
        replied_at TEXT NOT NULL,  -- when they made it
        received_at TEXT NOT NULL,
        message TEXT NOT NULL
    );
    CREATE INDEX share_replies_by_share ON share_replies(share_id);
    CREATE TABLE share_reply_notes (
        reply_id TEXT NOT NULL REFERENCES share_replies(id) ON DELETE CASCADE,
        entry_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        note TEXT NOT NULL,
        PRIMARY KEY (reply_id, entry_id)
    );
    -- Erasing an entry erases what was written back about it too.
    CREATE TRIGGER share_reply_notes_erased AFTER DELETE ON entries BEGIN
        DELETE FROM share_reply_notes WHERE entry_id = old.id;
    END;
    """,
    13: """
    -- Trusted people (issue 18). The owner's side: who was given which piece of the set
    -- in force (never the words: the owner keeps no piece).
    CREATE TABLE trusted_pieces_given (
        number INTEGER PRIMARY KEY,  -- 1 to 3
        contact_id TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        display_name TEXT NOT NULL,
        set_identifier INTEGER NOT NULL,
        given_at TEXT NOT NULL
    );
    -- The holder's side: pieces kept for others (one a person, by their card's key), shown only when asked.
    CREATE TABLE held_pieces (
        id TEXT PRIMARY KEY,
        owner_fingerprint TEXT NOT NULL UNIQUE,
        owner_card TEXT NOT NULL,  -- the owner's card, as JSON
        number INTEGER NOT NULL,
        words TEXT NOT NULL,
        created_at TEXT NOT NULL,
        received_at TEXT NOT NULL
    );
    """,
    14: """
    -- Which boundaries a share carried (issue 17 polish): a digest of what went, NULL when none
    -- went, so the next share to the same person can say they went last time, and whether they
    -- changed since. A digest, not the words: what is true now lives in one place only.
    ALTER TABLE shares ADD COLUMN boundaries_sha256 TEXT;
    -- When the young person saw a reply (NULL: not yet); Home points to it until then. Replies
    -- kept before this were shown where they were opened, so they count as seen.
    ALTER TABLE share_replies ADD COLUMN read_at TEXT;
    UPDATE share_replies SET read_at = received_at;
    -- The young person took back the entries they stopped sharing: the practitioner's app
    -- keeps how many, never their titles (a BundleChanges' no_longer_shared becomes a count).
    UPDATE received_changes SET changes = json_remove(json_set(changes, '$.no_longer_shared',
        coalesce(json_array_length(changes, '$.no_longer_shared'), 0)
        + coalesce(json_extract(changes, '$.unnamed_no_longer_shared'), 0)), '$.unnamed_no_longer_shared');
    """,
    15: """
    -- Search (issue 15): prefix indexes of one and two letters, so the first letters typed
    -- (a prefix that most entries match) read one list from the index instead of merging
    -- the lists of every word they start. The index is made again from the entries; the
    -- triggers of migration 2 keep it up to date as before.
    DROP TABLE entries_fts;
    CREATE VIRTUAL TABLE entries_fts USING fts5(
        title, body, content='entries', content_rowid='seq',
        tokenize='unicode61 remove_diacritics 2', prefix='1 2'
    );
    INSERT INTO entries_fts(entries_fts, rank) VALUES('secure-delete', 1);
    INSERT INTO entries_fts(entries_fts) VALUES('rebuild');
    """,
    16: """
    -- Signed cards (version 2): a contact keeps its card's signature, so the name, role,
    -- organisation and kind read back bound to the keys (and are checked again on the way
    -- out). NULL: the card was an unsigned version 1 card from an older copy of the app.
    ALTER TABLE contacts ADD COLUMN signature TEXT;
    """,
}

LATEST = max(MIGRATIONS)
