"""Byte flips and truncation of every kind of file the app reads from outside.

Real files made by the real core (a share, a withdrawal, a suggestion, a receipt, a reply, a card,
a key file and a backup) have bytes flipped and are cut short at seeded random places,
then go through the real reader into a real profile. Each case ends in one of two ways:

* refused with the app's own typed error (a ``PassportError``), and the reading profile
  exactly as it was (every table's row count, the received bundles and shares: the
  ``snapshot`` of tools/make_hostile_corpus.py; for a key file, the store's bytes; for a
  backup, no profile made);
* accepted, and then whole: what was read is what the untouched file holds.

Never another exception. The suite runs 300 cases (about 43 a kind); the audit's full
run is ``PASSPORT_AUDIT_FLIPS=2500 pytest -q -s tests/properties/test_byte_flips.py``
(PASSPORT_AUDIT_SEED picks the seed).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from passport.errors import PassportError
from passport.exchange import contacts, receipts, received, replies, sharing, suggestions
from passport.formats.cards import read_card
from passport.models import EntryContent, ProfileKind
from passport.profile import Profile
from passport.store.backup import save_backup
from passport.store.profiles import ProfileFolder
from tools.make_hostile_corpus import PASSPHRASE, QUICK_KDF, Parties, snapshot

FLIPS = int(os.environ.get("PASSPORT_AUDIT_FLIPS", "300"))
SEED = int(os.environ.get("PASSPORT_AUDIT_SEED", "13"))


@dataclass
class Reader:
    """One kind of file: its untouched bytes, how to read a path, and what "unchanged" means."""

    original: bytes
    read: Callable[[Path], object]  # raises PassportError when it refuses
    state: Callable[[], object]  # compared before and after a refusal
    intact: Callable[[object], bool]  # on acceptance: is this what the untouched file holds?
    suffix: str = ".wpb"


@dataclass
class Tally:
    cases: int = 0
    refused: Counter[str] = field(default_factory=Counter)
    accepted: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    untyped: list[str] = field(default_factory=list)
    changed_on_refusal: list[str] = field(default_factory=list)
    accepted_not_intact: list[str] = field(default_factory=list)
    seconds: float = 0.0


def mutate(rng: random.Random, raw: bytes) -> tuple[bytes, str]:
    """Flip 1-4 bytes, cut the file short, or both; half the flips land in the first 256 bytes
    (headers, stanzas, the start of the JSON), where a parser does most of its deciding."""
    data = bytearray(raw)
    how = rng.choice(("flip", "flip", "cut", "flip+cut"))
    if "flip" in how:
        for _ in range(rng.randint(1, 4)):
            limit = min(len(data), 256) if rng.random() < 0.5 else len(data)
            data[rng.randrange(limit)] ^= rng.randint(1, 255)
    if "cut" in how:
        data = data[: rng.randrange(len(data))]
    return bytes(data), how


# --- the world: real files made by the real core -----------------------------------------------


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _kept_whole(vault, result: object) -> bool:
    if isinstance(result, received.ReceivedBundle):
        return all(_digest(received.attachment_data(vault, result.id, a.id)) == a.sha256 for a in result.attachments)
    if isinstance(result, suggestions.OpenedSuggestions):
        return all(_digest(suggestions.attachment_data(vault, s.id, a.id)) == a.sha256
                   for s in result.suggestions for a in s.attachments)
    return True


def build_readers(base: Path) -> tuple[Parties, dict[str, Reader], list[Profile]]:
    parties = Parties.create(base)
    young, practitioner, carer, work = parties.young, parties.practitioner, parties.carer, parties.work
    (share,) = sharing.share_history(young.vault)
    # A receipt for the real share (the practitioner opens a copy of it first; the share the
    # readers are given stays unopened, so flipped copies of it meet a practitioner who has
    # not kept it yet).
    second_practitioner, _ = Profile.create(base / "profiles", ProfileKind.PRACTITIONER, "Work2", PASSPHRASE,
                                            kdf=QUICK_KDF)
    opened = received.open_bundle(practitioner.vault, parties.share)
    receipts.make_receipt(practitioner.vault, opened.id, work / "receipt.wpb")
    replies.make_reply(practitioner.vault, opened.id, "Thank you", {share.entries[0].entry_id: "A quiet room"},
                       work / "reply.wpb")
    # Flipped copies of the share go to a second practitioner, who never opened it.
    contacts.import_card(second_practitioner.vault, work / "sky.wpcard")
    sharing.make_withdrawal(young.vault, share.id, work / "withdrawal.wpb")
    draft = carer.add_entry(EntryContent(section_id=carer.sections()[0].id, title="Likes drawing", body="Pens."))
    assert draft.entry_id is not None
    carer.add_attachment(draft.entry_id, "drawing.txt", b"a house and a cat\n" * 50)
    (sky,) = carer.people.contacts()
    suggestions.make_suggestion(carer.vault, [draft.entry_id], sky, work / "suggestion.wpb", "For your passport")
    save_backup(young.vault, work / "sky.wpbackup")
    young_code = _young_code(base, young)

    # The key file: a profile of its own, locked; each case puts a flipped copy in place.
    keyed, _ = Profile.create(base / "keyed", ProfileKind.YOUNG_PERSON, "Keys", PASSPHRASE, kdf=QUICK_KDF)
    section = keyed.sections()[0].id
    keyed.add_entry(EntryContent(section_id=section, title="Kept behind the key", body="words"))
    keyed_titles = sorted(e.title for e in keyed.entries())
    keyed_folder = keyed.folder
    keyed.lock()
    key_bytes = keyed_folder.key_path.read_bytes()

    def read_key_file(path: Path) -> object:
        for name in os.listdir(keyed_folder.path):  # no earlier copy to fall back on: this file alone
            if name.startswith("keys.json") and name != "keys.json":
                os.unlink(keyed_folder.path / name)
        shutil.copyfile(path, keyed_folder.key_path)
        try:
            profile = Profile.open_with_passphrase(ProfileFolder(keyed_folder.path, "Keys"), PASSPHRASE)
            try:
                return sorted(e.title for e in profile.entries())
            finally:
                profile.lock()
        finally:
            keyed_folder.key_path.write_bytes(key_bytes)

    def store_bytes() -> str:
        return _digest(keyed_folder.db_path.read_bytes())

    restores = base / "restores"
    young_titles = sorted(e.title for e in young.entries())

    def restore(path: Path) -> object:
        target = restores / uuid.uuid4().hex
        try:
            restored, _code = Profile.restore_backup(target, path, young_code, PASSPHRASE, kdf=QUICK_KDF)
        except PassportError:
            assert not target.exists() or not any(target.iterdir()), "a refused backup left a profile behind"
            raise
        try:
            return sorted(e.title for e in restored.entries())
        finally:
            restored.lock()
            shutil.rmtree(target)

    original_card = read_card(work / "sam.wpcard")
    readers = {
        "share": Reader(parties.share.read_bytes(), lambda p: received.open_bundle(second_practitioner.vault, p),
                        lambda: snapshot(second_practitioner), lambda r: _kept_whole(second_practitioner.vault, r)),
        "withdrawal": Reader((work / "withdrawal.wpb").read_bytes(),
                             lambda p: received.open_bundle(practitioner.vault, p),
                             lambda: snapshot(practitioner), lambda r: True),
        "suggestion": Reader((work / "suggestion.wpb").read_bytes(),
                             lambda p: suggestions.open_suggestion(young.vault, p),
                             lambda: snapshot(young), lambda r: _kept_whole(young.vault, r)),
        "receipt": Reader((work / "receipt.wpb").read_bytes(), lambda p: receipts.open_receipt(young.vault, p),
                          lambda: snapshot(young), lambda r: True),
        "reply": Reader((work / "reply.wpb").read_bytes(), lambda p: replies.open_reply(young.vault, p),
                        lambda: snapshot(young), lambda r: r.reply.message == "Thank you"),  # type: ignore[attr-defined]
        "card": Reader((work / "sam.wpcard").read_bytes(), lambda p: contacts.import_card(carer.vault, p),
                       lambda: snapshot(carer),
                       lambda r: r.card == original_card,  # type: ignore[attr-defined]
                       suffix=".wpcard"),
        "key file": Reader(key_bytes, read_key_file, store_bytes, lambda r: r == keyed_titles, suffix=".json"),
        "backup": Reader((work / "sky.wpbackup").read_bytes(), restore, lambda: sorted(os.listdir(restores)),
                         lambda r: r == young_titles, suffix=".wpbackup"),
    }
    restores.mkdir()
    return parties, readers, [second_practitioner]


def _young_code(base: Path, young: Profile) -> str:
    """The young person's recovery code: Parties does not keep it, so make a new one (it is
    what backups are sealed to from now on); the backup is made again under it."""
    code = young.new_recovery_code(passphrase=PASSPHRASE)
    save_backup(young.vault, base / "work" / "sky.wpbackup")
    return code


def run_flips(base: Path, cases: int, seed: int) -> Tally:
    parties, readers, others = build_readers(base)
    rng = random.Random(seed)
    tally = Tally()
    names = sorted(readers)
    work = base / "flipped"
    work.mkdir()
    started = time.perf_counter()
    try:
        for number in range(cases):
            name = names[number % len(names)]
            reader = readers[name]
            data, how = mutate(rng, reader.original)
            path = work / f"case-{number}{reader.suffix}"
            path.write_bytes(data)
            before = reader.state()
            label = f"{name} #{number} ({how}, {len(data)} of {len(reader.original)} bytes)"
            try:
                result = reader.read(path)
            except PassportError as refused:
                tally.refused[name] += 1
                tally.errors[type(refused).__name__] += 1
                if reader.state() != before:
                    tally.changed_on_refusal.append(label)
            except Exception as error:  # the finding: counted, and the test fails on it
                tally.untyped.append(f"{label}: {type(error).__name__}: {error}"[:300])
            else:
                tally.accepted[name] += 1
                if not reader.intact(result):
                    tally.accepted_not_intact.append(label)
            finally:
                path.unlink()
            tally.cases += 1
    finally:
        tally.seconds = round(time.perf_counter() - started, 1)
        parties.lock()
        for profile in others:
            profile.lock()
    return tally


def test_flipped_and_cut_files_are_refused_or_whole(tmp_path: Path) -> None:
    tally = run_flips(tmp_path, FLIPS, SEED)
    print(json.dumps(tally.__dict__, default=dict))
    assert tally.cases == FLIPS
    assert tally.untyped == []
    assert tally.changed_on_refusal == []
    assert tally.accepted_not_intact == []
    assert set(tally.refused) == {"share", "withdrawal", "suggestion", "receipt", "reply", "card", "key file",
                                  "backup"}


if __name__ == "__main__":  # the audit's full run, outside pytest
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        count = int(sys.argv[1]) if len(sys.argv) > 1 else 2500
        print(json.dumps(run_flips(Path(folder), count, SEED).__dict__, default=dict))
