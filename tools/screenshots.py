"""Render every main screen offscreen to PNG (``python tools/screenshots.py [--out DIR]``).

Each screen at 100 % text in the light theme; home, editor, settings and the wizard also
at 200 %, in high contrast and both; home and settings also at the smallest size the window
allows (and People, the share wizard's first step and Settings at 200 % at that size and
at 1366×768), home at 1366×768 (where text is most likely cut) and 1920×1080; and an empty passport's
Home, Search, People and Suggestions; the carer's and the practitioner's Help; and the screens of issues 16-18
(tools/screenshots_added.py: the plan, boundaries, one-page profile, drawing, recorder, trusted people, crisis
lines, reply and records, easy read, reading aloud, the draft languages). Uses the demo passport in a private
temporary folder, removed at the end, on an offscreen screen the size of a 1366×768 laptop. Screens whose views
are not written yet are skipped with a note.

Each screen is also checked as it is shot: a label or button whose text is cut off, a tab whose
name is cut short, and any control lying partly outside the window are listed at the end, and
the script then exits with 1.
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
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QDeadlineTimer, QPoint, QRect, Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QLabel,
    QListView,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QWidget,
)

from passport.crypto.keyfile import KdfSettings
from passport.models import ProfileKind
from passport.profile import Profile
from ui.content.settings_dialog import SettingsDialog
from ui.runtime.app_context import AppContext
from ui.runtime.file_chooser import FileChooser as FileChooserBase
from ui.runtime.fonts import load_bundled_fonts
from ui.runtime.language_switcher import LanguageSwitcher
from ui.runtime.languages import ENGLISH
from ui.runtime.session import Session
from ui.runtime.theme import ThemeManager
from ui.runtime.translations import install_english_plurals
from ui.shell.demo import DEMO_PASSPHRASE, make_demo_profile
from ui.shell.help_view import HelpView
from ui.shell.setup_wizard import CODE, SetupWizard
from ui.shell.start_window import StartWindow

if TYPE_CHECKING:
    from ui.windows.main_window import MainWindow

SIZE = (1100, 760)
LOOKS = {"": ("light", 100), "-200": ("light", 200), "-contrast": ("high_contrast", 100),
         "-contrast-200": ("high_contrast", 200)}
SMALLEST = (1, 1)  # Qt keeps a window at least at its minimum size: this asks for that
LAPTOP = (1366, 768)
DESKTOP = (1920, 1080)
LAPTOP_SCREEN = Path(__file__).resolve().parent / "offscreen_laptop.json"
CHEAP_KDF = KdfSettings(memory_kib=8 * 1024, iterations=1, lanes=1)


def settle(msec: int = 150) -> None:
    QTest.qWait(msec)


def wait_for(condition: Callable[[], bool], msec: int = 20_000) -> None:
    deadline = QDeadlineTimer(msec)
    while not condition():
        if deadline.hasExpired():
            raise TimeoutError("the screen did not get ready in time")
        settle(50)


# --- what a person would see as broken: text cut off, controls off the window ---------------

SLACK = 1  # pixels: rounding in font metrics is not a cut


def _shown_text(text: str) -> str:
    """A button's or label's text as drawn: "&&" is a literal "&", a lone "&" marks the Alt key."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    name = widget.objectName() or widget.accessibleName() or _shown_text(text)[:40]
    return f"{type(widget).__name__} “{name}”" if name else type(widget).__name__


