"""Render every main screen offscreen to PNG (``python tools/screenshots.py [--out DIR]``).

Each screen at 100 % text in the light theme; home, editor, settings and the wizard also
at 200 %, in high contrast and both; home and settings also at the smallest size the window
allows and at 1366×768 (where text is most likely cut). Uses the demo passport in a private
temporary folder, removed at the end. Screens whose views are not written yet are skipped with a note.
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

from PySide6.QtCore import QDeadlineTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from passport.crypto.keyfile import KdfSettings
from passport.models import ProfileKind
from passport.profile import Profile
from ui.content.settings_dialog import SettingsDialog
from ui.runtime.app_context import AppContext
from ui.runtime.file_chooser import FileChooser as FileChooserBase
from ui.runtime.session import Session
from ui.runtime.theme import ThemeManager
from ui.shell.demo import DEMO_PASSPHRASE, make_demo_profile
from ui.shell.help_view import HelpView
from ui.shell.setup_wizard import CODE, SetupWizard
from ui.shell.start_window import StartWindow

SIZE = (1100, 760)
LOOKS = {"": ("light", 100), "-200": ("light", 200), "-contrast": ("high_contrast", 100),
         "-contrast-200": ("high_contrast", 200)}
SMALLEST = (1, 1)  # Qt keeps a window at least at its minimum size: this asks for that
LAPTOP = (1366, 768)
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
        from ui.windows.main_window import HELP, HOME, SEARCH, TIMELINE, MainWindow
    except ImportError as exc:
        print(f"note: skipping home, editor, search and timeline ({exc})")
        shooter.shoot(HelpView(), "help")
        return
    for suffix in LOOKS:
        shooter.look(suffix)
        window = MainWindow(session, context)
        window.show_page(HOME)
        shooter.shoot(window, f"home{suffix}")
        shooter.shoot(window, f"home{suffix}-smallest", SMALLEST)
        shooter.shoot(window, f"home{suffix}-1366", LAPTOP)
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
    # Right to left (Arabic, Urdu, Hebrew): cards draw their own words, so look at them mirrored.
    shooter.look("")
    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = MainWindow(session, context)
        window.show_page(HOME)
        shooter.shoot(window, "home-rtl")
        window.hide()
        window.deleteLater()
        settle()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


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

        for suffix in LOOKS:
            shooter.look(suffix)
            settings = SettingsDialog(session, context)
            shooter.shoot(settings, f"settings{suffix}", (760, 600))
            shooter.shoot(settings, f"settings{suffix}-smallest", SMALLEST)
            settings.tabs.setCurrentIndex(2)
            shooter.shoot(settings, f"settings-passphrase{suffix}", (760, 600))
            settings.close()
            if suffix != list(LOOKS)[-1]:
                settings.deleteLater()
        shooter.look("")
        carer_and_inbox_screens(shooter, base, context)
        sharing_screens(shooter, base, context, session)
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


# --- carers, suggestions, backup and restore (issue 5) -----------------------------------


def _person(base: Path, kind: ProfileKind, label: str, name: str) -> Profile:
    from passport.exchange import identity

    profile = Profile.create(base, kind, label, "a passphrase here", kdf=CHEAP_KDF)[0]
    identity.set_details(profile.vault, name)
    return profile


def _draft(profile: Profile, key: str, title: str, body: str, **fields: object) -> str:
    from passport.models import EntryContent

    content = EntryContent(section_id=profile.section_by_key(key).id, title=title, body=body, **fields)
    change = profile.add_entry(content)
    assert change.entry is not None
    return change.entry.id


def carer_and_inbox_screens(shooter: Shooter, base: Path, context: AppContext) -> None:
    """The carer's drafting view, the young person's inbox, and the backup and restore dialogs."""
    from passport.exchange import contacts, sharing
    from tests.helpers import png_bytes
    from ui.content.backup_dialog import BackupDialog
    from ui.shell.restore_dialog import RestoreDialog
    from ui.suggestions.suggestion_inbox_view import SuggestionInboxView
    from ui.windows.carer_window import CarerWindow

    shooter.look("")
    sky = _person(base, ProfileKind.YOUNG_PERSON, "Sky's notes", "Sky")
    jo = _person(base, ProfileKind.CARER, "Helping Sky", "Jo Carter")
    for owner, other in ((sky, jo), (jo, sky)):
        card = base / f"{other.kind.value}.wpcard"
        sharing.export_card(other.vault, card)
        contacts.import_card(owner.vault, card)
    _draft(sky, "people", "Biscuit the dog", "My best friend. He waits for me after school.")
    walk = _draft(jo, "what_helps", "Walking the dog", "Sky calms down when we take Biscuit round the park "
                  "after tea. Ten minutes is often enough.", important_now=True)
    jo.add_attachment(walk, "biscuit.png", png_bytes(64, 40, (200, 150, 90)))
    _draft(jo, "what_helps", "Music before bed", "Quiet music with headphones helps Sky get to sleep.")
    _draft(jo, "when_things_get_hard", "Loud rooms", "Sky leaves rooms that get loud. Let Sky go, and check "
           "in after a few minutes.")
    suggestions_file = base / "for-sky.wpb"
    drafts = [e.id for e in sorted(jo.entries(), key=lambda e: e.created_at)]
    note = "Some things I noticed this month"
    jo.suggestions.make_suggestion(drafts, jo.people.contacts()[0], suggestions_file, note)
    sky.suggestions.open_suggestion(suggestions_file)

    carer = CarerWindow(Session(jo), context)
    shooter.shoot(carer, "carer-drafts")
    inbox = SuggestionInboxView(Session(sky))
    inbox.status.setText("Jo Carter sent 3 suggestions. Nothing is in your passport until you add it.")
    inbox.status.show()
    shooter.shoot(inbox, "suggestion-inbox")
    backup = BackupDialog(Session(sky))
    shooter.shoot(backup, "backup", (640, 420))
    restore = RestoreDialog(AppContext(data_dir=base, theme=context.theme, kdf=CHEAP_KDF))
    restore.file_label.setText("Backup 2025-03-01.wpbackup")
    QTest.keyClicks(restore.code_field, "7K3F-")
    shooter.shoot(restore, "restore", (640, 560))
    for widget in (carer, inbox, backup, restore):
        widget.close()
        widget.deleteLater()
    jo.lock()
    sky.lock()
    settle()


# --- sharing: the share wizard, People, and the practitioner's window (issue 4) -------------


class _Answer(FileChooserBase):
    """Answers every file question with one path, as if the person chose it."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def open_path(self, *_args: object) -> Path:
        return self.path

    def save_path(self, *_args: object) -> Path:
        return self.path


