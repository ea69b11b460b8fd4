"""Attachment bytes in the encrypted store, kept in chunks and streamed in and out."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from passport.byte_streams import Readable
from passport.clock import now
from passport.content.entries import IN_BATCH
from passport.content.filetypes import SNIFF_BYTES, sniff
from passport.errors import AttachmentTooLarge, InvalidValue, NotFound
from passport.models import MAX_ATTACHMENT_BYTES, Attachment, AttachmentKind

if TYPE_CHECKING:
    from passport.store.database import Connection, Row
    from passport.vault import Vault

CHUNK_BYTES = 512 * 1024
MAX_NAME = 255

_COLUMNS = "id, entry_id, name, kind, media_type, size, sha256, added_at"


def _attachment(row: Row) -> Attachment:
    return Attachment(**dict(zip(_COLUMNS.split(", "), row, strict=True)))


def clean_name(name: str) -> str:
    """Keep only a base name: an attachment's name is a label, never a path."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if ch.isprintable()).strip()
    return base[:MAX_NAME] or "attachment"


def add(conn: Connection, entry_id: str, name: str, source: Readable,
        limit: int = MAX_ATTACHMENT_BYTES, attachment_id: str | None = None) -> Attachment:
    """Stream ``source`` into the store (inside the caller's transaction)."""
    attachment_id = attachment_id or uuid.uuid4().hex
    digest, size, number, head = hashlib.sha256(), 0, 0, b""
    conn.execute(
        f"INSERT INTO attachments ({_COLUMNS}) VALUES (?, ?, ?, 'file', '', 0, '', ?)",
        (attachment_id, entry_id, clean_name(name), now().isoformat()),
    )
    while chunk := source.read(CHUNK_BYTES):
        size += len(chunk)
        if size > limit:
            raise AttachmentTooLarge(f"{name} is over {limit} bytes")
        if len(head) < SNIFF_BYTES:
            head += chunk[: SNIFF_BYTES - len(head)]
        digest.update(chunk)
        conn.execute(
            "INSERT INTO attachment_chunks (attachment_id, number, data) VALUES (?, ?, ?)",
            (attachment_id, number, chunk),
        )
        number += 1
    if size == 0:
        raise InvalidValue("the file is empty")
    media_type, kind = sniff(head)
    conn.execute(
        "UPDATE attachments SET kind = ?, media_type = ?, size = ?, sha256 = ? WHERE id = ?",
        (kind.value, media_type, size, digest.hexdigest(), attachment_id),
    )
    return get(conn, attachment_id)


def get(conn: Connection, attachment_id: str) -> Attachment:
    row = conn.execute(f"SELECT {_COLUMNS} FROM attachments WHERE id = ?", (attachment_id,)).fetchone()
    if row is None:
        raise NotFound(f"attachment {attachment_id}")
    return _attachment(row)


def of_entry(conn: Connection, entry_id: str) -> list[Attachment]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM attachments WHERE entry_id = ? ORDER BY added_at, id", (entry_id,)
    )
    return [_attachment(row) for row in rows]


def of_entries(conn: Connection, entry_ids: Sequence[str]) -> dict[str, list[Attachment]]:
    """Each entry's attachments (in the order of :func:`of_entry`), a few hundred entries per query."""
    found: dict[str, list[Attachment]] = {entry_id: [] for entry_id in entry_ids}
    for start in range(0, len(entry_ids), IN_BATCH):
        batch = tuple(entry_ids[start:start + IN_BATCH])
        marks = ",".join("?" * len(batch))
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM attachments WHERE entry_id IN ({marks}) ORDER BY added_at, id", batch
        )
        for row in rows:
            attachment = _attachment(row)
            found[attachment.entry_id].append(attachment)
    return found


def chunk_count(conn: Connection, attachment_id: str) -> int:
    row = conn.execute(
        "SELECT count(*) FROM attachment_chunks WHERE attachment_id = ?", (attachment_id,)
    ).fetchone()
    return int(row[0])


def chunk(conn: Connection, attachment_id: str, number: int) -> bytes:
    row = conn.execute(
        "SELECT data FROM attachment_chunks WHERE attachment_id = ? AND number = ?",
        (attachment_id, number),
    ).fetchone()
    if row is None:
        raise NotFound(f"chunk {number} of attachment {attachment_id}")
    return bytes(row[0])


def remove(conn: Connection, attachment_id: str) -> Attachment:
    found = get(conn, attachment_id)
    conn.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
    return found



def chunks(vault: Vault, attachment_id: str) -> Iterator[bytes]:
    """The attachment's bytes, a chunk at a time (memory stays flat for big files)."""
    with vault.reading() as conn:
        count = chunk_count(conn, attachment_id)
    for number in range(count):
        # The store's lock is let go before the chunk is handed out: the consumer may
        # be another thread, or may stop reading half way.
        with vault.reading() as conn:
            data = chunk(conn, attachment_id, number)
        yield data


def kinds_by_entry(conn: Connection) -> dict[str, set[AttachmentKind]]:
    """For every entry with attachments, which kinds it has (a picture, a sound, a file), in
    one query over the whole profile: enough for Home to mark its cards without a query each."""
    found: dict[str, set[AttachmentKind]] = {}
    for entry_id, kind in conn.execute("SELECT DISTINCT entry_id, kind FROM attachments"):
        found.setdefault(entry_id, set()).add(AttachmentKind(kind))
    return found
