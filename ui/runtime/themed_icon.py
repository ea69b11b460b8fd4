"""The app's icons, drawn in the colours of the current theme.

Our icons are single-colour line drawings (``resources/icons/*.svg``). Drawn as they are,
their teal is dim on the high-contrast theme's black and vanishes on a selected row's teal.
So each is drawn from its SVG, in memory, and filled with a colour from the application's
palette at the moment it is painted: ``Accent`` (which :class:`~ui.runtime.theme.ThemeManager`
sets per theme) normally, ``HighlightedText`` on a selected row, the disabled text colour
when disabled. An icon on a primary button (whose face is the accent) is drawn in the
colour of that button's words (``HighlightedText``), never teal on teal. A theme change
recolours every icon without anyone having to redraw them.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ui.runtime.paths import resource_path


def icon_colour(mode: QIcon.Mode, on_accent: bool = False) -> QColor:
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected or on_accent:
        return palette.color(QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorRole.Accent)


class ThemedIconEngine(QIconEngine):
    def __init__(self, path: str, on_accent: bool = False) -> None:
        super().__init__()
        self._path = path
        self._on_accent = on_accent
        self._renderer = QSvgRenderer(path)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self._renderer.render(painter)
        # Keep the drawing's shape (its alpha), take the theme's colour.
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(image.rect(), icon_colour(mode, self._on_accent))
        painter.end()
        return QPixmap.fromImage(image)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        pixmap = self.pixmap(rect.size() * ratio, mode, state)
        pixmap.setDevicePixelRatio(ratio)
        painter.drawPixmap(rect, pixmap)

    def clone(self) -> ThemedIconEngine:
        return ThemedIconEngine(self._path, self._on_accent)


def themed_icon(name: str, on_accent: bool = False) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` in the current theme's colours; ``on_accent``
    for a primary button, whose face is the accent colour."""
    return QIcon(ThemedIconEngine(str(resource_path("icons", f"{name}.svg")), on_accent))
