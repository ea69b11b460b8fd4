"""Help for the carer's and the practitioner's windows, in their own words: the young
person's Help (ui.shell.help_view) speaks to the young person, these speak to the adults
helping them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from passport.models import ProfileKind
from ui.runtime.themed_icon import themed_icon
from ui.widgets.dialog_parts import button_row, words

HELP_KEYS = QKeySequence("F1")


def help_button(open_help: Callable[[], None]) -> QPushButton:
    """The Help button of the carer's and the practitioner's top bar (its key is F1)."""
    button = QPushButton(themed_icon("help"), QCoreApplication.translate("HelpButton", "Help"))
    button.setObjectName("helpButton")
    button.setProperty("scaledIcon", True)
    button.setAccessibleName(QCoreApplication.translate("HelpButton", "Help"))
    button.setToolTip(QCoreApplication.translate("HelpButton", "What this profile is for and how it works (F1)"))
    button.clicked.connect(open_help)
    return button


class HelperHelpDialog(QDialog):
    def __init__(self, kind: ProfileKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help"))
        self.setAccessibleName(self.tr("Help"))
        lead, sections = self._carer() if kind == ProfileKind.CARER else self._practitioner()
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(24, 16, 24, 16)
        column.setSpacing(10)
        column.addWidget(words(self.tr("Help"), "title"))
        column.addWidget(words(lead, "lead"))
        for heading, text in (*sections, *self._for_everyone()):
            column.addWidget(words(heading, "heading"))
            column.addWidget(words(text))
        column.addStretch()
        for label in page.findChildren(QLabel):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setAccessibleName(self.tr("Help"))
        self.scroll.setWidget(page)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(button_row([], [self.close_button]))
        self.resize(720, 620)

    def _carer(self) -> tuple[str, list[tuple[str, str]]]:
        return self.tr(
            "This profile is for helping one young person. You write suggestions here for what they keep in "
            "their own app. Your drafts stay here, locked, until you send them, and the young person decides "
            "what to keep."), [
            (self.tr("Sending suggestions"), self.tr(
                "Write each suggestion as a draft (Ctrl+N for a new one). When you are ready, choose Send "
                "suggestions…, tick the drafts and save the file. Give the file to the young person: only their "
                "app can open it. They can add, change or leave out each suggestion.")),
            (self.tr("Cards and checking the numbers"), self.tr(
                "Before you can send, add the young person's card (Add the young person's card…). Give them your "
                "card too (My card…) and show them how to add it on their People page, so they know the "
                "suggestions really come from you. Then compare the numbers on both cards together, in person "
                "or by phone. If they match, the cards are the right ones.")),
            (self.tr("Their answer"), self.tr(
                "When the young person has decided, their app can save an answer for you: a small file saying, "
                "for each suggestion, whether they added it, added it with changes, or left it out. It never "
                "holds their words. Choose Open an answer… on your main screen (or in Send suggestions…) and "
                "pick the file; Send suggestions… then shows what became of each one.")),
        ]

    def _practitioner(self) -> tuple[str, list[tuple[str, str]]]:
        return self.tr(
            "This profile holds what young people choose to share with you. Each shared file is read-only, "
            "shows who shared it and until when, and is deleted from here when its time is up."), [
            (self.tr("Opening a shared file"), self.tr(
                "Choose Open a shared file… (Ctrl+O) and pick the file a young person gave you. It is checked "
                "before anything is kept. Ctrl+P prints it. Save a receipt… makes a file that tells the young "
                "person you opened it. If they withdraw a share, open the withdrawal file the same way and the "
                "share is deleted here. A newer file from the same person replaces the one before, and shows "
                "what changed.")),
            (self.tr("Please read this first"), self.tr(
                "If the young person wrote how they like to be spoken with (what to call them, what not to ask "
                "about), it is in the band marked Please read this first, above everything they shared. Read it "
                "before the rest.")),
            (self.tr("Replying"), self.tr(
                "Reply… writes a short message back, and, if you like, What I'll do about each entry. You check "
                "exactly what will leave, then save a file for the young person; only their app opens it. Reply "
                "is there while the share is current and was made for your card.")),
            (self.tr("Read only, or copied into records"), self.tr(
                "What is shared with you is read only here. Export for records… appears only where the young "
                "person agreed that it may be copied into your service's records; it saves a FHIR document in "
                "their words. Otherwise, keep it here, read only, until its time is up.")),
            (self.tr("Your card and checking the numbers"), self.tr(
                "A young person can share with you once they have your card. Choose My card… to add your name, "
                "role and organisation, and save the card file for them. When you meet, compare the numbers on "
                "your card with the numbers their app shows. If they match, what they share reaches only you.")),
        ]

    def _for_everyone(self) -> list[tuple[str, str]]:
        return [
            (self.tr("Locking and hiding"), self.tr(
                "Lock (Ctrl+L) closes this profile until the passphrase is typed again. Hide now (Ctrl+Shift+H) "
                "locks at once and shows a blank page. It also locks by itself when left alone; Settings, "
                "then Locking, says after how long.")),
            (self.tr("If you forget the passphrase"), self.tr(
                "On the unlock screen, choose Use my recovery code instead, and type the code you wrote down "
                "when you set up this profile; then choose a new passphrase. Without the passphrase or the "
                "recovery code, nobody can open it.")),
            (self.tr("Pieces I keep"), self.tr(
                "A young person may choose you as one of three trusted people and give you a piece file. Keep it "
                "in Settings, then Pieces I keep. If they lose their way in, show them its words, once you are "
                "sure it is them; two people's pieces let them back in. One piece alone opens nothing.")),
            (self.tr("Backups"), self.tr(
                "Settings, then Backup, saves one file with everything in this profile. Keep it somewhere away "
                "from this computer. The recovery code opens it, so keep the code safe too. On a new computer, "
                "choose Restore from a backup on the first screen.")),
            (self.tr("Keys"), self.tr(
                "F1: this help. Ctrl+, : Settings. Tab and Shift+Tab move between things; Enter goes ahead, "
                "Escape closes a dialog.")),
        ]
