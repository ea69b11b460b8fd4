"""The first screen is right on its first paint, however soon that comes (issue 15).

To paint sooner, the app loads its bundled fonts (Ethiopic, Arabic script) just after the first
paint when nothing on the first screen needs them, and puts its app-wide filters on then too.
These tests watch the unlock screen's very first paint event, as ``bench/cold_app.py`` does,
and check what it shows at that moment: the chosen language's words in the chosen direction,
with letters (never boxes) for every script on it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QRawFont, QTextLayout
from PySide6.QtWidgets import QWidget

from passport.kinds import ProfileKind
from passport.profile import Profile
from passport.store import profiles
from tests.helpers import FAST_KDF, PASSPHRASE
from ui.app import PassportApp
from ui.runtime.fonts import bundled_fonts_loaded, font_files, needs_bundled_fonts
from ui.runtime.languages import available_languages, save_start_language
from ui.shell.launcher_view import LauncherView

ETHIOPIC_NAME = "ሰላም"  # a passport named in Tigrinya


@dataclass
class Seen:
    """What the unlock screen showed in its first paint event."""

    fonts_loaded: bool
    direction: Qt.LayoutDirection
    unlock_words: str
    title: str
    font: QFont


class FirstPaint(QObject):
    def __init__(self, app: PassportApp) -> None:
        super().__init__()
        self._app = app
        self._page = app.controller.start_window.unlock
        self.seen: Seen | None = None
        self._page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self._page and self.seen is None:
            unlock = self._app.controller.start_window.unlock
            self.seen = Seen(bundled_fonts_loaded(self._app.qt_app), unlock.layoutDirection(),
                             unlock.unlock_button.text(), unlock.title.text(), QFont(unlock.title.font()))
        return False


@pytest.fixture
def without_our_fonts(qapp) -> Iterator[None]:
    """The application's font as it is before the app's start loads ours (other tests may have
    loaded them into this shared application already)."""
    before = QFont(qapp.font())
    ours = set(qapp.property("bundledFontFamilies") or [])
    font = QFont(before)
    font.setFamilies([family for family in before.families() if family not in ours] or [before.family()])
    qapp.setFont(font)
    assert not bundled_fonts_loaded(qapp)
    yield
    qapp.setFont(before)


def _make(data_dir: Path, label: str) -> None:
    Profile.create(data_dir, ProfileKind.YOUNG_PERSON, label, PASSPHRASE, kdf=FAST_KDF)[0].lock()


def _start_at_unlock(qtbot, data_dir: Path) -> tuple[PassportApp, FirstPaint]:
    """As the bench does: the app made, the first passport's unlock screen asked for, then painted."""
    app = PassportApp(["--data-dir", str(data_dir)])
    watcher = FirstPaint(app)
    app.controller.start_window.show_unlock(profiles.list_profiles(data_dir)[0])
    qtbot.waitUntil(lambda: watcher.seen is not None)
    return app, watcher


