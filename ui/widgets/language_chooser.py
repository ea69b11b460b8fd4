"""A drop-down of the languages the app speaks, each in its own words, drafts called drafts.

Each language is shown by its own name ("العربية", "Cymraeg") with its English name beside
it for whoever is helping; one no native speaker has read over yet says "draft", and the
line under the list says how it was made. Used on the start screen and in a profile's
Settings (there with a first choice, "Same as the start screen", which keeps nothing).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from ui.runtime.languages import Language


class LanguageChooser(QWidget):
    chosen = Signal(object)  # a language code, or None for "same as the start screen"

    def __init__(self, languages: list[Language], current: str | None, *, offer_start_screens: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._languages = languages
        self._offer_start_screens = offer_start_screens
        self.caption = QLabel()
        self.combo = QComboBox()
        self.combo.setObjectName("languageChoice")
        self.caption.setBuddy(self.combo)
        self.note = QLabel(wordWrap=True)
        self.note.setProperty("role", "hint")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.combo)
        layout.addWidget(self.note)
        self._fill(current)
        self.combo.currentIndexChanged.connect(self._on_index)

    @property
    def current(self) -> str | None:
        code = self.combo.currentData()
        return code if isinstance(code, str) else None

    def set_current(self, code: str | None) -> None:
        """Shows ``code`` as chosen without announcing it."""
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(0, self.combo.findData(code)))
        self.combo.blockSignals(False)
        self._describe()

    def language_named(self, code: str | None) -> Language | None:
        return next((language for language in self._languages if language.code == code), None)

    def _fill(self, current: str | None) -> None:
        self.caption.setText(self.tr("&Language"))
        self.combo.setAccessibleName(self.tr("Language"))
        self.combo.view().setAccessibleName(self.tr("Languages to choose from"))
        self.combo.blockSignals(True)
        self.combo.clear()
        if self._offer_start_screens:
            self.combo.addItem(self.tr("Same as the start screen"), None)
        for language in self._languages:
            self.combo.addItem(self._name(language), language.code)
            self.combo.setItemData(self.combo.count() - 1, self._how_made(language), Qt.ItemDataRole.ToolTipRole)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        self.combo.blockSignals(False)
        self._describe()

    def _name(self, language: Language) -> str:
        # Each name isolated (FSI … PDI), so Arabic beside English reads right in either direction.
        name = f"\u2068{language.name_native}\u2069"
        if language.name_english.casefold() != language.name_native.casefold():
            name = self.tr("{0} ({1})").format(name, f"\u2068{language.name_english}\u2069")
        if language.is_draft:
            name = self.tr("{0}, not checked yet").format(name)
        return name

    def _how_made(self, language: Language) -> str:
        if language.code == "en":
            return ""
        # Only words for the person choosing; how the file was made (about/<code>.json's
        # made_by) is for translators, in resources/translations.
        return (self.tr("Checked by someone who speaks it.") if language.reviewed
                else self.tr("Made by a computer. Nobody who speaks it has checked it yet, so some words may be "
                             "wrong."))

    def _describe(self) -> None:
        language = self.language_named(self.current)
        text = self._how_made(language) if language is not None else ""
        self.note.setText(text)
        self.note.setVisible(bool(text))
        self.combo.setAccessibleDescription(text)

    def _on_index(self, _index: int) -> None:
        self._describe()
        self.chosen.emit(self.current)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill(self.current)
        super().changeEvent(event)
