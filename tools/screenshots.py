"""Render every main screen offscreen to PNG (``python tools/screenshots.py [--out DIR]``).

Each screen at 100 % text in the light theme; home, editor and the wizard also at 200 %
and in high contrast. Uses the demo passport in a private temporary folder, removed at the
end. Screens whose views are not written yet are skipped with a note.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QDeadlineTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from passport.keyfile import KdfSettings
from passport.models import ProfileKind
from passport.profile import Profile
from ui.app_context import AppContext
from ui.demo import DEMO_PASSPHRASE, make_demo_profile
from ui.help_view import HelpView
from ui.session import Session
from ui.settings_dialog import SettingsDialog
from ui.setup_wizard import CODE, SetupWizard
from ui.start_window import StartWindow
from ui.theme import ThemeManager

SIZE = (1100, 760)
LOOKS = {"": ("light", 100), "-200": ("light", 200), "-contrast": ("high_contrast", 100)}
CHEAP_KDF = KdfSettings(memory_kib=8 * 1024, iterations=1, lanes=1)


def settle(msec: int = 150) -> None:
    QTest.qWait(msec)


def wait_for(condition: Callable[[], bool], msec: int = 20_000) -> None:
    deadline = QDeadlineTimer(msec)
    while not condition():
        if deadline.hasExpired():
            raise TimeoutError("the screen did not get ready in time")
        settle(50)


class Shooter:
    def __init__(self, out: Path, theme: ThemeManager) -> None:
        self.out = out
        self.theme = theme
        self.saved: list[str] = []

    def look(self, suffix: str) -> None:
        name, scale = LOOKS[suffix]
        self.theme.apply_theme(name)
        self.theme.set_text_scale(scale)

    def shoot(self, widget: QWidget, name: str, size: tuple[int, int] = SIZE) -> None:
        widget.resize(*size)
        widget.show()
        widget.activateWindow()
        settle()
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        self.saved.append(path.name)


def wizard_steps(shooter: Shooter, context: AppContext, suffix: str) -> None:
    base = Path(tempfile.mkdtemp(prefix="wp-shots-"))
    try:
        wizard = SetupWizard(AppContext(data_dir=base, theme=context.theme, kdf=CHEAP_KDF))
        shooter.shoot(wizard, f"wizard-1-welcome{suffix}")
        wizard.go_next()
        QTest.keyClicks(wizard.name_field, "My story")
        shooter.shoot(wizard, f"wizard-2-name{suffix}")
        wizard.go_next()
        QTest.keyClicks(wizard.passphrase.first, "purple kettle on a tuesday")
        QTest.keyClicks(wizard.passphrase.second, "purple kettle on a")
        shooter.shoot(wizard, f"wizard-3-passphrase{suffix}")
        QTest.keyClicks(wizard.passphrase.second, " tuesday")
        wizard.go_next()
        wait_for(lambda: wizard.current_step() == CODE)
        shooter.shoot(wizard, f"wizard-4-recovery-code{suffix}")
        wizard.discard()
        wizard.close()
    finally:
        shutil.rmtree(base, ignore_errors=True)


def main_screens(shooter: Shooter, session: Session, context: AppContext, image_entry: str) -> None:
    try:
        from ui.main_window import HELP, HOME, SEARCH, TIMELINE, MainWindow
    except ImportError as exc:
        print(f"note: skipping home, editor, search and timeline ({exc})")
        shooter.shoot(HelpView(), "help")
        return
    for suffix in LOOKS:
        shooter.look(suffix)
        window = MainWindow(session, context)
        window.show_page(HOME)
        shooter.shoot(window, f"home{suffix}")
        window.open_entry(image_entry)
        settle(400)
        shooter.shoot(window, f"editor{suffix}")
        if suffix == "":
            window.show_page(SEARCH)
            QTest.keyClicks(window.search.field, "help")
            settle(600)
            shooter.shoot(window, "search")
            window.show_page(TIMELINE)
            shooter.shoot(window, "timeline")
            window.show_page(HELP)
            shooter.shoot(window, "help")
        window.hide()
        window.deleteLater()
        settle()


def run(out: Path) -> list[str]:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    theme = ThemeManager(app)
    shooter = Shooter(out, theme)
    base = Path(tempfile.mkdtemp(prefix="wp-shots-"))  # private (0700), removed at the end
    try:
        profile, _code = make_demo_profile(base)
        Profile.create(base, ProfileKind.YOUNG_PERSON, "Blue notebook", "a passphrase here",
                       kdf=CHEAP_KDF)[0].lock()
        context = AppContext(data_dir=base, theme=theme, is_demo=True, demo_passphrase=DEMO_PASSPHRASE)

        shooter.look("")
        start = StartWindow(context)
        shooter.shoot(start, "launcher")
        start.show_unlock(profile.folder)
        shooter.shoot(start, "unlock")
        start.show_neutral()
        shooter.shoot(start, "neutral")
        start.close()

        for suffix in LOOKS:
            shooter.look(suffix)
            wizard_steps(shooter, context, suffix)

        session = Session(profile)
        image_entry = next(e.id for e in profile.entries() if profile.attachments(e.id)
                           and profile.attachments(e.id)[0].kind == "image")
        main_screens(shooter, session, context, image_entry)

        shooter.look("")
        settings = SettingsDialog(session, context)
        shooter.shoot(settings, "settings", (760, 600))
        settings.tabs.setCurrentIndex(2)
        shooter.shoot(settings, "settings-passphrase", (760, 600))
        settings.close()
        session.lock()
        settings.deleteLater()
        settle()
        # Let every window and worker go while Qt is still running, not at interpreter exit.
        del settings, session, start, profile
        for widget in QApplication.topLevelWidgets():
            widget.deleteLater()
        settle()
        gc.collect()
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return shooter.saved


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    saved = run(parser.parse_args().out)
    print(f"saved {len(saved)} screenshots: {', '.join(saved)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
