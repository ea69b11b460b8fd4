"""``passport section``: the owner's sections from the command line, as Settings does."""

from __future__ import annotations

from pathlib import Path

from tests.cli_helpers import run

PASS = "correct horse battery staple\n"


def test_sections_are_listed_added_renamed_hidden_and_moved(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run(data, "profile", "create", "--kind", "young_person", "--label", "Blue",
               stdin="correct horse battery staple\ncorrect horse battery staple\n").returncode == 0
    as_blue = ("--profile", "Blue")

    added = run(data, "section", "add", "Music I love", "--prompt", "What do you listen to?", *as_blue, stdin=PASS)
    assert added.returncode == 0, added.stderr
    assert run(data, "section", "rename", "Music I love", "Songs", *as_blue, stdin=PASS).returncode == 0
    assert run(data, "section", "move", "Songs", "1", *as_blue, stdin=PASS).returncode == 0
    assert run(data, "section", "hide", "about_me", *as_blue, stdin=PASS).returncode == 0

    listed = run(data, "section", "list", *as_blue, stdin=PASS).stdout.splitlines()
    assert listed[0].split("  ")[1] == "Songs"
    assert any("About me" in line and line.endswith("(hidden)") for line in listed)

    missing = run(data, "section", "rename", "Nope", "X", *as_blue, stdin=PASS)
    assert missing.returncode == 1 and "No section called 'Nope'" in missing.stderr
