"""Text at 200 % on a 1366×768 laptop: every window and dialog fits the screen, and every control
can be seen whole, in place or by scrolling to it. Run by test_ui_laptop_fit.py on a screen of
that size (Qt's offscreen screen is 800×800 unless it is told otherwise)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea, QWidget

from passport.models import ProfileKind
from tests.helpers import PASSPHRASE
from tests.sharing_helpers import make_practitioner
from tests.shell_helpers import make_context
from tests.suggestion_helpers import make_person
from tests.ui.screen_fit_check import too_big, unreachable
from tests.ui.test_ui_large_text_fit import assert_every_page_name_whole
from ui.content.home_view import HomeView
from ui.runtime.app_context import AppContext
from ui.runtime.easy_read import EASY_READ_SETTING
from ui.runtime.session import Session
from ui.shell.demo import make_demo_profile
from ui.shell.start_window import StartWindow
from ui.widgets.side_pages import SidePages

LAPTOP = QSize(1366, 768)


@pytest.fixture(autouse=True)
def on_a_laptop(qapp) -> None:
    screen = qapp.primaryScreen().availableGeometry().size()
    assert screen == LAPTOP, f"run through tests/ui/test_ui_laptop_fit.py: the screen here is {screen}"


@pytest.fixture
def large(data_dir) -> Iterator[AppContext]:
    context = make_context(data_dir, is_demo=True)  # the demo's banner: one more line at the top
    context.theme.set_text_scale(200)
    yield context
    context.theme.use_defaults()


def assert_fits(window: QWidget, where: str = "") -> None:
    problems = too_big(window) + unreachable(window)
    assert not problems, "\n".join([where or type(window).__name__, *problems])


def in_the_start_window(qtbot, context: AppContext, window: QWidget) -> StartWindow:
    """``window`` as the app shows a profile's window: a page of the one start window, maximised."""
    start = StartWindow(context)
    qtbot.addWidget(start)
    start.show_profile_window(window)
    start.showMaximized()
    qtbot.waitExposed(start)
    # Home comes a piece per turn: measured once it is all there and laid out.
    home = getattr(window, "home", None)  # the practitioner's window has none
    if isinstance(home, HomeView):
        qtbot.waitUntil(lambda: home.built)
    QApplication.processEvents()
    return start


def opened(qtbot, open_it: Callable[[], QDialog | None]) -> QDialog:
    open_it()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    return dialog


@pytest.fixture(params=[False, True], ids=["plain", "easy_read"])
def young_window(request, qtbot, large, data_dir) -> Iterator[tuple[StartWindow, QWidget]]:
    from ui.windows.main_window import MainWindow

    profile, _code = make_demo_profile(data_dir / "demo")
    if request.param:
        profile.set_setting(EASY_READ_SETTING, True)
    window = MainWindow(Session(profile, large.pool), large)
    window.backup_reminder.show()  # the reminder's line too, as when a backup is due
    start = in_the_start_window(qtbot, large, window)
    yield start, window
    profile.lock()


def test_the_young_persons_window_fits_with_every_page(qtbot, young_window) -> None:
    from ui.windows import main_window

    start, window = young_window
    for page in (*main_window.NAVIGATION, main_window.PLAN, main_window.EDITOR):
        if page == main_window.EDITOR:
            window.new_entry_here()
        else:
            window.show_page(page)
        QApplication.processEvents()
        assert_fits(start, f"page {page}")


def test_the_young_persons_dialogs_fit(qtbot, young_window) -> None:
    _start, window = young_window
    for open_it in (window.open_settings, window.home.edit_boundaries, window.start_share, window.open_one_page,
                    window.open_backup_dialog):
        dialog = opened(qtbot, open_it)
        assert_fits(dialog, type(dialog).__name__)
        if isinstance(getattr(dialog, "pages", None), SidePages):
            for index in range(dialog.pages.count()):
                dialog.pages.setCurrentIndex(index)
                assert_fits(dialog, dialog.pages.pageName(index))
        dialog.reject()
        qtbot.waitUntil(lambda d=dialog: not d.isVisible())


