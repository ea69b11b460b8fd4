"""Harness: the key file parser. The input is the body; the harness adds the right
checksum so the input reaches schema validation and the KDF ceilings, not just the
checksum comparison. (Unlocking is left out: it costs what the ceilings allow, by design.)"""

from __future__ import annotations

import json

from fuzz.harness import run, typed_errors_only
from passport.crypto.keyfile import KeyFile, _checksum


def check(data: bytes) -> None:
    with typed_errors_only():
        KeyFile.parse(data)
    try:
        body = json.loads(data)
    except (ValueError, RecursionError):
        return
    if isinstance(body, dict):
        with typed_errors_only():
            KeyFile.parse(json.dumps({"body": body, "checksum": _checksum(body)}).encode())


if __name__ == "__main__":
    run(check)
