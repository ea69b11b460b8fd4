"""Copying a share into a practitioner's records: only where the young person allowed it.

The permission is part of the signed share (``Manifest.records``); a share without it is
read only, and :func:`export_fhir` refuses it with ``RecordsNotAllowed`` before writing a
byte. Where allowed, the share is written as a FHIR R4 document (``formats.fhir_record``),
from the verified copy this profile keeps, each attachment's hash checked again on the way.
A copy in records outlives the share's expiry and withdrawal: the young person was told so
when they allowed it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from passport import clock
from passport.errors import InvalidValue, RecordsNotAllowed
from passport.exchange import identity, received
from passport.formats import fhir_record
from passport.formats.bundle_format import BundleKind, Manifest

if TYPE_CHECKING:
    from passport.vault import Vault

Progress = Callable[[int, int], None]


class RecordExport(BaseModel):
    """What was written: for which share, where, and how many entries and attachments."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    bundle_id: str
    sender_name: str  # the name on the young person's card
    path: Path
    entries: int
    attachments: int


def export_fhir(vault: Vault, bundle_id: str, out_path: Path, progress: Progress | None = None) -> RecordExport:
    """Write a received share as a FHIR R4 document; ``RecordsNotAllowed`` where the young
    person kept it read only, ``NotFound`` past its time or never kept."""
    bundle = received.received_bundle(vault, bundle_id)
    if not bundle.records_allowed:
        raise RecordsNotAllowed(f"bundle {bundle_id} is read only")
    manifest = Manifest(
        kind=BundleKind.SHARE, id=bundle.id, sender=bundle.sender, recipient=received.my_fingerprint(vault),
        created=bundle.created, expires=bundle.expires, purpose=bundle.purpose, replaces=bundle.replaces,
        entries=bundle.entries, attachments=bundle.attachments, boundaries=bundle.boundaries,
    )
    try:
        recipient_name = identity.own_card(vault).display_name
    except InvalidValue:  # a card with no name yet
        recipient_name = "the practitioner"
    fhir_record.write_document(out_path, manifest, recipient_name,
                               functools.partial(received.attachment_chunks, vault, bundle_id), clock.now(), progress)
    return RecordExport(bundle_id=bundle.id, sender_name=bundle.sender.display_name, path=out_path,
                        entries=len(bundle.entries), attachments=len(bundle.attachments))
