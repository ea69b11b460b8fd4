"""An importer for the crash tests: run as a subprocess, killed with SIGKILL mid-import.

Usage: python -m tests.crash_importer FOLDER PASSPHRASE BUNDLE
Prints "halfway" once more than half of the bundle has been read into the store's
open transaction, then carries on (until it is killed).
"""

from __future__ import annotations

import sys
from pathlib import Path

from passport.profile import Profile
from passport.store.profiles import ProfileFolder


def main() -> None:
    folder, passphrase, bundle = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    profile = Profile.open_with_passphrase(ProfileFolder(folder, "crash"), passphrase)
    said = False

    def progress(done: int, total: int) -> None:
        nonlocal said
        if not said and done * 2 > total:
            said = True
            print("halfway", flush=True)

    profile.received.open_bundle(bundle, progress=progress)
    print("done", flush=True)


if __name__ == "__main__":
    main()
