"""Where a print went: to paper, or to a file (a PDF the person chose, or "print to file"
in the print dialog). A file is made private to its owner (0600) before Qt writes a byte
into it, as every file the app writes is, and the status line says which it was."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter

from passport.fileio import open_private


def claim_private(path: Path) -> Path:
    """Make ``path`` an empty file only its owner can read, for Qt to write into (Qt keeps
    the mode of a file that is already there)."""
    open_private(path).close()
    return path


def output_file(printer: QPrinter) -> Path | None:
    """The file ``printer`` will write, made private first; None when it goes to paper."""
    name = printer.outputFileName()
    return claim_private(Path(name)) if name else None


def printed_words(path: Path | None) -> str:
    """The status line once printing is done."""
    if path is None:
        return QCoreApplication.translate("PrintedFile", "Sent to the printer.")
    return QCoreApplication.translate("PrintedFile", "Saved as a PDF: {0}").replace("{0}", path.name)
