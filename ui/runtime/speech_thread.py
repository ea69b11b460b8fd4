"""The speech engine's own thread: QTextToSpeech is made, used and deleted there, never on the
GUI thread, because an engine can block for as long as it likes. speech-dispatcher with no sound
output, for one, takes the words, says it has begun and never finishes; the next ``stop()`` then
waits for the server without end. Whatever it does, the window still answers keys and clicks.

The GUI side (:class:`~ui.runtime.speech.Speaker`) talks to it only through queued signals: it
asks with :attr:`SpeechThread.asked_make`, :attr:`asked_say`, :attr:`asked_stop` and
:attr:`asked_close`, and hears back through :class:`SpeechHost`'s signals, each of which also says
which reading it is about (``ticket``), so that word from a reading already stopped is not taken
for the new one. Every request is answered with ``done`` when the engine has dealt with it, so the
GUI side can tell an engine that is stuck from one that is merely quiet.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QObject, QThread, Signal, Slot
from PySide6.QtTextToSpeech import QTextToSpeech

# Makes the engine (on the speech thread) from its name ("" for the platform's own).
EngineFactory = Callable[[str], QTextToSpeech]
# How long the app, quitting, waits for a stuck engine before ending its thread regardless.
QUIT_WAIT_MSEC = 2000


def make_engine(name: str) -> QTextToSpeech:
    """The platform's engine: ``name``'s, or the default one for ""."""
    return QTextToSpeech(name) if name else QTextToSpeech()


class SpeechHost(QObject):
    """Lives on the speech thread and owns the engine there."""

    made = Signal(list, bool)  # the engine's voices (locale names), and whether it works at all
    state = Signal(int, int)  # ticket, QTextToSpeech.State value
    word = Signal(int, str)  # ticket, the word being said (engines that tell)
    failed = Signal(int)  # ticket: the engine reported an error
    done = Signal()  # one request dealt with

    def __init__(self, name: str, factory: EngineFactory) -> None:
        super().__init__()
        self._name = name
        self._factory = factory
        self._engine: QTextToSpeech | None = None
        self._ticket = 0

    @Slot()
    def make(self) -> None:
        try:
            if self._engine is None:
                self._engine = self._factory(self._name)
                self._engine.stateChanged.connect(self._state_changed)
                self._engine.sayingWord.connect(self._saying_word)
            working = self._engine.state() != QTextToSpeech.State.Error
            self.made.emit([locale.name() for locale in self._engine.availableLocales()] if working else [], working)
        finally:
            self.done.emit()

    @Slot(int, str, str)
    def say(self, ticket: int, text: str, voice: str) -> None:
        try:
            if self._engine is None:
                return
            self._ticket = ticket
            if self._engine.locale() != QLocale(voice):
                self._engine.setLocale(QLocale(voice))
            self._engine.say(text)
        finally:
            self.done.emit()

    @Slot()
    def stop(self) -> None:
        try:
            if self._engine is not None and self._engine.state() in (
                QTextToSpeech.State.Speaking,
                QTextToSpeech.State.Synthesizing,
                QTextToSpeech.State.Paused,
            ):
                self._engine.stop(QTextToSpeech.BoundaryHint.Immediate)
        finally:
            self.done.emit()

    @Slot()
    def close(self) -> None:
        """Delete the engine here, on its own thread, and end the thread."""
        engine, self._engine = self._engine, None
        if engine is not None:
            shiboken6.delete(engine)
        QThread.currentThread().quit()

    def _state_changed(self, state: QTextToSpeech.State) -> None:
        if state == QTextToSpeech.State.Error:
            self.failed.emit(self._ticket)
        self.state.emit(self._ticket, state.value)

    def _saying_word(self, word: str, *_rest: object) -> None:
        self.word.emit(self._ticket, word)


class SpeechThread(QThread):
    """The thread, with its host. It belongs to the application, not to the window that asked
    for it: a window closes at once, while a stuck engine may keep its thread for a while; the
    thread deletes itself when it has finished. Should the app quit while the engine is still
    stuck, the thread is ended after :data:`QUIT_WAIT_MSEC`, rather than the app hanging."""

    asked_make = Signal()
    asked_say = Signal(int, str, str)
    asked_stop = Signal()
    asked_close = Signal()

    def __init__(self, name: str, factory: EngineFactory) -> None:
        super().__init__(QCoreApplication.instance())
        self.setObjectName("speech")
        self.host = SpeechHost(name, factory)
        self.host.moveToThread(self)
        self.asked_make.connect(self.host.make)
        self.asked_say.connect(self.host.say)
        self.asked_stop.connect(self.host.stop)
        self.asked_close.connect(self.host.close)
        self.finished.connect(self.host.deleteLater)
        self.finished.connect(self.deleteLater)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._app_quitting)
        self.start()

    def shut(self) -> None:
        """Delete the engine on its thread and end the thread; returns at once."""
        self.asked_close.emit()

    def _app_quitting(self) -> None:
        self.shut()
        if not self.wait(QUIT_WAIT_MSEC):
            self.terminate()  # the engine is stuck inside the speech server: nothing else ends it
            self.wait(QUIT_WAIT_MSEC)
