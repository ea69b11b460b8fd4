"""A job may hand back its result in pieces as it goes: each arrives on the GUI thread, in
order; a cancelled job stops at its next piece and nothing more arrives."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, QThreadPool

from passport.errors import Cancelled
from ui.runtime.jobs import JobRunner


def test_pieces_arrive_on_the_gui_thread_in_order(qtbot) -> None:
    runner = JobRunner(QThreadPool())
    got: list[tuple[int, bool]] = []

    def count(*, part) -> str:
        for number in range(5):
            part(number)
        return "done"

    finished: list[str] = []
    job = runner.start(count, on_part=lambda piece: got.append((piece, QThread.currentThread() is gui)),
                       on_finished=finished.append)
    gui = QThread.currentThread()
    qtbot.waitUntil(lambda: finished == ["done"])
    assert job.done.is_set()
    assert got == [(number, True) for number in range(5)]


def test_a_cancelled_job_stops_at_its_next_piece(qtbot) -> None:
    runner = JobRunner(QThreadPool())
    may_go_on, stopped = threading.Event(), []
    got: list[int] = []

    def count(*, part) -> None:
        part(0)
        may_go_on.wait(10)
        try:
            part(1)
        except Cancelled:
            stopped.append(True)
            raise

    context = QObject()
    job = runner.start(count, context=context, on_part=got.append, cancellable=True)
    qtbot.waitUntil(lambda: got == [0])
    job.cancel()
    may_go_on.set()
    qtbot.waitUntil(job.done.is_set)
    qtbot.wait(20)
    assert stopped == [True] and got == [0]
