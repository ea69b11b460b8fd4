"""The Qt binding must keep Python's reference counts right.

PySide6 6.12.0 released a reference to None on every call of a method that returns
nothing; on Python 3.11, where None is not immortal, the app then died with "deallocating
None" after a few thousand such calls (a few minutes of use). pyproject.toml keeps that
release out; this test fails if any release brings the bug back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel


def test_methods_that_return_nothing_leave_none_alone(qapp) -> None:
    label = QLabel("words")
    calls = 2000
    before = sys.getrefcount(None)
    for _ in range(calls):
        label.setText("other words")
        QCoreApplication.processEvents()
    # A little drift from Python itself is fine; one lost reference per call is not.
    assert sys.getrefcount(None) - before > -calls // 10
