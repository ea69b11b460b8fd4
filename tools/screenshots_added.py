"""The screens that came with issues 16, 17 and 18, for ``tools/screenshots.py`` (which runs them).

The plan for when things get hard (opened by Ctrl+Shift+P), what people should know first (on
Home and in its dialog, and as the practitioner's band above a share), the one-page profile,
drawing, the sound recorder with no microphone, trusted people (both Settings tabs, a piece's
words, getting back in from the unlock screen), the crisis lines behind the start screen's Help,
the practitioner's Reply (both steps) and Export for records, the replies in People, the share
wizard's records choice, reading aloud, easy read, the language list, and Home and the start
screen in each draft language. Window pages at the smallest size, 1100×760 and 1920×1080; most
screens at 100 % and 200 % text, light and high contrast.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from passport.models import ProfileKind
from tools.screenshots import (
    DESKTOP,
    LOOKS,
    SIZE,
    SMALLEST,
    Shooter,
    _Answer,
    _person,
    settle,
    wait_for,
)
from ui.runtime.app_context import AppContext
from ui.runtime.session import Session

if TYPE_CHECKING:
    from passport.profile import Profile
    from passport.store.profiles import ProfileFolder
    from ui.practitioner.reply_button import ReplyButton
    from ui.practitioner.reply_dialog import ReplyDialog
    from ui.windows.main_window import MainWindow

# Small, medium and large, for a screen that is a page of a window.
WINDOW_SIZES = (("-smallest", SMALLEST), ("", SIZE), ("-1920", DESKTOP))
# Every draft language; Arabic (right to left) and Tigrinya (its own script) also at the smallest size.
LANGUAGES = ("ar", "fa_AF", "ps", "ckb", "ti", "vi", "sq", "cy")
CLOSER_LOOKS = ("ar", "ti")
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def looks(shooter: Shooter, only: tuple[str, ...] = tuple(LOOKS)) -> Iterator[str]:
    """Each look in turn (light and high contrast, 100 % and 200 %), back to plain light after."""
    try:
        for suffix in only:
            shooter.look(suffix)
            yield suffix
    finally:
        shooter.look("")


def dispose(*widgets: QWidget) -> None:
    for widget in widgets:
        widget.hide()
        widget.deleteLater()
    settle()


def own_size(widget: QWidget) -> tuple[int, int]:
    """The size the dialog opens at: the one it gave itself, else what Qt gives it on showing
    (its size hint, at most two thirds of the screen, a 1366×768 laptop's here)."""
    if not widget.testAttribute(Qt.WidgetAttribute.WA_Resized):
        widget.adjustSize()
    return widget.width(), widget.height()


def prepare_demo(profile: Profile) -> None:
    """What the demo passport lacks to show the new screens: the young person's boundaries and
    three steps of their plan."""
    profile.set_boundaries("Jay", "My birth family, unless I bring it up first.",
                           "Tell me what will happen next. Give me time to answer; I go quiet when I'm thinking.")
    profile.set_plan_step("warning_signs", ["I stop answering messages", "I can't sleep and I pace at night"])
    profile.set_plan_step("things_i_can_do", ["Draw with headphones on", "Walk to the park and back",
                                              "Cold water on my face"])
    profile.set_plan_step("people_i_can_ask", ["Mo, my key worker", "Aunt Lisa: she always picks up"])


# --- a young person's window: the plan, boundaries, one-page profile, drawing, sound ----------------


def main_window_screens(shooter: Shooter, session: Session, context: AppContext, image_entry: str) -> None:
    from ui.windows.main_window import MainWindow

    for suffix in looks(shooter):
        window = MainWindow(session, context)
        _plan(shooter, window, suffix)
        _boundaries_dialog(shooter, window, suffix)
        _one_page(shooter, window, suffix)
        _drawing_and_sound(shooter, window, image_entry, suffix)
        dispose(window)
    _reading_aloud(shooter, session, context)
    _easy_read(shooter, session, context)


def _plan(shooter: Shooter, window: MainWindow, suffix: str) -> None:
    from ui.windows.main_window import PLAN

    window.resize(*SIZE)
    window.show()
    settle()
    QTest.keyClick(window, Qt.Key.Key_P, CTRL_SHIFT)  # as a person would, from anywhere
    wait_for(lambda: window.current_page() == PLAN)
    for size_suffix, size in WINDOW_SIZES:
        shooter.shoot(window, f"plan{suffix}{size_suffix}", size)
    # Below the crisis lines: the steps, some written in.
    window.resize(*SIZE)
    settle()
    plan = window.plan
    plan.verticalScrollBar().setValue(plan.blocks[0].y() - 16)
    shooter.shoot(window, f"plan-steps{suffix}")


def _boundaries_dialog(shooter: Shooter, window: MainWindow, suffix: str) -> None:
    from ui.windows.main_window import HOME

    window.show_page(HOME)
    window.home.boundaries_panel.edit_button.click()
    dialog = window.home.boundaries_dialog
    assert dialog is not None
    shooter.shoot(dialog, f"boundaries{suffix}", own_size(dialog))
    dialog.reject()
    settle()


def _one_page(shooter: Shooter, window: MainWindow, suffix: str) -> None:
    window.one_page_button.click()
    dialog = window.one_page_dialog
    assert dialog is not None
    root = dialog.tree.invisibleRootItem()
    for row in range(min(3, root.childCount())):
        root.child(row).setCheckState(0, Qt.CheckState.Checked)
    for field in ("call_me", "how_to_talk"):  # as a young person might: not "Please don't ask me about"
        if field in dialog.boundary_checks.checks:
            dialog.boundary_checks.checks[field].click()
    shooter.shoot(dialog, f"one-page{suffix}", (1000, 700))
    if suffix in ("", "-200"):
        shooter.shoot(dialog, f"one-page{suffix}-smallest", SMALLEST)
    dialog.reject()
    settle()


@contextmanager
def no_microphone() -> Iterator[None]:
    """As on most offscreen machines (and many laptops): the recorder says it found none."""
    from ui.widgets.microphone import Microphone

    found = Microphone.found
    Microphone.found = staticmethod(lambda: False)
    try:
        yield
    finally:
        Microphone.found = found


def _drawing_and_sound(shooter: Shooter, window: MainWindow, image_entry: str, suffix: str) -> None:
    window.open_entry(image_entry)
    settle(300)
    panel = window.editor.attachments
    panel.draw()
    drawing = panel.drawing_dialog
    assert drawing is not None
    drawing.canvas.setFocus()
    # A line drawn by keyboard: Space puts the pen down, Shift+arrows move it further.
    QTest.keyClick(drawing.canvas, Qt.Key.Key_Space)
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Down) * 5 + (Qt.Key.Key_Right,) * 6:
        QTest.keyClick(drawing.canvas, key, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(drawing.canvas, Qt.Key.Key_Space)
    shooter.shoot(drawing, f"drawing{suffix}", own_size(drawing))
    drawing.reject()
    settle()
    with no_microphone():
        panel.record()
    recorder = panel.recorder_dialog
    assert recorder is not None
    shooter.shoot(recorder, f"recorder-no-microphone{suffix}", own_size(recorder))
    recorder.reject()
    settle()


def _reading_aloud(shooter: Shooter, session: Session, context: AppContext) -> None:
    """Home while it is read aloud: the button says Stop reading (Qt's silent "mock" voice)."""
    from ui.windows.main_window import MainWindow

    window = MainWindow(session, dataclasses.replace(context, speech_engine="mock"))
    window.resize(*SIZE)
    window.show()
    settle()
    reader = window.home.read_aloud
    assert reader is not None
    reader.button.click()
    wait_for(lambda: window.speaker.is_speaking() or reader.status.isVisible())
    shooter.shoot(window, "home-reading-aloud")
    window.speaker.stop()
    dispose(window)


def _easy_read(shooter: Shooter, session: Session, context: AppContext) -> None:
    """Home in easy read: its short sentences, larger text (130 %) and a symbol beside each section."""
    from ui.runtime.easy_read import EASY_READ_SETTING, EASY_TEXT_SCALE
    from ui.windows.main_window import MainWindow

    profile = session.profile
    profile.set_setting(EASY_READ_SETTING, True)
    try:
        for theme, name in (("light", "home-easy-read"), ("high_contrast", "home-easy-read-contrast")):
            shooter.theme.apply_theme(theme)
            shooter.theme.set_text_scale(EASY_TEXT_SCALE)
            window = MainWindow(session, context)
            for size_suffix, size in WINDOW_SIZES if theme == "light" else (("", SIZE),):
                shooter.shoot(window, f"{name}{size_suffix}", size)
            if theme == "light":
                _easy_read_share_steps(shooter, window)
            dispose(window)
    finally:
        profile.set_setting(EASY_READ_SETTING, False)
        shooter.look("")


def _easy_read_share_steps(shooter: Shooter, window: MainWindow) -> None:
    """The share wizard in easy read: one question a page (how long, why, your name, records)."""
    from ui.sharing.share_wizard import Step

    window.start_share()
    wizard = window.share_wizard
    assert wizard is not None
    wizard.choose_important_now()
    wizard.go_next()
    if wizard.contacts.rowCount():
        wizard.contact_list.setCurrentIndex(wizard.contacts.index(0))
    else:  # no cards yet at this point of the run: someone without the app's card
        QTest.keyClicks(wizard.recipient_name, "Ms Green at school")
    wizard.go_next()
    answers = {Step.WHY: lambda: QTest.keyClicks(wizard.purpose, "Moving to a new school")}
    while wizard.current_step() not in (Step.PREVIEW, Step.DONE):
        step = wizard.current_step()
        answers.get(step, lambda: None)()
        shooter.shoot(wizard, f"share-wizard-easy-read-{step.name.lower()}", (900, 700))
        wizard.go_next()
        if wizard.current_step() is step:  # it asks for something this script does not give: stop here
            break
    wizard.reject()
    settle()


# --- the share wizard's records choice ---------------------------------------------------------


def records_choice_screens(shooter: Shooter, window: MainWindow) -> None:
    """The third step with "yes, they may copy it into their records" chosen."""
    for suffix in looks(shooter):
        window.start_share()
        wizard = window.share_wizard
        assert wizard is not None
        wizard.choose_important_now()
        wizard.go_next()
        wizard.contact_list.setCurrentIndex(wizard.contacts.index(0))
        wizard.go_next()
        QTest.keyClicks(wizard.purpose, "Moving to a new school in September")
        wizard.records.allowed.click()
        shooter.shoot(wizard, f"share-wizard-3-records{suffix}", (900, 700))
        wizard.reject()
        settle()


# --- the practitioner: boundaries band, records, reply; the young person's replies -----------------


def reply_screens(shooter: Shooter, context: AppContext, window: MainWindow, sam: Profile, base: Path) -> None:
    """The share as the practitioner reads it (boundaries first, Export for records), their Reply
    in its two steps, and the reply as the young person sees it in People."""
    from ui.windows.practitioner_window import PractitionerWindow

    files = _Answer(base / "record.json")
    practitioner = PractitionerWindow(Session(sam), context, files)
    practitioner.list.selectRow(0)  # the share the wizard made, with the young person's boundaries first
    for suffix in looks(shooter):
        for size_suffix, size in WINDOW_SIZES:
            if suffix or size_suffix:  # the plain one is practitioner-bundle.png
                shooter.shoot(practitioner, f"practitioner-bundle{suffix}{size_suffix}", size)
    practitioner.resize(*SIZE)
    practitioner.view.record_button.click()
    wait_for(lambda: practitioner.view.status.text().startswith("Saved for the record"))
    shooter.shoot(practitioner, "practitioner-records-saved")
    reply = _reply_steps(shooter, practitioner.reply_button, files, base)
    dispose(practitioner)
    _replies_in_people(shooter, window, reply)


REPLY = "Thank you, Jay. I read all of it, and I'll talk with you before anything changes."
NOTE = "I'll ask the new school for a quiet place you can go at break."


def _write_reply(button: ReplyButton) -> ReplyDialog:
    button.click()
    dialog = button.dialog
    assert dialog is not None
    QTest.keyClicks(dialog.message, REPLY)
    QTest.keyClicks(next(iter(dialog.notes.values())), NOTE)
    return dialog


def _reply_steps(shooter: Shooter, button: ReplyButton, files: _Answer, base: Path) -> Path:
    from ui.practitioner.reply_dialog import CHECK

    for suffix in looks(shooter):
        dialog = _write_reply(button)
        shooter.shoot(dialog, f"reply-1-write{suffix}", (600, 620))
        dialog.next_button.click()
        assert dialog.current_step() == CHECK
        shooter.shoot(dialog, f"reply-2-check{suffix}", (600, 620))
        dialog.reject()
        settle()
    # Saved, for the young person to open.
    dialog = _write_reply(button)
    dialog.next_button.click()
    files.path = base / "for-jay.wpreply"
    dialog.save_button.click()
    wait_for(lambda: files.path.exists() and not dialog.isVisible())
    return files.path


def _replies_in_people(shooter: Shooter, window: MainWindow, reply: Path) -> None:
    from ui.windows.main_window import PEOPLE

    files = window.files
    assert isinstance(files, _Answer)
    files.path = reply
    window.resize(*SIZE)
    window.show_page(PEOPLE)
    people = window.people
    people.receipt_button.click()
    wait_for(people.replies.isVisible)
    for suffix in looks(shooter):
        for size_suffix, size in WINDOW_SIZES:
            shooter.shoot(window, f"people-replies{suffix}{size_suffix}", size)


# --- trusted people ----------------------------------------------------------------------------------


def trusted_screens(shooter: Shooter, base: Path, context: AppContext) -> None:
    """Sky chooses three trusted people and makes their pieces; Jo keeps hers and shows its
    words; on the unlock screen, Sky gets back in with two pieces."""
    sky = _person(base, ProfileKind.YOUNG_PERSON, "Sky's book", "Sky")
    holders = [_person(base, ProfileKind.CARER, "Jo helps", "Jo Carter"),
               _person(base, ProfileKind.PRACTITIONER, "Sam at work", "Sam Lee"),
               _person(base, ProfileKind.YOUNG_PERSON, "Ash notes", "Ash")]
    for holder in holders:
        for owner, other in ((sky, holder), (holder, sky)):
            card = base / f"{other.people.own_card().fingerprint[:8]}.wpcard"
            other.people.export_card(card)
            owner.people.import_card(card)
    pieces = base / "pieces"
    pieces.mkdir()
    _trusted_tab(shooter, sky, context, pieces)
    jo = holders[0]
    jo.trusted.import_piece(pieces / "piece-for-jo-carter.wppiece")
    words = jo.trusted.held_piece_words(jo.trusted.held_pieces()[0].id)
    _held_tab(shooter, jo, context)
    folder = sky.folder
    for profile in (sky, *holders):
        profile.lock()
    _pieces_unlock(shooter, context, folder, words)


def _trusted_tab(shooter: Shooter, sky: Profile, context: AppContext, pieces: Path) -> None:
    from ui.content.settings_dialog import SettingsDialog

    for suffix in looks(shooter):
        settings = SettingsDialog(Session(sky), context, files=_Answer(pieces))
        tab = settings.trusted_tab
        assert tab is not None
        settings.pages.setCurrentWidget(tab)
        for row in range(3):
            tab.model.setData(tab.model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
        shooter.shoot(settings, f"settings-trusted-people{suffix}", (760, 600))
        shooter.shoot(settings, f"settings-trusted-people{suffix}-smallest", SMALLEST)
        if suffix == "":
            settings.resize(760, 600)
            tab.make_button.click()
            wait_for(lambda tab=tab: bool(tab.result.text() or tab.error.text()))
            shooter.shoot(settings, "settings-trusted-people-given", (760, 600))
        dispose(settings)


def _held_tab(shooter: Shooter, jo: Profile, context: AppContext) -> None:
    from ui.content.settings_dialog import SettingsDialog

    for suffix in looks(shooter):
        settings = SettingsDialog(Session(jo), context, files=_Answer(Path()))
        tab = settings.held_tab
        settings.pages.setCurrentWidget(tab)
        tab.pieces.setCurrentIndex(tab.model.index(0, 0))
        shooter.shoot(settings, f"settings-pieces-i-keep{suffix}", (760, 600))
        shooter.shoot(settings, f"settings-pieces-i-keep{suffix}-smallest", SMALLEST)
        settings.resize(760, 600)
        tab.show_button.click()
        dialog = tab.words_dialog
        assert dialog is not None
        shooter.shoot(dialog, f"piece-words{suffix}", own_size(dialog))
        dialog.accept()
        dispose(settings)


def _pieces_unlock(shooter: Shooter, context: AppContext, folder: ProfileFolder, words: str) -> None:
    from ui.shell.start_window import StartWindow

    for suffix in looks(shooter):
        start = StartWindow(context)
        start.show_unlock(folder)
        start.resize(*SIZE)
        start.show()
        start.unlock.pieces_button.click()
        dialog = start.unlock.pieces_dialog
        assert dialog is not None
        QTest.keyClicks(dialog.first, words)
        shooter.shoot(dialog, f"unlock-pieces{suffix}", own_size(dialog))
        dialog.reject()
        dispose(start)


# --- the start screen: every look, Help's crisis lines, the languages ----------------------------------


def start_screens(shooter: Shooter, context: AppContext, folder: ProfileFolder) -> None:
    """The start screen and unlock (Help, trusted people, the language list) in every look, the
    crisis lines their Help opens, and the list of languages open."""
    from ui.shell.crisis_lines_dialog import CrisisLinesDialog
    from ui.shell.start_window import StartWindow

    for suffix in looks(shooter):
        start = StartWindow(context)
        if suffix:  # the light ones are launcher.png and unlock.png
            shooter.shoot(start, f"launcher{suffix}")
        start.launcher.help_link.click()
        lines = start.findChild(CrisisLinesDialog)
        assert lines is not None
        shooter.shoot(lines, f"crisis-lines{suffix}", own_size(lines))
        lines.close()
        if suffix:
            start.show_unlock(folder)
            shooter.shoot(start, f"unlock{suffix}")
        dispose(start)
    _language_list(shooter, context)


def _language_list(shooter: Shooter, context: AppContext) -> None:
    from ui.shell.start_window import StartWindow

    start = StartWindow(context)
    start.resize(*SIZE)
    start.show()
    settle()
    combo = start.launcher.language.combo
    combo.showPopup()
    settle()
    popup = combo.view().window()
    shooter.shoot(popup, "language-list", (popup.width(), popup.height()))
    combo.hidePopup()
    dispose(start)


def language_screens(shooter: Shooter, session: Session, context: AppContext) -> None:
    """Home and the start screen in each draft language, as the app shows them once chosen."""
    from ui.shell.start_window import StartWindow
    from ui.windows.main_window import MainWindow

    switcher = context.languages
    assert switcher is not None
    try:
        for code in LANGUAGES:
            if switcher.use(code) != code:
                print(f"note: no {code} translation to show")
                continue
            start = StartWindow(context)
            shooter.shoot(start, f"launcher-{code}")
            window = MainWindow(session, context)
            shooter.shoot(window, f"home-{code}")
            if code in CLOSER_LOOKS:
                shooter.shoot(start, f"launcher-{code}-smallest", SMALLEST)
                shooter.shoot(window, f"home-{code}-smallest", SMALLEST)
                shooter.shoot(window, f"home-{code}-1920", DESKTOP)
            dispose(start, window)
    finally:
        switcher.use("en")
