"""What the app is and is not, where to get help now, and the keyboard keys.

In easy read each paragraph has its own easy-read version: short sentences, one idea each,
common words, and every fact of the plain one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.widgets.crisis_lines import CrisisLines


def _label(text: str, role: str = "") -> QLabel:
    label = QLabel(text, wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        label.setProperty("role", role)
    return label


class HelpView(QScrollArea):
    def __init__(self, parent: QWidget | None = None, easy_read: bool = False) -> None:
        super().__init__(parent)
        self.easy_read = easy_read
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget()
        page.setMaximumWidth(860)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(10)

        layout.addWidget(_label(self.tr("Help"), "title"))
        layout.addWidget(_label(self.tr(
            "This is your own private place. You keep what matters about you here. Then you don't have to "
            "tell your story again. It stays on this computer. It is locked. Nothing is shared unless you "
            "choose to share it.") if easy_read else self.tr(
            "This is your own private place to keep what matters about you, so you don't have to "
            "tell your story again. It stays on this computer, locked. Nothing is shared unless "
            "you choose to share it."), "lead"))

        layout.addWidget(_label(self.tr("If you need someone to talk to now"), "heading"))
        layout.addWidget(_label(self.tr(
            "This app is not a crisis service. Nobody sees what you write here. These people are there for "
            "you. They are free. They are there day and night:") if easy_read else self.tr(
            "This app is not a crisis service and nobody sees what you write here. "
            "These people are there for you, free, day and night:")))
        self.contacts = CrisisLines()
        layout.addWidget(self.contacts)

        for heading, text in self._easy_paragraphs() if easy_read else (
            (self.tr("Sharing"), self.tr(
                "Press Share…, the button below the pages on the left, tick the entries, and choose who it is for. "
                "You see exactly what they will see before anything is saved. The file opens only in their app (or "
                "with a passphrase you tell them by voice), and only until the date you chose. You can withdraw it "
                "later on the People page.")),
            (self.tr("Sharing again, and replies"), self.tr(
                "Share with the same person again and the new file replaces the old one: their app keeps only the "
                "newest, and shows them what changed. If they reply, open their file on the People page (Open a "
                "receipt or reply…). Their message, and what they'll do about each entry, show beside that share "
                "under What I shared.")),
            (self.tr("What people should know first"), self.tr(
                "At the top of Home you can write what to call you, what not to ask you about, and how to talk with "
                "you. When you share them, they are the first thing the person reads.")),
            (self.tr("When things get hard"), self.tr(
                "The When things get hard button (Ctrl+Shift+P) keeps your own plan, step by step, in your words, "
                "with the people you can talk to now. You can share it like any entry.")),
            (self.tr("Pictures, drawings and sounds"), self.tr(
                "In an entry you can add a picture or a sound from a file, draw a picture, or record your voice or "
                "music. They are kept locked inside your passport, never as separate files.")),
            (self.tr("Your one-page profile"), self.tr(
                "My one-page profile…, below the pages, makes one page about you from the entries you pick, to "
                "print or save as a PDF. Only what you pick goes on it.")),
            (self.tr("Backups"), self.tr(
                "Settings, then Backup, saves one file with everything in it. Keep it on a USB stick or "
                "somewhere away from this laptop. Your recovery code opens it, so keep the code safe too. "
                "On a new laptop, choose Restore from a backup on the first screen.")),
            (self.tr("A new recovery code"), self.tr(
                "Lost your code, or someone saw it? Settings, then Recovery code, makes a new one: type your "
                "passphrase first. Then type the new code's last group, to show you wrote it down; only then does "
                "it replace your old code (lock before that, and your old code still works). A restore gives you "
                "a new code too. Your old code still opens your old backups, and the passport on an old laptop, "
                "but not this one; so save a new backup.")),
            (self.tr("If you forget your passphrase"), self.tr(
                "On the unlock screen, choose Use my recovery code instead, and type the code you wrote "
                "down when you set up; then choose a new passphrase.")),
            (self.tr("If you lose the recovery code too"), self.tr(
                "Trusted people can help, if you set them up first: in Settings, then Trusted people, choose three "
                "people and give each their piece. Then, on the unlock screen, choose Get back in with trusted "
                "people and type the words that two of them read out to you. Without your passphrase, your "
                "recovery code or two trusted people's pieces, nobody can open it.")),
            (self.tr("Keeping a piece for someone"), self.tr(
                "If a friend makes you one of their trusted people, keep their piece in Settings, then Pieces I "
                "keep. Show its words only to them, when they ask.")),
        ):
            layout.addWidget(_label(heading, "heading"))
            layout.addWidget(_label(text))

        layout.addWidget(_label(self.tr("Keyboard keys"), "heading"))
        keys = QGridLayout()
        keys.setHorizontalSpacing(24)
        for row, (key, what) in enumerate((
            ("Ctrl+Shift+H", self.tr("Hide now: locks at once and shows a blank page")),
            ("Ctrl+L", self.tr("Lock")),
            ("Ctrl+N", self.tr("Write something new")),
            ("Ctrl+F", self.tr("Search")),
            # In the order of the pages on the left (ui.windows.main_window.NAVIGATION), then
            # Settings below them: the numbers count down the sidebar.
            ("Alt+1", self.tr("Home")),
            ("Alt+2", self.tr("Search")),
            ("Alt+3", self.tr("Timeline")),
            ("Alt+4", self.tr("People")),
            ("Alt+5", self.tr("Suggestions")),
            ("Alt+6", self.tr("Help")),
            ("Alt+7", self.tr("Settings")),
            ("Ctrl+Shift+S", self.tr("Share something")),
            ("Ctrl+Shift+P", self.tr("When things get hard: your plan, and people to talk to now")),
            ("Ctrl+Shift+R", self.tr("Read this page or this entry aloud; Esc stops it")),
            ("Tab, Shift+Tab", self.tr("Move between things")),
            ("Enter, Escape", self.tr("Go ahead, go back")),
        )):
            keys.addWidget(_label(key, "lead"), row, 0)
            keys.addWidget(_label(what), row, 1)
        keys.setColumnStretch(1, 1)
        layout.addLayout(keys)
        layout.addWidget(_label(self.tr("Reading aloud and easy read"), "heading"))
        layout.addWidget(_label(self.tr(
            "Read aloud is on Home and on each entry. It uses your computer's own voice. Nothing is recorded or "
            "saved. Easy read is in Settings, then Name and look. It gives short sentences, bigger text and "
            "pictures.") if easy_read else self.tr(
            "Read aloud, on Home and on each entry, uses your computer's own voice; nothing is recorded or saved. "
            "Settings, then Name and look, has Easy read: short sentences, bigger text and pictures.")))
        layout.addWidget(_label(self.tr(
            "The pictures are from OpenMoji (openmoji.org), shared under the Creative Commons licence "
            "CC BY-SA 4.0."), "hint"))
        layout.addStretch()
        self.setWidget(page)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Help"))

    def _easy_paragraphs(self) -> tuple[tuple[str, str], ...]:
        """The same headings, and each paragraph said the easy-read way (every fact kept)."""
        return (
            (self.tr("Sharing"), self.tr(
                "Press the Share… button. It is below the pages on the left. Tick the entries you want to share. "
                "Choose who it is for. Before anything is saved, you see exactly what they will see. The file opens "
                "only in their app. Or it opens with a passphrase that you say to them. It opens only until the "
                "date you chose. Later you can withdraw it on the People page. That means you take it back.")),
            (self.tr("Sharing again, and replies"), self.tr(
                "You can share with the same person again. Then the new file takes the place of the old one. "
                "Their app keeps only the newest. It shows them what changed. They may reply with a file. Open it "
                "on the People page, with Open a receipt or reply…. Then you see their message. You see what they "
                "will do about each entry. It is beside that share, under What I shared.")),
            (self.tr("What people should know first"), self.tr(
                "At the top of Home you can write three things. What to call you. What not to ask you about. How "
                "to talk with you. If you share them, the person reads them first.")),
            (self.tr("When things get hard"), self.tr(
                "Press the When things get hard button, or Ctrl+Shift+P. It keeps your own plan. The plan goes "
                "step by step, in your words. It has the people you can talk to now. You can share it like any "
                "entry.")),
            (self.tr("Pictures, drawings and sounds"), self.tr(
                "In an entry you can add a picture or a sound from a file. You can draw a picture. You can record "
                "your voice or music. They stay locked inside your passport. They are never saved as separate "
                "files.")),
            (self.tr("Your one-page profile"), self.tr(
                "My one-page profile… is below the pages. It makes one page about you. You pick the entries for "
                "it. You can print the page or save it as a PDF. Only what you pick goes on it.")),
            (self.tr("Backups"), self.tr(
                "Go to Settings, then Backup. It saves one file with everything in it. Keep the file on a USB "
                "stick, or somewhere away from this laptop. Your recovery code opens it. So keep the code safe "
                "too. On a new laptop, choose Restore from a backup on the first screen.")),
            (self.tr("A new recovery code"), self.tr(
                "Did you lose your code? Or did someone see it? Go to Settings, then Recovery code. Type your "
                "passphrase. Then make a new code. Then type the last group of the new code. That shows you "
                "wrote it down. Only then does the new code work. A restore gives you a new code too. After that, "
                "your old code still opens your old backups. It may open an old laptop too. It does not open this "
                "one. So save a new backup.")),
            (self.tr("If you forget your passphrase"), self.tr(
                "Go to the unlock screen. Choose Use my recovery code instead. Type the code you wrote down when "
                "you set up. Then choose a new passphrase.")),
            (self.tr("If you lose the recovery code too"), self.tr(
                "Trusted people can help. But you must set them up first. Go to Settings, then Trusted people. "
                "Choose three people. Give each one their piece. Then, if you are locked out, go to the unlock "
                "screen. Choose Get back in with trusted people. Two of them read their words out to you. Type "
                "those words. Nobody can open it without one of these: your passphrase, your recovery code, or two "
                "trusted people's pieces.")),
            (self.tr("Keeping a piece for someone"), self.tr(
                "A friend may make you one of their trusted people. Then keep their piece in Settings, then Pieces "
                "I keep. Show its words only to them. Show them only when they ask.")),
        )
