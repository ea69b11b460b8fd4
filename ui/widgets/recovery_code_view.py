"""A recovery code shown once: large, grouped, printable, with the honest sentence."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from passport.crypto.recovery_code import display_lines, format_code
from ui.runtime.themed_icon import themed_icon

# Groups per line, so the code never runs off the edge at 200 % text.
_GROUPS_PER_LINE = 4

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


def code_lines(code: str) -> str:
    """The code as the CLI prints it (dashes between groups), broken into short lines."""
    return "\n".join(display_lines(code, _GROUPS_PER_LINE))


class RecoveryCodeView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code = ""
        self._label = ""
        self.code_label = QLabel()
        self.code_label.setProperty("role", "code")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setFont(QFont("monospace"))
        self.print_button = QPushButton(themed_icon("print"), self.tr("&Print it"))
        self.print_button.setProperty("scaledIcon", True)
        self.print_button.setAccessibleName(self.tr("Print the recovery code"))
        self.print_button.setToolTip(self.tr("Print the code on paper. Nothing is saved on this computer."))
        self.print_button.clicked.connect(self.print_code)

        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.code_label)
        layout.addLayout(buttons)

    def set_code(self, code: str, label: str) -> None:
        self._code, self._label = code, label
        self.code_label.setText(code_lines(code))
        # Read out group by group, not as one long word.
        self.code_label.setAccessibleName(self.tr("Recovery code: {0}").format(", ".join(format_code(code).split("-"))))

    def clear(self) -> None:
        """Forget the code (it is shown once)."""
        self._code = ""
        self.code_label.clear()
        self.code_label.setAccessibleName("")

    def print_code(self) -> None:
        """Print through the system's print dialog. No file is written unless the person
        picks "print to file" there themselves."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # only when printing

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.render_to(printer)

    def render_to(self, printer: QPrinter) -> None:
        document = QTextDocument()
        document.setHtml(self.printable_html())
        document.print_(printer)

    def printable_html(self) -> str:
        lines = "<br>".join(escape(line) for line in code_lines(self._code).splitlines())
        return self.tr(
            "<h2>Recovery code</h2><p>For: {label}</p>"
            "<p style='font-family: monospace; font-size: 22pt;'>{code}</p>"
            "<p>Keep this somewhere safe. It opens your passport if you forget your passphrase.</p>"
        ).format(label=escape(self._label), code=lines)