def _scrolled(widget: QWidget, window: QWidget) -> bool:
    """Whether the widget sits inside a scroll area's page, where being out of sight is normal."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        grandparent = parent.parentWidget()
        if isinstance(grandparent, QAbstractScrollArea) and parent is grandparent.viewport():
            return True
        parent = grandparent
    return False


def _label_problem(label: QLabel) -> str | None:
    if not label.text():  # a picture, or nothing
        return None
    room = label.contentsRect()
    if label.wordWrap():  # wraps: cut only if the lines need more height than it has
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"{_describe(label)}: its words need {needed} px of height, it has {label.height()}"
        return None
    needed = label.minimumSizeHint().width()  # one line, so the whole text's width
    if needed > label.width() + SLACK:
        return f"{_describe(label)}: text cut off ({needed} px of text in {label.width()} px)"
    if room.height() < label.fontMetrics().height() - SLACK:
        return f"{_describe(label)}: text cut off at the bottom ({room.height()} px high)"
    return None


_CONTENTS = {QPushButton: QStyle.SubElement.SE_PushButtonContents,
             QCheckBox: QStyle.SubElement.SE_CheckBoxContents,
             QRadioButton: QStyle.SubElement.SE_RadioButtonContents}


def _button_problem(button: QAbstractButton) -> str | None:
    text = _shown_text(button.text())
    element = next((e for kind, e in _CONTENTS.items() if isinstance(button, kind)), None)
    if not text or element is None:
        return None
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    room = button.style().subElementRect(element, option, button).width()
    needed = max(button.fontMetrics().horizontalAdvance(line) for line in text.splitlines())
    if not button.icon().isNull() and isinstance(button, QPushButton):
        needed += button.iconSize().width() + 4
    if needed > room + SLACK:
        return f"{_describe(button)}: text wider than the button ({needed} px of text in {room} px)"
    return None


def _tab_problems(tabs: QTabBar) -> list[str]:
    found = []
    for index in range(tabs.count()):
        shown, wanted = tabs.tabRect(index), tabs.tabSizeHint(index)
        # A bar that scrolls (its arrows show) brings a tab past its end into view whole when chosen;
        # only a tab drawn narrower than its words is cut.
        beyond_the_end = shown.right() > tabs.width() + SLACK and not tabs.usesScrollButtons()
        cut = shown.width() < wanted.width() - SLACK or beyond_the_end
        if cut and tabs.isTabVisible(index):
            found.append(f"tab “{_shown_text(tabs.tabText(index))}”: cut short ({shown.width()} px of "
                         f"{wanted.width()}, in a bar {tabs.width()} px wide)")
    return found


def _list_problems(view: QListView) -> list[str]:
    """Rows of a one-column list that cannot scroll sideways, whose words are wider than it."""
    if view.wordWrap() or view.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        return []
    model, room = view.model(), view.viewport().width()
    found = []
    for row in range(model.rowCount() if model is not None else 0):
        index = model.index(row, view.modelColumn())
        needed = view.sizeHintForIndex(index).width()
        if needed > room + SLACK:
            found.append(f"{_describe(view)}: row “{index.data()}” cut off ({needed} px in {room} px)")
    return found


def _sideways_problem(area: QScrollArea) -> str | None:
    """A page wider than a scroll area that cannot scroll sideways: its right side is never seen."""
    page, room = area.widget(), area.viewport().width()
    if page is None or area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        return None
    # Only its empty margin out of sight is no loss.
    margin = page.layout().contentsMargins().right() if page.layout() is not None else 0
    if page.width() > room + margin + SLACK:
        return f"{_describe(area)}: its page is {page.width()} px wide in {room} px, and it cannot scroll sideways"
    return None


def layout_problems(window: QWidget) -> list[str]:
    """What on this window a person would see as broken: text cut off (a one-line label or a
    button narrower than its words, wrapped words taller than their label, a tab's name cut
    short, a list's row wider than a list that cannot scroll sideways, a page wider than a scroll
    area that cannot) and any visible control lying partly outside the window."""
    found: list[str] = []
    frame = window.rect()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow() or widget.window() is not window:
            continue
        if isinstance(widget, QLabel):
            found.append(_label_problem(widget))
        elif isinstance(widget, QAbstractButton):
            found.append(_button_problem(widget))
        elif isinstance(widget, QTabBar):
            found += _tab_problems(widget)
        elif isinstance(widget, QListView):
            found += _list_problems(widget)
        elif isinstance(widget, QScrollArea):
            found.append(_sideways_problem(widget))
        where = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not frame.contains(where) and not _scrolled(widget, window):
            found.append(f"{_describe(widget)}: partly outside the window (at {where.x()},{where.y()}, "
                         f"{where.width()}×{where.height()}; the window is {frame.width()}×{frame.height()})")
    return [problem for problem in found if problem]


class Shooter:
    def __init__(self, out: Path, theme: ThemeManager) -> None:
        self.out = out
        self.theme = theme
        self.saved: list[str] = []
        self.problems: list[str] = []

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
        self.problems += [f"{name}: {problem}" for problem in layout_problems(widget)]


def wizard_steps(shooter: Shooter, context: AppContext, suffix: str) -> None:
    base = Path(tempfile.mkdtemp(prefix="wp-shots-"))
    try:
        wizard = SetupWizard(AppContext(data_dir=base, theme=context.theme, kdf=CHEAP_KDF))
        shooter.shoot(wizard, f"wizard-1-welcome{suffix}")
        wizard.go_next()
        QTest.keyClicks(wizard.name_field, "My story")
        shooter.shoot(wizard, f"wizard-2-name{suffix}")
        wizard.go_next()
        # Not the app's own example passphrase: the wizard refuses that one now.
        QTest.keyClicks(wizard.passphrase.first, "rainy harbour biscuit on a tuesday")
        QTest.keyClicks(wizard.passphrase.second, "rainy harbour biscuit on a")
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
        shooter.shoot(window, f"home{suffix}-1920", DESKTOP)
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


def empty_screens(shooter: Shooter, session: Session, context: AppContext) -> None:
    """A passport with nothing in it yet: Home, a search that finds nothing, People and
    Suggestions, where the empty words must sit where they are read, not float."""
    from ui.windows.main_window import HOME, PEOPLE, SEARCH, SUGGESTIONS, MainWindow

    shooter.look("")
    window = MainWindow(session, context)
    for page, name in ((HOME, "home-empty"), (SEARCH, "search-nothing-found"), (PEOPLE, "people-empty"),
                       (SUGGESTIONS, "suggestions-empty")):
        window.show_page(page)
        if page == SEARCH:
            QTest.keyClicks(window.search.field, "biscuit")
            settle(600)
        shooter.shoot(window, name, LAPTOP)
    window.hide()
    window.deleteLater()
    session.lock()
    settle()


def start_screens(shooter: Shooter, context: AppContext, profile: Profile) -> StartWindow:
    from tools import screenshots_added as added

    shooter.look("")
    start = StartWindow(context)
    shooter.shoot(start, "launcher")
    start.show_unlock(profile.folder)
    shooter.shoot(start, "unlock")
    start.show_neutral()
    shooter.shoot(start, "neutral")
    start.close()
    added.start_screens(shooter, context, profile.folder)
    return start


def start_app() -> tuple[QApplication, LanguageSwitcher, QTranslator | None]:
    """As the app starts: letters for every script, English's own plurals, and languages to choose."""
    if QApplication.instance() is None and os.environ["QT_QPA_PLATFORM"] == "offscreen":
        # On a screen the size of a small laptop's (Qt's own offscreen screen is 800×800): a dialog
        # that sizes itself takes at most two thirds of it.
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={LAPTOP_SCREEN}"
    app = QApplication.instance() or QApplication(sys.argv[:1])
    load_bundled_fonts(app)
    plurals = install_english_plurals(app)
    languages = LanguageSwitcher(app)
    languages.use(ENGLISH)
    return app, languages, plurals


