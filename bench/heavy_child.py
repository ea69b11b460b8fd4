"""Share, open, backup, restore and key rotation of the big passport, one per process, with memory.

``python -m bench.heavy_child OP DATASET_JSON WORK_DIR`` prints one JSON line: the
seconds the operation took and its peak memory above idle. Idle is VmRSS once the
profile is open and everything is imported; the peak is VmHWM after the operation,
with the high-water mark reset just before it (``/proc/self/clear_refs``), so neither
start-up nor the unlock count. (ru_maxrss would not do: Linux carries it across fork
and exec from the parent.)
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from pathlib import Path

from bench.dataset import PASSPHRASE, Dataset, folder_of
from passport.clock import now
from passport.crypto import keyfile
from passport.crypto.keyfile import DEFAULT_KDF, KeyFile
from passport.profile import Profile
from passport.store import backup, rekey


def _status_kib(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def _reset_peak() -> bool:
    """Reset VmHWM to the current RSS (Linux 4.0+); False where that is not allowed."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear:
            clear.write("5")
    except OSError:
        return False
    return True


class Kdf:
    """Times the Argon2id calls made inside an operation (restore sets a new passphrase)."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self._real = keyfile._derive

    def __enter__(self) -> Kdf:
        def timed(kdf: keyfile.Argon2Params | keyfile.HkdfParams, secret: bytes) -> bytes:
            started = time.perf_counter()
            try:
                return self._real(kdf, secret)
            finally:
                if isinstance(kdf, keyfile.Argon2Params):
                    self.seconds += time.perf_counter() - started

        keyfile._derive = timed
        return self

    def __exit__(self, *_exc: object) -> None:
        keyfile._derive = self._real


def run(op: str, dataset: Dataset, work: Path) -> dict[str, object]:
    young_folder = folder_of(dataset.young_person, "Blue notebook")
    profile: Profile | None = None
    if op in ("share", "backup"):
        profile = Profile.open_with_recovery_code(young_folder, dataset.young_person_code)
    elif op == "open":
        profile = Profile.open_with_recovery_code(folder_of(work / "practitioner", "Work"),
                                                  dataset.practitioner_code)
    elif op == "rekey":  # a copy of the young person's passport, made afresh for each run
        profile = Profile.open_with_recovery_code(folder_of(work / "rekeyed", "Blue notebook"),
                                                  dataset.young_person_code)
    # The age tool writes a new file each time; so do we, not one over the last.
    outputs = {"share": work / "share.wpb", "backup": work / "passport.wpbackup"}
    if op in outputs:
        outputs[op].unlink(missing_ok=True)
    idle_kib = _status_kib("VmRSS")
    reset = _reset_peak()
    kdf = Kdf()
    started = time.perf_counter()
    with kdf:
        if op == "share":
            assert profile is not None
            contact = profile.people.contacts()[0]
            profile.sharing.make_share(list(dataset.shared_entry_ids), contact, now() + dt.timedelta(days=30),
                               "For our meeting", work / "share.wpb")
        elif op == "open":
            assert profile is not None
            profile.received.open_bundle(work / "share.wpb")
        elif op == "backup":
            assert profile is not None
            backup.save_backup(profile.vault, work / "passport.wpbackup")
        elif op == "rekey":
            assert profile is not None
            key_path = profile.folder.key_path
            rekey.rotate(profile.vault, lambda new_key: KeyFile.load(key_path).sealed_for(new_key))
        elif op == "restore":
            restored, _code = backup.restore_backup(work / "restored", work / "passport.wpbackup",
                                                    dataset.young_person_code, PASSPHRASE, kdf=DEFAULT_KDF)
            restored.close()
        else:
            raise SystemExit(f"unknown operation {op}")
    seconds = time.perf_counter() - started
    peak_kib = _status_kib("VmHWM")
    if profile is not None:
        profile.lock()
    return {
        "seconds": seconds,
        "argon2id_seconds": kdf.seconds,
        "idle_mib": idle_kib / 1024,
        "peak_above_idle_mib": (peak_kib - idle_kib) / 1024,
        "peak_reset": reset,
    }


def main(argv: list[str]) -> int:
    op, dataset, work = argv[0], Dataset.load(Path(argv[1])), Path(argv[2])
    print(json.dumps(run(op, dataset, work)), flush=True)
    return 0


if __name__ == "__main__":
    os.umask(0o077)
    sys.exit(main(sys.argv[1:]))
