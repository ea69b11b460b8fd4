"""Help from the start and unlock screens: the lines to call or text now, shown without
opening anything.

It must work under a disguise (a passport labelled "Maths revision" on a shared laptop), so
it names nothing: not the app, not a profile, nothing about what is kept. Only words anyone
might find behind a Help link."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from ui.widgets.crisis_lines import CrisisLines
from ui.widgets.dialog_parts import button_row, words

HELP_KEYS = QKeySequence("F1")


def help_link(parent: QWidget, open_help: Callable[[], None]) -> QPushButton:
    """A quiet "Help" button for a screen before anything is open; F1 on ``parent`` too."""
    button = QPushButton()
    button.setObjectName("helpLink")
    button.setProperty("role", "quiet")
    name_help_link(button)
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(words(self.tr("If you need someone to talk to now"), "title"))
        layout.addWidget(words(self.tr("These people are there for you, free, day and night:")))
        layout.addWidget(self.lines)
        layout.addStretch()
        layout.addLayout(button_row([], [self.close_button]))
        self.close_button.setFocus()
        self.resize(560, 400)

    @classmethod
    def open_over(cls, parent: QWidget) -> CrisisLinesDialog:
        """Open it over ``parent`` (which waits behind it); gone once closed."""
        dialog = cls(parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
