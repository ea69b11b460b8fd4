"""Harness: whole bundle files through the real readers, as a practitioner or a young
person opens them. The input's first byte picks the reader (share or withdrawal,
receipt, suggestion); the rest is the tar archive, which the harness encrypts to that
reader's real key so it reaches the tar parser. A refusal must leave the profile as it was.

Set WP_FUZZ_WORLD to the ``world`` folder fuzz/make_seed_corpus.py made, so the seeds are
addressed to these very profiles; without it, fresh profiles are made (fine for replays).
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from functools import cache
from pathlib import Path

from fuzz.harness import run
from passport.errors import PassportError
from tools.make_hostile_corpus import Parties, encrypt_to, snapshot


@cache
def parties() -> Parties:
    if os.environ.get("WP_FUZZ_WORLD"):
        found = Parties.open(Path(os.environ["WP_FUZZ_WORLD"]))
        atexit.register(found.lock)
        return found
    base = Path(tempfile.mkdtemp(prefix="wp-fuzz-"))
    made = Parties.create(base)

    def clean() -> None:
        made.lock()
        shutil.rmtree(base, ignore_errors=True)

    atexit.register(clean)
    return made


def check(data: bytes) -> None:
    if not data:
        return
    world = parties()
    reader, open_with = (
        (world.practitioner, lambda profile, path: profile.received.open_bundle(path)),
        (world.young, lambda profile, path: profile.sharing.open_receipt(path)),
        (world.young, lambda profile, path: profile.suggestions.open_suggestion(path)),
    )[data[0] % 3]
    path = encrypt_to(reader, data[1:], world.work / "input.wpb")
    before = snapshot(reader)
    try:
        open_with(reader, path)
    except PassportError:
        assert snapshot(reader) == before, "a refused bundle changed the profile"


if __name__ == "__main__":
    run(check)
