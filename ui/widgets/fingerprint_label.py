"""A card's fingerprint in large digit groups, laid out to be read aloud line by line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from passport.formats.cards import fingerprint_groups

GROUPS_PER_LINE = 4


def fingerprint_lines(fingerprint: str) -> list[str]:
    """The groups of five, GROUPS_PER_LINE to a line: as the card dialog shows them, and the share's header too."""
    groups = fingerprint_groups(fingerprint) if fingerprint else []
    return [" ".join(groups[i : i + GROUPS_PER_LINE]) for i in range(0, len(groups), GROUPS_PER_LINE)]


class FingerprintLabel(QLabel):
    def __init__(self, fingerprint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "code")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setWordWrap(True)
        self.set_fingerprint(fingerprint)

    def set_fingerprint(self, fingerprint: str) -> None:
        groups = fingerprint_groups(fingerprint) if fingerprint else []
        self.setText("\n".join(fingerprint_lines(fingerprint)))
        # A screen reader reads the groups one by one, not as one huge number.
        self.setAccessibleName(self.tr("Card numbers: {0}").format(", ".join(groups)) if groups else "")
