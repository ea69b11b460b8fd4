"""Writing a bundle: a tar stream (manifest first), encrypted with age as it is made.

The tar is produced a piece at a time and pulled by the age encryptor, so an attachment
is read from the store in chunks and never sits whole in memory. The file is written
as ``<out>.part`` and renamed only once complete and synced, so no half-written bundle
is ever left under the name the owner chose. Passphrase bundles are the exception to
streaming (pyrage encrypts them whole), hence their lower size cap.
"""

from __future__ import annotations

import tarfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from passport.crypto import age_layer
from passport.errors import StoreDamaged, TooLarge
from passport.fileio import written_out_early, written_whole
from passport.formats.bundle_format import (
    ATTACHMENT_PREFIX,
    MANIFEST_NAME,
    MAX_BUNDLE_BYTES,
    MAX_PASSPHRASE_BUNDLE_BYTES,
    BundleAttachment,
)
from passport.formats.streams import ChunkReader, prefetched, tar_end, tar_member

Progress = Callable[[int, int], None]
BLOCK = tarfile.BLOCKSIZE


@dataclass(frozen=True)
class Member:
    """One archive member: its name, size, and where its bytes come from."""

    name: str
    size: int
    chunks: Callable[[], Iterable[bytes]]


def attachment_member(attachment: BundleAttachment, chunks: Callable[[], Iterable[bytes]]) -> Member:
    return Member(ATTACHMENT_PREFIX + attachment.id, attachment.size, chunks)


def tar_pieces(members: list[Member]) -> Iterator[bytes]:
    # No second hash here: SQLCipher checks every page it reads against its HMAC, so a page
    # changed on disk stops the share (StoreDamaged), and the reader checks every byte
    # against the hash in the signed manifest, so nothing wrong is ever accepted; it would
    # only be found there rather than here. Hashing 300 MB again was a fifth of what sharing took.
    for member in members:
        yield from tar_member(member.name, member.size, member.chunks(), mismatch=StoreDamaged)
    yield tar_end()


def tar_size(members: list[Member]) -> int:
    return sum(BLOCK + m.size + (-m.size % BLOCK) for m in members) + 2 * BLOCK


def write_bundle(out_path: Path, manifest_json: bytes, attachments: list[Member], *,
                 recipient: str | None = None, passphrase: str | None = None,
                 progress: Progress | None = None) -> None:
    """Write the bundle for an age ``recipient`` or, failing that, a ``passphrase``."""
    members = [Member(MANIFEST_NAME, len(manifest_json), lambda: [manifest_json]), *attachments]
    total = tar_size(members)
    limit = MAX_BUNDLE_BYTES if passphrase is None else MAX_PASSPHRASE_BUNDLE_BYTES
    if total > limit:
        raise TooLarge(f"the bundle would be {total} bytes; at most {limit} are allowed")
    pieces = prefetched(tar_pieces(members))
    source = ChunkReader(pieces, total, progress)
    try:
        with written_whole(out_path) as sink:
            if passphrase is not None:
                sink.write(age_layer.encrypt_with_passphrase(source.read(), passphrase))
            elif recipient is not None:
                with written_out_early(sink.fileno()):
                    age_layer.encrypt_stream(source, sink, [recipient])
            else:
                raise ValueError("a bundle needs a recipient or a passphrase")
    finally:
        pieces.close()  # stops the reading thread, which holds the store, if writing failed
