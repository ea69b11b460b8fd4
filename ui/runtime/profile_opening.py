"""Opening a profile (passphrase, recovery code or trusted people's pieces) in the one job runner,
one opening at a time.

The unlock screen and the pieces dialog both open a profile this way. Opening takes a moment
(Argon2id), and the person may go back or close the dialog meanwhile: an opening they left is
locked again as soon as it ends, so a profile never stays open behind a screen that no longer
asks for it. No context object is given to the runner for that reason: the late result must
still arrive, to be locked."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ui.runtime.jobs import Job, JobRunner

if TYPE_CHECKING:
    from passport.profile import Profile


class ProfileOpening:
    def __init__(self, jobs: JobRunner, on_opened: Callable[[Profile], None],
                 on_failed: Callable[[BaseException], None]) -> None:
        self._jobs = jobs
        self._on_opened = on_opened
        self._on_failed = on_failed
        self.job: Job | None = None  # the opening the person is waiting for, if any

    @property
    def running(self) -> bool:
        return self.job is not None

    def start(self, opener: Callable[..., Profile], *args: Any) -> None:
        """Run ``opener(*args)``; unless left meanwhile, its profile goes to ``on_opened`` and its
        error to ``on_failed``, on the GUI thread."""
        # Reports arrive on the GUI thread after this method returns, so ``started`` is set by then.
        started: list[Job] = []
        job = self._jobs.start(opener, *args,
                               on_finished=lambda profile: self._finished(started[0], profile),
                               on_failed=lambda exc: self._failed(started[0], exc))
        started.append(job)
        self.job = job

    def leave(self) -> None:
        """The person went back: what is still opening is locked again when it ends."""
        self.job = None

    def _finished(self, job: Job, profile: Profile) -> None:
        if job is not self.job:
            profile.lock()
            return
        self.job = None
        self._on_opened(profile)

    def _failed(self, job: Job, exc: BaseException) -> None:
        if job is not self.job:
            return
        self.job = None
        self._on_failed(exc)
