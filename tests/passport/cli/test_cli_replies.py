"""``passport received reply`` (practitioner) and ``passport reply open`` / ``list`` (young
person), run as real processes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from passport.exchange.sharing import PassphraseRecipient
from passport.models import ProfileKind
from passport.profile import Profile
from tests.cli_helpers import ok, refused
from tests.helpers import PASSPHRASE, add_entry
from tests.suggestion_helpers import introduce, make_person


@pytest.mark.slow
def test_reply_and_open_it_from_the_command_line(data_dir: Path, sky: Profile, tmp_path: Path) -> None:
    rao = make_person(data_dir, ProfileKind.PRACTITIONER, "Work", "Dr Rao")
    contact = introduce(sky, rao, tmp_path)
    music, quiet = add_entry(sky, "Music helps"), add_entry(sky, "Quiet \x1b[2J room")
    until = dt.datetime.now(dt.UTC) + dt.timedelta(days=5)
    share = sky.sharing.make_share([music, quiet], contact, until, "", tmp_path / "s.wpb").subject
    secret_share = "1234-5678-9012-3456-7890-1234"
    sky.sharing.make_share([music], PassphraseRecipient(name="Front desk", passphrase=secret_share), until, "",
                           tmp_path / "p.wpb")
    opened = rao.received.open_bundle(tmp_path / "s.wpb").subject
    by_passphrase = rao.received.open_bundle(tmp_path / "p.wpb", passphrase=secret_share).subject
    for profile in (sky, rao):
        profile.lock()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    as_rao = ["--profile", "Work", "--passphrase-file", str(secret)]
    as_sky = ["--profile", "Sky", "--passphrase-file", str(secret)]

    out = tmp_path / "for-sky"
    said = ok(data_dir, "received", "reply", opened.id, *as_rao, "--message", "Thank you.\nSee you Tuesday.",
              "--note", f"{quiet}=I'll book the quiet room.", "--out", str(out))
    assert "Saved a reply for Sky" in said and "1 note;" in said
    reply = tmp_path / "for-sky.wpreply"
    assert reply.exists()
    assert "Give each note" in refused(data_dir, "received", "reply", opened.id, *as_rao, "--note", "oops",
                                       "--out", str(out))
    assert "cannot be shown" in refused(data_dir, "received", "reply", opened.id, *as_rao, "--note",
                                        f"{quiet}=\x1b[31mred", "--out", str(out))
    assert "passphrase" in refused(data_dir, "received", "reply", by_passphrase.id, *as_rao, "--message", "Hi",
                                   "--out", str(tmp_path / "no"))
    assert "message or a note" in refused(data_dir, "received", "reply", opened.id, *as_rao, "--out", str(out))
    assert "can't do that" in refused(data_dir, "reply", "open", str(reply), *as_rao)

    shown = ok(data_dir, "reply", "open", str(reply), *as_sky)
    assert f"Dr Rao replied on {dt.date.today().isoformat()} about the share {share.id}." in shown
    assert "Thank you.\nSee you Tuesday." in shown
    assert "What they'll do about ‘Quiet \\x1b[2J room’: I'll book the quiet room." in shown
    assert "already had" in ok(data_dir, "reply", "open", str(reply), *as_sky)
    assert ok(data_dir, "reply", "list", *as_sky).count("Dr Rao replied on") == 1
    assert "made for someone else" in refused(data_dir, "reply", "open", str(tmp_path / "s.wpb"), *as_sky)
