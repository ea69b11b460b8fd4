"""Settings of the open passport: its name, look, locking, passphrase and recovery code.

Every choice is kept inside the encrypted profile (``profile.set_setting``), never in Qt
settings, and is announced through the session so the rest of the app follows.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from passport.errors import PassportError
from passport.kinds import ProfileKind
from passport.profile import DEFAULT_BACKUP_REMINDER_DAYS, Profile
from passport.store import profiles
from ui.content.backup_dialog import BackupDialog
from ui.content.held_pieces_tab import HeldPiecesTab
from ui.content.recovery_code_tab import RecoveryCodeTab
from ui.content.trusted_people_tab import TrustedPeopleTab
from ui.runtime.app_context import AppContext
from ui.runtime.easy_read import EASY_READ_SETTING, EASY_TEXT_SCALE, is_easy_read, symbol
from ui.runtime.file_chooser import FileChooser
from ui.runtime.languages import LANGUAGE_SETTING, available_languages, is_language_code, translations_folder
from ui.runtime.messages import message_for
from ui.runtime.session import Session
from ui.runtime.theme import (
    MAX_TEXT_SCALE,
    MIN_TEXT_SCALE,
    TEXT_SCALE_SETTING,
    THEME_SETTING,
)
from ui.shell.lock_guard import DEFAULT_IDLE_MINUTES, IDLE_SETTING
from ui.widgets.enter_stays import enter_stays_in
from ui.widgets.field_caption import FieldCaption
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.language_chooser import LanguageChooser
from ui.widgets.passphrase_fields import PassphraseFields
from ui.widgets.screen_fit import keep_buttons_in_sight, shrink_to_fit
from ui.widgets.side_pages import SidePages
from ui.widgets.text_size_box import TextSizeBox, TextSizeChoices

MAX_IDLE_MINUTES = 120


def _words(text: str = "", role: str = "hint") -> QLabel:
    label = QLabel(text, wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty("role", role)
    return label


SETTINGS_SIZE = QSize(720, 560)  # as it opens, at most (the screen may be smaller)


class SettingsDialog(QDialog):
    people_wanted = Signal()  # the Trusted people page's "Go to People…": the window shows People
    def __init__(self, session: Session, context: AppContext, parent: QWidget | None = None,
                 files: FileChooser | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._context = context
        self._files = files or FileChooser()
        self.setWindowTitle(self.tr("Settings"))
        # Every page's name whole, at any text size and in any language: a list down the side, not
        # tabs (Welsh at 200 % on a 1366 px laptop hid tabs behind scroll arrows and cut one short).
        self.pages = SidePages()
        self.pages.addPage(self._name_and_look_tab(), self.tr("Name and look"))
        self.pages.addPage(self._locking_tab(), self.tr("Locking"))
        self.pages.addPage(self._passphrase_tab(), self.tr("Passphrase"))
        self.recovery_tab = RecoveryCodeTab(session)
        self.pages.addPage(self.recovery_tab, self.tr("Recovery code"))
        self.pages.addPage(self._backup_tab(), self.tr("Backup"))
        # Trusted people (issue 18): the young person gives pieces; every kind keeps them for others.
        if self.profile.kind is ProfileKind.YOUNG_PERSON:
            self.trusted_tab: TrustedPeopleTab | None = TrustedPeopleTab(session, self._files)
            self.trusted_tab.people_wanted.connect(self._go_to_people)
            self.pages.addPage(self.trusted_tab, self.tr("Trusted people"))
        else:
            self.trusted_tab = None
        self.held_tab = HeldPiecesTab(session, self._files)
        self.pages.addPage(self.held_tab, self.tr("Pieces I keep"))
        self.pages.setAccessibleName(self.tr("Settings pages"))
        self._fit_smaller = False  # the text was made smaller: the dialog shrinks as its parts do
        self.pages.installEventFilter(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)
        self.resize(SETTINGS_SIZE)
        self._body = keep_buttons_in_sight(self, self.tr("Settings"))  # Close in sight at 200 % text on a small screen

    def _go_to_people(self) -> None:
        self.people_wanted.emit()
        self.reject()

    @classmethod
    def ask(cls, session: Session, context: AppContext, parent: QWidget | None = None) -> None:
        cls(session, context, parent).exec()

    @property
    def profile(self) -> Profile:
        return self._session.profile

    # --- name and look ------------------------------------------------------------------

    def _name_and_look_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.name_field = QLineEdit(self.profile.label, maxLength=profiles.MAX_LABEL)
        self.name_field.setAccessibleName(self.tr("Name"))
        self._fit_name_field()
        # The text size can change while this dialog is open: the box follows its letters.
        self.name_field.installEventFilter(self)
        self.name_field.textChanged.connect(self._fit_name_field)
        self.rename_button = QPushButton(self.tr("&Save the name"))
        self.rename_button.setAccessibleName(self.tr("Save the name"))
        self.rename_button.clicked.connect(self.rename)
        self.name_field.returnPressed.connect(self.rename)
        enter_stays_in(self.name_field)
        row = FlowLayout()  # the button goes under the box when the screen is too narrow for both
        row.addWidget(self.name_field)
        row.addWidget(self.rename_button)
        caption = FieldCaption(self.tr("&Name"), self.name_field)
        form.addRow(caption, row)
        self.name_status = _words(self.tr("Anyone using this computer can see this name."))
        form.addRow(self.name_status)

        # Enter stays in the box, a size out of range is said, and a few sizes are one click away.
        self.text_size = TextSizeBox()
        self.text_size.setAccessibleName(self.tr("Text size in percent"))
        self.text_size.setValue(self._context.theme.text_scale)
        self.text_size.valueChanged.connect(self.set_text_size)
        self.text_size_choices = TextSizeChoices(self.text_size)
        self.text_size_note = _words()
        self.text_size_note.setVisible(False)
        self.text_size.out_of_range.connect(self._say_text_size_range)
        row = FlowLayout()
        row.addWidget(self.text_size)
        row.addWidget(self.text_size_choices)
        caption = FieldCaption(self.tr("&Text size"), self.text_size)
        form.addRow(caption, row)
        form.addRow(self.text_size_note)

        self.theme_choice = QComboBox()
        self.theme_choice.setAccessibleName(self.tr("Colours"))
        for name, words in (("light", self.tr("Light")), ("dark", self.tr("Dark")),
                            ("high_contrast", self.tr("High contrast"))):
            self.theme_choice.addItem(words, name)
        self.theme_choice.setCurrentIndex(max(0, self.theme_choice.findData(self._context.theme.theme)))
        self.theme_choice.currentIndexChanged.connect(lambda _i: self.set_theme(self.theme_choice.currentData()))
        caption = FieldCaption(self.tr("&Colours"), self.theme_choice)
        form.addRow(caption, self.theme_choice)
        self._add_language_row(form)
        if self.profile.kind is ProfileKind.YOUNG_PERSON:
            self._add_easy_read_row(form)
        return page

    def _add_easy_read_row(self, form: QFormLayout) -> None:
        self.easy_read = QCheckBox(self.tr("&Easy read: short sentences, bigger text and pictures"))
        self.easy_read.setIcon(symbol("easy_read"))
        self.easy_read.setProperty("easyRead", True)
        self.easy_read.setAccessibleName(self.tr("Easy read"))
        self.easy_read.setChecked(is_easy_read(self.profile))
        self.easy_read.toggled.connect(self.set_easy_read)
        self.easy_read_status = _words()
        self.easy_read_status.setVisible(False)
        form.addRow(self.easy_read)
        form.addRow(self.easy_read_status)

    def set_easy_read(self, on: bool) -> None:
        self._session.apply(self.profile.set_setting(EASY_READ_SETTING, on))
        if on and self.text_size.value() < EASY_TEXT_SCALE:
            self.text_size.setValue(EASY_TEXT_SCALE)  # larger text at once (saved as a text size)
        self.easy_read_status.setText(self.tr("Saved. Close Settings to see it.") if on else
                                      self.tr("Saved. The app changes to it when you close Settings."))
        self.easy_read_status.setVisible(True)

    def _add_language_row(self, form: QFormLayout) -> None:
        """This passport's own language, kept inside it; only when there is more than English."""
        folder = self._context.languages.folder if self._context.languages is not None else translations_folder()
        languages = available_languages(folder)
        chosen = self.profile.setting(LANGUAGE_SETTING, None)
        self.language = LanguageChooser(languages, chosen if is_language_code(chosen) else None,
                                        offer_start_screens=True)
        self.language.chosen.connect(self.set_language)
        self.language_status = _words()
        self.language_status.setVisible(False)
        form.addRow(self.language)
        form.addRow(self.language_status)
        for widget in (self.language, self.language_status):
            widget.setVisible(len(languages) > 1 and widget is self.language)

    def set_language(self, code: str | None) -> None:
        self._session.apply(self.profile.set_setting(LANGUAGE_SETTING, code))
        self.language_status.setText(self.tr("Saved. Close Settings to see it.") if is_easy_read(self.profile)
                                     else self.tr("Saved. The app changes to it when you close Settings."))
        self.language_status.setVisible(True)

    def _fit_name_field(self) -> None:
        """Wide enough for the whole name (and a few letters more), at the letters' size now."""
        metrics = self.name_field.fontMetrics()
        spare = metrics.averageCharWidth() * 3
        self.name_field.setMinimumWidth(max(metrics.averageCharWidth() * 32,
                                            metrics.horizontalAdvance(self.name_field.text()) + spare))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.name_field and event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_name_field()
        elif watched is self.pages and event.type() == QEvent.Type.LayoutRequest and self._fit_smaller:
            QTimer.singleShot(0, self, self._shrink_to_fit)
        return super().eventFilter(watched, event)

    def rename(self) -> None:
        try:
            self._session.apply(self.profile.rename(self.name_field.text()))
        except (PassportError, OSError) as exc:
            self.name_status.setText(message_for(exc))
            return
        self.name_field.setText(self.profile.label)
        self.name_status.setText(self.tr("Saved. It is now called {0}.").format(self.profile.label))

    def set_text_size(self, percent: int) -> None:
        smaller = percent < self._context.theme.text_scale
        self._context.theme.set_text_scale(percent)
        self._session.apply(self.profile.set_setting(TEXT_SCALE_SETTING, self._context.theme.text_scale))
        self.text_size_note.setVisible(False)
        # It grew with the text (to the screen's edge at 200 %): with smaller text it shrinks to fit
        # again, now and as the smaller letters reach each part (the page list takes a turn or two).
        self._fit_smaller = smaller
        if smaller:
            QTimer.singleShot(0, self, self._shrink_to_fit)

    def _shrink_to_fit(self) -> None:
        if self._fit_smaller:
            shrink_to_fit(self, self._body, SETTINGS_SIZE)

    def _say_text_size_range(self) -> None:
        self.text_size_note.setText(self.tr("Text size goes from {low} % to {high} %. It is {now} % now.")
                                    .replace("{low}", str(MIN_TEXT_SCALE)).replace("{high}", str(MAX_TEXT_SCALE))
                                    .replace("{now}", str(self.text_size.value())))
        self.text_size_note.setVisible(True)

    def set_theme(self, name: str) -> None:
        self._context.theme.apply_theme(name)
        self._session.apply(self.profile.set_setting(THEME_SETTING, self._context.theme.theme))

    # --- locking --------------------------------------------------------------------------

    def _locking_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.idle_minutes = QSpinBox(minimum=1, maximum=MAX_IDLE_MINUTES)
        self.idle_minutes.valueChanged.connect(self._say_minutes)
        self.idle_minutes.setAccessibleName(self.tr("Lock by itself after this many minutes without use"))
        self.idle_minutes.setValue(int(self.profile.setting(IDLE_SETTING, DEFAULT_IDLE_MINUTES)))
        self._say_minutes(self.idle_minutes.value())
        self.idle_minutes.valueChanged.connect(self.set_idle_minutes)
        caption = FieldCaption(self.tr("&Lock by itself after"), self.idle_minutes)
        form.addRow(caption, self.idle_minutes)
        form.addRow(_words(self.tr("It also locks when you press Lock or Hide now.") if is_easy_read(self.profile)
                           else self.tr("It also locks at once when you press Lock, or Hide now (Ctrl+Shift+H).")))
        return page

    def _say_minutes(self, minutes: int) -> None:
        # " minute" or " minutes" by the number (Qt's plural forms: English's two come from
        # resources/translations/plurals, each language has its own).
        self.idle_minutes.setSuffix(self.tr(" minutes", "", minutes))

    def set_idle_minutes(self, minutes: int) -> None:
        self._session.apply(self.profile.set_setting(IDLE_SETTING, minutes))

    # --- passphrase -------------------------------------------------------------------------

    def _passphrase_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.current_passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.current_passphrase.setAccessibleName(self.tr("Current passphrase"))
        caption = FieldCaption(self.tr("C&urrent passphrase"), self.current_passphrase)
        self.new_passphrase = PassphraseFields()
        self.change_button = QPushButton(self.tr("C&hange passphrase"))
        self.change_button.setProperty("role", "primary")
        self.change_button.setAccessibleName(self.tr("Change passphrase"))
        self.passphrase_status = _words()
        self.current_passphrase.returnPressed.connect(self.new_passphrase.setFocus)
        enter_stays_in(self.current_passphrase)
        self.current_passphrase.textChanged.connect(self._update_change_button)
        self.new_passphrase.changed.connect(self._update_change_button)
        self.new_passphrase.submitted.connect(self.change_passphrase)
        self.change_button.clicked.connect(self.change_passphrase)
        if is_easy_read(self.profile):  # what the page is for, said first
            layout.addWidget(_words(self.tr(
                "You can change your passphrase here. Type the one you use now. Then type a new one two times."),
                "lead"))
        layout.addWidget(caption)
        layout.addWidget(self.current_passphrase)
        layout.addWidget(self.new_passphrase)
        row = QHBoxLayout()
        row.addWidget(self.passphrase_status, 1)
        row.addWidget(self.change_button)
        layout.addLayout(row)
        layout.addStretch()
        self._update_change_button()
        return page

    def _update_change_button(self) -> None:
        self.change_button.setEnabled(
            bool(self.current_passphrase.text()) and self.new_passphrase.passphrase() is not None
        )

    def change_passphrase(self) -> None:
        new = self.new_passphrase.passphrase()
        if new is None or not self.change_button.isEnabled():
            return
        self.change_button.setEnabled(False)
        self.passphrase_status.setText(self.tr("Changing…"))
        self._session.run(
            self.profile.change_passphrase, self.current_passphrase.text(), new, self._context.kdf,
            on_finished=self._passphrase_changed, on_failed=self._passphrase_not_changed,
        )

    def _passphrase_changed(self, _result: object) -> None:
        self.current_passphrase.clear()
        self.new_passphrase.clear()
        self.passphrase_status.setText(self.tr("Done. Use your new passphrase next time."))

    def _passphrase_not_changed(self, exc: BaseException) -> None:
        self.passphrase_status.setText(message_for(exc))
        self.current_passphrase.setFocus()
        self.current_passphrase.selectAll()
        self._update_change_button()

    # --- backup ---------------------------------------------------------------------------------

    def _backup_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_words(self.tr(
            "A backup is one file. It has your whole passport in it. Your recovery code opens it. "
            "Keep the file safe. Keep it away from this laptop, for example on a USB stick.")
            if is_easy_read(self.profile) else self.tr(
            "A backup is one file with your whole passport. Your recovery code opens it. Keep it somewhere "
            "safe, away from this laptop."), "lead"))
        self.backup_button = QPushButton(self.tr("Save a &backup…"))
        self.backup_button.setAccessibleName(self.tr("Save a backup"))
        self.backup_button.clicked.connect(lambda: BackupDialog(self._session, parent=self).open())
        layout.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.reminder_days = QSpinBox(minimum=0, maximum=365)
        self.reminder_days.setSuffix(self.tr(" days"))
        self.reminder_days.setSpecialValueText(self.tr("Never"))
        self.reminder_days.setAccessibleName(self.tr("Remind me to save a backup after this many days (0: never)"))
        self.reminder_days.setValue(int(self.profile.setting("backup_reminder_days", DEFAULT_BACKUP_REMINDER_DAYS)))
        self.reminder_days.valueChanged.connect(
            lambda days: self._session.apply(self.profile.set_setting("backup_reminder_days", days)))
        caption = QLabel(self.tr("&Remind me after"))
        caption.setBuddy(self.reminder_days)
        layout.addWidget(caption)
        layout.addWidget(self.reminder_days, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        return page

    def done(self, result: int) -> None:
        self.recovery_tab.forget_shown()  # off the screen (kept in memory until it is checked)
        super().done(result)
