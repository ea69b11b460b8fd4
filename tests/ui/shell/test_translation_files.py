"""Each language file is whole: every string of the template translated, with the same
placeholders, plural forms as Qt counts them for that language, a shortcut letter where the
English has one, a compiled .qm that matches it, and a note saying how it was made.

Runs over every ``wellbeing_passport_<lang>.ts`` there is, so a new language is checked the
moment its file lands (real files, the real Qt tools, nothing mocked)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator

from tools.update_translations import TEMPLATE, TRANSLATIONS, language_of, languages, lupdate, qt_tool

LANGUAGES = languages()
ABOUT = TRANSLATIONS / "about"
# The ones this check was written with; each must stay here and whole.
EXPECTED = {"ar", "fa_AF", "ps", "ckb"}

# What the app fills in or reads, and must come back exactly: %n and %1, {name} and {0:.1f},
# HTML tags, and the patterns of a file chooser's filter ("*.png", "*{0}", ";;").
PLACEHOLDER = re.compile(r"%n|%\d+|\{[^{}]*\}|<[^<>]+>|\*[\w.{}]*|;;")
# A shortcut letter: "&" before anything but a space or a second "&".
MNEMONIC = re.compile(r"&(?![&\s])")
ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
# Qt takes the writing direction from this message of any installed translator. Qt ships no
# translation of its own for Pashto or Sorani to carry it, so each right-to-left file carries it.
DIRECTION_CONTEXT, DIRECTION_SOURCE = "QGuiApplication", "QT_LAYOUT_DIRECTION"
# Names a young person needs to say or look for as they are, so they stay in English.
KEPT_IN_ENGLISH = {"Say It Once", "Samaritans", "Shout"}


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def template_messages() -> dict[tuple[str, str, str], ET.Element]:
    return messages(TEMPLATE)


def messages(ts_file: Path, *, with_direction: bool = False) -> dict[tuple[str, str, str], ET.Element]:
    """Every message of the file; without Qt's own writing-direction message unless asked for
    (it is in no code of ours, so the template has none and lupdate drops it)."""
    root = ET.parse(ts_file).getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", ""), message.findtext("comment", "")): message
        for context in root.iter("context")
        for message in context.iter("message")
        if with_direction or context.findtext("name", "") != DIRECTION_CONTEXT
    }


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def about(language: str) -> dict[str, object]:
    loaded: dict[str, object] = json.loads((ABOUT / f"{language}.json").read_text(encoding="utf-8"))
    return loaded


def test_the_languages_drafted_so_far_are_all_there() -> None:
    assert {language_of(ts_file) for ts_file in LANGUAGES} >= EXPECTED


@pytest.mark.parametrize("ts_file", LANGUAGES, ids=language_of)
def test_every_template_string_is_translated_and_marked_done(ts_file: Path) -> None:
    root = ET.parse(ts_file).getroot()
    assert root.get("language") == language_of(ts_file)
    theirs = messages(ts_file)
    assert theirs.keys() == template_messages().keys()
    not_done = [
        key[1]
        for key, message in theirs.items()
        if message.find("translation").get("type") is not None  # type: ignore[union-attr]
        or not all(form.strip() for form in forms(message))
    ]
    assert not_done == []


@pytest.mark.parametrize("ts_file", LANGUAGES, ids=language_of)
def test_placeholders_and_shortcut_letters_come_back_exactly(ts_file: Path) -> None:
    wrong = []
    for (_context, source, _comment), message in messages(ts_file).items():
        translated = forms(message)
        if message.get("numerus") == "yes":
            # A form may say "one" in words instead of %n, but none may add or lose anything else.
            together = placeholders(" ".join(translated))
            fine = set(together) == set(placeholders(source)) and all(
                set(placeholders(form)) <= set(placeholders(source)) for form in translated
            )
        else:
            fine = placeholders(translated[0]) == placeholders(source)
        if fine and MNEMONIC.search(source):
            fine = all(len(MNEMONIC.findall(form)) == 1 for form in translated)
        if not fine:
            wrong.append((source, translated))
    assert wrong == []


@pytest.mark.parametrize(
    "ts_file",
    [
        f
        for f in LANGUAGES
        if (ABOUT / f"{language_of(f)}.json").is_file() and about(language_of(f))["direction"] == "rtl"
    ],
    ids=language_of,
)
def test_right_to_left_languages_leave_no_english_behind(ts_file: Path) -> None:
    """Every string with words in it is in the language's own script, apart from names kept as
    they are: a string copied over in English would look done and still be English."""
    english = []
    for (_context, source, _comment), message in messages(ts_file).items():
        words = PLACEHOLDER.sub("", source)
        if source in KEPT_IN_ENGLISH or not re.search(r"[A-Za-z]{3}", words):
            continue
        english += [form for form in forms(message) if not ARABIC_SCRIPT.search(form)]
    assert english == []


@pytest.mark.parametrize("ts_file", LANGUAGES, ids=language_of)
def test_plural_forms_are_as_many_as_qt_counts_for_the_language(ts_file: Path, tmp_path: Path) -> None:
    """lupdate adds or drops plural forms to fit the language: after a run nothing has moved."""
    copy = tmp_path / ts_file.name
    shutil.copy(ts_file, copy)
    lupdate(copy)
    before, after = messages(ts_file), messages(copy)
    assert after.keys() == before.keys()
    assert {key: forms(message) for key, message in after.items()} == {
        key: forms(message) for key, message in before.items()
    }


@pytest.mark.parametrize("ts_file", LANGUAGES, ids=language_of)
def test_the_compiled_file_is_current_and_has_nothing_unfinished(ts_file: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    report = subprocess.run(
        [qt_tool("pyside6-lrelease"), "-nounfinished", str(ts_file), "-qm", str(fresh)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    total = len(messages(ts_file, with_direction=True))
    assert f"Generated {total} translation(s) ({total} finished and 0 unfinished)" in report
    assert "untranslated" not in report
    assert ts_file.with_suffix(".qm").read_bytes() == fresh.read_bytes(), "run: python tools/update_translations.py"


@pytest.mark.parametrize("ts_file", LANGUAGES, ids=language_of)
def test_qt_finds_the_words_and_plurals_in_the_compiled_file(ts_file: Path) -> None:
    translator = QTranslator()
    assert translator.load(str(ts_file.with_suffix(".qm")))
    for (context, source, comment), message in messages(ts_file, with_direction=True).items():
        if message.get("numerus") == "yes":
            for n in (1, 2, 5, 100):
                shown = translator.translate(context, source, comment or None, n)
                assert shown in forms(message)
        else:
            assert translator.translate(context, source, comment or None) == forms(message)[0]


@pytest.mark.parametrize("ts_file", LANGUAGES, ids=language_of)
def test_the_file_says_which_way_its_words_run(ts_file: Path, qapp) -> None:
    """Right to left from our own file alone, even where Qt has no translation of its own;
    "run: python tools/update_translations.py" drops the message, so this notices that."""
    direction = str(about(language_of(ts_file))["direction"]).upper()
    translator = QTranslator()
    assert translator.load(str(ts_file.with_suffix(".qm")))
    said = translator.translate(DIRECTION_CONTEXT, DIRECTION_SOURCE)
    assert said == direction or (direction == "LTR" and said in ("", "LTR"))
    if direction == "RTL":
        # Qt works the direction out from the translators only while none was set outright
        # (the app's language switcher sets it, and so do earlier tests): ask it to again.
        before = qapp.layoutDirection()
        qapp.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        qapp.installTranslator(translator)
        try:
            qapp.processEvents()
            assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        finally:
            qapp.removeTranslator(translator)
            qapp.setLayoutDirection(before)
            qapp.processEvents()
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_arabic_counts_one_two_a_few_and_many_each_its_own_way() -> None:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "wellbeing_passport_ar.qm"))
    said = {n: translator.translate("BundleDocument", "%n new", None, n) for n in (1, 2, 5, 11, 100)}
    assert said == {
        1: "تدوينة جديدة واحدة",
        2: "تدوينتان جديدتان",
        5: "%n تدوينات جديدة",
        11: "%n تدوينة جديدة",
        100: "%n تدوينة جديدة",
    }


@pytest.mark.parametrize("ts_file", LANGUAGES, ids=language_of)
def test_each_language_says_how_it_was_made(ts_file: Path) -> None:
    language = language_of(ts_file)
    note = about(language)
    assert note["code"] == language
    assert isinstance(note["name_native"], str) and note["name_native"].strip()
    assert isinstance(note["name_english"], str) and note["name_english"].strip()
    assert note["direction"] in ("ltr", "rtl")
    assert isinstance(note["made_by"], str) and note["made_by"].strip()
    assert isinstance(note["reviewed_by_native_speaker"], bool)


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_the_drafts_say_they_are_drafts_and_right_to_left(language: str) -> None:
    note = about(language)
    assert note["direction"] == "rtl"
    assert note["reviewed_by_native_speaker"] is False
    assert "not yet checked by a native speaker" in str(note["made_by"])
