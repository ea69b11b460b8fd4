"""Every script the app is translated into renders as letters: a sentence in each, laid out
with the application's font, uses no missing-glyph box, and the fonts we ship cover them alone
(a fresh computer may have nothing else)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics, QRawFont, QTextLayout
from PySide6.QtWidgets import QLabel

from ui.runtime.fonts import font_files, load_bundled_fonts

SAMPLES = {
    "Tigrinya (Ethiopic)": "ሕጂ እንታይ ኣገዳሲ እዩ? ሓገዝ ኣሎ።",
    "Arabic": "ما المهم الآن؟ أنت لست وحدك.",
    "Dari": "اکنون چه چیزی مهم است؟ گپ بزنید، ژوند.",
    "Pashto": "اوس څه مهم دي؟ ښه، ډېر ګټور، ځای، ړ ږ ۍ ټ ې",
    "Sorani Kurdish": "ئێستا چی گرنگە؟ ڕۆژت باش بێت، ڵ ۆ ە",
    "Vietnamese": "Điều gì quan trọng bây giờ? Tiếng Việt ở đây.",
    "Albanian": "Çfarë është e rëndësishme tani? Ëndrra.",
    "Welsh": "Beth sy'n bwysig nawr? Ŵyr ŷd.",
}


@pytest.fixture(scope="module")
def families(qapp) -> list[str]:
    return load_bundled_fonts(qapp)


def test_the_shipped_fonts_load(families: list[str]) -> None:
    assert families == ["Noto Sans Arabic", "Noto Sans Ethiopic"]


def test_english_keeps_the_platform_font_and_its_line_height(qapp) -> None:
    """Linux names its font by an alias ("Sans Serif"); our fonts behind it must not take its
    place (Arabic's taller lines made every field and button grow)."""
    before = QFont(qapp.font())
    try:
        qapp.setFont(QFont("Sans Serif", 10))
        usual, height = QFontInfo(qapp.font()).family(), QFontMetrics(qapp.font()).height()
        load_bundled_fonts(qapp)
        assert QFontInfo(qapp.font()).family() == usual
        assert QFontMetrics(qapp.font()).height() == height
        assert qapp.font().families()[-2:] == ["Noto Sans Arabic", "Noto Sans Ethiopic"]
    finally:
        qapp.setFont(before)


@pytest.mark.parametrize("language", SAMPLES)
def test_a_sentence_renders_without_a_missing_glyph(qtbot, families, language: str) -> None:
    label = QLabel(SAMPLES[language])  # the font a real label gets (the app's, styled)
    qtbot.addWidget(label)
    layout = QTextLayout(SAMPLES[language], label.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    assert runs
    for run in runs:
        assert 0 not in run.glyphIndexes(), f"a box in {run.rawFont().familyName()} for {language}"


@pytest.mark.parametrize("language", ["Tigrinya (Ethiopic)", "Arabic", "Dari", "Pashto", "Sorani Kurdish"])
def test_the_fonts_we_ship_cover_the_script_by_themselves(language: str) -> None:
    letters = {ord(c) for c in SAMPLES[language] if c.isalpha()}
    covered = set()
    for path in font_files():
        raw = QRawFont(str(path), 12)
        covered |= {letter for letter in letters if raw.supportsCharacter(letter)}
    assert letters - covered == set()
