"""Run a backup or a restore in a fresh process and print its peak memory (max RSS, KiB).

Usage:
  python -m tests.backup_worker backup  DATA_DIR LABEL PASSPHRASE OUT
  python -m tests.backup_worker restore DATA_DIR BACKUP CODE NEW_PASSPHRASE
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path

from passport import profiles
from passport.backup import restore_backup, save_backup
from passport.profile import Profile


def main() -> None:
    action, data_dir = sys.argv[1], Path(sys.argv[2])
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if action == "backup":
        label, passphrase, out = sys.argv[3:6]
        profile = Profile.open_with_passphrase(profiles.find_profile(data_dir, label), passphrase)
        baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        save_backup(profile, Path(out))
    else:
        backup, code, passphrase = sys.argv[3:6]
        profile, _ = restore_backup(data_dir, Path(backup), code, passphrase)
    profile.lock()
    print(baseline, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


if __name__ == "__main__":
    main()
