"""The app: start-up, and the wiring between the start window, the main window and locking.

``say-it-once [--data-dir DIR] [--demo]`` (or ``wellbeing-passport``, its first name). The app
object owns every part and passes down an :class:`~ui.runtime.app_context.AppContext`; there
are no singletons. While a profile is open, its window is a page of the start window: the app
has one window for the whole run (see :mod:`ui.shell.start_window`).

Start-up imports only what the launcher and the unlock screen need, so they paint quickly;
the profile windows (and every view, dialog and the sharing screens behind them) are
imported once the start window has painted, while the person types their passphrase.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from passport.kinds import ChangeKind, ProfileKind
from passport.store import profiles
from passport.store.profiles import ProfileFolder
from ui.runtime.app_context import AppContext
from ui.runtime.easy_read import is_easy_read
from ui.runtime.fonts import ensure_bundled_fonts, needs_bundled_fonts
from ui.runtime.idle_imports import ImportsWhenIdle
from ui.runtime.language_switcher import LanguageSwitcher
from ui.runtime.languages import ENGLISH, LANGUAGE_SETTING, is_language_code, read_start_language, save_start_language
from ui.runtime.last_resort import LastResort
from ui.runtime.paths import resource_path
from ui.runtime.session import Session
from ui.runtime.theme import MADE_WITH_FUSION, ThemeManager
from ui.runtime.translations import install_english_plurals
from ui.shell.lock_guard import DEFAULT_IDLE_MINUTES, IDLE_SETTING, LockGuard
from ui.shell.start_window import StartWindow
from ui.shell.unwatched import unwatched
from ui.widgets.caret_primer import CaretPrimer
from ui.widgets.enter_on_buttons import EnterOnButtons
from ui.widgets.wheel_guard import WheelGuard

if TYPE_CHECKING:
    from passport.models import Change
    from passport.profile import Profile
    from ui.shell.kind_chooser import KindChooser
    from ui.shell.new_passphrase_dialog import NewPassphraseDialog
    from ui.shell.restore_dialog import RestoreDialog
    from ui.shell.setup_wizard import SetupWizard
    from ui.windows.carer_window import CarerWindow
    from ui.windows.main_window import MainWindow
    from ui.windows.practitioner_window import PractitionerWindow

# The name the app shows. (The first shown name was another; the profiles' folder
# keeps that name, see passport.store.profiles, so nobody's profiles move.)
APP_NAME = "Say It Once"
# How often Python gets a turn during Qt's event loop, so Ctrl+C is noticed.
_SIGNAL_POLL_MSEC = 250


def _window_class(kind: ProfileKind) -> type[MainWindow | PractitionerWindow | CarerWindow]:
    """The window a profile of this kind opens in. Imported here, not at start-up: with
    every view and dialog behind them the windows weigh more than the rest of the app,
    and the unlock screen needs none of them. Python imports a module once; later calls
    (or the import after the first paint, below) make this cheap."""
    if kind is ProfileKind.PRACTITIONER:
        from ui.windows.practitioner_window import PractitionerWindow

        return PractitionerWindow
    if kind is ProfileKind.CARER:
        from ui.windows.carer_window import CarerWindow

        return CarerWindow
    from ui.windows.main_window import MainWindow

    return MainWindow


def _ensure_fonts() -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        ensure_bundled_fonts(app)


class AppController(QObject):
    """Moves between the start window and the profile's window, and locks. A practitioner's
    profile opens in the practitioner's window; every other kind in the main window.

    The first screen is always the launcher: with no profiles yet it offers to make one or
    to restore a backup. Making one asks whose it is, then runs the wizard for that kind;
    Back from the wizard's first step returns to that question, and Back from there to the
    launcher. A profile opened with its recovery code asks for a new passphrase at once."""

    def __init__(self, context: AppContext, guard: LockGuard, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.guard = guard
        self.start_window = StartWindow(context)
        self.main_window: MainWindow | PractitionerWindow | CarerWindow | None = None
        self._imports = ImportsWhenIdle(self)
        self.first_painted = self._imports.first_painted
        self._imports.after_first_paint_of(self.start_window)
        self.session: Session | None = None
        self._last_folder: ProfileFolder | None = None
        # Per profile folder: words that could not be saved before a lock (a full disk),
        # sealed to that profile's own key; saved when it is next open.
        self._held: dict[Path, list[bytes]] = {}

        launcher, unlock = self.start_window.launcher, self.start_window.unlock
        launcher.open_profile.connect(self.start_window.show_unlock)
        self._kind_chooser: KindChooser | None = None
        launcher.make_new.connect(self.choose_kind)
        unlock.unlocked.connect(self.open_profile)
        unlock.back.connect(self._back_to_the_list)
        launcher.restore_requested.connect(self.show_restore)
        launcher.language_chosen.connect(self.choose_start_language)
        self._language_waits_for_dialog = False
        self.restore_dialog: RestoreDialog | None = None
        self.new_passphrase_dialog: NewPassphraseDialog | None = None
        self.start_window.neutral.carry_on.connect(self._leave_neutral)
        guard.idle.connect(self.lock)
        guard.hide_requested.connect(self.quick_hide)
        guard.lock_requested.connect(self.lock)  # Ctrl+L, also from inside a dialog

    def _back_to_the_list(self) -> None:
        # The last profile's look stays on its own unlock screen (its owner may need 200 % or
        # high contrast to read it); back at the list, someone else may be choosing.
        self.context.theme.use_defaults()
        self.start_window.show_launcher()

    def start(self) -> None:
        self.start_window.show_launcher()
        self.start_window.show()

    def show_restore(self) -> None:
        from ui.shell.restore_dialog import RestoreDialog  # only when asked for, like the windows

        # open(), not exec(): the restored profile opens through the usual path.
        self.restore_dialog = RestoreDialog(self.context, parent=self.start_window)
        self.restore_dialog.restored.connect(self.open_profile)
        self.restore_dialog.backup_answered.connect(self._after_restore)
        self.restore_dialog.finished.connect(self.start_window.launcher.refresh)
        self.restore_dialog.open()

    def _after_restore(self, save_backup_now: bool) -> None:
        """The restore page asked about a new backup: Home's reminder does not ask again this time."""
        window, session = self.main_window, self.session
        if window is None or session is None or session.profile.is_locked:
            return
        from ui.windows.main_window import MainWindow  # already loaded for a young person's passport

        if isinstance(window, MainWindow):
            window.backup_reminder.dismiss()
            if save_backup_now:
                window.open_backup_dialog()
        elif save_backup_now:
            from ui.content.backup_dialog import BackupDialog

            dialog = BackupDialog(session, parent=window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    @property
    def kind_chooser(self) -> KindChooser:
        """Made when first asked for: most starts go straight to unlocking."""
        if self._kind_chooser is None:
            from ui.shell.kind_chooser import KindChooser

            self._kind_chooser = KindChooser()
            self.start_window.pages.addWidget(self._kind_chooser)
            self._kind_chooser.chosen.connect(self.show_wizard)
            self._kind_chooser.cancelled.connect(self._kind_cancelled)
        return self._kind_chooser

    def choose_kind(self, kind: ProfileKind = ProfileKind.YOUNG_PERSON) -> None:
        self.start_window.pages.setCurrentWidget(self.kind_chooser)
        self.kind_chooser.start(kind)

    def show_wizard(self, kind: ProfileKind = ProfileKind.YOUNG_PERSON) -> None:
        wizard = self._wizard_for(kind)
        wizard.created.connect(self.open_profile)
        wizard.cancelled.connect(lambda: self._wizard_cancelled(kind))

    def _wizard_for(self, kind: ProfileKind) -> SetupWizard:
        return self.start_window.show_wizard(kind)

    def _kind_cancelled(self) -> None:
        self.start_window.show_launcher()

    def _wizard_cancelled(self, kind: ProfileKind) -> None:
        self.start_window.drop_wizard()
        self.choose_kind(kind)  # back to "Who is it for?", with their choice still chosen

    # --- languages: the start screen's, and each profile's own -------------------------------
    #
    # The start screen's few pages set their words again in place (changeEvent); a profile's
    # window is made anew instead. Its dozens of views write their words once, as they are
    # built, many inside item models and delegates; a second "set the words" path in each
    # would double that code and miss something sooner or later. A window keeps nothing that
    # is not in the store (drafts save as they are typed, and once more before the rebuild),
    # so making it again is safe, and it proves every word is in the new language.

    def choose_start_language(self, code: str) -> None:
        """The start screen's language, kept for the next start (a code, nothing of any profile)."""
        save_start_language(self.context.data_dir, code)
        self._speak(code)

    def _start_language(self) -> str | None:
        return read_start_language(self.context.data_dir)

    def _profile_language(self, profile: Profile) -> str | None:
        """The profile's own choice; with none, the start screen's."""
        chosen = profile.setting(LANGUAGE_SETTING, None)
        return chosen if is_language_code(chosen) else self._start_language()

    def _speak(self, code: str | None) -> None:
        languages = self.context.languages
        if languages is None or languages.resolve(code) == languages.current:
            return
        _ensure_fonts()  # the new language's letters, before any of its words show
        languages.use(code)
        if self._kind_chooser is not None:  # made again, in the new words, when next asked for
            self.start_window.pages.removeWidget(self._kind_chooser)
            self._kind_chooser.deleteLater()
            self._kind_chooser = None

    def _profile_language_changed(self) -> None:
        """After Settings changed the profile's language: once no dialog is open (Settings says
        the change comes when it closes), save what is being typed and make the window anew."""
        languages = self.context.languages
        if self.session is None or languages is None or self.main_window is None:
            return
        if languages.resolve(self._profile_language(self.session.profile)) == languages.current \
                and getattr(self.main_window, "easy_read", False) == is_easy_read(self.session.profile):
            return  # neither the language nor easy read changed (either remakes the window)
        from PySide6.QtWidgets import QDialog  # not at start-up: each Qt class costs its enums

        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            if not self._language_waits_for_dialog:
                self._language_waits_for_dialog = True
                dialog.finished.connect(lambda _result: QTimer.singleShot(0, self._after_dialog))
            return
        self.session.about_to_rebuild.emit()
        self._speak(self._profile_language(self.session.profile))
        self._show_window(self.session)

    def _after_dialog(self) -> None:
        self._language_waits_for_dialog = False
        self._profile_language_changed()

    def open_profile(self, profile: Profile) -> None:
        self.start_window.drop_wizard()
        self.session = Session(profile, jobs=self.context.jobs)
        self.session.changed.connect(self._on_change)
        # Before the window is made, so it is made in the profile's own language.
        self._speak(self._profile_language(profile))
        self.context.theme.apply_profile_choices(profile)
        self.guard.set_idle_minutes(profile.setting(IDLE_SETTING, DEFAULT_IDLE_MINUTES))
        self.guard.start()
        window = self._show_window(self.session)
        if not self.start_window.isVisible():  # the demo opens before anything is shown
            self.start_window.show()
        self._save_held_words(profile)
        self._say_unfinished_code(profile)
        if profile.opened_with_recovery_code:
            self._ask_for_new_passphrase(window)
        elif profile.kind is ProfileKind.PRACTITIONER:
            window.ask_for_card_details()

    def _show_window(self, session: Session) -> MainWindow | PractitionerWindow | CarerWindow:
        _ensure_fonts()  # what the profile keeps may be in any script
        with unwatched(self.guard) as made:  # half the CPU of making it (see ui/shell/unwatched.py)
            window = _window_class(session.profile.kind)(session, self.context)
            made.append(window)
            self._imports.after_first_paint_of(window)
            self.main_window = window
            window.lock_requested.connect(self.lock)
            window.hide_requested.connect(self.quick_hide)
            # A page of the one window, which stays where and as it is (see StartWindow).
            self.start_window.show_profile_window(window)
        return window

    def _ask_for_new_passphrase(self, window: MainWindow | PractitionerWindow | CarerWindow) -> None:
        """The passphrase was forgotten: choose a new one before anything else."""
        from ui.shell.new_passphrase_dialog import NewPassphraseDialog

        assert self.session is not None
        dialog = NewPassphraseDialog(self.session, self.context, parent=window)
        self.new_passphrase_dialog = dialog
        dialog.finished.connect(lambda _result: self._new_passphrase_closed(dialog, window))
        dialog.open()

    def _new_passphrase_closed(self, dialog: NewPassphraseDialog,
                               window: MainWindow | PractitionerWindow | CarerWindow) -> None:
        if self.new_passphrase_dialog is dialog:
            self.new_passphrase_dialog = None
        dialog.deleteLater()
        if self.main_window is window and self.session is not None and not self.session.profile.is_locked \
                and self.session.profile.kind is ProfileKind.PRACTITIONER:
            window.ask_for_card_details()

    def _save_held_words(self, profile: Profile) -> None:
        held = self._held.pop(profile.folder.path, [])
        for index, sealed in enumerate(held):
            try:
                self.session.apply(profile.save_sealed(sealed))
            except OSError:  # still no space: keep them for next time
                self._held[profile.folder.path] = held[index:]
                return
        if held:  # said without waiting for an answer (open(), not exec())
            from PySide6.QtWidgets import QMessageBox

            title = QCoreApplication.translate("StartWindow", "Your words are saved")
            said = QCoreApplication.translate("StartWindow",
                                              "What you typed when there was no space left is saved now.")
            box = QMessageBox(QMessageBox.Icon.Information, title, said, QMessageBox.StandardButton.Ok,
                              self.start_window)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

    def _say_unfinished_code(self, profile: Profile) -> None:
        """A new recovery code was made and never checked before the last lock: say, once, that
        nothing changed (said without waiting for an answer, as above)."""
        from ui.content.unchecked_code import unfinished_words

        if profile.opened_with_recovery_code:
            return  # the old code was just used: the new passphrase comes with a new code anyway
        said = unfinished_words(profile)
        if not said:
            return
        from PySide6.QtWidgets import QMessageBox

        title = QCoreApplication.translate("StartWindow", "Your recovery code")
        box = QMessageBox(QMessageBox.Icon.Information, title, said, QMessageBox.StandardButton.Ok,
                          self.start_window)
        box.setObjectName("unfinishedCodeMessage")
        box.setAccessibleName(title)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def lock(self) -> None:
        self._lock(hide=False)

    def quick_hide(self) -> None:
        self._lock(hide=True)

    def _lock(self, hide: bool) -> None:
        if self.session is None:
            return
        self.guard.stop()
        self._last_folder = self.session.profile.folder

        from PySide6.QtWidgets import QDialog

        def take_off_screen() -> None:
            # Any dialog still open goes too, so nothing of the passport stays on screen.
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QDialog) and widget.isVisible():
                    widget.reject()
            # The look stays as the last profile had it (text size, colours) for the rest of this
            # run: someone who needs 200 % and high contrast must be able to read the unlock screen.
            # It is kept only in memory, never written down outside the profile.
            # The page changes inside the one window; nothing is shown, raised or focused, so a
            # window that was minimised or behind another app stays so, and keys typed elsewhere
            # never land in the passphrase box.
            if hide:
                self.start_window.show_neutral()
            else:
                self.start_window.show_unlock(self._last_folder)
            # Painted now, not at the next turn of the event loop: closing the vault may wait for
            # a job's piece of work (opening a large share commits what it has first), and the
            # screen must not wait with it.
            self.start_window.repaint()
            self.start_window.drop_profile_window()
            self.main_window = None

        # Off screen first; then the running jobs are cancelled and the vault closed.
        self.session.lock(take_off_screen)
        # The computer speaks the start screen's language again (a shared laptop's carers' own).
        self._speak(self._start_language())
        if self.session.held:
            self._held.setdefault(self._last_folder.path, []).extend(self.session.held)
        # Any imports still to do carry on once the start window is back on screen.
        self._imports.after_first_paint_of(self.start_window)
        self.session.deleteLater()
        self.session = None

    def _leave_neutral(self) -> None:
        if self._last_folder is not None and self._last_folder.path.exists():
            self.start_window.show_unlock(self._last_folder)
        else:
            self.start_window.show_launcher()

    def _on_change(self, change: Change) -> None:
        if change.kind is ChangeKind.SETTINGS_CHANGED and self.session is not None:
            self.guard.set_idle_minutes(self.session.profile.setting(IDLE_SETTING, DEFAULT_IDLE_MINUTES))
            self._profile_language_changed()

    def shut_down(self) -> None:
        self.guard.stop()
        if self.session is not None:
            self.session.lock()
        self.start_window.drop_wizard()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="say-it-once", description="Your own private passport.")
    parser.add_argument("--data-dir", type=Path, help="where the passports are kept")
    parser.add_argument("--demo", action="store_true",
                        help="look around a made-up passport that is deleted when you close the app")
    parser.add_argument("--self-test", action="store_true",
                        help="check the app works on this computer (no window), then leave no trace")
    return parser


