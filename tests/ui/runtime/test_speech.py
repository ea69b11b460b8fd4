"""Reading aloud through Qt's real speech wiring, with Qt's own "mock" engine (which speaks
word by word on a timer, and has voices for English, Norwegian and Finnish only)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtTextToSpeech import QTextToSpeech
from PySide6.QtWidgets import QLineEdit

from ui.runtime.speech import Speaker, engine_name, voice_for


@pytest.fixture
def speaker(qtbot) -> Iterator[Speaker]:
    assert "mock" in QTextToSpeech.availableEngines(), "this PySide6 has no mock speech engine"
    made = Speaker("mock")
    yield made
    made.stop()


@pytest.fixture
def language() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


def test_the_engine_asked_for_or_none() -> None:
    assert engine_name("mock") == "mock"
    assert engine_name("no-such-engine") is None


def test_a_voice_in_the_same_language_is_chosen_the_same_country_first() -> None:
    voices = [QLocale("en_US"), QLocale("en_GB"), QLocale("fi_FI")]
    assert voice_for(QLocale("en_GB"), voices) == QLocale("en_GB")
    assert voice_for(QLocale("en_IE"), voices) == QLocale("en_US")
    assert voice_for(QLocale("cy_GB"), voices) is None


def test_it_reads_and_then_says_it_has_finished(qtbot, speaker: Speaker) -> None:
    heard: list[str] = []
    with qtbot.waitSignal(speaker.started):
        assert speaker.read("Music helps.  I play\nguitar.")
    assert speaker.is_speaking()
    speaker.engine.sayingWord.connect(lambda word, *_rest: heard.append(word))
    with qtbot.waitSignal(speaker.stopped, timeout=10_000):
        pass
    assert not speaker.is_speaking()
    assert heard[-1] == "guitar"


def test_nothing_to_read_is_not_read(speaker: Speaker) -> None:
    assert not speaker.read("  \n ")
    assert speaker.engine is None, "the engine is made only when something is read"


def test_stop_is_at_once(qtbot, speaker: Speaker) -> None:
    speaker.read("A long time ago, in a quiet house by the sea, there lived a cat.")
    qtbot.waitUntil(speaker.is_speaking)
    with qtbot.waitSignal(speaker.stopped, timeout=100):
        speaker.stop()
    assert speaker.engine.state() != QTextToSpeech.State.Speaking


def test_the_voice_follows_the_apps_language(speaker: Speaker, language) -> None:
    QLocale.setDefault(QLocale("fi_FI"))
    assert speaker.read("Hei")
    assert speaker.engine.locale().language() == QLocale.Language.Finnish


def test_with_no_voice_for_the_language_it_says_so_and_reads_nothing(qtbot, speaker: Speaker, language) -> None:
    QLocale.setDefault(QLocale("cy_GB"))
    with qtbot.waitSignal(speaker.problem) as said:
        assert not speaker.read("Helo")
    assert said.args[0].startswith("There is no voice for Cymraeg on this computer")
    assert not speaker.is_speaking()


def test_with_no_speech_at_all_it_says_so(qtbot) -> None:
    speaker = Speaker("no-such-engine")
    with qtbot.waitSignal(speaker.problem) as said:
        assert not speaker.read("Hello")
    assert said.args[0].startswith("Reading aloud needs the computer's speech")


def test_esc_stops_the_reading_and_does_nothing_else(qtbot, speaker: Speaker) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    left: list[bool] = []
    QShortcut(QKeySequence(Qt.Key.Key_Escape), field, lambda: left.append(True),
              context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
    field.show()
    field.activateWindow()
    qtbot.waitUntil(field.hasFocus)
    speaker.read("A long time ago, in a quiet house by the sea, there lived a cat.")
    qtbot.waitUntil(speaker.is_speaking)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not speaker.is_speaking()
    assert left == [], "the Esc that stopped the reading did not also act on the page"
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert left == [True], "once quiet, Esc means what it always means"
