"""The window before a passport is open: the list, the first-run wizard, unlock, and the
neutral page quick-hide leaves behind. One window, one page at a time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from passport.kinds import ProfileKind
from passport.store.profiles import ProfileFolder
from ui.runtime.app_context import AppContext
from ui.runtime.paths import resource_path
from ui.shell.launcher_view import LauncherView
from ui.shell.neutral_view import NeutralView
from ui.shell.unlock_view import UnlockView

if TYPE_CHECKING:
    from ui.shell.setup_wizard import SetupWizard


class StartWindow(QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.app_icon = QIcon(str(resource_path("icons", "app.svg")))
        self.launcher = LauncherView(context.data_dir)
        self.unlock = UnlockView(context)
        self.neutral = NeutralView()
        self.wizard: SetupWizard | None = None
        self.pages = QStackedWidget()
        for page in (self.launcher, self.unlock, self.neutral):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)
        self.resize(960, 680)
        self.show_launcher()

    def show_launcher(self) -> None:
        self.launcher.refresh()
        self._show(self.launcher)

    def show_unlock(self, folder: ProfileFolder) -> None:
        hint = ""
        if self._context.demo_passphrase:
            hint = self.tr("This is the demo. Its passphrase is: {0}").format(self._context.demo_passphrase)
        self.unlock.show_profile(folder, hint)
        self._show(self.unlock)

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

    def _show(self, page: QWidget) -> None:
        neutral = page is self.neutral
        # The neutral page looks like an ordinary notes window, down to the title and icon.
        self.setWindowTitle(self.tr("Notes") if neutral else self.tr("Wellbeing Passport"))
        self.setWindowIcon(QIcon() if neutral else self.app_icon)
        self.pages.setCurrentWidget(page)
        page.setFocus()
