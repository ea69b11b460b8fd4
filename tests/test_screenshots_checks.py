"""The screenshot script's eye for broken screens: it flags text cut off and controls outside
the window, and passes a screen where everything fits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from tools.screenshots import layout_problems

WORDS = "What helps when you feel stressed or low"


def window_with(qtbot, *children: QWidget, size: tuple[int, int] = (500, 300)) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for child in children:
        layout.addWidget(child)
    layout.addStretch(1)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_fitting_screen_passes(qtbot) -> None:
    wrapped = QLabel(WORDS * 4, wordWrap=True)
    window = window_with(qtbot, QLabel(WORDS), wrapped, QPushButton("&Save the file…"))
    assert layout_problems(window) == []


def test_a_label_cut_short_is_flagged(qtbot) -> None:
    cut = QLabel(WORDS, objectName="sectionPrompt")
    cut.setFixedWidth(cut.fontMetrics().horizontalAdvance(WORDS) // 2)
    window = window_with(qtbot, cut)
    [problem] = layout_problems(window)
    assert "sectionPrompt" in problem and "text cut off" in problem


def test_wrapped_words_taller_than_their_label_are_flagged(qtbot) -> None:
    squashed = QLabel(WORDS * 6, wordWrap=True, objectName="lead")
    squashed.setFixedSize(160, squashed.fontMetrics().height())
    [problem] = layout_problems(window_with(qtbot, squashed))
    assert "lead" in problem and "height" in problem


def test_a_button_narrower_than_its_words_is_flagged(qtbot) -> None:
    button = QPushButton("Choose all my &important-now entries")
    button.setFixedWidth(60)
    [problem] = layout_problems(window_with(qtbot, button))
    assert "Choose all my important-now entries" in problem and "wider than the button" in problem


def test_a_control_partly_outside_the_window_is_flagged(qtbot) -> None:
    window = window_with(qtbot)
    stray = QPushButton("OK", window)
    stray.setGeometry(window.width() - 20, 10, 80, 30)
    stray.show()
    [problem] = layout_problems(window)
    assert "partly outside the window" in problem


def test_a_page_scrolled_out_of_sight_is_not_outside(qtbot) -> None:
    page = QWidget()
    column = QVBoxLayout(page)
    for row in range(40):
        column.addWidget(QLabel(f"Entry {row}"))
    scroll = QScrollArea(widgetResizable=True)
    scroll.setWidget(page)
    assert layout_problems(window_with(qtbot, scroll, size=(300, 200))) == []


def test_a_page_wider_than_a_scroll_area_that_cannot_scroll_sideways_is_flagged(qtbot) -> None:
    page = QWidget()
    QVBoxLayout(page).addWidget(QLabel(WORDS))
    page.setMinimumWidth(600)
    scroll = QScrollArea(widgetResizable=True, objectName="homeScroll")
    scroll.setWidget(page)
    window = window_with(qtbot, scroll, size=(300, 200))
    assert layout_problems(window) == [], "it can scroll sideways"
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    [problem] = layout_problems(window)
    assert "homeScroll" in problem and "cannot scroll sideways" in problem


def test_tabs_cut_short_are_flagged(qtbot) -> None:
    tabs = QTabWidget()
    for name in ("About this passport", "How it looks", "Passphrase and recovery code", "Language"):
        tabs.addTab(QWidget(), name)
    tabs.tabBar().setExpanding(False)
    tabs.setUsesScrollButtons(False)
    tabs.setElideMode(tabs.elideMode().ElideRight)
    window = window_with(qtbot, tabs, size=(200, 200))
    assert any(problem.startswith("tab ") for problem in layout_problems(window))
