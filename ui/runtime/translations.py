"""The app's words in the person's own language, when a translator has provided it.

A language is added without touching code: ``resources/translations/`` holds one
``wellbeing_passport_<lang>.qm`` per language (see the README there). The person picks it in
the app (:mod:`ui.runtime.language_switcher`); until they do, the system locale picks it.
English needs nothing: the words in the code are the English ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ui.runtime.languages import CATALOGUE
from ui.runtime.paths import resource_path


def install_translations(app: QApplication, locale: QLocale | None = None,
                         directory: Path | None = None) -> list[QTranslator]:
    """Installs our translation for ``locale`` (default: the system's) from ``directory``
    (default: the bundled translations), and Qt's own for the same language so standard
    buttons match. Returns what was installed, [] when no language of ours fits.

    Runs before the first paint, so it only tries the few file names QTranslator derives
    from the locale; a missing or damaged file simply does not load."""
    locale = QLocale() if locale is None else locale
    folder = resource_path("translations") if directory is None else directory
    language = language_to_show(locale.uiLanguages(), folder)
    if language is None:
        return []
    return install_language(app, language, folder)


def install_language(app: QApplication, language: str, folder: Path) -> list[QTranslator]:
    """Installs our ``language`` from ``folder``, and Qt's own for it so standard buttons match.
    Returns what was installed, [] when our file is missing or damaged."""
    ours = QTranslator(app)  # owned by the app, so it lives as long as the app does
    # A cut-short file can "load" with nothing in it; that is no language either.
    if not ours.load(f"{CATALOGUE}_{language}", str(folder)) or ours.isEmpty():
        ours.deleteLater()
        return []
    installed: list[QTranslator] = []
    # Only beside ours: Qt's German buttons around our English words would look broken.
    # With ours, Qt's makes standard buttons match and carries the writing direction.
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    else:
        qt_own.deleteLater()
    # Installed last, so it is asked first: our words win over Qt's where both have one.
    app.installTranslator(ours)
    installed.append(ours)
    return installed


def language_to_show(preferences: Sequence[str], folder: Path) -> str | None:
    """Goes through the person's languages in their order of preference (``uiLanguages``)
    up to the first we can show: English (the code's own words) or one with a file in
    ``folder``. ["en-GB", "cy"] is English even though a Welsh file exists; ["cy", "en"] is
    Welsh. Returns the file's language tag, or None for English."""
    for wanted in preferences:
        tag = wanted.replace("-", "_")
        if tag.split("_")[0].lower() == "en":
            return None
        # From the most to the least specific, as Qt does: pt_BR, then pt.
        parts = tag.split("_")
        for end in range(len(parts), 0, -1):
            candidate = "_".join(parts[:end])
            if (folder / f"{CATALOGUE}_{candidate}.qm").is_file():
                return candidate
    return None


def install_english_plurals(app: QApplication, directory: Path | None = None) -> QTranslator | None:
    """English's two forms of every message with a count ("1 entry", "2 entries"), installed
    first so every language's own file is asked before it; None if the file is missing."""
    folder = (resource_path("translations") if directory is None else directory) / "plurals"
    plurals = QTranslator(app)
    if not plurals.load("english_plurals", str(folder)) or plurals.isEmpty():
        plurals.deleteLater()
        return None
    app.installTranslator(plurals)
    return plurals
