"""Shared fixtures: real profiles in temp folders, real SQLCipher, real Qt offscreen."""

from __future__ import annotations

import os

# Before anything imports Qt: no display in CI, and no user-wide Qt settings touched.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from passport.models import ProfileKind
from passport.profile import Profile
from tests.helpers import FAST_KDF, PASSPHRASE


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir(mode=0o700)
    return path


@pytest.fixture
def made_profile(data_dir: Path) -> Iterator[tuple[Profile, str]]:
    profile, code = Profile.create(data_dir, ProfileKind.YOUNG_PERSON, "Sky", PASSPHRASE, kdf=FAST_KDF)
    yield profile, code
    profile.lock()


@pytest.fixture
def profile(made_profile: tuple[Profile, str]) -> Profile:
    return made_profile[0]



@pytest.fixture(autouse=True)
def _close_windows_left_open() -> Iterator[None]:
    """Each test starts with no window of an earlier one still on screen."""
    yield
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if isinstance(app, QApplication):
        for widget in app.topLevelWidgets():
            if widget.isVisible():
                widget.close()
