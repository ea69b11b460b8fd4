"""Reading aloud through Qt's real speech wiring, with Qt's own "mock" engine (which speaks
word by word on a timer, and has voices for English, Norwegian and Finnish only), on the
engine's own thread."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtTextToSpeech import QTextToSpeech
from PySide6.QtWidgets import QLineEdit

from tests.speech_helpers import HungEngine, shut
from ui.runtime.speech import Speaker, engine_name, voice_for


@pytest.fixture
def speaker(qtbot) -> Iterator[Speaker]:
    assert "mock" in QTextToSpeech.availableEngines(), "this PySide6 has no mock speech engine"
    made = Speaker("mock")
    yield made
    shut(qtbot, made)


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
    speaker.saying_word.connect(heard.append)
    with qtbot.waitSignal(speaker.stopped, timeout=10_000):
        pass
    assert not speaker.is_speaking()
    assert heard[-1] == "guitar"
    assert speaker.engine_state() == QTextToSpeech.State.Ready
    assert speaker.thread is not None and speaker.thread.host.thread() is speaker.thread, "the engine's own thread"


def test_nothing_to_read_is_not_read(speaker: Speaker) -> None:
    assert not speaker.read("  \n ")
    assert speaker.thread is None, "the engine is made only when something is read"


def test_stop_is_at_once(qtbot, speaker: Speaker) -> None:
    speaker.read("A long time ago, in a quiet house by the sea, there lived a cat.")
    qtbot.waitUntil(lambda: speaker.engine_state() == QTextToSpeech.State.Speaking)
    with qtbot.waitSignal(speaker.stopped, timeout=100):
        speaker.stop()
    assert not speaker.is_speaking()
    qtbot.waitUntil(lambda: speaker.engine_state() == QTextToSpeech.State.Ready)


def test_the_voice_follows_the_apps_language(qtbot, speaker: Speaker, language) -> None:
    QLocale.setDefault(QLocale("fi_FI"))
    with qtbot.waitSignal(speaker.started):
        assert speaker.read("Hei")
    qtbot.waitUntil(lambda: speaker.voice is not None)
    assert speaker.voice.language() == QLocale.Language.Finnish


def test_with_no_voice_for_the_language_it_says_so_and_reads_nothing(qtbot, speaker: Speaker, language) -> None:
    QLocale.setDefault(QLocale("cy_GB"))
    # The first time, the engine is still being made: the answer comes when it says what voices it has.
    with qtbot.waitSignal(speaker.problem) as said:
        speaker.read("Helo")
    assert said.args[0].startswith("There is no voice for Cymraeg on this computer")
    assert not speaker.is_speaking()
    # Then it is known at once.
    with qtbot.waitSignal(speaker.problem, timeout=0) as said_again:
        assert not speaker.read("Helo")
    assert said_again.args[0] == said.args[0]
    assert not speaker.is_speaking()


def test_with_no_speech_at_all_it_says_so(qtbot) -> None:
    # (no engine by that name: no thread is made)
    speaker = Speaker("no-such-engine")
    with qtbot.waitSignal(speaker.problem) as said:
        assert not speaker.read("Hello")
    assert said.args[0].startswith("Reading aloud needs the computer's speech")


def test_esc_stops_the_reading_and_does_nothing_else(qtbot, speaker: Speaker) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    left: list[bool] = []
    QShortcut(
        QKeySequence(Qt.Key.Key_Escape),
        field,
        lambda: left.append(True),
        context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
    )
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


NOT_WORKING = "Reading aloud isn't working on this computer just now."


@pytest.fixture
def hung(qtbot) -> Iterator[tuple[Speaker, HungEngine]]:
    engine = HungEngine()
    made = Speaker("mock", make_engine=engine, start_timeout_ms=300)
    yield made, engine
    engine.release()
    shut(qtbot, made)


def test_an_engine_that_never_starts_does_not_hold_up_the_window_and_is_said_plainly(qtbot, hung) -> None:
    speaker, engine = hung
    beats: list[int] = []
    beat = QTimer(interval=10)
    beat.timeout.connect(lambda: beats.append(1))
    beat.start()
    problems: list[str] = []
    speaker.problem.connect(problems.append)
    assert speaker.read("Hello there")
    assert speaker.is_speaking(), "the button says Stop reading from the press"
    qtbot.waitUntil(engine.entered.is_set)  # the engine was asked, on its own thread, and hangs there
    # The engine is stuck inside say(); the window's own timer keeps beating all the while.
    with qtbot.waitSignal(speaker.stopped, timeout=5_000):
        pass
    assert problems == [NOT_WORKING]
    assert not speaker.is_speaking()
    count = len(beats)
    qtbot.waitUntil(lambda: len(beats) > count + 5)
    # Asked again while it is still stuck: said at once, not after another wait, and not stuck on Stop.
    problems.clear()
    assert not speaker.read("Hello again")
    assert problems == [NOT_WORKING] and not speaker.is_speaking()


def test_stop_is_at_once_even_when_the_engine_hangs_in_stop(qtbot) -> None:
    engine = HungEngine(hang_say=False)
    speaker = Speaker("mock", make_engine=engine, start_timeout_ms=5_000)
    try:
        speaker.read("A long time ago, in a quiet house by the sea, there lived a cat.")
        qtbot.waitUntil(lambda: speaker.engine_state() == QTextToSpeech.State.Speaking)
        with qtbot.waitSignal(speaker.stopped, timeout=100):
            speaker.stop()
        qtbot.waitUntil(engine.entered.is_set)  # the engine is stuck in stop(), on its own thread
        beats: list[int] = []
        QTimer.singleShot(0, lambda: beats.append(1))
        qtbot.waitUntil(lambda: beats == [1], timeout=1_000)  # the window goes on
        assert not speaker.is_speaking()
    finally:
        engine.release()
        shut(qtbot, speaker)


def test_an_engine_that_starts_but_never_finishes_gives_up_in_time(qtbot, monkeypatch) -> None:
    """speech-dispatcher with no sound output: it says it has begun, and never ends."""
    from ui.runtime import speech

    monkeypatch.setattr(speech, "FINISH_SLACK_MSEC", 200)
    monkeypatch.setattr(speech, "MSEC_PER_WORD", 0)
    speaker = Speaker("mock")  # the mock takes far longer than 200 ms for these words
    problems: list[str] = []
    speaker.problem.connect(problems.append)
    try:
        speaker.read("A long time ago, in a quiet house by the sea, there lived a cat, and a dog, and a bird.")
        qtbot.waitUntil(lambda: speaker.engine_state() == QTextToSpeech.State.Speaking)
        with qtbot.waitSignal(speaker.stopped, timeout=5_000):
            pass
        assert problems == [NOT_WORKING]
    finally:
        shut(qtbot, speaker)
