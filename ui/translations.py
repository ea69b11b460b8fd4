"""The app's words in the person's own language, when a translator has provided it.

A language is added without touching code: ``resources/translations/`` holds one
``wellbeing_passport_<lang>.qm`` per language (see the README there), and the system locale
picks it. English needs nothing: the words in the code are the English ones.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ui.paths import resource_path

CATALOGUE = "wellbeing_passport"


def install_translations(app: QApplication, locale: QLocale | None = None,
                         directory: Path | None = None) -> list[QTranslator]:
    """Installs our translation for ``locale`` (default: the system's) from ``directory``
    (default: the bundled translations), and Qt's own for the same language so standard
    buttons match. Returns what was installed, [] when no language of ours fits.

    Runs before the first paint, so it only tries the few file names QTranslator derives
    from the locale; a missing or damaged file simply does not load."""
    locale = QLocale() if locale is None else locale
    folder = resource_path("translations") if directory is None else directory
    ours = QTranslator(app)  # owned by the app, so it lives as long as the app does
    # A cut-short file can "load" with nothing in it; that is no language either.
    if not ours.load(locale, CATALOGUE, "_", str(folder)) or ours.isEmpty():
        ours.deleteLater()
        return []
    installed: list[QTranslator] = []
    # Only beside ours: Qt's German buttons around our English words would look broken.
    # With ours, Qt's makes standard buttons match and carries the writing direction.
    qt_own = QTranslator(app)
    if qt_own.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    else:
        qt_own.deleteLater()
    # Installed last, so it is asked first: our words win over Qt's where both have one.
    app.installTranslator(ours)
    installed.append(ours)
    return installed
