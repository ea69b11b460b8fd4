"""Long work off the GUI thread: the one runner every slow core call goes through.

A :class:`Job` runs one core call in the thread pool and reports through Qt signals
(``progress``, ``finished``, ``failed``, and ``part`` for a job that hands back its result in
pieces as it goes), which arrive on the GUI thread. A job never touches widgets. The
:class:`JobRunner` ties each job to a context object (a dialog, a view): when that object is
gone, or the job was cancelled, its callbacks are dropped. It knows what is running, so
locking can cancel everything of a profile at once and never waits for a job: a cancelled
job stops at its next progress report (the core's long calls report every chunk), and its
transaction rolls back.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

from passport.errors import Cancelled


class JobSignals(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the call's result
    failed = Signal(object)  # the exception
    part = Signal(object)  # a piece of the result, handed back while the job goes on


class Job(QRunnable):
    """Runs ``task(*args, **kwargs)``; with ``with_progress`` the task gets a keyword
    argument ``progress(done, total)``, which also raises :class:`Cancelled` once the job
    is cancelled. With ``with_parts`` it gets ``part(piece)`` too, which hands ``piece`` to the
    GUI thread at once (and raises :class:`Cancelled` the same way)."""

    def __init__(self, task: Callable[..., Any], *args: Any, with_progress: bool = False, with_parts: bool = False,
                 **kwargs: Any) -> None:
        super().__init__()
        self.signals = JobSignals()
        self._task, self._args, self._kwargs = task, args, kwargs
        self._cancelled = threading.Event()
        self.done = threading.Event()
        if with_progress:
            self._kwargs["progress"] = self._progress
        if with_parts:
            self._kwargs["part"] = self._part
        # The pool must not delete us while a test or a view still holds the signals.
        self.setAutoDelete(False)

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancelled.is_set():
            raise Cancelled("the job was cancelled")
        self.signals.progress.emit(done, total)

    def _part(self, piece: object) -> None:
        if self._cancelled.is_set():
            raise Cancelled("the job was cancelled")
        self.signals.part.emit(piece)

    def run(self) -> None:
        try:
            result = self._task(*self._args, **self._kwargs)
        except Exception as exc:  # every failure goes to the one error path
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)
        finally:
            self.done.set()


class JobRunner(QObject):
    """Starts jobs in one pool and keeps each alive, and known, until it reports."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._running: dict[Job, object] = {}  # job -> its scope (say, the open profile's session)

    def start(
        self,
        task: Callable[..., Any],
        *args: Any,
        context: QObject | None = None,
        scope: object = None,
        on_finished: Callable[[Any], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        cancellable: bool = False,
        on_part: Callable[[Any], None] | None = None,
        **kwargs: Any,
    ) -> Job:
        """Run ``task`` off the GUI thread. Callbacks run on the GUI thread, only while
        ``context`` (if given) still exists and the job was not cancelled. With ``on_part``,
        the task is given ``part`` and each piece it hands back goes to ``on_part``."""
        takes_progress = on_progress is not None or (cancellable and _takes_progress(task))
        job = Job(task, *args, with_progress=takes_progress, with_parts=on_part is not None, **kwargs)

        def alive() -> bool:
            return not job.cancelled and (context is None or isValid(context))

        def report(callback: Callable[..., None] | None) -> Callable[..., None]:
            def call(*values: Any) -> None:
                if callback is not None and alive():
                    callback(*values)
            return call

        job.signals.progress.connect(report(on_progress))
        job.signals.part.connect(report(on_part))
        job.signals.finished.connect(report(on_finished))
        job.signals.failed.connect(report(on_failed))
        job.signals.finished.connect(lambda _result: self._running.pop(job, None))
        job.signals.failed.connect(lambda _error: self._running.pop(job, None))
        self._running[job] = scope
        self.pool.start(job)
        return job

    def running(self, scope: object = None) -> list[Job]:
        """The jobs still running (of one scope, when given)."""
        return [job for job, owner in self._running.items() if scope is None or owner is scope]

    def cancel(self, scope: object = None) -> None:
        """Cancel the running jobs (of one scope); never waits for them."""
        for job in self.running(scope):
            job.cancel()


def _takes_progress(task: Callable[..., Any]) -> bool:
    try:
        return "progress" in inspect.signature(task).parameters
    except (TypeError, ValueError):  # a builtin without a signature
        return False