def sharing_screens(shooter: Shooter, base: Path, context: AppContext, session: Session) -> None:
    """The share wizard's steps (the preview too), the People page, and the practitioner's
    list and view of the file the wizard made, from the demo passport."""
    from ui.windows.main_window import PEOPLE, MainWindow

    shooter.look("")
    profile = session.profile
    profile.people.set_card_details("Jay")
    sam = _person(base, ProfileKind.PRACTITIONER, "Work", "Sam Lee")
    sam.people.set_card_details("Sam Lee", "Social worker", "Northside Council")
    card = base / "sam.wpcard"
    sam.people.export_card(card)
    profile.people.mark_checked(profile.people.import_card(card).subject.id)
    bundle = base / "for-sam.wpb"
    window = MainWindow(session, context, _Answer(bundle))
    window.resize(*SIZE)
    window.show()
    window.start_share()
    wizard = window.share_wizard
    assert wizard is not None
    wizard.choose_important_now()
    shooter.shoot(wizard, "share-wizard-1-entries", (900, 700))
    wizard.go_next()
    wizard.contact_list.setCurrentIndex(wizard.contacts.index(0))
    shooter.shoot(wizard, "share-wizard-2-person", (900, 700))
    wizard.go_next()
    QTest.keyClicks(wizard.purpose, "Moving to a new school in September")
    shooter.shoot(wizard, "share-wizard-3-until", (900, 700))
    wizard.go_next()
    shooter.shoot(wizard, "share-wizard-4-preview", (900, 760))
    wizard.go_next()
    wait_for(lambda: wizard.done_title.text() == "Saved")
    shooter.shoot(wizard, "share-wizard-5-saved", (900, 700))
    wizard.accept()
    settle()
    window.show_page(PEOPLE)
    window.people.shares.selectRow(0)
    shooter.shoot(window, "people")

    practitioner_screens(shooter, context, sam, bundle)
    window.hide()
    window.deleteLater()
    sam.lock()
    settle()


def practitioner_screens(shooter: Shooter, context: AppContext, sam: Profile, bundle: Path) -> None:
    """The practitioner's window before and after opening the file, and their card."""
    from PySide6.QtCore import Qt

    from ui.windows.practitioner_window import PractitionerWindow

    practitioner = PractitionerWindow(Session(sam), context, _Answer(bundle))
    shooter.shoot(practitioner, "practitioner-empty")
    practitioner.choose_and_open()
    wait_for(lambda: practitioner.model.rowCount() == 1)
    practitioner.list.setFocus(Qt.FocusReason.OtherFocusReason)
    shooter.shoot(practitioner, "practitioner-bundle")
    practitioner.view.browser.verticalScrollBar().setValue(practitioner.view.browser.verticalScrollBar().maximum() // 2)
    shooter.shoot(practitioner, "practitioner-bundle-entries")
    practitioner.open_card_dialog()
    shooter.shoot(practitioner.card_dialog, "practitioner-card", (640, 520))
    for widget in (practitioner.card_dialog, practitioner):
        widget.hide()
        widget.deleteLater()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    saved = run(parser.parse_args().out)
    print(f"saved {len(saved)} screenshots: {', '.join(saved)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
