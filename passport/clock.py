"""Time in one place, so records are always timezone-aware UTC."""

from __future__ import annotations

import datetime as dt


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def today() -> dt.date:
    return dt.datetime.now().date()
