"""Translations: the English template matches the code, and a translator's language shows up in
the real widgets without touching code (the real Qt tools, real files, nothing mocked)."""

from __future__ import annotations

import ast
import random
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from passport.profile import Profile
from tools.update_translations import ROOT, TEMPLATE, lrelease, lupdate
from ui.content.home_view import HomeView
from ui.runtime.session import Session
from ui.runtime.translations import install_translations, language_to_show

HEADING = "What's important now"
WELSH_HEADING = "Beth sy'n bwysig nawr"
GERMAN_HEADING = "Was gerade wichtig ist"

Message = tuple[str, str, str]  # context, English source, disambiguation


def messages(ts_file: Path) -> set[Message]:
    root = ET.parse(ts_file).getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", ""), message.findtext("comment", ""))
        for context in root.iter("context")
        for message in context.iter("message")
    }


def one_translation(folder: Path, language: str, translated: str) -> Path:
    """A translator's file for ``language`` with one string done, compiled as the tool does."""
    ts_file = folder / f"wellbeing_passport_{language}.ts"
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en_GB")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = "HomeView"
    message = ET.SubElement(context, "message")
    ET.SubElement(message, "source").text = HEADING
    ET.SubElement(message, "translation").text = translated
    ET.ElementTree(root).write(ts_file, encoding="utf-8", xml_declaration=True)
    qm_file = ts_file.with_suffix(".qm")
    lrelease(ts_file, qm_file)
    return qm_file


def heading(qtbot, profile: Profile) -> str:
    home = HomeView(Session(profile))
    qtbot.addWidget(home)
    return home.findChild(QLabel, "importantNowHeading").text()


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """What a test installs, taken off the app again so no other test sees another language."""
    translators: list[QTranslator] = []
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
        translator.deleteLater()


def test_the_template_holds_every_string_in_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    lupdate(fresh)
    assert messages(fresh) == messages(TEMPLATE), "run: python tools/update_translations.py"
    # Words from several screens, each under the class that shows it.
    assert {("HomeView", HEADING, ""), ("SectionBlock", "Add something", ""),
            ("ReviewPrompt", "Is this still true?", "")} <= messages(TEMPLATE)


def test_every_string_is_filed_where_the_app_looks_it_up() -> None:
    code = "\n".join(path.read_text(encoding="utf-8") for path in sorted((ROOT / "ui").rglob("*.py")))
    looked_up = set(re.findall(r"^\s*class\s+(\w+)", code, re.MULTILINE))
    looked_up |= set(re.findall(r"(?:translate|QT_TRANSLATE_NOOP)\(\s*\"(\w+)\"", code))
    filed = {context for context, _source, _comment in messages(TEMPLATE)}
    assert filed - looked_up == set()


def test_a_translators_welsh_shows_in_the_real_home_screen(qtbot, qapp, installed, profile, tmp_path) -> None:
    one_translation(tmp_path, "cy", WELSH_HEADING)
    installed += install_translations(qapp, QLocale("cy"), directory=tmp_path)
    assert installed
    assert heading(qtbot, profile) == WELSH_HEADING
    for translator in installed:
        qapp.removeTranslator(translator)
    assert heading(qtbot, profile) == HEADING


def test_qts_own_buttons_come_in_the_same_language(qtbot, qapp, installed, profile, tmp_path) -> None:
    one_translation(tmp_path, "de", GERMAN_HEADING)
    installed += install_translations(qapp, QLocale("de"), directory=tmp_path)
    assert len(installed) == 2  # Qt's German beside ours
    assert heading(qtbot, profile) == GERMAN_HEADING
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"


@pytest.mark.parametrize("locale", ["en_GB", "en_US"])
def test_english_installs_nothing(qapp, installed, locale: str) -> None:
    installed += install_translations(qapp, QLocale(locale))
    assert installed == []
    assert QCoreApplication.translate("HomeView", HEADING) == HEADING


@pytest.mark.parametrize("damage", ["random bytes", "cut short"])
def test_a_damaged_file_is_not_used_and_does_not_stop_the_app(qapp, installed, tmp_path, damage: str) -> None:
    made = tmp_path / "made"
    made.mkdir()
    good = one_translation(made, "cy", WELSH_HEADING).read_bytes()
    broken = random.Random(7).randbytes(4096) if damage == "random bytes" else good[:16]
    (tmp_path / "wellbeing_passport_cy.qm").write_bytes(broken)
    installed += install_translations(qapp, QLocale("cy"), directory=tmp_path)
    assert installed == []
    assert QCoreApplication.translate("HomeView", HEADING) == HEADING


def test_no_translated_words_hide_inside_an_f_string() -> None:
    """lupdate cannot see a tr() call inside an f-string, so its words would never reach a
    translator: translate first, then put the result in the f-string."""
    hidden = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    name = getattr(getattr(inner, "func", None), "attr", None) or getattr(
                        getattr(inner, "func", None), "id", None)
                    if isinstance(inner, ast.Call) and name in ("tr", "translate"):
                        hidden.append(f"{path.name}:{inner.lineno}")
    assert hidden == []


def test_the_persons_first_language_we_can_show_wins(tmp_path: Path) -> None:
    """English first means English, even with a Welsh file there; a regional preference
    finds the plain language's file; a language with no file is passed over."""
    (tmp_path / "wellbeing_passport_cy.qm").write_bytes(b"")
    (tmp_path / "wellbeing_passport_pt.qm").write_bytes(b"")
    assert language_to_show(["en-GB", "cy"], tmp_path) is None
    assert language_to_show(["cy-GB", "en-GB"], tmp_path) == "cy"
    assert language_to_show(["fr-FR", "pt-BR", "en"], tmp_path) == "pt"
    assert language_to_show(["fr-FR"], tmp_path) is None


def test_english_says_one_entry_and_two_entries(qapp) -> None:
    """Counts in English come from resources/translations/plurals (Qt alone says "1 entries")."""
    translate = QCoreApplication.translate
    assert translate("ShareWizard", "%n entries chosen.", "", 1) == "1 entry chosen."
    assert translate("ShareWizard", "%n entries chosen.", "", 3) == "3 entries chosen."
    assert translate("SettingsDialog", " minutes", "", 1) == " minute"


def test_every_count_has_its_english_singular() -> None:
    """A new message with %n needs its singular written once in the English plurals file."""
    plurals = ROOT / "resources" / "translations" / "plurals" / "english_plurals.ts"
    text = plurals.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text, "write the singular of the new counts in " + str(plurals)
    in_template = {(context, source) for context, source, _comment in messages(TEMPLATE)
                   if "%n" in source or source == " minutes"}
    in_plurals = {(context, source) for context, source, _comment in messages(plurals)}
    assert in_template <= in_plurals