def _no_boxes(text: str, font: QFont) -> bool:
    layout = QTextLayout(text.replace("&", ""), font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return all(0 not in run.glyphIndexes() for run in layout.glyphRuns())


def test_english_paints_first_and_brings_the_fonts_just_after(qtbot, data_dir, without_our_fonts) -> None:
    _make(data_dir, "Sky")
    app, watcher = _start_at_unlock(qtbot, data_dir)
    try:
        assert watcher.seen is not None
        assert watcher.seen.unlock_words == "&Unlock" and watcher.seen.title == "Sky"
        assert watcher.seen.direction == Qt.LayoutDirection.LeftToRight
        assert not watcher.seen.fonts_loaded  # not needed for these words: after the paint
        qtbot.waitUntil(lambda: bundled_fonts_loaded(app.qt_app))  # at the next turn, before any key
    finally:
        app.close()


def test_a_passport_named_in_ethiopic_has_its_letters_on_the_first_paint(qtbot, data_dir,
                                                                         without_our_fonts) -> None:
    _make(data_dir, ETHIOPIC_NAME)
    app, watcher = _start_at_unlock(qtbot, data_dir)
    try:
        assert watcher.seen is not None and watcher.seen.title == ETHIOPIC_NAME
        assert watcher.seen.fonts_loaded
        assert _no_boxes(ETHIOPIC_NAME, watcher.seen.font)
    finally:
        app.close()


def test_tigrinya_is_painted_in_tigrinya_with_its_letters_from_the_first_paint(qtbot, data_dir,
                                                                              without_our_fonts) -> None:
    _make(data_dir, "Sky")
    save_start_language(data_dir, "ti")
    app, watcher = _start_at_unlock(qtbot, data_dir)
    try:
        seen = watcher.seen
        assert seen is not None and seen.fonts_loaded
        assert seen.unlock_words != "&Unlock" and needs_bundled_fonts([seen.unlock_words])  # no flash of English
        assert _no_boxes(seen.unlock_words, seen.font)
        assert seen.direction == Qt.LayoutDirection.LeftToRight
    finally:
        app.close()


def test_arabic_is_painted_right_to_left_in_arabic_from_the_first_paint(qtbot, data_dir, without_our_fonts) -> None:
    _make(data_dir, "Sky")
    save_start_language(data_dir, "ar")
    app, watcher = _start_at_unlock(qtbot, data_dir)
    try:
        seen = watcher.seen
        assert seen is not None and seen.fonts_loaded
        assert seen.direction == Qt.LayoutDirection.RightToLeft
        assert seen.unlock_words != "&Unlock" and needs_bundled_fonts([seen.unlock_words])
        assert _no_boxes(seen.unlock_words, seen.font)
    finally:
        app.close()


def test_choosing_a_language_before_the_fonts_came_brings_them_first(qtbot, data_dir, without_our_fonts) -> None:
    """Whatever changes the language makes sure of the fonts, even before the first paint."""
    _make(data_dir, "Sky")
    app = PassportApp(["--data-dir", str(data_dir)])
    try:
        assert not bundled_fonts_loaded(app.qt_app)
        app.controller.choose_start_language("ti")
        assert bundled_fonts_loaded(app.qt_app)
    finally:
        app.close()


def test_opening_a_passport_before_the_fonts_came_brings_them_first(qtbot, data_dir, without_our_fonts) -> None:
    """An English passport may keep words in any script: its window is never made without them."""
    profile, _code = Profile.create(data_dir, ProfileKind.YOUNG_PERSON, "Sky", PASSPHRASE, kdf=FAST_KDF)
    app = PassportApp(["--data-dir", str(data_dir)])
    try:
        assert not bundled_fonts_loaded(app.qt_app)
        app.controller.open_profile(profile)
        assert bundled_fonts_loaded(app.qt_app)
    finally:
        app.close()
        profile.lock()


@pytest.mark.parametrize(("text", "needs"), [
    ("ሕጂ እንታይ ኣገዳሲ እዩ?", True), ("ما المهم الآن؟", True), ("اوس څه مهم دي؟ ښه", True),
    ("ئێستا چی گرنگە؟ ڕۆژت", True), ("Sky", False), ("Điều gì quan trọng", False), ("Ëndrra, Ŵyr ŷd", False),
])
def test_which_words_need_our_fonts(text: str, needs: bool) -> None:
    assert needs_bundled_fonts([text]) is needs
    assert needs_bundled_fonts(["Sky", text]) is needs


def test_every_letter_our_fonts_are_needed_for_is_in_them(qapp) -> None:
    """The blocks named in fonts.py are ones our fonts really carry letters for (a sample)."""
    raw = [QRawFont(str(path), 12) for path in font_files()]
    for letter in "ሰላምሕጂ" "ابتثپچژکگیۍڕۆە":
        assert needs_bundled_fonts([letter])
        assert any(font.isValid() and font.supportsCharacter(ord(letter)) for font in raw), letter


def test_a_new_app_runs_in_fusion_whatever_the_desktop_asks(data_dir) -> None:
    """The app's own QApplication is made with Fusion (the theme's palettes need it) rather than
    switched to it after, which cost the first paint PySide's QStyle type; a desktop asking for
    another style (here the Windows one) does not change that."""
    script = (
        "import sys\n"
        "from ui.app import PassportApp\n"
        "app = PassportApp(['--data-dir', sys.argv[1]])\n"
        "app.qt_app.setStyleSheet('')\n"  # the theme's style sheet wraps the style; this unwraps it
        "print(app.qt_app.style().name())\n"
        "app.close()\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_STYLE_OVERRIDE="Windows",
               PYTHONPATH=str(Path(__file__).resolve().parents[3]))
    done = subprocess.run([sys.executable, "-c", script, str(data_dir)], capture_output=True, text=True, env=env,
                          timeout=120, check=True)
    assert done.stdout.split()[-1] == "fusion"


def test_the_language_choice_is_never_a_window_of_its_own(qtbot, qapp, data_dir) -> None:
    """Shown before it was in the launcher's page, the chooser was briefly a window by itself:
    a native window made and thrown away before the first paint."""
    languages = available_languages()
    assert len(languages) > 1
    windows = WindowsShown()
    qapp.installEventFilter(windows)
    try:
        launcher = LauncherView(data_dir, languages=languages, current_language="en")
        qtbot.addWidget(launcher)
        launcher.show()
        qtbot.waitExposed(launcher)
    finally:
        qapp.removeEventFilter(windows)
    assert windows.shown == [launcher]
    assert launcher.language.isVisible() and not launcher.language.isWindow()


class WindowsShown(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.shown: list[QObject] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.shown.append(watched)
        return False
