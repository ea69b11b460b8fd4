"""The languages on offer, what each says about itself, the start screen's kept choice, the
switch itself (words, direction, dates) and the starter sections in the reader's language."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QLabel

from tests.language_helpers import build_translations
from ui.content.home_view import HomeView
from ui.runtime.language_switcher import LanguageSwitcher
from ui.runtime.languages import about, available_languages, read_start_language, save_start_language
from ui.runtime.session import Session
from ui.widgets.bundle_document import long_date
from ui.widgets.language_chooser import LanguageChooser


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return build_translations(tmp_path / "translations")


@pytest.fixture
def switcher(qapp, folder: Path) -> Iterator[LanguageSwitcher]:
    languages = LanguageSwitcher(qapp, folder)
    yield languages
    languages.uninstall()


def test_english_first_then_every_compiled_language_by_its_own_name(folder: Path) -> None:
    (folder / "wellbeing_passport_vi.ts").write_text("not compiled, so not offered")
    offered = available_languages(folder)
    assert [language.code for language in offered] == ["en", "ar", "cy"]
    arabic, welsh = offered[1], offered[2]
    assert (arabic.name_native, arabic.right_to_left, arabic.is_draft) == ("العربية", True, True)
    assert (welsh.name_native, welsh.right_to_left, welsh.is_draft) == ("Cymraeg", False, False)


@pytest.mark.parametrize("written", [
    None,  # no about file
    b"{not json",
    json.dumps({"code": "xx", "name_native": "A", "name_english": "A", "direction": "ltr", "made_by": "m",
                "reviewed_by_native_speaker": True}).encode(),  # another language's file
    json.dumps({"code": "cy", "name_native": "A\u202e", "name_english": "A", "direction": "ltr",
                "made_by": "m", "reviewed_by_native_speaker": True}).encode(),  # a hidden direction mark
    json.dumps({"code": "cy", "name_native": "Cymraeg", "name_english": "Welsh", "direction": "up",
                "made_by": "m", "reviewed_by_native_speaker": True}).encode(),
    b"[" * 100_000,  # huge and deep
])
def test_an_about_file_that_says_nothing_usable_makes_an_honest_draft(folder: Path, written: bytes | None) -> None:
    path = folder / "about" / "cy.json"
    path.unlink()
    if written is not None:
        path.write_bytes(written)
    welsh = about("cy", folder)
    assert (welsh.name_native, welsh.is_draft) == ("cy", True)


def test_a_reviewed_flag_must_be_a_real_yes(folder: Path) -> None:
    data = json.loads((folder / "about" / "cy.json").read_text())
    (folder / "about" / "cy.json").write_text(json.dumps(data | {"reviewed_by_native_speaker": "yes"}))
    assert about("cy", folder).is_draft


def test_the_start_screens_language_is_kept_as_a_code_and_nothing_else(tmp_path: Path) -> None:
    assert read_start_language(tmp_path) is None
    assert save_start_language(tmp_path, "fa_AF")
    assert json.loads((tmp_path / "language.json").read_text()) == {"language": "fa_AF"}
    assert (tmp_path / "language.json").stat().st_mode & 0o777 == 0o600
    assert read_start_language(tmp_path) == "fa_AF"
    with pytest.raises(ValueError):
        save_start_language(tmp_path, "../x")


@pytest.mark.parametrize("written", [b"", b"\xff\xfe", b'{"language": "../../etc"}', b'{"language": 7}', b"[]",
                                     b'{"language": "' + b"a" * 5000 + b'"}'])
def test_a_damaged_start_language_file_means_the_computers_language(tmp_path: Path, written: bytes) -> None:
    (tmp_path / "language.json").write_bytes(written)
    assert read_start_language(tmp_path) is None


def test_switching_changes_the_words_the_direction_and_the_dates(qapp, switcher: LanguageSwitcher) -> None:
    assert switcher.use("ar") == "ar"
    assert QCoreApplication.translate("LauncherView", "Welcome") == "أهلا بك"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().language() == QLocale.Language.Arabic
    assert "May" not in long_date(dt.date(2025, 5, 3))
    assert switcher.use("cy") == "cy"
    assert QCoreApplication.translate("LauncherView", "Welcome") == "Croeso"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert long_date(dt.date(2025, 5, 3)) == "3 Mai 2025"
    assert switcher.use("en") == "en"
    assert QCoreApplication.translate("LauncherView", "Welcome") == "Welcome"
    assert long_date(dt.date(2025, 5, 3)) == "3 May 2025"


def test_a_language_whose_file_went_missing_is_english(switcher: LanguageSwitcher, folder: Path) -> None:
    (folder / "wellbeing_passport_cy.qm").unlink()
    assert switcher.use("cy") == "en"
    (folder / "wellbeing_passport_ar.qm").write_bytes(b"\x00" * 10)  # damaged
    assert switcher.use("ar") == "en"
    assert QCoreApplication.translate("LauncherView", "Welcome") == "Welcome"


def test_the_chooser_names_each_language_in_its_own_words_and_drafts_as_drafts(qtbot, folder, switcher) -> None:
    chooser = LanguageChooser(available_languages(folder), "en")
    qtbot.addWidget(chooser)
    items = [chooser.combo.itemText(row) for row in range(chooser.combo.count())]
    assert [item.replace("\u2068", "").replace("\u2069", "") for item in items] == [
        "English", "العربية (Arabic), not checked yet", "Cymraeg (Welsh)"]
    assert chooser.caption.buddy() is chooser.combo and chooser.combo.accessibleName() == "Language"
    chooser.combo.setFocus()
    with qtbot.waitSignal(chooser.chosen) as chosen:
        qtbot.keyClick(chooser.combo, Qt.Key.Key_Down)
    assert chosen.args == ["ar"]
    assert "Nobody who speaks it has checked it yet" in chooser.note.text()


def home_words(qtbot, profile) -> tuple[str, list[str]]:
    home = HomeView(Session(profile))
    qtbot.addWidget(home)
    qtbot.waitUntil(lambda: home.built)  # Home comes a piece per turn
    heading = home.findChild(QLabel, "importantNowHeading").text()
    return heading, [label.text() for label in home.findChildren(QLabel, "sectionHeading")]


def test_starter_sections_read_in_the_readers_language_until_the_owner_renames_them(
        qtbot, switcher, profile) -> None:
    switcher.use("ar")
    heading, sections = home_words(qtbot, profile)
    assert heading == "ما المهم الآن" and "عني" in sections
    assert profile.sections()[0].title == "About me", "the store keeps the English, by key"
    about_me = next(section for section in profile.sections() if section.key == "about_me")
    profile.rename_section(about_me.id, "Me, me, me")
    _heading, sections = home_words(qtbot, profile)
    assert "Me, me, me" in sections and "عني" not in sections, "their own words are never translated"
