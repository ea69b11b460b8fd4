"""`passport trusted ...` and `passport unlock-with-pieces`: every step of trusted-people recovery
from the command line, as real processes."""

from __future__ import annotations

from pathlib import Path

import pytest

from passport.crypto import pieces
from passport.crypto.recovery_code import check_shape
from passport.profile import Profile
from tests.cli_helpers import ok, refused, run
from tests.helpers import PASSPHRASE
from tests.trusted_helpers import lock_all, make_circle

NEW = "orange lantern by the quiet harbour"


@pytest.fixture
def circle(data_dir: Path, tmp_path: Path):
    made = make_circle(data_dir, tmp_path)
    lock_all(made)
    return made


def test_give_keep_show_and_get_back_in(data_dir: Path, tmp_path: Path, circle) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW + "\n", encoding="utf-8")
    out = tmp_path / "pieces"
    out.mkdir()
    sky = ("--profile", "Sky", "--passphrase-file", str(secret))

    assert "No trusted people yet" in ok(data_dir, "trusted", "list", *sky)
    given = ok(data_dir, "trusted", "set", *sky, "--to", "Jo Carter", "--to", "Sam Lee", "--to", "Ash",
               "--out", str(out))
    assert "any two of them" in given
    files = sorted(out.glob("*.wppiece"))
    assert [f.name for f in files] == ["piece-for-ash.wppiece", "piece-for-jo-carter.wppiece",
                                       "piece-for-sam-lee.wppiece"]
    listed = ok(data_dir, "trusted", "list", *sky)
    assert "piece 1: Jo Carter" in listed and "piece 3: Ash" in listed

    # Jo and Ash keep theirs; Sam's file is refused by Jo (made for someone else), plainly.
    jo = ("--profile", "Helping", "--passphrase-file", str(secret))
    ash = ("--profile", "Ash's", "--passphrase-file", str(secret))
    kept = ok(data_dir, "trusted", "import", *jo, str(out / "piece-for-jo-carter.wppiece"))
    assert "Kept piece 1 of Sky's three" in kept
    sams = str(out / "piece-for-sam-lee.wppiece")
    assert "made for someone else" in refused(data_dir, "trusted", "import", *jo, sams)
    ok(data_dir, "trusted", "import", *ash, str(out / "piece-for-ash.wppiece"))
    assert "Sky: piece 1 of 3" in ok(data_dir, "trusted", "held", *jo)
    assert "no piece for Nobody" in refused(data_dir, "trusted", "show", *jo, "Nobody")

    def words_of(who: tuple[str, ...]) -> str:
        shown = ok(data_dir, "trusted", "show", *who, "Sky")
        assert "Read it only to Sky" in shown
        numbered = shown.splitlines()[2:]  # " 1. word   2. word ..."
        return " ".join(token for line in numbered for token in line.split() if token.isalpha())

    jo_words, ash_words = words_of(jo), words_of(ash)
    assert pieces.read_piece(jo_words).number == 1 and pieces.read_piece(ash_words).number == 3

    # One piece: refused with its own sentence; two: back in, with a new passphrase and code.
    one = run(data_dir, "unlock-with-pieces", "--profile", "Sky", stdin=f"{jo_words}\n\n{NEW}\n")
    assert one.returncode == 1 and "One piece alone opens nothing" in one.stderr
    assert "Traceback" not in one.stderr
    both = tmp_path / "both.txt"
    both.write_text(f"{jo_words}\n{ash_words}\n", encoding="utf-8")
    back = ok(data_dir, "unlock-with-pieces", "--profile", "Sky", "--pieces-file", str(both),
              "--new-passphrase-file", str(new_file))
    code = back.strip().splitlines()[-1]
    check_shape(code)
    folder = Profile.open_with_passphrase(circle.owner.folder, NEW)
    folder.lock()
    assert "doesn't open" in refused(data_dir, "trusted", "list", *sky)

    # New pieces: the old ones are refused, saying why.
    new_sky = ("--profile", "Sky", "--passphrase-file", str(new_file))
    again = tmp_path / "again"
    again.mkdir()
    ok(data_dir, "trusted", "give", *new_sky, "--to", "Jo Carter", "--to", "Sam Lee", "--to", "Ash",
       "--out", str(again))
    stale = run(data_dir, "unlock-with-pieces", "--profile", "Sky", "--pieces-file", str(both),
                "--new-passphrase-file", str(new_file))
    assert stale.returncode == 1 and "from before you made new ones" in stale.stderr


def test_giving_needs_three_people_of_yours(data_dir: Path, tmp_path: Path, circle) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    sky = ("--profile", "Sky", "--passphrase-file", str(secret))
    assert "choose 3 different people" in refused(data_dir, "trusted", "give", *sky, "--to", "Jo Carter",
                                                  "--to", "Ash", "--out", str(tmp_path))
    assert "no longer there" in refused(data_dir, "trusted", "give", *sky, "--to", "Jo Carter", "--to", "Ash",
                                        "--to", "Nobody", "--out", str(tmp_path))
    assert "does not exist" in refused(data_dir, "trusted", "give", *sky, "--to", "A", "--to", "B", "--to", "C",
                                       "--out", str(tmp_path / "missing"))
    assert not list(tmp_path.glob("*.wppiece"))
