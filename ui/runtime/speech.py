"""Reading aloud: words on screen spoken by the computer's own voice, and never kept anywhere.

QtTextToSpeech hands the words to the platform's speech: speech-dispatcher (with espeak-ng) on
Linux, the system voice on Windows and macOS. The sound goes straight to the sound system; no
audio is ever written to a file, and the words are given to the engine only while they are
spoken. The voice follows the app's language (the default ``QLocale``, which the language
switcher sets); where the engine has no voice for it, :class:`Speaker` says so plainly rather
than reading the words in a voice that cannot pronounce them.

The engine is made the first time something is read, not when the window opens: speech-dispatcher
is started on demand, and nobody who never reads aloud should wait for it. It is made, used and
deleted on a thread of its own (:mod:`ui.runtime.speech_thread`), so that nothing it does can
hold up the window: speech-dispatcher with no sound output takes the words, says it has begun and
never ends, and then blocks whoever asks it to stop. The button shows "Stop reading" from the
press; if the engine has not begun within :data:`START_TIMEOUT_MSEC`, or has not finished long
after the words could have been said, or reports an error, the button says plainly under it that
reading aloud isn't working just now and goes back to "Read aloud".

Esc stops the reading from anywhere in the app while it speaks (and only then: otherwise Esc
keeps its usual meaning, such as leaving the editor). Locking or Hide now stops it at once:
whoever makes a :class:`Speaker` for a profile connects the session's ``about_to_lock`` to
:meth:`Speaker.stop`.
"""

from __future__ import annotations

import sys
import time
from collections import deque

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtTextToSpeech import QTextToSpeech

from ui.runtime.speech_thread import EngineFactory, SpeechThread, make_engine

# Linux: speech-dispatcher, which speaks with espeak-ng (and any other voice installed there).
LINUX_ENGINE = "speechd"
# The language the app's own words are written in.
SOURCE_LANGUAGE = QLocale("en_GB")
# How long the engine has, from the press, to begin speaking (making it included: speech-dispatcher
# may be started on demand), before the button says reading aloud isn't working just now.
START_TIMEOUT_MSEC = 6000
# Once it has begun, how long it may take to finish: a second a word (three times as slow as
# espeak-ng's usual pace) and ten seconds more. speech-dispatcher with no sound output says it has
# begun and then never ends; this is how the button comes back from "Stop reading" even then.
FINISH_SLACK_MSEC = 10_000
MSEC_PER_WORD = 1000


def engine_name(requested: str = "") -> str | None:
    """The engine to use: ``requested`` if given (tests ask for Qt's "mock"), speech-dispatcher on
    Linux, else the platform's default (""). None when there is no engine at all."""
    engines = QTextToSpeech.availableEngines()
    if requested:
        return requested if requested in engines else None
    if not engines:
        return None
    if sys.platform.startswith("linux") and LINUX_ENGINE in engines:
        return LINUX_ENGINE
    return ""


def voice_for(wanted: QLocale, available: list[QLocale]) -> QLocale | None:
    """A voice in ``wanted``'s language: the same country's if there is one, else any."""
    same_language = [locale for locale in available if locale.language() == wanted.language()]
    for locale in same_language:
        if locale.territory() == wanted.territory():
            return locale
    return same_language[0] if same_language else None


