"""Sharing through the `passport` command line, run as real subprocesses: a young person
shares with a practitioner, who opens it; withdrawals and failures read plainly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from passport.exchange import received
from passport.profile import Profile
from passport.store import profiles
from tests.cli_helpers import ok, refused
from tests.helpers import png_bytes, wav_bytes

pytestmark = pytest.mark.slow  # a dozen real processes, each deriving a key
SECRET = "correct horse battery"


@pytest.fixture
def setup(data_dir: Path, tmp_path: Path) -> tuple[list[str], list[str], str]:
    """Sky (young person) with one entry holding a picture and a sound; Sam (practitioner)."""
    secret = tmp_path / "pass.txt"
    secret.write_text(SECRET + "\n", encoding="utf-8")
    ok(data_dir, "profile", "create", "--kind", "young_person", "--label", "Sky", "--passphrase-file", str(secret))
    ok(data_dir, "profile", "create", "--kind", "practitioner", "--label", "Work", "--passphrase-file", str(secret))
    sky = ["--profile", "Sky", "--passphrase-file", str(secret)]
    work = ["--profile", "Work", "--passphrase-file", str(secret)]
    entry_id = ok(data_dir, "entry", "add", *sky, "--title", "Music helps", "--body", "Guitar.",
                  "--important").strip()
    profile = Profile.open_with_passphrase(profiles.find_profile(data_dir, "Sky"), SECRET)
    try:
        profile.add_attachment(entry_id, "me.png", png_bytes(16, 16))
        profile.add_attachment(entry_id, "song.wav", wav_bytes(0.3))
    finally:
        profile.lock()
    return sky, work, entry_id


def test_share_open_withdraw_round_trip(data_dir: Path, tmp_path: Path, setup: tuple) -> None:
    sky, work, entry_id = setup
    card = tmp_path / "sam.wpcard"
    shown = ok(data_dir, "card", "export", *work, "--out", str(card), "--name", "Sam Lee",
               "--role", "Social worker", "--organisation", "Northside")
    fingerprint = shown.splitlines()[-1].removeprefix("Fingerprint: ")
    assert len(fingerprint.split()) == 12
    ok(data_dir, "card", "export", *sky, "--out", str(tmp_path / "sky.wpcard"), "--name", "Sky")
    added = ok(data_dir, "contact", "add", str(card), *sky)
    assert fingerprint in added and "not checked" not in ok(data_dir, "contact", "check", "Sam Lee", *sky)
    assert "Sam Lee (Social worker, Northside) - checked" in ok(data_dir, "contact", "list", *sky)

    bundle = tmp_path / "for-sam.wpb"
    until = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    share_id = ok(data_dir, "share", *sky, "--to", "sam lee", "--entry", entry_id, "--expires", until,
                  "--out", str(bundle), "--purpose", "New school").strip()
    assert share_id in ok(data_dir, "shared", *sky)

    opened = ok(data_dir, "open", str(bundle), *work)
    assert "From: Sky" in opened and "Purpose: New school" in opened and f"Until: {until}" in opened
    assert "Music helps" in ok(data_dir, "received", "show", share_id, *work)
    assert share_id in ok(data_dir, "received", "list", *work)

    young = Profile.open_with_passphrase(profiles.find_profile(data_dir, "Sky"), SECRET)
    practitioner = Profile.open_with_passphrase(profiles.find_profile(data_dir, "Work"), SECRET)
    try:
        for attachment in young.attachments(entry_id):
            assert received.attachment_data(practitioner.vault, share_id, attachment.id) == young.attachment_data(
                attachment.id
            )
    finally:
        young.lock()
        practitioner.lock()

    withdrawal = tmp_path / "withdraw.wpb"
    ok(data_dir, "withdraw", share_id, *sky, "--out", str(withdrawal))
    assert "withdrew" in ok(data_dir, "open", str(withdrawal), *work)
    assert ok(data_dir, "received", "list", *work) == ""
    assert "withdrawn" in refused(data_dir, "open", str(bundle), *work)


def test_passphrase_share_and_plain_failures(data_dir: Path, tmp_path: Path, setup: tuple) -> None:
    sky, work, entry_id = setup
    ok(data_dir, "card", "export", *sky, "--out", str(tmp_path / "sky.wpcard"), "--name", "Sky")
    bundle, words = tmp_path / "voice.wpb", tmp_path / "words.txt"
    until = (dt.date.today() + dt.timedelta(days=7)).isoformat()
    ok(data_dir, "share", *sky, "--to", "Dr Rao", "--entry", entry_id, "--expires", until,
       "--out", str(bundle), "--passphrase-out", str(words))
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("1111-1111-1111-1111-1111-1111\n", encoding="utf-8")

    assert "--bundle-passphrase-file" in refused(data_dir, "open", str(bundle), *work)
    assert "doesn't open" in refused(data_dir, "open", str(bundle), *work, "--bundle-passphrase-file", str(wrong))
    assert "From: Sky" in ok(data_dir, "open", str(bundle), *work, "--bundle-passphrase-file", str(words))

    damaged = tmp_path / "damaged.wpb"
    damaged.write_bytes(bundle.read_bytes()[:-40])
    assert "damaged" in refused(data_dir, "open", str(damaged), *work, "--bundle-passphrase-file", str(words))
    assert "YYYY-MM-DD" in refused(data_dir, "share", *sky, "--to", "x", "--entry", entry_id, "--expires",
                                   "soon", "--out", str(tmp_path / "x.wpb"))
    assert "practitioner" in refused(data_dir, "open", str(bundle), *sky)
    assert "isn't a card file" in refused(data_dir, "contact", "add", str(words), *sky)
