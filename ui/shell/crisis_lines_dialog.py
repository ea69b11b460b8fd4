"""Help from the start and unlock screens: the lines to call or text now, shown without
opening anything.

It must work under a disguise (a passport labelled "Maths revision" on a shared laptop), so
it names nothing: not the app, not a profile, nothing about what is kept. Only words anyone
might find behind a Help link. The link is a button big enough to find and press (an icon and
room around its word), still quiet; the dialog opens with every line whole, at any text size."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from ui.runtime.themed_icon import themed_icon
from ui.widgets.crisis_lines import CrisisLines
from ui.widgets.dialog_parts import button_row, words

HELP_KEYS = QKeySequence("F1")


def help_link(parent: QWidget, open_help: Callable[[], None]) -> QPushButton:
    """A quiet "Help" button for a screen before anything is open; F1 on ``parent`` too."""
    button = QPushButton(themed_icon("help"), "")
    button.setObjectName("helpLink")
    button.setProperty("role", "quiet")
    button.setProperty("scaledIcon", True)
    name_help_link(button)
    # A target to find and press easily, not a small word: at least two lines high, and wide.
    line = button.fontMetrics().lineSpacing()
    button.setIconSize(QSize(line + 4, line + 4))
    button.setMinimumSize(line * 6, line * 2 + 12)
    button.clicked.connect(open_help)
    QShortcut(HELP_KEYS, parent, open_help)
    return button


def name_help_link(button: QPushButton) -> None:
    """The link's words, again whenever the language changes."""
    button.setText(QCoreApplication.translate("HelpLink", "Help"))
    button.setAccessibleName(QCoreApplication.translate("HelpLink", "Help"))
    button.setToolTip(QCoreApplication.translate("HelpLink", "People to talk to now (F1)"))


class CrisisLinesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help"))
        self.setAccessibleName(self.tr("Help"))
        self.lines = CrisisLines()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(words(self.tr("These people are there for you, free, day and night:")))
        column.addWidget(self.lines)
        column.addStretch()
        # Here, not at the top: the start screens import this module for their Help link, and
        # QStyle's and QScrollArea's dozens of enums would cost their first paint about 4 ms.
        from ui.widgets.whole_words import scrolling

        self.body = scrolling(page, self.tr("People to talk to now"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(words(self.tr("If you need someone to talk to now"), "title"))
        layout.addWidget(self.body, 1)
        layout.addLayout(button_row([], [self.close_button]))
        self.close_button.setFocus()
        # Wide enough for the longest line ("NHS, when it's urgent…") beside its number, unwrapped.
        screen = self.screen().availableGeometry()
        self.setMinimumWidth(min(self.lines.unwrapped_width() + 68, screen.width() - 40))

    def showEvent(self, event: QShowEvent) -> None:
        from ui.widgets.whole_words import open_tall_enough  # imported by now (above)

        open_tall_enough(self, self.body)
        super().showEvent(event)

    @classmethod
    def open_over(cls, parent: QWidget) -> CrisisLinesDialog:
        """Open it over ``parent`` (which waits behind it); gone once closed."""
        dialog = cls(parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
