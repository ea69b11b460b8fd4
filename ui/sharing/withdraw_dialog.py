"""Before making a withdrawal: what it does and what it can't do, in plain words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from passport.exchange.sharing import Share
from ui.widgets.bundle_document import long_date
from ui.widgets.dialog_parts import button_row


class WithdrawDialog(QDialog):
    def __init__(self, share: Share, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("Withdraw what you shared")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        heading = QLabel(title, wordWrap=True)
        heading.setProperty("role", "heading")
        name, day = share.recipient_name, long_date(share.created.astimezone().date())
        texts = (
            self.tr("This makes a small withdrawal file for {0}, about what you shared on {1}.").format(name, day),
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