# The longest page names: Welsh, Arabic and Sorani (right to left).
@pytest.mark.parametrize("language", ["cy", "ar", "ckb"])
def test_settings_fits_the_screens_width_in_a_language_with_long_words(qtbot, qapp, large, data_dir,
                                                                        language) -> None:
    from ui.runtime.language_switcher import LanguageSwitcher
    from ui.windows.main_window import MainWindow

    languages = LanguageSwitcher(qapp)
    languages.use(language)
    profile, _code = make_demo_profile(data_dir / "demo")
    try:
        window = MainWindow(Session(profile, large.pool), large)
        start = in_the_start_window(qtbot, large, window)
        dialog = opened(qtbot, window.open_settings)
        assert_fits(dialog, f"Settings in {language}")  # it was 1529 px wide in Welsh, its Name box off the screen
        assert_every_page_name_whole(dialog)  # tabs hid behind scroll arrows, one cut to "sphrase"
        dialog.showMaximized()
        QApplication.processEvents()
        for index in range(dialog.pages.count()):
            dialog.pages.setCurrentIndex(index)
            assert_fits(dialog, f"maximised, {dialog.pages.pageName(index)}")  # Close was off the right edge
        dialog.reject()
        start.close()
    finally:
        languages.uninstall()
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        profile.lock()


def test_the_carers_window_and_dialogs_fit(qtbot, large, data_dir) -> None:
    from ui.windows.carer_window import CarerWindow

    carer = make_person(data_dir, ProfileKind.CARER, "Helping", "Ali Carer")
    try:
        window = CarerWindow(Session(carer, large.pool), large)
        start = in_the_start_window(qtbot, large, window)
        assert_fits(start)
        window.new_draft_here()
        assert_fits(start)
        for open_it in (window.open_settings, window.send_suggestions, window.add_young_person_card,
                        window.open_my_card, window.open_help):
            dialog = opened(qtbot, open_it)
            assert_fits(dialog, type(dialog).__name__)
            dialog.reject()
            qtbot.waitUntil(lambda d=dialog: not d.isVisible())
    finally:
        carer.lock()


def test_the_practitioners_window_and_dialogs_fit(qtbot, large, data_dir) -> None:
    from ui.windows.practitioner_window import PractitionerWindow

    practitioner = make_practitioner(data_dir)
    try:
        window = PractitionerWindow(Session(practitioner, large.pool), large)
        start = in_the_start_window(qtbot, large, window)
        assert_fits(start)
        for open_it in (window.open_settings, window.open_card_dialog, window.open_help):
            dialog = opened(qtbot, open_it)
            assert_fits(dialog, type(dialog).__name__)
            dialog.reject()
            qtbot.waitUntil(lambda d=dialog: not d.isVisible())
    finally:
        practitioner.lock()


@pytest.mark.parametrize("scale", [100, pytest.param(200, marks=pytest.mark.xfail(
    strict=True, reason="left undone: at 200 % the passphrase step's last controls are below the fold"))])
def test_every_step_of_the_easy_read_setup_shows_its_controls_at_the_first_size(qtbot, data_dir, scale) -> None:
    from ui.shell.setup_wizard import CODE, NAME
    from ui.shell.setup_wizard import PASSPHRASE as PASSPHRASE_STEP

    context = make_context(data_dir)
    context.theme.set_text_scale(scale)
    try:
        start = StartWindow(context)
        qtbot.addWidget(start)
        start.show()  # as the app opens it: its first size, not maximised
        qtbot.waitExposed(start)
        wizard = start.show_wizard(ProfileKind.YOUNG_PERSON)
        wizard.easy_read_check.click()
        for step in range(4):
            if step == NAME:
                wizard.go_next()
                qtbot.keyClicks(wizard.name_field, "My story")
            elif step == PASSPHRASE_STEP:
                wizard.go_next()
            elif step == CODE:
                wizard.passphrase.setFocus()
                for field in wizard.passphrase.findChildren(type(wizard.name_field)):
                    field.setText(PASSPHRASE)
                wizard.go_next()
                qtbot.waitUntil(lambda: wizard.current_step() == CODE, timeout=10_000)
            QApplication.processEvents()
            assert too_big(start) == [], f"step {step + 1}"
            scroll = wizard.pages.currentWidget()
            assert isinstance(scroll, QScrollArea)
            hidden = _below_the_fold(scroll)
            assert hidden == [], f"step {step + 1}: {hidden} are out of sight at first"
        wizard.discard()
    finally:
        context.theme.use_defaults()


def _below_the_fold(scroll: QScrollArea) -> list[str]:
    """Controls on a scrolling page a person cannot see without scrolling."""
    from tests.ui.screen_fit_check import CONTROLS

    viewport = scroll.viewport()
    found = []
    for control in scroll.widget().findChildren(QWidget):
        if isinstance(control, CONTROLS) and control.isVisible():
            place = control.mapTo(viewport, control.rect().bottomRight())
            if place.y() > viewport.height() or place.x() > viewport.width():
                found.append(control.accessibleName() or control.objectName())
    return found


