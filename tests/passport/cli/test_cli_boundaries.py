"""``passport boundaries`` and ``passport share --boundaries``, run as real processes: the
young person writes them, a share carries them only when asked, and the practitioner's
``received show`` prints them before anything else, controls escaped."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.cli_helpers import ok

pytestmark = pytest.mark.slow  # real processes, each deriving a key
SECRET = "correct horse battery"


def test_boundaries_are_set_shared_when_asked_and_shown_first(data_dir: Path, tmp_path: Path) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text(SECRET + "\n", encoding="utf-8")
    for kind, label in (("young_person", "Sky"), ("practitioner", "Work")):
        ok(data_dir, "profile", "create", "--kind", kind, "--label", label, "--passphrase-file", str(secret))
    sky = ["--profile", "Sky", "--passphrase-file", str(secret)]
    work = ["--profile", "Work", "--passphrase-file", str(secret)]
    assert ok(data_dir, "boundaries", "show", *sky).strip() == "Nothing written yet."
    ok(data_dir, "boundaries", "set", *sky, "--call-me", "Jay", "--dont-ask", "my dad\x1b[2J")
    ok(data_dir, "boundaries", "set", *sky, "--how-to-talk", "Slowly.")
    assert ok(data_dir, "boundaries", "show", *sky).splitlines() == [
        "Call me: Jay", "Please don't ask me about: my dad[2J", "How to talk with me: Slowly."]

    card = tmp_path / "sam.wpcard"
    ok(data_dir, "card", "export", *work, "--out", str(card), "--name", "Sam Lee")
    ok(data_dir, "card", "export", *sky, "--out", str(tmp_path / "sky.wpcard"), "--name", "Sky")
    ok(data_dir, "contact", "add", str(card), *sky)
    entry_id = ok(data_dir, "entry", "add", *sky, "--title", "Music helps").strip()
    until = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    ids = []
    for extra in ((), ("--boundaries",)):
        out = tmp_path / f"share{len(ids)}.wpb"
        ids.append(ok(data_dir, "share", *sky, "--to", "Sam Lee", "--entry", entry_id, "--expires", until,
                      "--out", str(out), *extra).strip())
        ok(data_dir, "open", str(out), *work)
    # The first was replaced by the second; only the second carried them.
    shown = ok(data_dir, "received", "show", ids[1], *work).splitlines()
    assert shown[:3] == ["Call me: Jay", "Please don't ask me about: my dad[2J", "How to talk with me: Slowly."]
