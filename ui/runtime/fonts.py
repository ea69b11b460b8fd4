"""The fonts the app brings, so every script it speaks shows as letters, never as empty boxes.

A fresh Windows, Mac or minimal Linux may have no font for Ethiopic (Tigrinya) or for every
letter of Pashto and Sorani; the app carries OFL Noto fonts for them in ``resources/fonts``
(see the README there). They are added to the application's own font as families to fall
back on, after the platform's own font, so English keeps its usual look and a letter the
usual font lacks comes from ours. Nothing is written to disk.

Loading them takes about 10 ms, so a start in English whose first screen shows no letter of
theirs paints first and loads them just after (:func:`needs_bundled_fonts`, :mod:`ui.app`);
anything that changes the language or opens a profile's window makes sure of them before.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from ui.runtime.paths import resource_path

# The blocks our fonts bring letters for (resources/fonts/README.md): Arabic script (Arabic,
# Supplement, Extended-B and -A, Presentation Forms-A and -B) and Ethiopic (with its Supplement,
# Extended, Extended-A and Extended-B).
_BUNDLED_BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF),
                   (0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F), (0x1E7E0, 0x1E7FF))
# The families added, kept on the application (which every part of the app shares).
_FAMILIES = "bundledFontFamilies"


def font_files(folder: Path | None = None) -> list[Path]:
    folder = resource_path("fonts") if folder is None else folder
    return sorted(path for path in folder.glob("*.ttf") if path.is_file())


def load_bundled_fonts(app: QApplication, folder: Path | None = None) -> list[str]:
    """Adds our fonts to the application and puts their families behind the platform's in the
    application font (where Qt looks for a letter its first family lacks). Returns the
    families added, in order; a file that does not load is skipped."""
    added: list[str] = []
    for path in font_files(folder):
        font_id = QFontDatabase.addApplicationFont(str(path))
        for family in QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []:
            if family not in added:
                added.append(family)
    font = QFont(app.font())
    # The platform's font may be named by an alias ("Sans Serif" on Linux) that only a lone
    # family resolves: in a list, Qt takes the first name that is a real family, and ours
    # (with Arabic's tall lines) would become every letter's font. So the family the alias
    # stands for goes first.
    families = [QFontInfo(font).family()]
    families += [family for family in list(font.families()) or [font.family()] if family not in families]
    font.setFamilies(families + [family for family in added if family not in families])
    app.setFont(font)
    return added


def needs_bundled_fonts(texts: Iterable[str]) -> bool:
    """Whether any of ``texts`` has a letter of a script our fonts are carried for."""
    return any(low <= ord(letter) <= high for text in texts for letter in text for low, high in _BUNDLED_BLOCKS)


def bundled_fonts_loaded(app: QApplication) -> bool:
    """Whether our fonts are behind the application's font now."""
    families = app.property(_FAMILIES)
    return bool(families) and set(families) <= set(app.font().families())


def ensure_bundled_fonts(app: QApplication) -> None:
    """Loads our fonts into ``app`` unless they are there already (cheap to call again)."""
    if not bundled_fonts_loaded(app):
        app.setProperty(_FAMILIES, load_bundled_fonts(app))
