"""Easy-read mode: short sentences, larger text, and a picture symbol beside each section and
main action.

It is a choice of the open profile, kept inside it (``profile.set_setting``), offered in Settings
and as the first question of the setup wizard. Views that have long explanations ask
:func:`is_easy_read` as they are built and say the short version; a change of the choice makes
the profile's window anew (as a change of language does), so every view follows.

The symbols are OpenMoji (CC BY-SA 4.0), shipped in ``resources/symbols`` (see its README) and
credited in Help. Drawn in their own colours, with an accessible name, so a screen reader says
what each picture is.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from ui.runtime.paths import resource_path

EASY_READ_SETTING = "easy_read"
# Easy read makes the text at least this large (the person can still make it larger).
EASY_TEXT_SCALE = 130
# How many lines of text high a symbol beside a heading is.
SYMBOL_LINES = 1.8

# A starter section's symbol, by its key; any other section has the notebook.
SECTION_SYMBOLS = frozenset(
    {
        "about_me",
        "strengths",
        "what_helps",
        "what_doesnt_help",
        "people",
        "worked_before",
        "hopes",
        "changes",
        "when_things_get_hard",
    }
)
OTHER_SECTION = "section"


def is_easy_read(profile: Any) -> bool:
    """Whether this profile (a ``passport.profile.Profile``) chose easy read."""
    return profile.setting(EASY_READ_SETTING, False) is True


def symbol_path(name: str) -> str:
    return str(resource_path("symbols", f"{name}.svg"))


def symbol(name: str) -> QIcon:
    """The picture ``resources/symbols/<name>.svg``, in its own colours."""
    return QIcon(symbol_path(name))


def section_symbol_name(key: str | None) -> str:
    return key if key in SECTION_SYMBOLS else OTHER_SECTION


def symbol_label(name: str, described: str, beside: QWidget) -> QLabel:
    """A picture as high as about two lines of ``beside``'s text, named for a screen reader."""
    side = round(beside.fontMetrics().height() * SYMBOL_LINES)
    label = QLabel()
    label.setObjectName("easyReadSymbol")
    label.setPixmap(symbol(name).pixmap(QSize(side, side), beside.devicePixelRatioF()))
    label.setFixedSize(side, side)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setAccessibleName(QCoreApplication.translate("EasyRead", "Picture: {what}").replace("{what}", described))
    return label


def add_symbols(buttons: Iterable[tuple[QAbstractButton, str]]) -> None:
    """Give each main action its picture; the style sheets draw them larger in easy read."""
    for button, name in buttons:
        button.setIcon(symbol(name))
        button.setProperty("scaledIcon", False)
        button.setProperty("easyRead", True)


class EasyWords:
    """Labels that have a short, easy-read version of their words, switched together (the setup
    wizard switches as soon as easy read is ticked, before there is a profile to keep it in)."""

    def __init__(self) -> None:
        self._labels: list[tuple[QLabel, str, str]] = []
        self._symbols: list[QLabel] = []
        self._larger: list[tuple[QLabel, object]] = []
        self.on = False

    def add(self, label: QLabel, easy: str) -> QLabel:
        """``label`` says ``easy`` in easy read, its own words otherwise."""
        self._labels.append((label, label.text(), easy))
        label.setText(easy if self.on else label.text())
        return label

    def add_symbol(self, label: QLabel) -> QLabel:
        """A picture shown only in easy read."""
        self._symbols.append(label)
        label.setVisible(self.on)
        return label

    def add_larger(self, label: QLabel) -> QLabel:
        """``label``'s words as large as a page's lead in easy read, its own size otherwise."""
        self._larger.append((label, label.property("role")))
        _set_role(label, "lead" if self.on else label.property("role"))
        return label

    def set_on(self, on: bool) -> None:
        self.on = on
        for label, normal, easy in self._labels:
            label.setText(easy if on else normal)
        for picture in self._symbols:
            picture.setVisible(on)
        for label, role in self._larger:
            _set_role(label, "lead" if on else role)


def _set_role(label: QLabel, role: object) -> None:
    """A new role for ``label``, drawn at once (the style sheets size text by role)."""
    label.setProperty("role", role)
    label.style().unpolish(label)
    label.style().polish(label)
