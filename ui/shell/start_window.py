"""The app's one window: the list, the first-run wizard, unlock, the neutral page quick-hide
leaves behind, and, while a profile is open, the profile's own window as a page.

One window for the whole run, so that locking never shows, raises or focuses a window: the
page changes inside a window that stays as it was (minimised, behind another app, on its
own desktop). Its title says nothing about what is inside: "Say It Once" before a profile
is open, the profile's label alone (which may be a disguise) while it is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMainWindow, QWidget

from passport.kinds import ProfileKind
from passport.store.profiles import ProfileFolder
from ui.runtime.app_context import AppContext
from ui.runtime.languages import available_languages
from ui.runtime.paths import resource_path
from ui.shell.launcher_view import LauncherView
from ui.shell.neutral_view import NeutralView
from ui.shell.unlock_view import UnlockView
from ui.widgets.spoken_page import QuietStack

if TYPE_CHECKING:
    from ui.shell.setup_wizard import SetupWizard


TITLE_BAR_GUESS = 40  # pixels: most desktops' title bars are shorter


def first_size(room: QSize | None) -> QSize:
    """960×680 at least, more of a larger screen (a practitioner reads a file beside its list),
    but never more than 1200×800; ``fit_on_screen`` then keeps it within the screen."""
    if room is None:
        return QSize(960, 680)
    return QSize(max(960, min(1200, room.width() * 85 // 100)), max(680, min(800, room.height() * 9 // 10)))


class StartWindow(QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.app_icon = QIcon(str(resource_path("icons", "app.svg")))
        switcher = context.languages
        self.launcher = LauncherView(
            context.data_dir, languages=available_languages(switcher.folder) if switcher is not None else None,
            current_language=switcher.current if switcher is not None else None, jobs=context.jobs)
        self.unlock = UnlockView(context)
        self.neutral = NeutralView()
        self.wizard: SetupWizard | None = None
        self.profile_window: QWidget | None = None
        self.pages = QuietStack()  # not "layered pane" before every page (the Orca run)
        for page in (self.launcher, self.unlock, self.neutral):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)
        self.resize(first_size(self.screen().availableGeometry().size() if self.screen() else None))
        self.fit_on_screen()
        self.show_launcher()

    def show_launcher(self) -> None:
        self.launcher.refresh()
        self._show(self.launcher)

    def show_unlock(self, folder: ProfileFolder) -> None:
        self.unlock.show_profile(folder, self._demo_hint())
        self._show(self.unlock)

    def _demo_hint(self) -> str:
        if not self._context.demo_passphrase:
            return ""
        return self.tr("This is the demo. Its passphrase is: {0}").format(self._context.demo_passphrase)

    def changeEvent(self, event: QEvent) -> None:
        # The start screen's pages set their own words again; the title and the demo's hint are set here.
        if event.type() == QEvent.Type.LanguageChange:
            if self.pages.currentWidget() in (self.launcher, self.unlock, self.neutral):
                self.setWindowTitle(self.tr("Notes") if self.pages.currentWidget() is self.neutral
                                    else self.tr("Say It Once"))
            if self._context.demo_passphrase:
                self.unlock.hint.setText(self._demo_hint())
        super().changeEvent(event)

    def show_wizard(self, kind: ProfileKind = ProfileKind.YOUNG_PERSON) -> SetupWizard:
        """A fresh wizard each time, so nothing typed before is still there."""
        from ui.shell.setup_wizard import SetupWizard  # most starts unlock instead: not before the first paint

        self.drop_wizard()
        self.wizard = SetupWizard(self._context, kind)
        self.pages.addWidget(self.wizard)
        self._show(self.wizard)
        return self.wizard

    def drop_wizard(self) -> None:
        if self.wizard is not None:
            self.wizard.discard()
            self.pages.removeWidget(self.wizard)
            self.wizard.deleteLater()
            self.wizard = None

    def show_neutral(self) -> None:
        self._show(self.neutral)

    def show_profile_window(self, window: QWidget) -> None:
        """``window`` (a profile's main, carer's or practitioner's window) as the page shown,
        its title as this window's. A window it replaces (the same profile's, made anew in
        another language) is put away without closing it: closing a profile's window locks it."""
        self.drop_profile_window(closing=False)
        self.profile_window = window
        self.pages.addWidget(window)  # from now on a page, no longer a window of its own
        window.windowTitleChanged.connect(self._profile_title_changed)
        self.setWindowTitle(window.windowTitle())
        self.setWindowIcon(self.app_icon)
        self.pages.setCurrentWidget(window)
        self.fit_on_screen()
        # Where the window put the keyboard (Home, the list), not on the window itself.
        (window.focusWidget() or window).setFocus()

    def fit_on_screen(self) -> None:
        """Unless maximised, full screen or minimised, the whole window (its title bar too) on
        the screen's free room: a profile's page may ask for more than the first size, and a
        1366×768 laptop has less room than a desktop's screen."""
        if self.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
                                 | Qt.WindowState.WindowMinimized):
            return
        screen = self.screen()
        if screen is None:
            return
        room = screen.availableGeometry()
        frame, inside = self.frameGeometry(), self.geometry()
        # Before it is first shown the system has not said how big its frame is: allow a title bar.
        extra_width = frame.width() - inside.width()
        extra_height = frame.height() - inside.height() if self.isVisible() else max(
            frame.height() - inside.height(), TITLE_BAR_GUESS)
        width = max(self.minimumWidth(), min(self.width(), room.width() - extra_width))
        height = max(self.minimumHeight(), min(self.height(), room.height() - extra_height))
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        left = max(room.left(), min(frame.left(), room.left() + room.width() - frame.width()))
        top = max(room.top(), min(frame.top(), room.top() + room.height() - frame.height() - (
            0 if self.isVisible() else extra_height)))
        if (left, top) != (frame.left(), frame.top()):
            self.move(left, top)

    def drop_profile_window(self, *, closing: bool = True) -> None:
        """Take the profile's window out (closed, and deleted later); call after another page
        is shown, so nothing of the profile is on screen in between. ``closing=False``: only
        hidden and deleted, so its close (which locks the profile) does not run."""
        window, self.profile_window = self.profile_window, None
        if window is not None:
            window.windowTitleChanged.disconnect(self._profile_title_changed)
            self.pages.removeWidget(window)
            if closing:
                window.close()
            else:
                window.hide()
            window.deleteLater()

    def _profile_title_changed(self, title: str) -> None:
        if self.profile_window is not None and self.pages.currentWidget() is self.profile_window:
            self.setWindowTitle(title)

    def _show(self, page: QWidget) -> None:
        neutral = page is self.neutral
        # The neutral page looks like an ordinary notes window, down to the title and icon.
        self.setWindowTitle(self.tr("Notes") if neutral else self.tr("Say It Once"))
        self.setWindowIcon(QIcon() if neutral else self.app_icon)
        self.pages.setCurrentWidget(page)
        # The keyboard goes to the page only inside this window: when the window is not the
        # active one, Qt keeps it for when the person comes back to it.
        page.setFocus()
