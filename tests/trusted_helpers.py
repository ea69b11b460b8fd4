"""Trusted people for tests: Sky (a young person) and three holders, each with the others' cards."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from passport.crypto import age_layer
from passport.crypto.recovery_code import backup_identity, backup_recipient
from passport.exchange.trusted import PiecesGiven
from passport.formats.streams import tar_end, tar_member
from passport.models import ProfileKind
from passport.profile import Profile
from tests.suggestion_helpers import introduce, make_person


@dataclass
class Circle:
    owner: Profile
    holders: list[Profile]  # Jo (carer), Sam (practitioner), Ash (another young person)
    contact_ids: list[str]  # their cards in the owner's contacts, in the same order


def make_circle(data_dir: Path, folder: Path, holders_dir: Path | None = None) -> Circle:
    """Sky in ``data_dir``; the holders there too, or on another laptop (``holders_dir``)."""
    owner = make_person(data_dir, ProfileKind.YOUNG_PERSON, "Sky", "Sky")
    elsewhere = holders_dir or data_dir
    holders = [
        make_person(elsewhere, ProfileKind.CARER, "Helping", "Jo Carter", "Foster carer"),
        make_person(elsewhere, ProfileKind.PRACTITIONER, "Work", "Sam Lee", "Social worker"),
        make_person(elsewhere, ProfileKind.YOUNG_PERSON, "Ash's", "Ash"),
    ]
    contact_ids = [introduce(owner, holder, folder).id for holder in holders]
    for holder in holders:
        introduce(holder, owner, folder)
    return Circle(owner, holders, contact_ids)


def give_and_keep(circle: Circle, out: Path) -> list[str]:
    """The owner gives pieces; each holder imports theirs. Returns the words, holder by holder."""
    out.mkdir(exist_ok=True)
    given: PiecesGiven = circle.owner.trusted.give_pieces(circle.contact_ids, out).subject
    words = []
    for holder, path in zip(circle.holders, given.files, strict=True):
        held = holder.trusted.import_piece(path).subject
        words.append(holder.trusted.held_piece_words(held.id))
    return words


def lock_all(circle: Circle) -> None:
    for profile in (circle.owner, *circle.holders):
        profile.lock()


def rewritten_backup(backup: Path, code: str, change: Callable[[dict], dict], out: Path | None = None) -> Path:
    """The backup re-made by someone holding the code, its manifest changed by ``change`` (an older
    app's, or crafted); written to ``out``, or over the backup itself."""
    plain = age_layer.decrypt_bytes(backup.read_bytes(), [backup_identity(code)], 1 << 30)
    start = plain.rindex(b'{"format"')
    manifest = json.loads(plain[start:plain.index(b"\x00", start)])
    new = json.dumps(change(manifest)).encode()
    # The manifest is the last member: framed again with its new size.
    body = plain[:start - 512] + b"".join(tar_member("manifest.json", len(new), [new])) + tar_end()
    sink = io.BytesIO()
    age_layer.encrypt_stream(io.BytesIO(body), sink, [backup_recipient(code)])
    target = out or backup
    target.write_bytes(sink.getvalue())
    return target


def as_version_2(manifest: dict) -> dict:
    """A backup manifest as an older app wrote it: no trusted slot."""
    manifest.pop("trusted_people", None)
    return {**manifest, "version": 2}
