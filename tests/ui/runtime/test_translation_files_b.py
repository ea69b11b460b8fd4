"""The drafted translations into Tigrinya, Vietnamese, Albanian and Welsh: every string of the
English template translated, nothing the app fills in or a young person relies on lost on the way
(placeholders, markup, file patterns, crisis-line numbers, keys), Qt's plural forms for each
language, the compiled .qm in step with its .ts, and a note saying how each file was made.

Real files and the real Qt tools; nothing mocked."""

from __future__ import annotations

import json
import re
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from tools.update_translations import TEMPLATE, TRANSLATIONS, qt_tool

# How many plural forms Qt asks for in each language (what lupdate writes for it).
PLURAL_FORMS = {"cy": 5, "sq": 2, "ti": 2, "vi": 1}
LANGUAGES = sorted(PLURAL_FORMS)

# What must come through translation exactly: {name}-style and Qt placeholders, HTML tags, file
# patterns, numbers (crisis lines, limits, keys like F1) and keyboard shortcuts.
KEPT = re.compile(r"\{[^{}]*\}|%n|%\d|<[^>]+>|\(\*[^)]*\)|\*\.\w+|\d+|Ctrl\+[^\s)]+|Alt\+\d")
ACCELERATOR = re.compile(r"&(?!&)")

Key = tuple[str, str]  # context, English source


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"{TEMPLATE.stem}_{language}.ts"


def entries(path: Path) -> dict[Key, ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", "")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """What a test installs, taken off the app again so no other test sees another language."""
    translators: list[QTranslator] = []
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
        translator.deleteLater()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_template_string_is_translated_with_its_placeholders(language: str) -> None:
    root = ET.parse(ts_file(language)).getroot()
    assert root.get("language") == language
    template, translated = entries(TEMPLATE), entries(ts_file(language))
    assert set(translated) == set(template), "run: python tools/update_translations.py"
    problems = []
    for (context, source), message in translated.items():
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") is not None:  # unfinished, vanished, obsolete
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
        wanted = PLURAL_FORMS[language] if message.get("numerus") == "yes" else 1
        if len(forms(message)) != wanted:
            problems.append(f"{context}: {source!r} has {len(forms(message))} forms, Qt wants {wanted}")
        for form in forms(message):
            if not form.strip():
                problems.append(f"{context}: {source!r} is empty")
            if Counter(KEPT.findall(form)) != Counter(KEPT.findall(source)):
                problems.append(f"{context}: {source!r} -> {form!r} changes {KEPT.findall(source)}")
            if len(ACCELERATOR.findall(form)) > 1:
                problems.append(f"{context}: {form!r} has more than one & shortcut")
            if form[:1].isspace() != source[:1].isspace():  # " minutes" after a number in a spin box
                problems.append(f"{context}: {form!r} lost or gained the leading space")
    assert problems == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_file_is_the_translation_as_it_stands(language: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"{language}.qm"
    done = subprocess.run(
        [qt_tool("pyside6-lrelease"), str(ts_file(language)), "-qm", str(fresh)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert "0 unfinished" in done and "untranslated" not in done, done
    assert ts_file(language).with_suffix(".qm").read_bytes() == fresh.read_bytes(), (
        "run: python tools/update_translations.py"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_qt_picks_a_plural_form_that_carries_the_number(language: str, qapp, installed) -> None:
    translator = QTranslator(qapp)
    assert translator.load(str(ts_file(language).with_suffix(".qm")))
    qapp.installTranslator(translator)
    installed.append(translator)
    plurals = [key for key, message in entries(TEMPLATE).items() if message.get("numerus") == "yes"]
    assert plurals
    for context, source in plurals:
        for count in (0, 1, 2, 3, 6, 8, 11, 25):
            shown = QCoreApplication.translate(context, source, None, count)
            assert shown != source.replace("%n", str(count)), (language, source)
            # A count's words beside the number a control shows itself (a spin box's " minutes") carry no %n.
            if "%n" in source:
                assert str(count) in shown, (language, source, count, shown)
    # One plain string, to see the file is the language it says it is, not English copied over.
    assert QCoreApplication.translate("AddCardDialog", "Cancel") != "Cancel"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_says_how_it_was_made(language: str) -> None:
    about = json.loads((TRANSLATIONS / "about" / f"{language}.json").read_text(encoding="utf-8"))
    assert set(about) == {"code", "name_native", "name_english", "direction", "made_by", "reviewed_by_native_speaker"}
    assert about["code"] == language
    assert about["direction"] == "ltr"
    assert about["name_native"] and about["name_english"] and about["made_by"]
    assert about["reviewed_by_native_speaker"] is False  # a draft until a native speaker has read it
