"""Changes the language the whole app speaks while it runs.

Installing or removing a translator makes Qt send every widget a LanguageChange event; the
start screen's pages answer it by setting their words again, and a profile's window is made
anew (see :class:`ui.app.AppController`). The default ``QLocale`` follows, so dates and
numbers read the chosen language's way, and the layout turns right to left for Arabic script.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from ui.runtime.languages import CATALOGUE, ENGLISH, about, translations_folder
from ui.runtime.translations import install_language, language_to_show

# Qt's own word for which way a language's screens run, translated "RTL" or "LTR" in each of our
# files: Qt has no translation of its own for some of our languages (Pashto, Sorani) to say so.
LAYOUT_DIRECTION = QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION")

# English as spoken where the app is made: dates read "3 May 2025", not "May 3, 2025".
_ENGLISH_LOCALE = "en_GB"


class LanguageSwitcher:
    """Owns the translators it installs on ``app``; one language at a time."""

    def __init__(self, app: QApplication, folder: Path | None = None) -> None:
        self._app = app
        self._folder = translations_folder() if folder is None else folder
        self._installed: list[QTranslator] = []
        self.current: str | None = None  # None until the first use()

    @property
    def folder(self) -> Path:
        return self._folder

    def computers_language(self) -> str:
        """The first of the computer's languages we can show, else English."""
        return language_to_show(QLocale.system().uiLanguages(), self._folder) or ENGLISH

    def resolve(self, code: str | None) -> str:
        """The language :meth:`use` would speak for ``code``: the computer's for None, English
        for a language with no file."""
        if code is None:
            return self.computers_language()
        if code == ENGLISH or not (self._folder / f"{CATALOGUE}_{code}.qm").is_file():
            return ENGLISH
        return code

    def use(self, code: str | None) -> str:
        """Speak ``code`` (None: the computer's own language). A language whose file is missing
        or damaged falls back to English. Returns the language now spoken."""
        wanted = self.resolve(code)
        if wanted == self.current:
            return wanted
        for translator in self._installed:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._installed = [] if wanted == ENGLISH else install_language(self._app, wanted, self._folder)
        if not self._installed:
            wanted = ENGLISH
        QLocale.setDefault(QLocale(_ENGLISH_LOCALE if wanted == ENGLISH else wanted))
        # Said outright, not left to Qt's guess from its own translation, which few of our
        # languages have (there is no Qt Tigrinya or Pashto).
        direction = Qt.LayoutDirection.RightToLeft if about(wanted, self._folder).right_to_left \
            else Qt.LayoutDirection.LeftToRight
        self._app.setLayoutDirection(direction)
        self.current = wanted
        return wanted

    def uninstall(self) -> None:
        """Back to English and the app's first look (for tests and the end of a run)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._installed = []
        QLocale.setDefault(QLocale.system())
        self._app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.current = None
