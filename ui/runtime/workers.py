"""Long work off the GUI thread.

A :class:`Worker` runs one core call in the thread pool and reports through Qt signals
(``progress``, ``finished``, ``failed``), which arrive on the GUI thread. A worker never
touches widgets; whoever starts it connects the signals to the screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

ProgressCallback = Callable[[int, int], None]


class WorkerSignals(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the call's result
    failed = Signal(object)  # the exception


class Worker(QRunnable):
    """Runs ``task(*args, **kwargs)``; pass ``with_progress=True`` to give the task a
    ``progress(done, total)`` callback as its keyword argument ``progress``."""

    def __init__(self, task: Callable[..., Any], *args: Any, with_progress: bool = False, **kwargs: Any) -> None:
        super().__init__()
        self.signals = WorkerSignals()
        self._task, self._args, self._kwargs = task, args, kwargs
        if with_progress:
            self._kwargs["progress"] = self.signals.progress.emit
        # The pool must not delete us while a test or a view still holds the signals.
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self._task(*self._args, **self._kwargs)
        except Exception as exc:  # every failure goes to the one error path
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


def run_in_background(
    pool: QThreadPool,
    task: Callable[..., Any],
    *args: Any,
    on_finished: Callable[[Any], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    **kwargs: Any,
) -> Worker:
    worker = Worker(task, *args, with_progress=on_progress is not None, **kwargs)
    if on_finished is not None:
        worker.signals.finished.connect(on_finished)
    if on_failed is not None:
        worker.signals.failed.connect(on_failed)
    if on_progress is not None:
        worker.signals.progress.connect(on_progress)
    pool.start(worker)
    return worker
