"""Themes and text size, applied to the whole application.

A theme is a palette (so every standard control follows it) plus a style sheet from
``resources/themes/<name>.qss``. Style sheets give font sizes as ``${base}``, ``${title}``
and so on, filled in from the chosen text size, so text set by a style sheet scales too.
Widgets ask for a kind of text with the dynamic property ``role`` (``title``, ``heading``,
``lead``, ``hint``, ``code``, ``banner``); a button whose icon should grow with the text
sets ``scaledIcon`` to true. The palette's ``Accent`` is the colour of the app's icons
(see :mod:`ui.runtime.themed_icon`).

The choices of an open profile are kept in that profile (``profile.set_setting``), never
in Qt settings; before anything is unlocked the defaults apply.
"""

from __future__ import annotations

from string import Template
from typing import Any

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from ui.runtime.paths import resource_path

THEMES = ("light", "dark", "high_contrast")
DEFAULT_THEME = "light"
DEFAULT_TEXT_SCALE = 100
MIN_TEXT_SCALE = 100
MAX_TEXT_SCALE = 200
THEME_SETTING = "theme"
TEXT_SCALE_SETTING = "text_scale"
# The smallest comfortable base size, whatever the platform's default.
_MIN_BASE_POINTS = 10.0

# Relative sizes of each kind of text, multiplied by the base size.
TEXT_SIZES = {"base": 1.0, "small": 0.9, "lead": 1.2, "heading": 1.35, "title": 1.8, "code": 1.7}
# Pixel sizes at 100 % text (icons, check boxes, arrows), scaled the same way.
_PIXELS = {"icon": 18, "indicator": 16, "arrow": 22, "small_arrow": 12, "symbol": 30, "branch": 24, "scroller": 64}

_P = QPalette.ColorRole
_PALETTES: dict[str, dict[QPalette.ColorRole, str]] = {
    "light": {
        _P.Window: "#f7f4ef", _P.WindowText: "#2b2a28", _P.Base: "#ffffff", _P.AlternateBase: "#f1ece4",
        _P.Text: "#2b2a28", _P.Button: "#ece6dc", _P.ButtonText: "#2b2a28", _P.Highlight: "#2f6f73",
        _P.HighlightedText: "#ffffff", _P.ToolTipBase: "#fffdf8", _P.ToolTipText: "#2b2a28",
        _P.PlaceholderText: "#6b665e", _P.Link: "#1f5f8b", _P.BrightText: "#ffffff", _P.Accent: "#2f6f73",
    },
    "dark": {
        _P.Window: "#23272a", _P.WindowText: "#ece8e1", _P.Base: "#2c3135", _P.AlternateBase: "#30363a",
        _P.Text: "#ece8e1", _P.Button: "#363c41", _P.ButtonText: "#ece8e1", _P.Highlight: "#7cc4c0",
        _P.HighlightedText: "#14181a", _P.ToolTipBase: "#30363a", _P.ToolTipText: "#ece8e1",
        _P.PlaceholderText: "#a9a39a", _P.Link: "#9cc9f0", _P.BrightText: "#ffffff", _P.Accent: "#7cc4c0",
    },
    "high_contrast": {
        _P.Window: "#000000", _P.WindowText: "#ffffff", _P.Base: "#000000", _P.AlternateBase: "#101010",
        _P.Text: "#ffffff", _P.Button: "#000000", _P.ButtonText: "#ffffff", _P.Highlight: "#ffff00",
        _P.HighlightedText: "#000000", _P.ToolTipBase: "#000000", _P.ToolTipText: "#ffffff",
        _P.PlaceholderText: "#d0d0d0", _P.Link: "#00ffff", _P.BrightText: "#ffff00", _P.Accent: "#ffffff",
    },
}


def role_font(base: QFont, kind: str, *, bold: bool = False) -> QFont:
    """The font a style sheet gives text of ``kind``, for widgets that draw their own text
    (``base`` is the widget's own font, which the style sheet sets to the base size)."""
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * TEXT_SIZES[kind])
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    return font


def clamp_text_scale(percent: int) -> int:
    return max(MIN_TEXT_SCALE, min(MAX_TEXT_SCALE, int(percent)))


# Said by whoever made the application with Fusion from the start (``-style Fusion``, ui.app): then
# it is not set again, since setStyle's answer makes PySide build its QStyle type with its dozens of
# enums (about 4 ms before the first paint).
MADE_WITH_FUSION = "madeWithFusion"


class ThemeManager:
    """Applies a theme and a text size to ``app``; remembers the current choice."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        if not app.property(MADE_WITH_FUSION):
            app.setStyle("Fusion")  # the one style that follows a palette on every platform
        self._base_points = max(app.font().pointSizeF(), _MIN_BASE_POINTS)
        self.theme = DEFAULT_THEME
        self.text_scale = DEFAULT_TEXT_SCALE
        self._refresh()

    def apply_theme(self, name: str) -> None:
        self.theme = name if name in THEMES else DEFAULT_THEME
        self._refresh()

    def set_text_scale(self, percent: int) -> None:
        self.text_scale = clamp_text_scale(percent)
        self._refresh()

    def apply_profile_choices(self, profile: Any) -> None:
        """Use what an unlocked profile chose (a ``passport.profile.Profile``)."""
        self.theme = str(profile.setting(THEME_SETTING, DEFAULT_THEME))
        if self.theme not in THEMES:
            self.theme = DEFAULT_THEME
        self.text_scale = clamp_text_scale(profile.setting(TEXT_SCALE_SETTING, DEFAULT_TEXT_SCALE))
        self._refresh()

    def use_defaults(self) -> None:
        """The app's own look: before any unlock, and back at the list of passports (the last
        profile's look stays on its own unlock screen, for its owner to read)."""
        self.theme, self.text_scale = DEFAULT_THEME, DEFAULT_TEXT_SCALE
        self._refresh()

    def points(self, kind: str = "base") -> float:
        return round(self._base_points * self.text_scale / 100 * TEXT_SIZES[kind], 1)

    def pixels(self, kind: str) -> int:
        return round(_PIXELS[kind] * self.points() / _MIN_BASE_POINTS)

    def _refresh(self) -> None:
        # Kept on the application, which every manager of it shares: re-styling every
        # widget to the look it already has was most of what unlocking cost.
        applied = f"{self.theme}/{self.text_scale}"
        if self._app.property("passportLook") == applied:
            return
        self._app.setProperty("passportLook", applied)
        palette = QPalette()
        for role, colour in _PALETTES[self.theme].items():
            palette.setColor(role, QColor(colour))
        disabled = "#8a857c" if self.theme != "high_contrast" else "#b0b0b0"
        for role in (_P.WindowText, _P.Text, _P.ButtonText):
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
        self._app.setPalette(palette)
        font = QFont(self._app.font())
        font.setPointSizeF(self.points())
        self._app.setFont(font)
        template = Template(resource_path("themes", f"{self.theme}.qss").read_text(encoding="utf-8"))
        values: dict[str, object] = {kind: self.points(kind) for kind in TEXT_SIZES}
        values |= {kind: self.pixels(kind) for kind in _PIXELS}
        # The radius that makes a radio button's box a circle, round its 2px (or 3px) border.
        values["round"] = self.pixels("indicator") // 2 + 2
        values["round_thick"] = self.pixels("indicator") // 2 + 3
        values["icons"] = resource_path("icons").as_posix()
        self._app.setStyleSheet(template.safe_substitute(values))
