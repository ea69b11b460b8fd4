"""Make the seed corpus for the harnesses: real, valid inputs of every kind.

    python -m fuzz.make_seed_corpus OUT_DIR

writes OUT_DIR/<harness>/ (card, keyfile, manifest, bundle, backup) and OUT_DIR/world/,
the profiles the bundle seeds are addressed to (give it to fuzz_bundle as WP_FUZZ_WORLD).
"""

from __future__ import annotations

import json
import os
import sys
import uuid
from pathlib import Path

from fuzz.fuzz_manifest import READER
from passport.clock import now
from passport.crypto.keyfile import KeyFile
from passport.exchange import identity, sharing, suggestions
from passport.formats.bundle_format import BundleKind, Manifest, ReceiptDetails
from passport.formats.cards import card_bytes
from passport.models import EntryContent
from passport.store.backup import MANIFEST_NAME
from tools.make_hostile_corpus import (
    QUICK_KDF,
    Parties,
    archive_members,
    plaintext_of,
    signed_manifest,
    tar_end,
    tar_member,
)


def _write(folder: Path, name: str, data: bytes) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)


def _manifest_seed(body: dict) -> bytes:
    return json.dumps(body | {"sender": "me", "recipient": READER}).encode()


def main(out: Path) -> None:
    world = Parties.create(out / "world")
    try:
        young, practitioner, carer = world.young, world.practitioner, world.carer
        (share,) = sharing.share_history(young.vault)
        sharing.make_withdrawal(young.vault, share.id, world.work / "withdrawal.wpb")
        draft = carer.add_entry(EntryContent(section_id=carer.sections()[0].id, title="Likes drawing")).entry_id
        assert draft is not None
        carer.add_attachment(draft, "drawing.txt", b"a house and a cat\n")
        (sky,) = carer.people.contacts()
        suggestions.make_suggestion(carer.vault, [draft], sky, world.work / "suggestion.wpb", "For you")
        receipt = Manifest(
            kind=BundleKind.RECEIPT, id=uuid.uuid4().hex, sender=identity.own_card(practitioner.vault),
            recipient=identity.own_card(young.vault).fingerprint, created=now(),
            receipt=ReceiptDetails(bundle=share.id, opened_at=now()),
        ).model_dump(mode="json")
        receipt_plain = tar_member("manifest.json", signed_manifest(receipt, practitioner)) + tar_end()
        plains = {
            "share": (0, plaintext_of(world.share, practitioner)),
            "withdrawal": (0, plaintext_of(world.work / "withdrawal.wpb", practitioner)),
            "receipt": (1, receipt_plain),
            "suggestion": (2, plaintext_of(world.work / "suggestion.wpb", young)),
        }
        for name, (reader, plain) in plains.items():
            _write(out / "bundle", name, bytes([reader]) + plain)
            body = json.loads(archive_members(plain)[0][1])["manifest"]
            _write(out / "manifest", name, _manifest_seed(body))
        for profile, name in ((young, "young"), (practitioner, "practitioner"), (carer, "carer")):
            _write(out / "card", name, card_bytes(identity.own_card(profile.vault)))
        keys = json.loads(KeyFile.new(os.urandom(32), "a passphrase", "ABCD" * 7, QUICK_KDF).to_bytes())
        _write(out / "keyfile", "keys", json.dumps(keys["body"]).encode())
        backup_manifest = json.dumps({
            "format": "wellbeing-passport-backup", "version": 1, "created_at": now().isoformat(),
            "app_version": "0.1.0", "label": "Sky", "kind": "young_person", "database_key": "ab" * 32,
            "database_size": 4096,
        }).encode()
        database = young.folder.db_path.read_bytes()[:4096]
        _write(out / "backup", "backup", tar_member(MANIFEST_NAME, backup_manifest)
               + tar_member("store.db", database) + tar_end())
        _write(out / "backup", "empty", tar_end())
    finally:
        world.lock()
    print(f"seeds in {out}; for fuzz_bundle: WP_FUZZ_WORLD={out / 'world'}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
