"""Run a backup or a restore in a fresh process and print its peak memory (KiB).

Peak memory is VmHWM from /proc: unlike getrusage's ru_maxrss, which Linux carries over
from the parent across fork and exec, it belongs to this process image alone.

Usage:
  python -m tests.backup_worker backup  DATA_DIR LABEL PASSPHRASE OUT
  python -m tests.backup_worker restore DATA_DIR BACKUP CODE NEW_PASSPHRASE
"""

from __future__ import annotations

import sys
from pathlib import Path

from passport.profile import Profile
from passport.store import profiles
from passport.store.backup import save_backup


def peak_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")


def main() -> None:
    action, data_dir = sys.argv[1], Path(sys.argv[2])
    baseline = peak_kib()
    if action == "backup":
        label, passphrase, out = sys.argv[3:6]
        profile = Profile.open_with_passphrase(profiles.find_profile(data_dir, label), passphrase)
        baseline = peak_kib()
        save_backup(profile.vault, Path(out))
    else:
        backup, code, passphrase = sys.argv[3:6]
        profile, _ = Profile.restore_backup(data_dir, Path(backup), code, passphrase)
    profile.lock()
    print(baseline, peak_kib())


if __name__ == "__main__":
    main()
