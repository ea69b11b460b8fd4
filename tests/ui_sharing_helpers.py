"""Helpers for the sharing screens' tests: a file chooser that answers like a person
would in the system's file dialog."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from ui.runtime.file_chooser import FileChooser


class AnsweringChooser(FileChooser):
    """Answers each file question with the next path given (None: the person cancelled)."""

    def __init__(self, answers: Iterable[Path | None] = ()) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []

    def answer(self, *paths: Path | None) -> None:
        self.answers += paths

    def open_path(self, parent: QWidget, caption: str, filters: str) -> Path | None:
        self.asked.append(caption)
        return self.answers.pop(0)

    def save_path(self, parent: QWidget, caption: str, suggested: str, filters: str) -> Path | None:
        self.asked.append(caption)
        return self.answers.pop(0)

    def folder_path(self, parent: QWidget, caption: str) -> Path | None:
        self.asked.append(caption)
        return self.answers.pop(0)

