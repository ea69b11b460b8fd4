"""The writer the crash harness kills: random entries (with 0-3 attachments), edits,
erasures and passphrase changes on one profile, for ever, until SIGKILL.

Usage: python -m tests.crash_harness_writer FOLDER PASSPHRASE SEED

Each change is announced on stdout as a JSON line ``{"begin": ...}`` before it starts and
``{"done": ...}`` only after it committed, so the harness knows every committed change
and the one (at most) in flight when the kill came.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path
from typing import Any

from passport.crypto.keyfile import KdfSettings
from passport.models import EntryContent
from passport.profile import Profile
from passport.store.profiles import ProfileFolder

# The harness's cheap key derivation (as tests.helpers.FAST_KDF): hundreds of changes run.
QUICK_KDF = KdfSettings(memory_kib=8 * 1024, iterations=1, lanes=1)
MANY_ENTRIES = 25
WORDS = ("calm", "music", "school", "friends", "walk", "home", "sleep", "art", "football", "cat")


def digest(data: bytes | str) -> str:
    return hashlib.sha256(data.encode() if isinstance(data, str) else data).hexdigest()


def _say(**line: Any) -> None:
    print(json.dumps(line), flush=True)


class Writer:
    def __init__(self, folder: Path, passphrase: str, seed: int) -> None:
        self.rng = random.Random(seed)
        self.seed = seed
        self.passphrase = passphrase
        self.profile = Profile.open_with_passphrase(ProfileFolder(folder, "crash"), passphrase)
        self.sections = [section.id for section in self.profile.sections()]
        self.entries = [entry.id for entry in self.profile.entries()]
        self.made = 0

    def _body(self) -> str:
        return " ".join(self.rng.choice(WORDS) for _ in range(self.rng.choice((0, 3, 40, 2000))))

    def _attachment(self) -> bytes:
        # Mostly small; now and then over one 512 KiB chunk, so a kill can land between chunks.
        size = self.rng.choice((1, 300, 20_000, 90_000, 600_000))
        return self.rng.randbytes(size)

    def add(self) -> None:
        self.made += 1
        title, body = f"entry {self.seed}-{self.made}", self._body()
        _say(begin={"op": "add", "title": title, "body": digest(body)})
        content = EntryContent(section_id=self.rng.choice(self.sections), title=title, body=body)
        entry_id = self.profile.add_entry(content).entry_id
        assert entry_id is not None
        _say(done={"op": "add", "id": entry_id, "title": title, "body": digest(body)})
        self.entries.append(entry_id)
        for n in range(self.rng.randint(0, 3)):
            data = self._attachment()
            _say(begin={"op": "attach", "entry": entry_id, "sha256": digest(data)})
            found = self.profile.add_attachment(entry_id, f"a{n}.bin", data).attachment
            assert found is not None
            _say(done={"op": "attach", "entry": entry_id, "id": found.id, "sha256": digest(data)})

    def edit(self) -> None:
        entry_id = self.rng.choice(self.entries)
        self.made += 1
        title, body = f"edited {self.seed}-{self.made}", self._body()
        _say(begin={"op": "edit", "entry": entry_id, "title": title, "body": digest(body)})
        content = self.profile.entry(entry_id).content.model_copy(update={"title": title, "body": body})
        revision = self.profile.update_entry(entry_id, content).entry.revision  # type: ignore[union-attr]
        _say(done={"op": "edit", "entry": entry_id, "title": title, "body": digest(body), "revision": revision})

    def erase(self) -> None:
        entry_id = self.rng.choice(self.entries)
        _say(begin={"op": "erase", "entry": entry_id})
        self.profile.erase_entry(entry_id)
        self.entries.remove(entry_id)
        _say(done={"op": "erase", "entry": entry_id})

    def change_passphrase(self) -> None:
        new = f"passphrase {self.seed}-{self.made}-{self.rng.randrange(10**6)}"
        _say(begin={"op": "passphrase", "new": new})
        self.profile.change_passphrase(self.passphrase, new, kdf=QUICK_KDF)
        self.passphrase = new
        _say(done={"op": "passphrase", "new": new})

    def run(self) -> None:
        _say(ready=True)
        while True:
            roll = self.rng.random()
            if not self.entries or roll < 0.35:
                self.add()
            elif len(self.entries) > MANY_ENTRIES or roll < 0.55:
                self.erase()
            elif roll < 0.92:
                self.edit()
            else:
                self.change_passphrase()


if __name__ == "__main__":
    Writer(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])).run()
