"""The open profile as the UI sees it: the core facade plus Qt signals.

Views get a :class:`Session`, never a database. Each mutation goes through
:meth:`Session.apply`, which emits ``changed`` with the core's
:class:`~passport.models.Change`, so every view refreshes only what it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from ui.runtime.workers import Worker, run_in_background

if TYPE_CHECKING:
    from passport.models import Change
    from passport.profile import Profile


class Session(QObject):
    changed = Signal(object)  # passport.models.Change
    about_to_lock = Signal()  # views save pending edits while the key is still here
    locked = Signal()

    def __init__(self, profile: Profile, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.pool = pool or QThreadPool.globalInstance()
        self._workers: set[Worker] = set()

    def apply(self, change: Change) -> Change:
        """Announce a change the core made (call with a mutation's return value)."""
        self.changed.emit(change)
        return change

    def run(
        self,
        task: Callable[..., Any],
        *args: Any,
        on_finished: Callable[[Any], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        **kwargs: Any,
    ) -> Worker:
        """Run a slow core call in the pool; keeps the worker alive until it reports."""
        worker = run_in_background(
            self.pool, task, *args, on_finished=on_finished, on_failed=on_failed,
            on_progress=on_progress, **kwargs,
        )
        self._workers.add(worker)
        worker.signals.finished.connect(lambda _result: self._workers.discard(worker))
        worker.signals.failed.connect(lambda _error: self._workers.discard(worker))
        return worker

    def lock(self) -> None:
        """Close the profile and drop its key; views listening to ``locked`` clear themselves."""
        if not self.profile.is_locked:
            self.about_to_lock.emit()
            self.profile.lock()
            self.locked.emit()
