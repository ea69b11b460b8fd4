"""The writer the audit's kill harness kills (tests/properties/test_audit_kills.py): on one
young person's profile and one practitioner's, for ever until SIGKILL, it saves entries
(some with attachments), makes shares, opens them as the practitioner, backs up, restores
the newest backup and changes the passphrase (a key rotation).

Usage: python -m tests.audit_kill_writer BASE PASSPHRASE SEED

As tests/crash_harness_writer.py, each operation is announced on stdout as a JSON line
``{"begin": ...}`` before it starts and ``{"done": ...}`` once it has committed.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

from passport.clock import now
from passport.errors import PassportError
from passport.exchange import received, sharing
from passport.models import EntryContent
from passport.profile import Profile
from passport.store.backup import save_backup
from passport.store.profiles import find_profile
from tests.crash_harness_writer import QUICK_KDF, _say

ENTRY_MARK = "ENTRYTEXT"  # in every title and body: what a readable leftover would show
RESTORED_PASSPHRASE = "a restored passphrase for the audit"
PRACTITIONER_PASSPHRASE = "the practitioner's audit passphrase"


class AuditWriter:
    def __init__(self, base: Path, passphrase: str, seed: int) -> None:
        self.base, self.rng, self.seed, self.passphrase = base, random.Random(seed), seed, passphrase
        self.young = Profile.open_with_passphrase(find_profile(base / "profiles", "Sky"), passphrase)
        self.practitioner = Profile.open_with_passphrase(find_profile(base / "profiles", "Work"),
                                                         PRACTITIONER_PASSPHRASE)
        self.code = (base / "code.txt").read_text()
        self.out, self.restores = base / "out", base / "restores"
        self.made = 0

    def save(self) -> None:
        self.made += 1
        title = f"{ENTRY_MARK} title {self.seed}-{self.made}"
        body = f"{ENTRY_MARK} body " + " ".join(self.rng.choice(("calm", "music", "walk")) for _ in range(50))
        _say(begin={"op": "save", "title": title})
        section = self.rng.choice(self.young.sections()).id
        entry_id = self.young.add_entry(EntryContent(section_id=section, title=title, body=body)).entry_id
        assert entry_id is not None
        if self.rng.random() < 0.5:  # a share of it then takes several age chunks to write
            self.young.add_attachment(entry_id, "photo.bin", self.rng.randbytes(self.rng.choice((300, 400_000))))
        _say(done={"op": "save", "id": entry_id, "title": title})

    def share(self) -> None:
        entries = self.young.entries()
        if not entries:
            return self.save()
        self.made += 1
        (sam,) = self.young.people.contacts()
        out = self.out / f"share-{self.seed}-{self.made}.wpb"
        _say(begin={"op": "share", "path": str(out)})
        chosen = [entry.id for entry in entries[: self.rng.randint(1, 6)]]
        made = sharing.make_share(self.young.vault, chosen, sam, now() + dt.timedelta(days=7), "audit", out)
        _say(done={"op": "share", "path": str(out), "id": made.id})
        return None

    def open(self) -> None:
        files = sorted(self.out.glob("share-*.wpb"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        if not files:
            return self.share()
        _say(begin={"op": "open", "path": str(files[0])})
        try:
            bundle = received.open_bundle(self.practitioner.vault, files[0])
        except PassportError as refused:  # kept already, or replaced by a newer one: nothing to do
            _say(done={"op": "open-refused", "path": str(files[0]), "why": type(refused).__name__})
            return None
        _say(done={"op": "open", "path": str(files[0]), "id": bundle.id})
        return None

    def backup(self) -> None:
        self.made += 1
        out = self.out / f"backup-{self.seed}-{self.made}.wpbackup"
        _say(begin={"op": "backup", "path": str(out), "entries": len(self.young.entries())})
        save_backup(self.young.vault, out)
        _say(done={"op": "backup", "path": str(out), "entries": len(self.young.entries())})

    def restore(self) -> None:
        backups = sorted(self.out.glob("backup-*.wpbackup"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        if not backups:
            return self.backup()
        _say(begin={"op": "restore", "path": str(backups[0])})
        restored, _code = Profile.restore_backup(self.restores, backups[0], self.code, RESTORED_PASSPHRASE,
                                                 kdf=QUICK_KDF)
        folder = str(restored.folder.path)
        restored.lock()
        _say(done={"op": "restore", "path": str(backups[0]), "folder": folder})
        return None

    def rekey(self) -> None:
        new = f"audit passphrase {self.seed}-{self.made}-{self.rng.randrange(10**6)}"
        _say(begin={"op": "passphrase", "new": new})
        self.young.change_passphrase(self.passphrase, new, kdf=QUICK_KDF)
        self.passphrase = new
        _say(done={"op": "passphrase", "new": new})

    def run(self) -> None:
        _say(ready=True)
        ops = (self.save, self.save, self.share, self.share, self.open, self.backup, self.restore, self.rekey)
        while True:
            self.rng.choice(ops)()


if __name__ == "__main__":
    AuditWriter(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])).run()
