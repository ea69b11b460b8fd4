"""A recovery code has one shown form (groups of four joined by dashes) and is read back in any."""

from __future__ import annotations

from passport.crypto.recovery_code import check_shape, display_lines, format_code, new_code, normalise_code


def test_the_shown_form_is_groups_of_four_joined_by_dashes() -> None:
    code = new_code()
    assert code == format_code(code)
    groups = code.split("-")
    assert len(groups) == 7 and all(len(group) == 4 for group in groups)


def test_lines_are_pieces_of_the_one_shown_form() -> None:
    code = new_code()
    lines = display_lines(code.replace("-", " ").lower(), 4)
    assert len(lines) == 2
    assert "-".join(lines) == code, "broken into lines, the code still reads as the CLI prints it"


def test_typing_back_accepts_dashes_spaces_and_either_case() -> None:
    code = new_code()
    for typed in (code, code.replace("-", " "), code.replace("-", "").lower()):
        check_shape(typed)  # the right shape: nothing to say about it
        assert normalise_code(typed) == normalise_code(code)
