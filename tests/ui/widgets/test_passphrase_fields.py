"""The passphrase fields tell the core's verdict in words and can suggest one (issue 13)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from passport.crypto.passphrases import WORDS, check_new_passphrase
from tests.helpers import PASSPHRASE
from ui.widgets.passphrase_fields import PassphraseFields


def make_fields(qtbot) -> PassphraseFields:
    fields = PassphraseFields()
    qtbot.addWidget(fields)
    fields.show()
    return fields


def type_both(qtbot, fields: PassphraseFields, text: str) -> None:
    fields.clear()
    qtbot.keyClicks(fields.first, text)
    qtbot.keyClicks(fields.second, text)


def test_a_guessable_passphrase_is_told_in_words_and_not_accepted(qtbot) -> None:
    fields = make_fields(qtbot)
    for guessable in ("password", "iloveyou1", "12345678", "        "):
        type_both(qtbot, fields, guessable)
        assert "easy to guess" in fields.words.text(), guessable
        assert fields.passphrase() is None, guessable  # long enough and the same twice, still refused
        assert fields.bar.value() < fields.bar.maximum() - 1
    type_both(qtbot, fields, "iloveyou1")
    assert "passwords people try first" in fields.words.text()
    assert "Suggest one" in fields.words.text()
    type_both(qtbot, fields, "qwertyuiop[]")
    assert "Keys next to each other" in fields.words.text()
    type_both(qtbot, fields, PASSPHRASE)
    assert "very strong" in fields.words.text()
    assert fields.passphrase() == PASSPHRASE


def test_suggest_one_fills_both_fields_shown_with_a_passphrase_the_rule_accepts(qtbot) -> None:
    fields = make_fields(qtbot)
    assert fields.suggest.accessibleName()
    with qtbot.waitSignal(fields.changed):
        qtbot.mouseClick(fields.suggest, Qt.MouseButton.LeftButton)
    suggestion = fields.first.text()
    assert fields.second.text() == suggestion
    assert all(word in WORDS for word in suggestion.split(" "))
    check_new_passphrase(suggestion)
    assert fields.passphrase() == suggestion
    # Shown, so it can be read and written down.
    assert fields.show_text.isChecked()
    assert fields.first.echoMode() == QLineEdit.EchoMode.Normal
    assert fields.match.text() == "Both are the same."
    qtbot.mouseClick(fields.suggest, Qt.MouseButton.LeftButton)
    assert fields.first.text() != suggestion  # another one each time


def test_suggest_one_is_reachable_by_keyboard(qtbot) -> None:
    fields = make_fields(qtbot)
    assert fields.suggest.focusPolicy() & Qt.FocusPolicy.TabFocus
    fields.suggest.setFocus()
    qtbot.keyClick(fields.suggest, Qt.Key.Key_Space)
    assert fields.passphrase() is not None
