"""Where an entry's words came from, for a share to say: a carer suggested it and the young
person added it, as it was or changed (issue 48). The young person's own entries have none."""

from __future__ import annotations

import json

from passport.formats.bundle_format import EntryOrigin
from passport.models import MAX_TITLE, Entry
from passport.store.database import Connection


def origin(conn: Connection, entry: Entry) -> EntryOrigin | None:
    """The origin a share carries for this entry (its current revision), or None."""
    if not entry.suggested_by:
        return None
    row = conn.execute(
        "SELECT edited_before_accepting, content FROM revisions WHERE entry_id = ? AND number = 1", (entry.id,),
    ).fetchone()
    changed = row is None or bool(row[0])
    if not changed:
        first = json.loads(row[1])
        changed = (first.get("title"), first.get("body")) != (entry.title, entry.body)
    return EntryOrigin(suggested_by=entry.suggested_by[:MAX_TITLE], changed_by_owner=changed)
