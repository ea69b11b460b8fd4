"""The `passport` command line, run as a real subprocess."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_helpers import run


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text("correct horse battery\n", encoding="utf-8")
    return path


def test_create_add_list_show_search_check(data_dir: Path, passphrase_file: Path) -> None:
    pf = ["--passphrase-file", str(passphrase_file)]
    created = run(data_dir, "profile", "create", "--kind", "young_person", "--label", "Blue notebook", *pf)
    assert created.returncode == 0, created.stderr
    code = created.stdout.strip().splitlines()[-1]
    assert len(code.replace("-", "")) == 28

    assert run(data_dir, "profile", "list").stdout == "Blue notebook\n"
    added = run(data_dir, "entry", "add", "--profile", "blue notebook", *pf, "--title", "Football",
                "--body", "I play on Saturdays", "--section", "My strengths", "--important")
    assert added.returncode == 0, added.stderr
    entry_id = added.stdout.strip()

    listed = run(data_dir, "entry", "list", "--profile", "Blue notebook", *pf)
    assert listed.stdout.split() == [entry_id, "*", "Football"]
    shown = run(data_dir, "entry", "show", entry_id, "--profile", "Blue notebook", *pf)
    assert "Section: My strengths" in shown.stdout and "I play on Saturdays" in shown.stdout
    found = run(data_dir, "entry", "search", "saturd", "--profile", "Blue notebook", *pf)
    assert entry_id in found.stdout
    assert run(data_dir, "entry", "search", "tennis", "--profile", "Blue notebook", *pf).stdout == ""
    checked = run(data_dir, "check", "--profile", "Blue notebook", "--recovery-code", code.lower())
    assert checked.returncode == 0 and "passed" in checked.stdout
    # The passphrase may also come on standard input (for scripts).
    assert run(data_dir, "entry", "list", "--profile", "Blue notebook", stdin="correct horse battery\n").returncode == 0


@pytest.mark.parametrize(
    ("args", "stdin", "expected"),
    [
        (("entry", "list", "--profile", "Blue"), "wrong passphrase\n", "doesn't open"),
        (("entry", "list", "--profile", "Nobody"), "x\n", "no passport with that name"),
        (("entry", "show", "nope", "--profile", "Blue"), "correct horse battery\n", "no longer there"),
        (("entry", "add", "--profile", "Blue", "--title", "x", "--section", "Nope"), "correct horse battery\n",
         "No section called"),
        (("entry", "add", "--profile", "Blue", "--title", " "), "correct horse battery\n", "title"),
        (("entry", "list", "--profile", "Blue", "--passphrase-file", "/no/such/file"), None, "passphrase file"),
    ],
)
def test_failures_are_one_plain_line(data_dir: Path, passphrase_file: Path, args, stdin, expected) -> None:
    run(data_dir, "profile", "create", "--kind", "carer", "--label", "Blue", "--passphrase-file", str(passphrase_file))
    result = run(data_dir, *args, stdin=stdin)
    assert result.returncode != 0
    assert expected.lower() in result.stderr.lower()
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_damaged_key_file_is_reported_plainly(data_dir: Path, passphrase_file: Path) -> None:
    pf = ("--passphrase-file", str(passphrase_file))
    run(data_dir, "profile", "create", "--kind", "practitioner", "--label", "Work", *pf)
    key_file = next(data_dir.glob("*/keys.json"))
    key_file.write_bytes(key_file.read_bytes()[:50])
    result = run(data_dir, "check", "--profile", "Work", "--passphrase-file", str(passphrase_file))
    assert result.returncode == 1
    assert result.stderr.strip() == "The lock file of this passport is damaged or missing. A backup can bring it back."


def test_backup_and_restore(data_dir: Path, passphrase_file: Path, tmp_path: Path) -> None:
    pf = ["--passphrase-file", str(passphrase_file)]
    code = run(data_dir, "profile", "create", "--kind", "young_person", "--label", "Mine", *pf).stdout.split()[-1]
    entry_id = run(data_dir, "entry", "add", "--profile", "Mine", *pf, "--title", "Kept safe").stdout.strip()
    backup = tmp_path / "mine.wpbackup"
    saved = run(data_dir, "backup", "--profile", "Mine", *pf, "--out", str(backup))
    assert saved.returncode == 0, saved.stderr

    new_home = tmp_path / "new"
    wrong = run(new_home, "restore", str(backup), "--recovery-code", "AAAA-" * 6 + "AAAA", *pf)
    assert wrong.returncode == 1 and "doesn't open" in wrong.stderr
    assert run(new_home, "profile", "list").stdout == ""

    restored = run(new_home, "restore", str(backup), "--recovery-code", code, *pf)
    assert restored.returncode == 0, restored.stderr
    assert run(new_home, "entry", "show", entry_id, "--profile", "Mine", *pf).stdout.startswith("Kept safe")

    backup.write_bytes(backup.read_bytes()[:-100])
    damaged = run(tmp_path / "other", "restore", str(backup), "--recovery-code", code, *pf)
    assert damaged.returncode == 1 and "damaged or cut short" in damaged.stderr
