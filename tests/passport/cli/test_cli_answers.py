"""``passport suggestions answer`` (young person) and ``passport suggestions open-answer``
(carer), run as real processes."""

from __future__ import annotations

from pathlib import Path

import pytest

from passport.profile import Profile
from tests.cli_helpers import ok, refused
from tests.helpers import PASSPHRASE, add_entry
from tests.suggestion_helpers import introduce


@pytest.mark.slow
def test_answer_and_open_answer(data_dir: Path, jo: Profile, sky: Profile, tmp_path: Path) -> None:
    sky_card = introduce(jo, sky, tmp_path)
    introduce(sky, jo, tmp_path)
    drafts = [add_entry(jo, "Walking the dog"), add_entry(jo, "Music before bed"), add_entry(jo, "Loud \x1b[2J rooms")]
    file = tmp_path / "from-jo.wpb"
    jo.suggestions.make_suggestion(drafts, sky_card, file)
    walk, music, _loud = sky.suggestions.open_suggestion(file).subject.suggestions
    sky.suggestions.accept_suggestion(walk.id)
    mine = sky.suggestions.suggested_content(music).model_copy(update={"title": "My own music"})
    sky.suggestions.accept_suggestion(music.id, mine)
    for profile in (jo, sky):
        profile.lock()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    as_jo = ["--profile", "Helping", "--passphrase-file", str(secret)]
    as_sky = ["--profile", "Sky", "--passphrase-file", str(secret)]

    answer = tmp_path / "answer.wpreceipt"
    said = ok(data_dir, "suggestions", "answer", *as_sky, "--to", "Jo Carter", "--out", str(answer))
    assert "Saved an answer for Jo Carter: 1 added, 1 added with changes, 1 not decided yet." in said
    assert refused(data_dir, "suggestions", "answer", *as_sky, "--to", "Nobody", "--out", str(tmp_path / "x"))
    assert "can't do that" in refused(data_dir, "suggestions", "open-answer", str(answer), *as_sky)

    opened = ok(data_dir, "suggestions", "open-answer", str(answer), *as_jo)
    assert opened.startswith("Sky answered (3 new).")
    assert "  Walking the dog: added\n" in opened
    assert "  Music before bed: added with changes\n" in opened
    assert "  Loud \\x1b[2J rooms: not decided yet\n" in opened  # a title's controls never reach the terminal
    assert "My own music" not in opened
    assert "Sky answered (0 new)." in ok(data_dir, "suggestions", "open-answer", str(answer), *as_jo)
    assert "someone else" in refused(data_dir, "suggestions", "open-answer", str(file), *as_jo)
