"""The app shows a recovery code in the same form as the CLI prints it."""

from __future__ import annotations

from passport.crypto.recovery_code import format_code, new_code
from ui.widgets.recovery_code_view import RecoveryCodeView


def test_the_app_shows_the_code_with_dashes_as_the_cli_does(qtbot) -> None:
    view = RecoveryCodeView()
    qtbot.addWidget(view)
    code = new_code()
    view.set_code(code, "Blue notebook")
    shown = view.code_label.text()
    assert " " not in shown, "no second form with spaces"
    assert "-".join(shown.splitlines()) == format_code(code)
    assert "-".join(view.printable_html().split("<p style")[1].split(">", 1)[1].split("</p>")[0].split("<br>")) \
        == format_code(code), "paper shows the same form"
