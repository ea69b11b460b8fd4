"""Reading aloud: words on screen spoken by the computer's own voice, and never kept anywhere.

QtTextToSpeech hands the words to the platform's speech: speech-dispatcher (with espeak-ng) on
Linux, the system voice on Windows and macOS. The sound goes straight to the sound system; no
audio is ever written to a file, and the words are given to the engine only while they are
spoken. The voice follows the app's language (the default ``QLocale``, which the language
switcher sets); where the engine has no voice for it, :class:`Speaker` says so plainly rather
than reading the words in a voice that cannot pronounce them.

The engine is made the first time something is read, not when the window opens: speech-dispatcher
is started on demand, and nobody who never reads aloud should wait for it.

Esc stops the reading from anywhere in the app while it speaks (and only then: otherwise Esc
keeps its usual meaning, such as leaving the editor). Locking or Hide now stops it at once:
whoever makes a :class:`Speaker` for a profile connects the session's ``about_to_lock`` to
:meth:`Speaker.stop`.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtTextToSpeech import QTextToSpeech

# Linux: speech-dispatcher, which speaks with espeak-ng (and any other voice installed there).
LINUX_ENGINE = "speechd"
# The language the app's own words are written in.
SOURCE_LANGUAGE = QLocale("en_GB")


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
    """Reads text aloud, one thing at a time; ``started`` and ``stopped`` say when it speaks,
    ``problem`` says in words why it could not (no speech on this computer, no voice for the
    language)."""

    started = Signal()
    stopped = Signal()
    problem = Signal(str)

    def __init__(self, engine: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._requested = engine
        self._engine: QTextToSpeech | None = None
        self._speaking = False
        self._eat_escape = False

    # --- what the app calls -------------------------------------------------------------

    def read(self, text: str) -> bool:
        """Start reading ``text`` aloud (stopping anything read before). False, with
        ``problem`` emitted, when it cannot be read."""
        words = " ".join(text.split())
        if not words:
            return False
        engine = self._ready_engine()
        if engine is None:
            return False
        self.stop()
        engine.say(words)
        return True

    def stop(self) -> None:
        """Stop speaking at once (locking and Hide now call this; so do Esc and the button)."""
        if self._engine is not None and self._engine.state() in (
            QTextToSpeech.State.Speaking,
            QTextToSpeech.State.Synthesizing,
            QTextToSpeech.State.Paused,
        ):
            self._engine.stop(QTextToSpeech.BoundaryHint.Immediate)
        self._set_speaking(False)

    def is_speaking(self) -> bool:
        return self._speaking

    @property
    def engine(self) -> QTextToSpeech | None:
        """The engine, once something has been read (None before, or when there is none)."""
        return self._engine

    # --- the engine ---------------------------------------------------------------------

    def _ready_engine(self) -> QTextToSpeech | None:
        if self._engine is None:
            name = engine_name(self._requested)
            if name is None:
                self.problem.emit(self._no_speech())
                return None
            self._engine = QTextToSpeech(name, self) if name else QTextToSpeech(self)
            self._engine.stateChanged.connect(self._state_changed)
        engine = self._engine
        if engine.state() == QTextToSpeech.State.Error:
            self.problem.emit(self._no_speech())
            return None
        wanted = QLocale()
        if wanted.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
            wanted = SOURCE_LANGUAGE  # no language chosen: the app speaks its own words, in English
        voice = voice_for(wanted, list(engine.availableLocales()))
        if voice is None:
            self.problem.emit(
                self.tr(
                    "There is no voice for {language} on this computer, so this can't be "
                    "read aloud. A voice can be added in the computer's own settings."
                ).replace("{language}", wanted.nativeLanguageName() or wanted.name())
            )
            return None
        if engine.locale() != voice:
            engine.setLocale(voice)
        return engine

    def _no_speech(self) -> str:
        return self.tr(
            "Reading aloud needs the computer's speech, and it isn't working here. "
            "On Linux, installing speech-dispatcher and espeak-ng gives it."
        )

    def _state_changed(self, state: QTextToSpeech.State) -> None:
        if state == QTextToSpeech.State.Error and self._speaking:
            self.problem.emit(self._no_speech())
        self._set_speaking(
            state in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Synthesizing, QTextToSpeech.State.Paused)
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
