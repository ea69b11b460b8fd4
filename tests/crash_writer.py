"""A writer for the crash tests: run as a subprocess, killed with SIGKILL mid-write.

Usage: python -m tests.crash_writer FOLDER PASSPHRASE SEED
Prints each entry id only after its transaction has committed.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from passport.models import EntryContent
from passport.profile import Profile
from passport.store.profiles import ProfileFolder


def main() -> None:
    folder, passphrase, seed = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    rng = random.Random(seed)
    profile = Profile.open_with_passphrase(ProfileFolder(folder, "crash"), passphrase)
    sections = [s.id for s in profile.sections()]
    n = 0
    while True:
        n += 1
        body = "words " * rng.randint(1, 5000)
        content = EntryContent(section_id=rng.choice(sections), title=f"entry {n}", body=body)
        entry_id = profile.add_entry(content).entry_id
        assert entry_id is not None
        for k in range(rng.randint(0, 2)):
            profile.add_attachment(entry_id, f"a{k}.bin", rng.randbytes(rng.randint(1, 700_000)))
        print(entry_id, len(profile.attachments(entry_id)), flush=True)


if __name__ == "__main__":
    main()