class Speaker(QObject):
    """Reads text aloud, one thing at a time; ``started`` and ``stopped`` say when it reads (the
    button shows "Stop reading" from the moment it is pressed), ``problem`` says in words why it
    could not (no speech on this computer, no voice for the language, an engine that does not
    start or does not finish). ``asker`` is whoever asked for the last reading, so that the
    problem is said under that button.

    The engine runs on a :class:`~ui.runtime.speech_thread.SpeechThread`; this side only posts
    requests to it, so nothing the engine does can hold up the window, and :meth:`stop` (Esc,
    the button, lock, Hide now) shows "stopped" at once whatever the engine then does."""

    started = Signal()
    stopped = Signal()
    problem = Signal(str)
    saying_word = Signal(str)  # the word being said, from engines that tell (Qt's mock does)

    def __init__(
        self,
        engine: str = "",
        parent: QObject | None = None,
        *,
        make_engine: EngineFactory = make_engine,
        start_timeout_ms: int = START_TIMEOUT_MSEC,
    ) -> None:
        super().__init__(parent)
        self._requested = engine
        # Made on the speech thread; a test may give an engine of its own before the first reading.
        self.make_engine = make_engine
        self.start_timeout_ms = start_timeout_ms
        self.asker: object | None = None
        self._thread: SpeechThread | None = None
        self._engine_name: str | None = None
        self._voices: list[QLocale] | None = None  # None until the engine has said what it has
        self._working = True
        self._pending: tuple[str, QLocale] | None = None  # words waiting for the engine to be made
        self._sent: deque[float] = deque()  # when each request not yet dealt with was sent
        self._gave_up_waiting = False  # the watchdog went off with a request still not dealt with
        self._ticket = 0  # the reading in hand; what the engine says about others is old news
        self._finish_within_ms = FINISH_SLACK_MSEC
        self._engine_state: QTextToSpeech.State | None = None
        self._voice: QLocale | None = None
        self._speaking = False
        self._started = False
        self._eat_escape = False
        self._watchdog = QTimer(self, singleShot=True)
        self._watchdog.timeout.connect(self._not_working)

    # --- what the app calls -------------------------------------------------------------

    def read(self, text: str, asker: object | None = None) -> bool:
        """Start reading ``text`` aloud (stopping anything read before). False, with ``problem``
        emitted, when it cannot be read; a problem found later (the engine made on the first
        reading has no voice for the language, or never starts) is emitted when it is found."""
        words = " ".join(text.split())
        if not words:
            return False
        self.stop()
        self.asker = asker
        if self._thread is None:
            name = engine_name(self._requested)
            if name is None:
                self.problem.emit(self._no_speech())
                return False
            self._engine_name = name
            self._thread = SpeechThread(name, self.make_engine)
            self.destroyed.connect(self._thread.shut)  # the window closed: the engine goes, on its thread
            host = self._thread.host
            host.made.connect(self._engine_made)
            host.state.connect(self._engine_state_changed)
            host.word.connect(self._engine_word)
            host.failed.connect(self._engine_failed)
            host.done.connect(self._request_done)
            self._send(self._thread.asked_make)
        elif not self._working:
            self.problem.emit(self._no_speech())
            return False
        elif self._stuck():
            self.problem.emit(self._not_working_sentence())
            return False
        wanted = QLocale()
        if wanted.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
            wanted = SOURCE_LANGUAGE  # no language chosen: the app speaks its own words, in English
        self._ticket += 1
        self._finish_within_ms = FINISH_SLACK_MSEC + MSEC_PER_WORD * len(words.split())
        if self._voices is None:
            self._pending = (words, wanted)
        elif not self._say(words, wanted):
            return False
        self._started = False
        self._watchdog.start(self.start_timeout_ms)
        self._set_speaking(True)
        return True

    def stop(self) -> None:
        """Stop speaking at once (locking and Hide now call this; so do Esc and the button). The
        engine is told to stop; this side shows "stopped" now, whatever the engine does."""
        self._watchdog.stop()
        self._pending = None
        if self._speaking and self._thread is not None:
            self._ticket += 1  # whatever the engine says of that reading now is old news
            self._send(self._thread.asked_stop)
        self._set_speaking(False)

    def is_speaking(self) -> bool:
        return self._speaking

    def shut(self) -> None:
        """Delete the engine on its thread and end that thread, without waiting for either (the
        speaker's going does this too). Reading again makes them anew."""
        self.stop()
        thread, self._thread = self._thread, None
        if thread is not None:
            host = thread.host
            for signal, slot in (
                (host.made, self._engine_made),
                (host.state, self._engine_state_changed),
                (host.word, self._engine_word),
                (host.failed, self._engine_failed),
                (host.done, self._request_done),
            ):
                signal.disconnect(slot)
            thread.shut()
        self._voices, self._working, self._sent, self._gave_up_waiting = None, True, deque(), False

    @property
    def thread(self) -> SpeechThread | None:
        """The engine's thread, once something has been read."""
        return self._thread

    def engine_state(self) -> QTextToSpeech.State | None:
        """The engine's state as it last said (None before anything was read)."""
        return self._engine_state

    @property
    def engine_in_use(self) -> str | None:
        """The engine's name once something has been read ("" for the platform's default)."""
        return self._engine_name

    @property
    def voice(self) -> QLocale | None:
        """The voice asked for the last reading."""
        return self._voice

    # --- the engine, on its own thread ----------------------------------------------------

    def _send(self, request: SignalInstance, *args: object) -> None:
        self._sent.append(time.monotonic())
        request.emit(*args)

    def _request_done(self) -> None:
        if self._sent:
            self._sent.popleft()
        if not self._sent:
            self._gave_up_waiting = False  # the engine has caught up

    def _stuck(self) -> bool:
        """A request has waited longer than an engine may take to start, or the watchdog has
        already given up on it: the engine is stuck (speech-dispatcher with no sound output, say),
        and whatever is asked now would wait too."""
        if not self._sent:
            return False
        return self._gave_up_waiting or time.monotonic() - self._sent[0] > self.start_timeout_ms / 1000

    def _engine_made(self, voices: list[str], working: bool) -> None:
        self._voices = [QLocale(name) for name in voices]
        self._working = working
        pending, self._pending = self._pending, None
        if pending is None:
            return
        if not working:
            self._give_up(self._no_speech())
        elif not self._say(*pending):
            self._give_up(None)

    def _say(self, words: str, wanted: QLocale) -> bool:
        assert self._thread is not None and self._voices is not None
        voice = voice_for(wanted, self._voices)
        if voice is None:
            self.problem.emit(
                self.tr(
                    "There is no voice for {language} on this computer, so this can't be "
                    "read aloud. A voice can be added in the computer's own settings."
                ).replace("{language}", wanted.nativeLanguageName() or wanted.name())
            )
            return False
        self._voice = voice
        self._send(self._thread.asked_say, self._ticket, words, voice.name())
        return True

    def _engine_state_changed(self, ticket: int, value: int) -> None:
        state = QTextToSpeech.State(value)
        self._engine_state = state
        if ticket != self._ticket or not self._speaking:
            return
        if state in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Synthesizing):
            if not self._started:  # it has begun: now it has until the words could have been said
                self._started = True
                self._watchdog.start(self._finish_within_ms)
        elif state == QTextToSpeech.State.Ready:
            self._watchdog.stop()
            self._set_speaking(False)

    def _engine_word(self, ticket: int, word: str) -> None:
        if ticket == self._ticket:
            self.saying_word.emit(word)

    def _engine_failed(self, ticket: int) -> None:
        if ticket == self._ticket and self._speaking:
            self._give_up(self._not_working_sentence())

    def _not_working(self) -> None:
        self._gave_up_waiting = bool(self._sent)
        self._give_up(self._not_working_sentence())

    def _give_up(self, sentence: str | None) -> None:
        self.stop()
        if sentence is not None:
            self.problem.emit(sentence)

    def _not_working_sentence(self) -> str:
        return self.tr("Reading aloud isn't working on this computer just now.")

    def _no_speech(self) -> str:
        return self.tr(
            "Reading aloud needs the computer's speech, and it isn't working here. "
            "On Linux, installing speech-dispatcher and espeak-ng gives it."
        )

    def _set_speaking(self, speaking: bool) -> None:
        if speaking == self._speaking:
            return
        self._speaking = speaking
        self._watch_keys()
        if speaking:
            self.started.emit()
        else:
            self.stopped.emit()

    # --- Esc stops it, from anywhere, only while it speaks -------------------------------

    def _watch_keys(self) -> None:
        app = QCoreApplication.instance()
        if app is None:
            return
        app.removeEventFilter(self)
        if self._speaking or self._eat_escape:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.key() != Qt.Key.Key_Escape:
            return False
        if event.type() == QEvent.Type.ShortcutOverride and self._speaking:
            # Taken before any Esc shortcut (the editor's "Back") acts on it; the key press that
            # follows is eaten too, so this Esc does nothing but stop the reading.
            event.accept()
            self._eat_escape = True
            self.stop()
            return True
        if event.type() == QEvent.Type.KeyPress and (self._speaking or self._eat_escape):
            self._eat_escape = False
            self.stop()
            self._watch_keys()
            return True
        return False
