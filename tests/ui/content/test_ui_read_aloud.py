"""Reading aloud in the young person's window, by keys and clicks, through Qt's "mock" speech
engine: the whole Home page, an entry (or, empty, its section's question), Esc and the same
button to stop, and a plain sentence when there is no voice for the language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTextToSpeech import QTextToSpeech

from passport.profile import Profile
from tests.helpers import add_entry
from tests.shell_helpers import make_context, press, wait_active
from tests.speech_helpers import HungEngine, shut
from ui.runtime.app_context import AppContext
from ui.runtime.session import Session
from ui.windows.main_window import EDITOR, HOME, MainWindow

LEFT = Qt.MouseButton.LeftButton
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
LONG = "We go to the park after tea, round the pond twice, and feed the ducks if there is bread left. " * 3


@pytest.fixture
def context(data_dir) -> Iterator[AppContext]:
    context = make_context(data_dir, speech_engine="mock")
    yield context
    context.theme.use_defaults()


@pytest.fixture
def window(qtbot, profile: Profile, context: AppContext) -> Iterator[MainWindow]:
    add_entry(profile, "Music helps", "I play guitar when it gets loud.", important_now=True)
    add_entry(profile, "Walks", LONG)
    view = MainWindow(Session(profile), context)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    wait_active(qtbot, view)
    yield view
    shut(qtbot, view.speaker)


def test_home_is_read_top_to_bottom(window: MainWindow) -> None:
    said = window.home.words_to_read().splitlines()
    # What people should know first comes first, as on the page (here, its invitation to write it).
    assert said[0] == "What people should know first."
    heading = said.index("What's important now.")
    assert said[heading + 1:heading + 3] == ["Music helps.", "I play guitar when it gets loud."]
    assert said.index("About me.") < said.index("Walks.") < said.index("My strengths.")
    # An empty section is read with its question, as it shows it.
    assert said[said.index("My strengths.") + 1] == "What are you good at? What do people like about you?"


def test_the_button_reads_home_and_pressed_again_stops(qtbot, window: MainWindow) -> None:
    button = window.home.read_aloud
    assert button is not None and button.button.accessibleName() == "Read this page aloud"
    qtbot.mouseClick(button.button, LEFT)
    assert window.speaker.is_speaking()
    assert button.button.text() == "Stop reading" and button.button.accessibleName() == "Stop reading aloud"
    qtbot.mouseClick(button.button, LEFT)
    assert not window.speaker.is_speaking()
    assert button.button.text() == "Read aloud"


def test_ctrl_shift_r_reads_the_page_and_esc_stops_it(qtbot, window: MainWindow) -> None:
    window.home.setFocus()
    press(qtbot, Qt.Key.Key_R, CTRL_SHIFT)
    assert window.speaker.is_speaking()
    heard: list[str] = []
    window.speaker.saying_word.connect(heard.append)
    qtbot.waitUntil(lambda: len(heard) >= 1)
    assert heard[0].startswith("What"), "Home is read from its top"
    press(qtbot, Qt.Key.Key_Escape)
    assert not window.speaker.is_speaking()
    assert window.current_page() == HOME


def test_in_the_editor_esc_first_stops_the_reading_then_goes_back(qtbot, window: MainWindow, profile) -> None:
    entry = next(e for e in profile.entries() if e.title == "Walks")
    window.open_entry(entry.id)
    assert window.editor.words_to_read() == "Walks\n" + LONG.strip()
    press(qtbot, Qt.Key.Key_R, CTRL_SHIFT)
    assert window.speaker.is_speaking()
    press(qtbot, Qt.Key.Key_Escape)
    assert not window.speaker.is_speaking()
    assert window.current_page() == EDITOR, "the Esc that stopped the reading did not leave the entry"
    press(qtbot, Qt.Key.Key_Escape)
    assert window.current_page() == HOME


def test_an_empty_entry_reads_its_sections_question(window: MainWindow, profile: Profile) -> None:
    about_me = next(s for s in profile.sections() if s.key == "about_me")
    window.new_entry(about_me.id)
    assert window.editor.words_to_read() == "What would you like people to know about you?"


def test_locking_stops_the_reading_at_once(qtbot, window: MainWindow, profile: Profile) -> None:
    window.home.read_aloud.press()
    assert window.speaker.is_speaking()
    qtbot.waitUntil(lambda: window.speaker.engine_state() == QTextToSpeech.State.Speaking)
    window.session.lock()
    assert not window.speaker.is_speaking()
    qtbot.waitUntil(lambda: window.speaker.engine_state() == QTextToSpeech.State.Ready)


def test_no_voice_for_the_language_is_said_under_the_button(qtbot, window: MainWindow) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale("ar_EG"))
    status = window.home.read_aloud.status
    try:
        qtbot.mouseClick(window.home.read_aloud.button, LEFT)
        qtbot.waitUntil(status.isVisible)  # the first time, once the engine has said what voices it has
    finally:
        QLocale.setDefault(before)
    assert status.isVisible() and status.text().startswith("There is no voice for العربية on this computer")
    assert status.accessibleName() == status.text()
    assert not window.speaker.is_speaking()


def test_an_engine_that_hangs_says_so_under_the_button_and_the_window_goes_on(
    qtbot, window: MainWindow, profile: Profile
) -> None:
    engine = HungEngine()
    window.speaker.make_engine = engine
    window.speaker.start_timeout_ms = 300
    button = window.home.read_aloud
    try:
        qtbot.mouseClick(button.button, LEFT)
        assert button.button.text() == "Stop reading"
        qtbot.waitUntil(engine.entered.is_set)  # stuck inside the engine, on its own thread
        qtbot.waitUntil(lambda: button.button.text() == "Read aloud", timeout=5_000)
        assert button.status.isVisible()
        assert button.status.text() == "Reading aloud isn't working on this computer just now."
        assert button.status.accessibleName() == button.status.text()
        # Pressed again, and Ctrl+Shift+R: answered at once, never stuck on "Stop reading".
        qtbot.mouseClick(button.button, LEFT)
        assert button.button.text() == "Read aloud" and button.status.isVisible()
        window.home.setFocus()
        press(qtbot, Qt.Key.Key_R, CTRL_SHIFT)
        assert not window.speaker.is_speaking()
        # The window still answers keys: open an entry, and lock.
        entry = next(e for e in profile.entries() if e.title == "Walks")
        window.open_entry(entry.id)
        assert window.current_page() == EDITOR
    finally:
        engine.release()