def test_the_top_bar_gives_back_its_height_when_the_text_grows_smaller_again(qtbot, young_window, large) -> None:
    _start, window = young_window
    bar = window.name_label.parentWidget()
    tall = bar.height()
    large.theme.set_text_scale(100)
    qtbot.waitUntil(lambda: bar.height() < tall * 0.75)
    QApplication.processEvents()
    needs = bar.layout().heightForWidth(bar.width())
    assert bar.height() <= needs, f"the bar is {bar.height()} px high and needs {needs}"


def test_settings_keeps_close_in_sight_when_the_text_grows_to_200_while_it_is_open(qtbot, data_dir) -> None:
    from ui.windows.main_window import MainWindow

    context = make_context(data_dir)
    context.theme.set_text_scale(100)
    profile, _code = make_demo_profile(data_dir / "demo")
    try:
        window = MainWindow(Session(profile, context.pool), context)
        start = in_the_start_window(qtbot, context, window)
        dialog = opened(qtbot, window.open_settings)
        dialog.text_size.selectAll()
        qtbot.keyClicks(dialog.text_size, "200")
        qtbot.waitUntil(lambda: context.theme.text_scale == 200)
        for index in range(dialog.pages.count()):
            dialog.pages.setCurrentIndex(index)
            assert_fits(dialog, dialog.pages.pageName(index))
        dialog.reject()
        start.close()
    finally:
        context.theme.use_defaults()
        profile.lock()


def test_what_people_should_know_first_is_titled_so_and_its_boxes_show_a_few_lines(qtbot, young_window) -> None:
    _start, window = young_window
    dialog = opened(qtbot, window.home.edit_boundaries)
    assert dialog.windowTitle() == "What people should know first"
    for box in (dialog.dont_ask, dialog.how_to_talk):
        lines = box.viewport().height() / box.fontMetrics().lineSpacing()
        assert lines >= 3, f"“{box.accessibleName()}” shows {lines:.1f} lines"
    example = dialog.how_to_talk.placeholderText()
    width = dialog.how_to_talk.viewport().width() - 2 * dialog.how_to_talk.document().documentMargin()
    needs = dialog.how_to_talk.fontMetrics().boundingRect(0, 0, int(width), 10_000, Qt.TextFlag.TextWordWrap,
                                                          example).height()
    assert needs <= dialog.how_to_talk.viewport().height(), "the example shows whole"
    assert_fits(dialog)
    dialog.reject()


@pytest.mark.parametrize("look", ["light", "high_contrast"])
def test_the_practitioners_window_fits_with_a_share_and_its_boundaries_open(qtbot, large, data_dir, profile, sam,
                                                                           entries, practitioner, chooser, tmp_path,
                                                                           look) -> None:
    """The boundaries band in sight (it may scroll inside itself), the sender's status whole (in a part
    that scrolls, if need be), the document a readable height: all within the laptop's screen."""
    from tests.sharing_helpers import in_a_week
    from ui.windows.practitioner_window import PractitionerWindow

    large.theme.apply_theme(look)
    profile.set_boundaries("Jay", "My birth family, unless I bring it up first.",
                           "Tell me what will happen next. Give me time to answer; I go quiet when I'm thinking.")
    bundle = tmp_path / "for-sam.wpb"
    profile.sharing.make_share(entries, sam, in_a_week(), "Moving to a new school", bundle, with_boundaries=True)
    window = PractitionerWindow(Session(practitioner, large.pool), large, chooser)
    start = in_the_start_window(qtbot, large, window)
    chooser.answer(bundle)
    qtbot.mouseClick(window.open_button, Qt.MouseButton.LeftButton)
    view = window.view
    qtbot.waitUntil(lambda: view.boundaries_band.isVisible() and bool(view.sender_status.text()), timeout=10_000)
    for size in (None, (1, 1)):  # maximised, then its smallest
        if size is not None:
            start.showNormal()
            start.resize(*size)
            view.header.verticalScrollBar().setValue(0)  # as a file opens: assert_fits scrolled to the bottom
        QApplication.processEvents()
        band, status, browser = view.boundaries_band, view.sender_status, view.browser
        heading = band.heading
        shown = heading.visibleRegion().boundingRect()
        assert shown == heading.rect(), f"the band's heading in sight: {shown.getRect()} of {heading.rect().getRect()}"
        assert_fits(start, f"at {start.size().toTuple()}")  # which scrolls to every control
        needs = status.heightForWidth(status.width())
        scrolls = any(isinstance(parent, QScrollArea) for parent in _parents(status))
        assert status.height() >= needs or scrolls, (
            f"the sender's status needs {needs} px, has {status.height()}, and cannot scroll")
        lines = browser.viewport().height() / browser.fontMetrics().lineSpacing()
        assert lines >= 5, f"the document shows {lines:.1f} lines"


def _parents(widget: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()