def run(out: Path) -> Shooter:
    from tools import screenshots_added as added

    out.mkdir(parents=True, exist_ok=True)
    app, languages, plurals = start_app()
    theme = ThemeManager(app)
    shooter = Shooter(out, theme)
    base = Path(tempfile.mkdtemp(prefix="wp-shots-"))  # private (0700), removed at the end
    try:
        profile, _code = make_demo_profile(base)
        added.prepare_demo(profile)
        empty = Profile.create(base, ProfileKind.YOUNG_PERSON, "Blue notebook", "a passphrase here",
                               kdf=CHEAP_KDF)[0]
        context = AppContext(data_dir=base, theme=theme, is_demo=True, demo_passphrase=DEMO_PASSPHRASE,
                             languages=languages)
        empty_screens(shooter, Session(empty), AppContext(data_dir=base, theme=theme))

        start = start_screens(shooter, context, profile)

        for suffix in LOOKS:
            shooter.look(suffix)
            wizard_steps(shooter, context, suffix)

        session = Session(profile)
        image_entry = next(e.id for e in profile.entries() if profile.attachments(e.id)
                           and profile.attachments(e.id)[0].kind == "image")
        main_screens(shooter, session, context, image_entry)
        added.main_window_screens(shooter, session, context, image_entry)
        added.language_screens(shooter, session, context)  # before more passports join the start screen's list

        for suffix in LOOKS:
            shooter.look(suffix)
            settings = SettingsDialog(session, context)
            shooter.shoot(settings, f"settings{suffix}", (760, 600))
            shooter.shoot(settings, f"settings{suffix}-smallest", SMALLEST)
            settings.pages.setCurrentIndex(2)
            shooter.shoot(settings, f"settings-passphrase{suffix}", (760, 600))
            settings.close()
            if suffix != list(LOOKS)[-1]:
                settings.deleteLater()
        shooter.look("")
        carer_and_inbox_screens(shooter, base, context)
        sharing_screens(shooter, base, context, session)
        added.trusted_screens(shooter, base, context)
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
        languages.uninstall()
        if plurals is not None:
            app.removeTranslator(plurals)
    return shooter


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
    carer.open_help()
    shooter.shoot(carer.dialog, "carer-help", (720, 620))
    carer.dialog.reject()
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

    def folder_path(self, *_args: object) -> Path:
        return self.path


