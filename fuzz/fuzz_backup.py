"""Harness: restoring a backup. The input is the archive inside; the harness encrypts it
to the backup key of a fixed recovery code, so it reaches the backup's tar reader."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from fuzz.harness import run, typed_errors_only
from passport.crypto import age_layer
from passport.crypto.keyfile import KdfSettings
from passport.crypto.recovery_code import backup_recipient
from passport.profile import Profile

CODE = "ABCD" * 7
RECIPIENT = backup_recipient(CODE)
QUICK_KDF = KdfSettings(memory_kib=8 * 1024, iterations=1, lanes=1)


def check(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "input.wpbackup"
        with path.open("wb") as sink:
            age_layer.encrypt_stream(io.BytesIO(data), sink, [RECIPIENT])
        with typed_errors_only():
            Profile.restore_backup(Path(folder) / "data", path, CODE, "a new passphrase", kdf=QUICK_KDF)[0].lock()
        data_dir = Path(folder) / "data"
        # A refused backup leaves no profile behind (a restored one is a whole profile).
        assert not data_dir.exists() or len(list(data_dir.iterdir())) <= 1


if __name__ == "__main__":
    run(check)
