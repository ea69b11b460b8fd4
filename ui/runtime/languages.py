"""The languages the app can speak, what each says about itself, and the start screen's choice.

A language is offered when ``resources/translations/`` holds its compiled file
(``wellbeing_passport_<code>.qm``); English, the code's own words, always is. Beside it,
``about/<code>.json`` says who made it and whether a native speaker has read it over, so the
chooser can call a draft a draft. A missing or unreadable ``about`` file makes the language a
draft named by its code: we never claim a review nobody wrote down.

The start screen's choice (before any unlock, so the computer can speak the carers' language
on a shared laptop) is the one plain setting the app keeps outside a profile:
``language.json`` in the data folder, holding a language code and nothing else. A profile's
own choice lives in its encrypted settings (``LANGUAGE_SETTING``).
"""

from __future__ import annotations

import contextlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, Qt

from passport.fileio import replace_atomically
from ui.runtime.paths import resource_path

CATALOGUE = "wellbeing_passport"
ENGLISH = "en"
LANGUAGE_SETTING = "language"
START_LANGUAGE_FILE = "language.json"
# A language code as the file names spell it: cy, ckb, fa_AF, pt_BR.
_CODE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]{2,4})?$")
_MAX_ABOUT_BYTES = 16 * 1024


@dataclass(frozen=True)
class Language:
    code: str
    name_native: str
    name_english: str
    right_to_left: bool
    made_by: str
    reviewed: bool

    @property
    def is_draft(self) -> bool:
        return not self.reviewed


ENGLISH_LANGUAGE = Language(ENGLISH, "English", "English", False, "The app's own words.", True)


def is_language_code(code: object) -> bool:
    return isinstance(code, str) and _CODE.match(code) is not None


def translations_folder() -> Path:
    return resource_path("translations")


def available_languages(folder: Path | None = None) -> list[Language]:
    """English first, then every language with a compiled file, by its English name."""
    folder = translations_folder() if folder is None else folder
    found = []
    for qm_file in folder.glob(f"{CATALOGUE}_*.qm"):
        code = qm_file.stem.removeprefix(f"{CATALOGUE}_")
        if is_language_code(code) and code != ENGLISH and qm_file.is_file():
            found.append(about(code, folder))
    return [ENGLISH_LANGUAGE, *sorted(found, key=lambda language: (language.name_english.casefold(), language.code))]


def about(code: str, folder: Path | None = None) -> Language:
    """What ``about/<code>.json`` says; a draft named by its code when it says nothing usable."""
    if code == ENGLISH:
        return ENGLISH_LANGUAGE
    folder = translations_folder() if folder is None else folder
    direction = QLocale(code).textDirection() == Qt.LayoutDirection.RightToLeft
    unknown = Language(code, code, code, direction, "", False)
    try:
        with (folder / "about" / f"{code}.json").open("rb") as f:
            data = json.loads(f.read(_MAX_ABOUT_BYTES + 1)[:_MAX_ABOUT_BYTES])
    except (OSError, ValueError, RecursionError):  # RecursionError: "[[[[…" nested deeper than Python goes
        return unknown
    if not isinstance(data, dict) or data.get("code") != code:
        return unknown
    texts = {key: data.get(key) for key in ("name_native", "name_english", "made_by")}
    if not all(isinstance(text, str) and text.strip() and text.isprintable() and len(text) <= 200
               for text in texts.values()) or data.get("direction") not in ("ltr", "rtl"):
        return unknown
    return Language(code, str(texts["name_native"]).strip(), str(texts["name_english"]).strip(),
                    data["direction"] == "rtl", str(texts["made_by"]).strip(),
                    data.get("reviewed_by_native_speaker") is True)


def read_start_language(data_dir: Path) -> str | None:
    """The start screen's language, or None to follow the computer's own language."""
    try:
        with (data_dir / START_LANGUAGE_FILE).open("rb") as f:
            data = json.loads(f.read(1024))
    except (OSError, ValueError, RecursionError):  # RecursionError: "[[[[…" nested deeper than Python goes
        return None
    code = data.get("language") if isinstance(data, dict) else None
    return code if is_language_code(code) else None


def save_start_language(data_dir: Path, code: str) -> bool:
    """Keeps the start screen's choice (a code, nothing of any profile). False if it could not be
    written (a read-only or full disk): the choice then lasts for this run only."""
    if not is_language_code(code):
        raise ValueError(code)
    with contextlib.suppress(OSError):
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        replace_atomically(data_dir / START_LANGUAGE_FILE, json.dumps({"language": code}).encode())
        return True
    return False
