"""The app's one error path: a typed error from the core becomes one plain sentence, from
the one table the app and the command line share (``passport.sentences``), in the person's
language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from passport.sentences import sentence_for


def _translated(text: str) -> str:
    # lupdate files the table's words under "Sentences" (their QT_TRANSLATE_NOOP marks).
    return QCoreApplication.translate("Sentences", text)


def message_for(exc: BaseException, situation: str | None = None) -> str:
    """One clear sentence for the person; never a traceback. ``situation`` ("suggestion",
    "receipt", "restore") picks the words that fit that screen better."""
    return sentence_for(exc, situation, _translated)
