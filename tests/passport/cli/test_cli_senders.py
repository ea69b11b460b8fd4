"""Who really sent it, on the command line (issue 13, item 1): a share in a known name from
another card is held and `passport open` fails saying why; `received list` shows each
card's numbers and whether it is new, checked or held; `received check-sender` marks one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from passport.formats.cards import format_fingerprint
from passport.models import ProfileKind
from passport.profile import Profile
from tests.cli_helpers import ok, refused
from tests.helpers import PASSPHRASE, add_entry
from tests.sharing_helpers import make_practitioner
from tests.suggestion_helpers import introduce, make_person


def _share(young: Profile, worker: Profile, folder: Path, name: str, title: str) -> Path:
    contact = introduce(young, worker, folder)
    entry = add_entry(young, title, "Words.")
    out = folder / name
    young.sharing.make_share([entry], contact, dt.datetime.now(dt.UTC) + dt.timedelta(days=7), "", out)
    return out


@pytest.fixture
def files(data_dir: Path, tmp_path: Path) -> dict[str, object]:
    """Sky's real share, a share from another card named "Sky", and Sky's second share."""
    worker = make_practitioner(data_dir)
    sky = make_person(data_dir, ProfileKind.YOUNG_PERSON, "Sky", "Sky")
    forger = make_person(data_dir, ProfileKind.YOUNG_PERSON, "Other", "Sky")
    try:
        made = {
            "real": _share(sky, worker, tmp_path, "real.wpb", "Music helps"),
            "forged": _share(forger, worker, tmp_path, "forged.wpb", "Forged words"),
            "again": _share(sky, worker, tmp_path, "again.wpb", "Quiet room"),
            "sky": sky.people.own_card().fingerprint,
            "forger": forger.people.own_card().fingerprint,
        }
    finally:
        for profile in (worker, sky, forger):
            profile.lock()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    made["work"] = ["--profile", "Work", "--passphrase-file", str(secret)]
    return made


def test_a_share_from_another_card_in_a_known_name_is_held(data_dir: Path, files: dict) -> None:
    work = files["work"]
    opened = ok(data_dir, "open", str(files["real"]), *work)
    assert "From: Sky (the name on the card)" in opened
    assert (f"This file is whole and signed by the card with numbers {format_fingerprint(files['sky'])}"
            in opened)
    assert "not yet checked in person" in opened and "shared by" not in opened

    error = refused(data_dir, "open", str(files["forged"]), *work)
    assert "Held, not opened" in error and "different card" in error
    # Opening it again says the same: it is still held.
    assert "Held, not opened" in refused(data_dir, "open", str(files["forged"]), *work)

    listed = ok(data_dir, "received", "list", *work)
    real_line = next(line for line in listed.splitlines() if format_fingerprint(files["sky"]) in line)
    held_line = next(line for line in listed.splitlines() if format_fingerprint(files["forger"]) in line)
    assert real_line.endswith("new") and held_line.endswith("held")
    assert "Forged words" not in listed
    assert listed.index(real_line) < listed.index("Held:") < listed.index(held_line)

    # The real Sky's next share still opens as theirs.
    assert "From: Sky" in ok(data_dir, "open", str(files["again"]), *work)

    # After comparing numbers in person (typed in groups, as printed).
    checked = ok(data_dir, "received", "check-sender", *format_fingerprint(files["sky"]).split(), *work)
    assert "checked in person on" in checked
    listed = ok(data_dir, "received", "list", *work)
    assert next(line for line in listed.splitlines() if format_fingerprint(files["sky"]) in line).endswith("checked")
    senders = ok(data_dir, "received", "senders", *work)
    assert "checked" in senders and "held" in senders

    refused(data_dir, "received", "check-sender", "12345", *work)  # too few numbers to say whose
    deleted = ok(data_dir, "received", "delete-held", files["forger"][:10], *work)
    assert "Deleted 1 held file" in deleted
    assert format_fingerprint(files["forger"]) not in ok(data_dir, "received", "list", *work)


def test_accepting_a_held_card_lists_it_as_its_own(data_dir: Path, files: dict) -> None:
    work = files["work"]
    ok(data_dir, "open", str(files["real"]), *work)
    refused(data_dir, "open", str(files["forged"]), *work)
    ok(data_dir, "received", "accept-sender", files["forger"], *work)
    listed = ok(data_dir, "received", "list", *work)
    assert "Held:" not in listed
    assert next(line for line in listed.splitlines()
                if format_fingerprint(files["forger"]) in line).endswith("new")
    assert "not held" in refused(data_dir, "received", "accept-sender", files["forger"], *work)
