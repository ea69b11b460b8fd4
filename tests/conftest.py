"""Shared fixtures: real profiles in temp folders, real SQLCipher, real Qt offscreen."""

from __future__ import annotations

import os

# Before anything imports Qt: no display in CI, and no user-wide Qt settings touched.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from passport.models import ProfileKind
from passport.profile import Profile
from tests.helpers import FAST_KDF, PASSPHRASE, add_entry, png_bytes, wav_bytes
from tests.sharing_helpers import give_card, make_practitioner
from tests.suggestion_helpers import make_person

if TYPE_CHECKING:
    from tests.ui_sharing_helpers import AnsweringChooser


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


@pytest.fixture
def practitioner(data_dir: Path) -> Iterator[Profile]:
    """Sam Lee, a social worker, in a practitioner's profile beside ``profile``."""
    profile = make_practitioner(data_dir)
    yield profile
    profile.lock()


@pytest.fixture
def sam(profile: Profile, practitioner: Profile, tmp_path: Path):
    """The practitioner's card in the young person's contacts (numbers not yet compared);
    the young person's own card carries the name Sky."""
    profile.people.set_card_details("Sky")
    return give_card(practitioner, profile, tmp_path, checked=False)


@pytest.fixture
def entries(profile: Profile) -> list[str]:
    """Two entries of ``profile``; the first is important now and holds a picture and a sound."""
    first = add_entry(profile, "Music helps", "I play guitar when it gets loud.", important_now=True)
    profile.add_attachment(first, "me.png", png_bytes(32, 16))
    profile.add_attachment(first, "song.wav", wav_bytes(0.5))
    second = add_entry(profile, "Quiet space", "A room with the door open a little.")
    return [first, second]


@pytest.fixture
def sky(data_dir: Path) -> Iterator[Profile]:
    """A young person whose card says "Sky" (for tests with several people)."""
    profile = make_person(data_dir, ProfileKind.YOUNG_PERSON, "Sky", "Sky")
    yield profile
    profile.lock()


@pytest.fixture
def jo(data_dir: Path) -> Iterator[Profile]:
    """Jo Carter, a foster carer, in a helper's profile."""
    profile = make_person(data_dir, ProfileKind.CARER, "Helping", "Jo Carter", "Foster carer")
    yield profile
    profile.lock()


@pytest.fixture
def chooser() -> AnsweringChooser:
    """Answers the sharing screens' file questions in place of the system's dialog."""
    from tests.ui_sharing_helpers import AnsweringChooser  # late, like Qt below: core tests need neither

    return AnsweringChooser()


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's application, with the wheel guard and English's plural forms the app installs
    (ui/app.py), so windows built straight in a test treat the mouse wheel as the person's would
    and say "1 entry"."""
    from ui.runtime.translations import install_english_plurals  # late, like Qt below
    from ui.widgets.wheel_guard import WheelGuard

    WheelGuard.install(qapp)
    if qapp.property("englishPlurals") is None:
        install_english_plurals(qapp)
        qapp.setProperty("englishPlurals", True)
    return qapp


@pytest.fixture(autouse=True)
def _close_windows_left_open() -> Iterator[None]:
    """Each test starts with no window of an earlier one still on screen, and what a test
    left behind is deleted while Qt is still whole (a media player destroyed during
    interpreter shutdown, after the application, crashes Qt's FFmpeg backend). The text size a test
    gave the whole app (easy read's 130 %) goes back too: a later test measuring a window at
    100 % text met 130 %."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    before = QApplication.instance()
    font = before.font() if isinstance(before, QApplication) else None
    yield
    app = QApplication.instance()
    if isinstance(app, QApplication):
        for widget in app.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        # After the windows are gone: nothing to lay out again. Only the font: a theme's style sheet
        # is the theme's to set (its contrast tests expect the one they applied last).
        if font is not None and app is before and app.font() != font:
            app.setFont(font)
