"""Refresh the translation files from the words in the code, and compile each language.

    python tools/update_translations.py

1. ``resources/translations/wellbeing_passport.ts``: the English template, every string the
   UI passes through tr()/translate(), for a translator to copy.
2. Every ``wellbeing_passport_<lang>.ts`` beside it: new strings added, removed ones dropped,
   the translations already made kept.
3. Every language's ``.qm``, the compiled file the app loads (the template gets none).

No line numbers are written, so the files change only when the words do.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
TEMPLATE = TRANSLATIONS / "wellbeing_passport.ts"
# English's own plural forms ("1 entry", "2 entries"): only the messages with a count, whose
# singular a person writes once; loaded under every language, so English is right wherever a
# translation has no word yet.
ENGLISH_PLURALS = TRANSLATIONS / "plurals" / "english_plurals.ts"


def qt_tool(name: str) -> str:
    """PySide6 installs its Qt tools next to the Python running this (the venv's bin)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit(f"{name} was not found next to {sys.executable}; install the app's requirements there.")
    return found


def sources() -> list[Path]:
    # The UI, the core's one table of sentences, the starter sections and the plan's steps
    # (their words are marked QT_TRANSLATE_NOOP).
    return [*sorted((ROOT / "ui").rglob("*.py")), ROOT / "passport" / "sentences.py",
            ROOT / "passport" / "content" / "sections.py", ROOT / "passport" / "content" / "safety_plan.py"]


def lupdate(ts_file: Path) -> None:
    """Writes or refreshes ``ts_file`` from every UI module."""
    subprocess.run(
        [qt_tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
         "-source-language", "en_GB", *map(str, sources()), "-ts", str(ts_file)],
        check=True,
    )


# Languages lupdate has no plural rules for (it refuses to refresh their translated files), and
# a language it knows with the same plural forms to stand in while it refreshes them.
STAND_INS = {"ckb": "fa"}  # Sorani: one form, as Persian


def refresh(ts_file: Path) -> None:
    """lupdate on one language's file, through a stand-in language where lupdate needs one."""
    language = language_of(ts_file)
    stand_in = STAND_INS.get(language)
    if stand_in is None:
        lupdate(ts_file)
        return
    marked = f'language="{language}"'
    text = ts_file.read_text(encoding="utf-8")
    ts_file.write_text(text.replace(marked, f'language="{stand_in}"', 1), encoding="utf-8")
    try:
        lupdate(ts_file)
    finally:
        text = ts_file.read_text(encoding="utf-8")
        ts_file.write_text(text.replace(f'language="{stand_in}"', marked, 1), encoding="utf-8")


def mark_direction(ts_file: Path) -> None:
    """Qt's QT_LAYOUT_DIRECTION message says which way the screens run: "RTL" or "LTR", from
    the language's about/<code>.json (a fact about the language, not words to translate)."""
    try:
        about = json.loads((TRANSLATIONS / "about" / f"{language_of(ts_file)}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    direction = "RTL" if isinstance(about, dict) and about.get("direction") == "rtl" else "LTR"
    text = ts_file.read_text(encoding="utf-8")
    marked = re.sub(r"(<source>QT_LAYOUT_DIRECTION</source>\s*)<translation[^>]*>[^<]*</translation>",
                    lambda m: f"{m.group(1)}<translation>{direction}</translation>", text)
    if marked != text:
        ts_file.write_text(marked, encoding="utf-8")


def refresh_english_plurals() -> None:
    ENGLISH_PLURALS.parent.mkdir(exist_ok=True)
    subprocess.run(
        [qt_tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete", "-pluralonly",
         "-source-language", "en_GB", "-target-language", "en_GB", *map(str, sources()), "-ts", str(ENGLISH_PLURALS)],
        check=True,
    )
    lrelease(ENGLISH_PLURALS, ENGLISH_PLURALS.with_suffix(".qm"))


def lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compiles one language. Only translations marked done go in: a guess lupdate carried
    over from a changed English string could say the wrong thing, and English is safer."""
    subprocess.run([qt_tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts_file), "-qm", str(qm_file)],
                   check=True)


def languages() -> list[Path]:
    return sorted(TRANSLATIONS.glob(f"{TEMPLATE.stem}_*.ts"))


def language_of(ts_file: Path) -> str:
    """wellbeing_passport_cy.ts is Welsh: "cy"."""
    return ts_file.stem.removeprefix(f"{TEMPLATE.stem}_")


def ensure_language(ts_file: Path) -> bool:
    """A copy of the template names no language, and lupdate refuses to refresh such a file:
    name the one its file name gives. True if it was added."""
    text = ts_file.read_text(encoding="utf-8")
    tag = re.search(r"<TS\b[^>]*>", text)
    if tag is None or re.search(r"\slanguage=", tag.group(0)):
        return False
    end = tag.end() - 1
    ts_file.write_text(f'{text[:end]} language="{language_of(ts_file)}"{text[end:]}', encoding="utf-8")
    return True


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    lupdate(TEMPLATE)
    print(f"Template refreshed from {len(sources())} UI modules: {TEMPLATE.relative_to(ROOT)}")
    refresh_english_plurals()
    print(f"English plurals refreshed: {ENGLISH_PLURALS.relative_to(ROOT)} (write the singular of any new one)")
    for ts_file in languages():
        if ensure_language(ts_file):
            print(f"Marked {ts_file.name} as language {language_of(ts_file)}")
        refresh(ts_file)
        mark_direction(ts_file)
        qm_file = ts_file.with_suffix(".qm")
        lrelease(ts_file, qm_file)
        print(f"Refreshed {ts_file.relative_to(ROOT)} and compiled {qm_file.name}")
    if not languages():
        print(f"No languages yet: copy {TEMPLATE.name} to {TEMPLATE.stem}_<lang>.ts to start one.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
