"""Helpers for the sharing screens' tests: a file chooser that answers like a person
would in the system's file dialog, and a young person with a practitioner's card."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from passport import identity
from passport.contacts import Contact
from passport.models import ProfileKind
from passport.profile import Profile
from tests.helpers import FAST_KDF, PASSPHRASE
from ui.file_chooser import FileChooser


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


def make_practitioner(data_dir: Path, label: str = "Work", name: str = "Sam Lee") -> Profile:
    profile, _code = Profile.create(data_dir, ProfileKind.PRACTITIONER, label, PASSPHRASE, kdf=FAST_KDF)
    identity.set_details(profile, name, "Social worker", "Northside Council")
    return profile


def give_card(practitioner: Profile, young: Profile, folder: Path, checked: bool = True) -> Contact:
    """The practitioner's card, imported (and checked) by the young person."""
    card = folder / f"{practitioner.own_card().display_name}.wpcard"
    practitioner.export_card(card)
    contact = young.import_card(card).subject
    if checked:
        contact = young.mark_checked(contact.id).subject
    return contact
