"""Before making a withdrawal: which share it is about (its day and time, why it was made and
its first entries, since two shares may be made the same day), what it does and what it can't
do, in plain words."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from passport.exchange.sharing import Share
from ui.widgets.bundle_document import long_date
from ui.widgets.dialog_parts import button_row

FIRST_TITLES = 2  # enough to tell two shares apart, short enough to read


class WithdrawDialog(QDialog):
    def __init__(self, share: Share, titles: Sequence[str] = (), parent: QWidget | None = None) -> None:
        """``titles``: the share's entries' titles (those still kept), in its order."""
        super().__init__(parent)
        title = self.tr("Withdraw what you shared")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        heading = QLabel(title, wordWrap=True)
        heading.setProperty("role", "heading")
        texts = (
            self.which_share(share, titles),
            self.tr("When their app opens it, it deletes what you shared and won't open that file again."),
            self.tr("It doesn't reach them by itself: give it to them the way you gave the first file."),
            self.tr("It can't take back what they have already read, printed or written down. "
                    "If that worries you, talk to them or someone you trust."),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.addWidget(heading)
        for text in texts:
            label = QLabel(text, wordWrap=True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        self.make_button = QPushButton(self.tr("&Make the withdrawal file…"))
        self.make_button.setProperty("role", "primary")
        self.make_button.setAccessibleName(self.tr("Make the withdrawal file"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setDefault(True)
        self.make_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        buttons = button_row([self.cancel_button], [self.make_button])
        layout.addLayout(buttons)
        self.setMinimumWidth(520)

    def which_share(self, share: Share, titles: Sequence[str]) -> str:
        local = share.created.astimezone()
        said = (self.tr("This makes a small withdrawal file for {name}, about what you shared on {date} at {time}")
                .replace("{name}", share.recipient_name).replace("{date}", long_date(local.date()))
                .replace("{time}", QLocale().toString(QTime(local.hour, local.minute), "HH:mm")))
        if share.purpose:
            said += self.tr(", “{purpose}”").replace("{purpose}", share.purpose)
        if titles:
            named = ", ".join(f"‘{title}’" for title in titles[:FIRST_TITLES])
            more = len(titles) - FIRST_TITLES
            said += (self.tr(": {titles} and %n more", "", more) if more > 0 else self.tr(": {titles}")).replace(
                "{titles}", named)
        return said + "."
