"""The command line against issue 13's attacks, run as real subprocesses: guessable
passphrases, terminal injection, a FIFO, SQLCipher's own log lines, odd secrets."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from passport.cli.common import shown
from tests.cli_helpers import REPO, ok, refused, run

SECRET = "correct horse battery"
ESC = "\x1b"


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(SECRET + "\n", encoding="utf-8")
    return path


@pytest.fixture
def blue(data_dir: Path, secret_file: Path) -> list[str]:
    ok(data_dir, "profile", "create", "--kind", "young_person", "--label", "Blue",
       "--passphrase-file", str(secret_file))
    return ["--profile", "Blue", "--passphrase-file", str(secret_file)]


# --- guessable passphrases ----------------------------------------------------------------


@pytest.mark.parametrize("weak", ["password", "12345678", "iloveyou1", "        "])
def test_a_guessable_passphrase_is_refused_with_a_reason_and_a_suggestion(data_dir: Path, tmp_path: Path,
                                                                          weak: str) -> None:
    path = tmp_path / "weak.txt"
    path.write_text(weak + "\n", encoding="utf-8")
    said = refused(data_dir, "profile", "create", "--kind", "carer", "--label", "Home", "--passphrase-file", str(path))
    assert "quick to guess" in said or "passwords people try first" in said
    assert "for example: " in said and len(said.split("for example: ")[1].split()) == 4
    assert run(data_dir, "profile", "list").stdout == ""


# --- terminal injection ---------------------------------------------------------------------


def test_shown_escapes_controls_and_bidi_and_keeps_a_bodys_lines() -> None:
    assert shown("a\x1b[2Jb") == "a\\x1b[2Jb"
    assert shown("x\u202ey\u2066z\u200f\u061c") == "x\\u202ey\\u2066z\\u200f\\u061c"
    assert shown("\x9b31m\x7f\x00") == "\\x9b31m\\x7f\\x00"
    assert shown("one\ntwo") == "one\\x0atwo"
    assert shown("one\ntwo\r", lines=True) == "one\ntwo\\x0d"
    assert shown("Grüße, שלום, 😊") == "Grüße, שלום, 😊"


def test_titles_bodies_and_attachment_names_reach_the_terminal_escaped(data_dir: Path, blue: list[str]) -> None:
    title = f"Football{ESC}[2J{ESC}[H"
    body = f"line one\nFrom: Mum{ESC}[31m\u202eevil"
    entry_id = ok(data_dir, "entry", "add", *blue, "--title", title, "--body", body).strip()
    for out in (ok(data_dir, "entry", "show", entry_id, *blue), ok(data_dir, "entry", "list", *blue),
                ok(data_dir, "entry", "search", "Football", *blue)):
        assert ESC not in out and "\u202e" not in out
        assert "Football\\x1b[2J\\x1b[H" in out
    shown_entry = ok(data_dir, "entry", "show", entry_id, *blue)
    assert "line one\nFrom: Mum\\x1b[31m\\u202eevil" in shown_entry  # the body keeps its line break
    # A section name typed with an escape comes back escaped in the error too.
    said = refused(data_dir, "entry", "add", *blue, "--title", "x", "--section", f"No{ESC}[2J")
    assert ESC not in said and "No\\x1b[2J" in said


@pytest.mark.slow
def test_a_shared_purpose_title_and_body_reach_the_practitioners_terminal_escaped(
    data_dir: Path, tmp_path: Path, blue: list[str], secret_file: Path
) -> None:
    ok(data_dir, "profile", "create", "--kind", "practitioner", "--label", "Work", "--passphrase-file",
       str(secret_file))
    work = ["--profile", "Work", "--passphrase-file", str(secret_file)]
    card = tmp_path / "sam.wpcard"
    ok(data_dir, "card", "export", *work, "--out", str(card), "--name", "Sam Lee")
    ok(data_dir, "card", "export", *blue, "--out", str(tmp_path / "sky.wpcard"), "--name", "Sky")
    ok(data_dir, "contact", "add", str(card), *blue)
    entry_id = ok(data_dir, "entry", "add", *blue, "--title", f"Music{ESC}[2K", "--body",
                  "Guitar\r\nFrom: Mum\u202e").strip()
    bundle = tmp_path / "for-sam.wpb"
    until = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    share_id = ok(data_dir, "share", *blue, "--to", "Sam Lee", "--entry", entry_id, "--expires", until,
                  "--out", str(bundle), "--purpose", f"School{ESC}[1A{ESC}[2KFrom: Mum").strip()
    opened = ok(data_dir, "open", str(bundle), *work)
    assert ESC not in opened and "Purpose: School\\x1b[1A\\x1b[2KFrom: Mum" in opened
    # The one real From line; the forged one stays inside the purpose, on its line.
    assert [line for line in opened.splitlines() if line.startswith("From:")] == ["From: Sky (the name on the card)"]
    shown_bundle = ok(data_dir, "received", "show", share_id, *work)
    assert ESC not in shown_bundle and "\u202e" not in shown_bundle and "\r" not in shown_bundle
    assert "Music\\x1b[2K" in shown_bundle and "Guitar\\x0d\nFrom: Mum\\u202e" in shown_bundle


# --- small ones -------------------------------------------------------------------------------


def test_a_passphrase_file_with_a_byte_order_mark_opens_the_same_profile(
    data_dir: Path, tmp_path: Path, blue: list[str]
) -> None:
    with_bom = tmp_path / "bom.txt"
    with_bom.write_bytes("\ufeff".encode() + SECRET.encode() + b"\r\n")  # as Notepad saves it
    assert ok(data_dir, "entry", "list", "--profile", "Blue", "--passphrase-file", str(with_bom)) == ""
    ok(data_dir, "profile", "create", "--kind", "carer", "--label", "Home", "--passphrase-file", str(with_bom))
    assert ok(data_dir, "entry", "list", "--profile", "Home", "--passphrase-file", str(tmp_path / "pass.txt")) == ""


def test_an_empty_recovery_code_is_refused_not_ignored(data_dir: Path, blue: list[str]) -> None:
    said = refused(data_dir, "entry", "list", "--profile", "Blue", "--recovery-code", "")
    assert "recovery code" in said and "empty" in said
    said = refused(data_dir, "restore", "nothing.wpbackup", "--recovery-code", "  ")
    assert "empty" in said


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("ABCD-EFGH", "too short: it has 8 of its 28"),
        ("0" * 29, "too long: it has 29"),
        ("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-234U", "never has these: U."),
        ("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-23!*", "never has these: ! *."),
    ],
)
def test_a_recovery_code_of_the_wrong_shape_says_what_is_wrong(data_dir: Path, blue: list[str], code: str,
                                                               expected: str) -> None:
    said = refused(data_dir, "entry", "list", "--profile", "Blue", "--recovery-code", code)
    assert expected in said, said
    assert "doesn't open" not in said


def run_with_deadline(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "passport", "--data-dir", str(data_dir), *args], cwd=REPO,
                          capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_fifo_or_a_device_is_refused_at_once_not_waited_on(
    data_dir: Path, tmp_path: Path, blue: list[str], secret_file: Path
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    ok(data_dir, "profile", "create", "--kind", "practitioner", "--label", "Work", "--passphrase-file",
       str(secret_file))
    work = ["--profile", "Work", "--passphrase-file", str(secret_file)]
    code = "0000-0000-0000-0000-0000-0000-0000"
    for args in (("open", str(fifo), *work), ("open", "/dev/zero", *work), ("contact", "add", str(fifo), *blue),
                 ("restore", str(fifo), "--recovery-code", code, "--passphrase-file", str(secret_file)),
                 ("entry", "list", "--profile", "Blue", "--passphrase-file", str(fifo)),
                 ("open", str(tmp_path), *work)):
        result = run_with_deadline(data_dir, *args)  # before: open waited for a writer for ever
        assert result.returncode != 0, args
        assert "not a file that can be opened" in result.stderr or "not a regular file" in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_a_wrong_key_or_a_damaged_store_says_only_our_sentence(data_dir: Path, blue: list[str]) -> None:
    from passport.store import profiles

    folder = profiles.find_profile(data_dir, "Blue")
    data = bytearray(folder.db_path.read_bytes())
    data[5000] ^= 1  # inside page 1: its HMAC fails
    folder.db_path.write_bytes(bytes(data))
    for command in (("entry", "list"), ("check",)):
        result = run(data_dir, *command, *blue)
        assert result.returncode != 0
        assert result.stderr == "This passport's data could not be read. It may be damaged.\n"  # no ERROR CORE lines
