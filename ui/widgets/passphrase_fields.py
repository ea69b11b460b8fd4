"""A passphrase typed twice, with its strength told in words and shown as a bar, and a
button that suggests one made of a few random words."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from passport.crypto import passphrases
from passport.crypto.passphrases import MIN_PASSPHRASE, assess, suggest_passphrase
from ui.widgets.passphrase_strength import OKAY, STRONG, TOO_SHORT, VERY_STRONG, WEAK, level_of


class PassphraseFields(QWidget):
    """Emits ``changed`` on every keystroke; :meth:`passphrase` is the accepted value."""

    changed = Signal()
    submitted = Signal()  # Enter in the second field

    def __init__(self, first_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        caption_text = first_label or self.tr("&New passphrase")
        self.first = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(caption_text.replace("&", ""))
        self.second = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Type the passphrase again"))
        self.show_text = QCheckBox(self.tr("Show what I type"))
        self.show_text.setAccessibleName(self.tr("Show the passphrase as I type"))
        self.suggest = QPushButton(self.tr("Sug&gest one"))
        # Never the dialog's default: Enter in the fields goes ahead, it never swaps what was typed.
        self.suggest.setAutoDefault(False)
        self.suggest.setAccessibleName(self.tr("Suggest a passphrase"))
        self.suggest.setToolTip(self.tr("Fill both fields with a few random words, shown so you can write them down"))
        self.bar = QProgressBar(textVisible=False, minimum=0, maximum=VERY_STRONG)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.bar.setFixedHeight(12)
        self.words = QLabel(wordWrap=True)
        self.words.setProperty("role", "hint")
        self.match = QLabel(wordWrap=True)
        self.match.setProperty("role", "hint")

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        first_caption = QLabel(caption_text)
        first_caption.setBuddy(self.first)
        second_caption = QLabel(self.tr("Type it &again"))
        second_caption.setBuddy(self.second)
        form.addRow(first_caption, self.first)
        form.addRow(self.bar)
        form.addRow(self.words)
        form.addRow(second_caption, self.second)
        form.addRow(self.match)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.show_text)
        row.addStretch(1)
        row.addWidget(self.suggest)
        layout.addLayout(row)
        # Tab goes as the eye does: the passphrase, then typing it again, then the buttons.
        QWidget.setTabOrder(self.first, self.second)
        QWidget.setTabOrder(self.second, self.show_text)
        QWidget.setTabOrder(self.show_text, self.suggest)

        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self.second.returnPressed.connect(self.submitted)
        self.first.returnPressed.connect(self.second.setFocus)
        self.show_text.toggled.connect(self._show_text)
        self.suggest.clicked.connect(self.fill_suggestion)
        self.setFocusProxy(self.first)
        self._update()

    def passphrase(self) -> str | None:
        """The passphrase once the core's rule accepts it and it is typed the same twice, else None."""
        text = self.first.text()
        if text != self.second.text() or not assess(text).acceptable:
            return None
        return text

    def fill_suggestion(self) -> None:
        """Put a few random words in both fields, shown, so they can be read and written down."""
        suggestion = suggest_passphrase()
        self.show_text.setChecked(True)
        self.first.setText(suggestion)
        self.second.setText(suggestion)
        self.first.setFocus()
        self.first.selectAll()

    def clear(self) -> None:
        # The second first: the other way round, "The two are not the same yet." was said
        # for a moment, and Orca read it aloud just after the passphrase was accepted.
        self.second.clear()
        self.first.clear()

    def _strength_words(self, level: int, reason: str) -> str:
        words = {
            TOO_SHORT: self.tr("Too short: use at least {0} characters."),
            WEAK: self.tr("Strength: easy to guess."),
            OKAY: self.tr("Strength: still too easy to guess."),
            STRONG: self.tr("Strength: strong."),
            VERY_STRONG: self.tr("Strength: very strong."),
        }
        why = {
            passphrases.COMMON_PASSWORD: self.tr("It is one of the passwords people try first."),
            passphrases.COMMON_WORDS: self.tr("Common words and names on their own are quick to guess."),
            passphrases.KEYBOARD_PATTERN: self.tr("Keys next to each other are quick to guess."),
            passphrases.REPEATS: self.tr("Repeated letters or words add little."),
            passphrases.SEQUENCE: self.tr("Runs like abcd or 1234 are quick to guess."),
            passphrases.DATES: self.tr("Dates and years are quick to guess."),
            passphrases.GUESSABLE: "",
        }
        text = words[level].format(MIN_PASSPHRASE)
        if level in (WEAK, OKAY):
            hint = self.tr("Try a few words together that mean something only to you, or press Suggest one.")
            text = " ".join(part for part in (text, why.get(reason, ""), hint) if part)
        return text

    def _update(self) -> None:
        text = self.first.text()
        verdict = assess(text)
        level = level_of(verdict)
        self.bar.setValue(level if text else 0)
        self.bar.setProperty("strength", str(level))
        self.bar.style().unpolish(self.bar)
        self.bar.style().polish(self.bar)
        self.words.setText(self._strength_words(level, verdict.reason) if text else self.tr(
            "At least {0} characters. A few words you will remember works well."
        ).format(MIN_PASSPHRASE))
        self.bar.setAccessibleDescription(self.words.text())
        # Said with the field, and again when it changes while the field has the focus (Orca
        # reads a focused control's new description): the bar alone was read as "100 percent".
        self.first.setAccessibleDescription(self.words.text())
        if not self.second.text():
            self.match.setText("")
        elif self.second.text() == text:
            self.match.setText(self.tr("Both are the same."))
        else:
            self.match.setText(self.tr("The two are not the same yet."))
        self.second.setAccessibleDescription(self.match.text())
        self.changed.emit()

    def _show_text(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)
