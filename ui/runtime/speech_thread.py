"""The speech engine's own thread: QTextToSpeech is made, used and deleted there, never on the
GUI thread, because an engine can block for as long as it likes. speech-dispatcher with no sound
output, for one, takes the words, says it has begun and never finishes; the next ``stop()`` then
waits for the server without end. Whatever it does, the window still answers keys and clicks.

A thread of its own is not enough by itself: PySide holds Python's lock (the GIL) for as long as
Python code waits in a call into Qt, so an engine blocking inside ``say()`` called from Python
would stop every Python line on the GUI thread too. So no Python code ever calls the engine's
slow methods (starting the engine, ``setLocale``, ``say``, ``stop``, deleting it): the engine is
made under a name no engine has (at once, with nothing loaded), and each of those calls is posted
to it with a queued :meth:`QMetaObject.invokeMethod`, which Qt's event loop then runs on the
speech thread with no Python code on the stack. Python only keeps the books: which reading the
engine is on (a queued "now reading N" marker before each ``say``), a queued "done" after each
request, and what the engine reports back.

The GUI side (:class:`~ui.runtime.speech.Speaker`) talks to it only through queued signals: it
asks with :attr:`SpeechThread.asked_make`, :attr:`asked_say`, :attr:`asked_stop` and
:attr:`asked_close`, and hears back through :class:`SpeechHost`'s signals, each of which also says
which reading it is about (``ticket``), so that word from a reading already stopped is not taken
for the new one. Every request is answered with ``done`` when the engine has dealt with it, so the
GUI side can tell an engine that is stuck from one that is merely quiet.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    Q_ARG,
    QCoreApplication,
    QGenericArgumentHolder,
    QLocale,
    QMetaObject,
    QObject,
    Qt,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtTextToSpeech import QTextToSpeech

# Makes the engine object (on the speech thread, as a child of the given host) with no engine
# loaded yet: the host loads the real one with a queued setEngine.
EngineFactory = Callable[[QObject], QTextToSpeech]
# A name no engine has: QTextToSpeech made with it is ready at once, with nothing loaded.
NO_ENGINE = "none"
# How long the app, quitting, waits for a stuck engine before ending its thread regardless.
QUIT_WAIT_MSEC = 2000
QUEUED = Qt.ConnectionType.QueuedConnection


def make_engine(parent: QObject) -> QTextToSpeech:
    """The platform's QTextToSpeech, with no engine loaded yet (loading one may take seconds)."""
    return QTextToSpeech(NO_ENGINE, parent)


def _post(target: QObject, method: str, *args: QGenericArgumentHolder) -> None:
    """Call ``method`` on ``target`` from its thread's event loop, after whatever was posted before."""
    if not QMetaObject.invokeMethod(target, method, QUEUED, *args):
        raise RuntimeError(f"{type(target).__name__} has no method {method}")


class SpeechHost(QObject):
    """Lives on the speech thread and owns the engine there (as the engine's parent)."""

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
        self._voice: str | None = None  # the voice last asked of the engine

    # --- requests from the GUI thread: each posts the engine's calls, in order ------------------

    @Slot()
    def make(self) -> None:
        if self._engine is None:
            self._engine = self._factory(self)
            self._engine.stateChanged.connect(self._state_changed)
            self._engine.sayingWord.connect(self._saying_word)
            _post(self._engine, "setEngine", Q_ARG(str, self._name))
        _post(self, "engine_loaded")

    @Slot(int, str, str)
    def say(self, ticket: int, text: str, voice: str) -> None:
        if self._engine is not None:
            if voice != self._voice:
                self._voice = voice
                _post(self._engine, "setLocale", Q_ARG(QLocale, QLocale(voice)))
            _post(self, "now_reading", Q_ARG(int, ticket))
            _post(self._engine, "say", Q_ARG(str, text))
        _post(self, "dealt_with")

    @Slot()
    def stop(self) -> None:
        if self._engine is not None:
            _post(self._engine, "stop")
        _post(self, "dealt_with")

    @Slot()
    def close(self) -> None:
        """Delete the engine here, on its own thread, and end the thread, once what was asked
        before has been dealt with."""
        engine, self._engine = self._engine, None
        if engine is not None:
            _post(engine, "deleteLater")
        _post(self, "end")

    # --- markers, run in their turn after the engine's calls posted before them ---------------

    @Slot()
    def engine_loaded(self) -> None:
        try:
            engine = self._engine
            working = engine is not None and engine.state() != QTextToSpeech.State.Error
            voices = [locale.name() for locale in engine.availableLocales()] if engine and working else []
            self.made.emit(voices, working)
        finally:
            self.done.emit()

    @Slot(int)
    def now_reading(self, ticket: int) -> None:
        self._ticket = ticket

    @Slot()
    def dealt_with(self) -> None:
        self.done.emit()

    @Slot()
    def end(self) -> None:
        QThread.currentThread().quit()

    # --- what the engine reports ---------------------------------------------------------------

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
    stuck, the app waits :data:`QUIT_WAIT_MSEC` for it and then ends without it (see
    :func:`stuck_at_quit`)."""

    asked_make = Signal()
    asked_say = Signal(int, str, str)
    asked_stop = Signal()
    asked_close = Signal()

    def __init__(self, name: str, factory: EngineFactory) -> None:
        super().__init__(QCoreApplication.instance())
        self.setObjectName("speech")
        self.host = host = SpeechHost(name, factory)
        host.moveToThread(self)
        # Python owns the host: were its last reference to go (this thread's, deleted on the GUI
        # thread), Python would delete it, and the engine with it, there and then, on the GUI
        # thread, while its own thread may still be deleting it (a crash), or the engine's
        # deletion block the window. So it is kept here until it is deleted on its own thread.
        _hosts.add(host)
        host.destroyed.connect(lambda *_: _hosts.discard(host))
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
            # Still stuck inside the speech server. Not terminate(): that ends the engine's call
            # with the speech library's own lock held, and deleting the engine then waits for
            # that lock for ever, and the app with it. The app ends without this thread instead.
            _stuck_at_quit.append(self)


_stuck_at_quit: list[SpeechThread] = []
_hosts: set[SpeechHost] = set()  # each until it is deleted on its own thread


def stuck_at_quit() -> bool:
    """Whether an engine was still stuck when the app quit. Its thread cannot be ended then, and
    Qt's clean-up on the way out would wait for it (or abort): the app's ``main`` then ends the
    process at once, once everything of its own is closed."""
    return bool(_stuck_at_quit)