def sharing_screens(shooter: Shooter, base: Path, context: AppContext, session: Session) -> None:
    """The share wizard's steps (the preview too), the People page, and the practitioner's
    list and view of the file the wizard made, from the demo passport."""
    from tools import screenshots_added as added
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
    wizard.records.allowed.click()  # so the practitioner's Export for records shows
    wizard.go_next()
    shooter.shoot(wizard, "share-wizard-4-preview", (900, 760))
    wizard.boundaries_check.click()  # what people should know first, at the top of the share
    shooter.shoot(wizard, "share-wizard-4-preview-boundaries", (900, 760))
    wizard.go_next()
    wait_for(lambda: wizard.done_title.text() == "Saved")
    shooter.shoot(wizard, "share-wizard-5-saved", (900, 700))
    wizard.accept()
    settle()
    window.show_page(PEOPLE)
    window.people.shares.selectRow(0)
    shooter.shoot(window, "people")
    large_text_screens(shooter, window, session, context)
    added.records_choice_screens(shooter, window)

    practitioner_screens(shooter, context, sam, bundle)
    added.reply_screens(shooter, context, window, sam, base)
    window.hide()
    window.deleteLater()
    sam.lock()
    settle()


def large_text_screens(shooter: Shooter, window: MainWindow, session: Session, context: AppContext) -> None:
    """People, the share wizard's first step and Settings at 200 %, at 1366×768 and at the
    smallest size, where a new user found their words cut and their buttons off the page."""
    for suffix in ("-200", "-contrast-200"):
        shooter.look(suffix)
        shooter.shoot(window, f"people{suffix}", LAPTOP)
        shooter.shoot(window, f"people{suffix}-smallest", SMALLEST)
        window.start_share()
        big = window.share_wizard
        assert big is not None
        shooter.shoot(big, f"share-wizard-1-entries{suffix}", LAPTOP)
        shooter.shoot(big, f"share-wizard-1-entries{suffix}-smallest", SMALLEST)
        big.reject()
        settle()
        settings = SettingsDialog(session, context, window)  # its smallest size is shot above
        shooter.shoot(settings, f"settings{suffix}-1366", LAPTOP)
        settings.close()
        settings.deleteLater()
    shooter.look("")


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
    practitioner.open_help()
    shooter.shoot(practitioner.help_dialog, "practitioner-help", (720, 620))
    practitioner.help_dialog.reject()
    practitioner.open_card_dialog()
    shooter.shoot(practitioner.card_dialog, "practitioner-card", (640, 520))
    for widget in (practitioner.card_dialog, practitioner):
        widget.hide()
        widget.deleteLater()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    shooter = run(parser.parse_args().out)
    print(f"saved {len(shooter.saved)} screenshots: {', '.join(shooter.saved)}")
    if not shooter.problems:
        print("nothing cut off, nothing outside its window")
        return 0
    print(f"{len(shooter.problems)} things cut off or outside the window:")
    for problem in shooter.problems:
        print(f"  {problem}")
    return 1


if __name__ == "__main__":
    # Run as the module tools.screenshots, the one tools/screenshots_added.py imports its helpers from.
    from tools import screenshots

    sys.exit(screenshots.main())