class PassportApp:
    """Everything one run of the app owns; :meth:`close` undoes it (also on Ctrl+C)."""

    def __init__(self, argv: Sequence[str] | None = None) -> None:
        args = build_parser().parse_args(argv)
        # From the very start, Ctrl+C or a polite kill ends the run normally, so close()
        # still runs and the demo's folder is removed.
        self._interrupted = False
        self._previous_handlers = {
            sig: signal.signal(sig, self._interrupt) for sig in (signal.SIGINT, signal.SIGTERM)
        }
        existing = QApplication.instance()
        if isinstance(existing, QApplication):
            self.qt_app: QApplication = existing
        else:  # with the style the theme needs from the start (see MADE_WITH_FUSION)
            self.qt_app = QApplication([*sys.argv[:1], "-style", "Fusion"])
            self.qt_app.setProperty(MADE_WITH_FUSION, True)
        # Also the window class the desktop groups windows by. Not applicationDisplayName: Qt
        # would add it to every window title ("Maths revision — Say It Once"), undoing a
        # disguise; unset, it reads as the application's name.
        self.qt_app.setApplicationName(APP_NAME)
        # Qt settings may only ever hold things like window geometry, never content (today
        # nothing at all: a new name here moves nothing a person has).
        self.qt_app.setOrganizationName(APP_NAME)
        self.qt_app.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))
        self.last_resort = LastResort()
        EnterOnButtons.install(self.qt_app)  # Enter presses a focused button, as Help says
        CaretPrimer.install(self.qt_app)  # Orca reads a text field the focus reaches (caret_primer.py)
        # Before any window is built: every widget made in the start screen's language (the
        # computer's own until someone chooses one), and our fonts if its first screen needs them.
        self.english_plurals = install_english_plurals(self.qt_app)
        self.languages = LanguageSwitcher(self.qt_app)
        self.languages.use(None if args.demo else read_start_language(profiles.data_dir(args.data_dir)))
        self.demo_dir: Path | None = None
        demo_profile: Profile | None = None
        theme = ThemeManager(self.qt_app)
        if args.demo:
            from ui.shell.demo import DEMO_PASSPHRASE, make_demo_profile

            self.demo_dir = Path(tempfile.mkdtemp(prefix="wp-demo-"))  # 0700, private to this user
            atexit.register(shutil.rmtree, self.demo_dir, True)
            demo_profile, _code = make_demo_profile(self.demo_dir)
            self.context = AppContext(data_dir=self.demo_dir, theme=theme, is_demo=True,
                                      demo_passphrase=DEMO_PASSPHRASE, languages=self.languages)
        else:
            self.context = AppContext(data_dir=profiles.data_dir(args.data_dir), theme=theme,
                                      languages=self.languages)
            with contextlib.suppress(OSError):  # what a killed backup, restore or key change left
                profiles.clean_leftovers(self.context.data_dir)
        if self._first_screen_needs_fonts(args.demo):
            ensure_bundled_fonts(self.qt_app)
        self.guard = LockGuard(self.qt_app, watch=False)
        self.controller = AppController(self.context, self.guard)
        self.controller.first_painted.connect(self._after_first_paint)
        if demo_profile is not None:
            self.controller.open_profile(demo_profile)
        else:
            self.controller.start()

    def _first_screen_needs_fonts(self, demo: bool) -> bool:
        """Our fonts before the first paint only when its words could need them: a language
        other than English, or a passport named in a script they are carried for. Otherwise
        they come just after (about 10 ms sooner on screen)."""
        if demo or self.languages.current != ENGLISH:
            return True
        return needs_bundled_fonts(folder.label for folder in profiles.list_profiles(self.context.data_dir))

    def _after_first_paint(self) -> None:
        ensure_bundled_fonts(self.qt_app)
        self._watch_the_app()

    def _watch_the_app(self) -> None:
        """The app-wide filters go on just after the first screen has painted, not before:
        see LockGuard.watch. The wheel guard also sets up every widget made before it: the
        wheel scrolls pages, it never changes a value by accident."""
        WheelGuard.install(self.qt_app)
        self.guard.watch(self.qt_app)

    def run(self) -> int:
        wake = QTimer(interval=_SIGNAL_POLL_MSEC)
        wake.timeout.connect(lambda: None)
        wake.start()
        try:
            return 0 if self._interrupted else self.qt_app.exec()
        finally:
            wake.stop()
            self.close()

    def _interrupt(self, _signum: int, _frame: FrameType | None) -> None:
        self._interrupted = True
        self.qt_app.quit()

    def close(self) -> None:
        for sig, handler in self._previous_handlers.items():
            signal.signal(sig, handler)
        self.controller.shut_down()
        for window in (self.controller.main_window, self.controller.start_window):
            if window is not None:
                window.close()
                window.deleteLater()
        # Delete them now, while Qt is whole: a media player left for interpreter shutdown
        # to destroy, after the application, crashes Qt's FFmpeg backend on the way out.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.qt_app.removeEventFilter(self.guard)
        self.last_resort.uninstall()
        self.languages.uninstall()
        if self.english_plurals is not None:
            self.qt_app.removeTranslator(self.english_plurals)
        if self.demo_dir is not None:
            shutil.rmtree(self.demo_dir, ignore_errors=True)


def main(argv: Sequence[str] | None = None) -> int:
    if build_parser().parse_args(argv).self_test:
        from ui.self_test import main as self_test

        return self_test()
    code = PassportApp(argv).run()
    speech = sys.modules.get("ui.runtime.speech_thread")  # not loaded: nothing was read aloud
    if speech is not None and speech.stuck_at_quit():
        # The speech engine is stuck inside the speech server, and Qt's clean-up on the way out
        # would wait for its thread for ever. Everything of ours is closed (run() closed it).
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code
