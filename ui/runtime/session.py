"""The open profile as the UI sees it: the core facade plus Qt signals.

Views get a :class:`Session`, never a database. Each mutation goes through
:meth:`Session.apply`, which emits ``changed`` with the core's
:class:`~passport.models.Change`, so every view refreshes only what it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from ui.runtime.jobs import Job, JobRunner

if TYPE_CHECKING:
    from passport.models import Change
    from passport.profile import Profile


class Session(QObject):
    changed = Signal(object)  # passport.models.Change
    about_to_lock = Signal()  # views save pending edits while the key is still here
    # The profile's window is about to be made anew (a new language): views save pending edits.
    about_to_rebuild = Signal()
    locked = Signal()

    def __init__(self, profile: Profile, pool: QThreadPool | None = None, parent: QObject | None = None,
                 jobs: JobRunner | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.jobs = jobs or JobRunner(pool or QThreadPool.globalInstance(), self)
        # Words that could not be saved (a full disk), sealed to the profile's own key: the
        # app keeps them across the lock and saves them when this profile is open again.
        self.held: list[bytes] = []

    def apply(self, change: Change) -> Change:
        """Announce a change the core made (call with a mutation's return value)."""
        self.changed.emit(change)
        return change

    def run(
        self,
        task: Callable[..., Any],
        *args: Any,
        context: QObject | None = None,
        on_finished: Callable[[Any], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        on_part: Callable[[Any], None] | None = None,
        **kwargs: Any,
    ) -> Job:
        """Run a slow core call of this profile in the one runner. Locking cancels it; its
        callbacks are dropped once ``context`` (say, the dialog that started it) is gone."""
        return self.jobs.start(task, *args, context=context, scope=self, on_finished=on_finished,
                               on_failed=on_failed, on_progress=on_progress, cancellable=True, on_part=on_part,
                               **kwargs)

    def hold(self, sealed: bytes) -> None:
        self.held.append(sealed)

    def lock(self, take_off_screen: Callable[[], None] | None = None) -> None:
        """Lock at once, whatever is running: pending edits are saved while the key is still
        here, the profile is taken off screen (``take_off_screen``), then this profile's
        jobs are cancelled and the vault is closed. The screen never waits for a job."""
        if self.profile.is_locked:
            return
        self.about_to_lock.emit()
        if take_off_screen is not None:
            take_off_screen()
        self.jobs.cancel(scope=self)
        self.locked.emit()
        self.profile.lock()
