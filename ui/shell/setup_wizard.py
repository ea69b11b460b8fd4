"""The first-run wizard: what this is, name it, choose a passphrase, keep the recovery code.

Each step is one idea. The profile is made (Argon2id, a moment's work) in a worker when
the passphrase step is done; from then on there is no going back, only forward to the
recovery code, which is shown once and must be typed back in part.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from passport.errors import InvalidValue, ProfileExists
from passport.kinds import ProfileKind
from passport.store import profiles
from ui.runtime.app_context import AppContext
from ui.runtime.easy_read import EASY_READ_SETTING, EASY_TEXT_SCALE, EasyWords, symbol, symbol_label
from ui.runtime.jobs import Job
from ui.runtime.messages import message_for
from ui.runtime.theme import TEXT_SCALE_SETTING
from ui.widgets.crisis_lines import CrisisLines
from ui.widgets.dialog_parts import button_row, words
from ui.widgets.passphrase_fields import PassphraseFields
from ui.widgets.recovery_code_check import RecoveryCodeCheck
from ui.widgets.recovery_code_view import RecoveryCodeView
from ui.widgets.spoken_page import QuietStack, SpokenPage, speak_step

if TYPE_CHECKING:
    from passport.profile import Profile

WELCOME, NAME, PASSPHRASE, CODE = range(4)
COLUMN_WIDTH = 820


class SetupWizard(QWidget):
    """Emits ``created(Profile)`` when the owner has kept their code, ``cancelled()`` on Back
    from the first step (back to "Who is it for?"). Each kind of profile has its own words."""

    created = Signal(object)  # the open passport.profile.Profile
    cancelled = Signal()

    def __init__(self, context: AppContext, kind: ProfileKind = ProfileKind.YOUNG_PERSON,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._kind = kind
        self._profile: Profile | None = None
        self._worker: Job | None = None
        # Easy read, asked first (young people): short sentences, larger text, pictures.
        self.easy = EasyWords()
        self._scale_before_easy = context.theme.text_scale

        self.step_label = words("", "hint")
        self.pages = QuietStack()  # not "layered pane": each step says its own name
        steps = (
            (self._welcome_page(), self.tr("What this is")), (self._name_page(), self.tr("Give it a name")),
            (self._passphrase_page(), self.tr("Choose a passphrase")),
            (self._code_page(), self.tr("Your recovery code")),
        )
        for page, name in steps:
            # Large text or a small window scrolls rather than cutting words off; the page
            # takes focus so arrow keys can scroll it, so it needs a name of its own.
            scroller = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
            scroller.setAccessibleName(name)
            scroller.setWidget(page)
            self.pages.addWidget(scroller)

        self.busy = QProgressBar(minimum=0, maximum=0, textVisible=False)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.setFixedHeight(10)
        self.busy_words = words(self.tr("Locking it safely… this takes a moment."))
        self.error = words("", "error")
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.next_button = QPushButton()
        self.next_button.setProperty("role", "primary")
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)

        buttons = button_row([self.back_button], [self.next_button])
        # One readable column, centred: long lines are hard to follow.
        column = QWidget()
        column.setMaximumWidth(COLUMN_WIDTH)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.step_label)
        inner.addWidget(self.pages, 1)
        inner.addWidget(self.error)
        inner.addWidget(self.busy_words)
        inner.addWidget(self.busy)
        inner.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(column)
        self._show_page(WELCOME)

    @property
    def kind(self) -> ProfileKind:
        return self._kind

    # --- the steps ------------------------------------------------------------------

    def _welcome_page(self) -> QWidget:
        page = SpokenPage()  # named as the focus enters it (ui.widgets.spoken_page)
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        title, texts = self._welcome_words()
        layout.addLayout(self._title_row(title, "welcome"))
        if self._kind is ProfileKind.YOUNG_PERSON:
            self.easy_read_check = QCheckBox(self.tr("&Easy read: short sentences, bigger text and pictures"))
            self.easy_read_check.setIcon(symbol("easy_read"))
            self.easy_read_check.setProperty("easyRead", True)
            self.easy_read_check.setAccessibleName(self.tr("Easy read"))
            self.easy_read_check.toggled.connect(self.set_easy_read)
            layout.addWidget(self.easy_read_check)
        easy_texts = self._welcome_easy_words()
        for index, text in enumerate(texts):
            label = words(text, "lead")
            if easy_texts:
                self.easy.add(label, easy_texts[index])
            layout.addWidget(label)
        if self._kind is ProfileKind.YOUNG_PERSON:
            # The one list of lines (Childline included), as Help and the plan show it.
            self.crisis_lines = CrisisLines()
            layout.addWidget(self.crisis_lines)
        layout.addStretch()
        return page

    def _welcome_easy_words(self) -> tuple[str, ...]:
        """The welcome in short sentences (easy read is offered to young people)."""
        if self._kind is not ProfileKind.YOUNG_PERSON:
            return ()
        return (
            self.tr("Keep what matters about you in one place. Then you don't have to tell your story again."),
            self.tr("It is yours. Nothing is shared unless you say so."),
            self.tr("It stays on this computer. It is locked. Only you know the passphrase."),
            self.tr("This app is not for an emergency. Need help now? These are free, day and night:"),
        )

    def _title_row(self, title: str, picture: str) -> QHBoxLayout:
        """A step's title, with its picture beside it in easy read."""
        heading = words(title, "title")
        row = QHBoxLayout()
        row.addWidget(self.easy.add_symbol(symbol_label(picture, title, heading)))
        row.addWidget(heading, 1)
        return row

    def set_easy_read(self, on: bool) -> None:
        """Easy read from this step on: short sentences, larger text and pictures."""
        self.easy.set_on(on)
        theme = self._context.theme
        theme.set_text_scale(max(self._scale_before_easy, EASY_TEXT_SCALE) if on else self._scale_before_easy)
        self._fit_next_button()

    def _welcome_words(self) -> tuple[str, tuple[str, ...]]:
        """What this is, said to the person who is setting it up."""
        if self._kind is ProfileKind.PRACTITIONER:
            return self.tr("Your practitioner profile"), (
                self.tr("Your practitioner profile keeps the passports young people share with you, "
                        "so you can read and print them."),
                self.tr("Give each young person your card first. What they share is made for you alone, "
                        "and it is deleted when the time they chose is up."),
                self.tr("It stays on this computer, locked with a passphrase that only you know. "
                        "Nothing is sent over the internet."),
            )
        if self._kind is ProfileKind.CARER:
            return self.tr("Help a young person"), (
                self.tr("Help a young person keep their passport up to date: write down what you know "
                        "helps them, and send it as suggestions they choose to add."),
                self.tr("They decide. Each suggestion can be added as it is, changed or left out. "
                        "Nothing goes into their passport unless they choose it."),
                self.tr("Your drafts stay on this computer, locked with a passphrase that only you know."),
                self.tr("It is not a crisis service. If you or the young person need help right now, "
                        "call Samaritans on 116 123 or text SHOUT to 85258. In an emergency, call 999."),
            )
        return self.tr("A place that's yours"), (
            self.tr("Keep what matters about you in one place: who you are, what you're good at, "
                    "what helps and who matters. Then you don't have to tell your story again "
                    "every time something changes."),
            self.tr("It belongs to you. Nothing is shared unless you choose to share it."),
            self.tr("It stays on this computer, locked with a passphrase that only you know."),
            self.tr("It is not a crisis service. If you need help right now, these are free, day and night:"),
        )

    def _name_page(self) -> QWidget:
        page = SpokenPage()
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        lead, example, ideas_shown, hint = self._name_words()
        layout.addLayout(self._title_row(self.tr("Give it a name"), "name"))
        layout.addWidget(words(lead, "lead"))
        caption = QLabel(self.tr("N&ame"))
        self.name_field = QLineEdit(maxLength=profiles.MAX_LABEL)
        self.name_field.setAccessibleName(self.tr("Name"))
        self.name_field.setPlaceholderText(example)
        caption.setBuddy(self.name_field)
        self.name_field.textChanged.connect(self._update_buttons)
        layout.addWidget(caption)
        layout.addWidget(self.name_field)
        ideas = QHBoxLayout()
        ideas.addWidget(words(self.tr("Ideas:"), "hint"))
        self.suggestions: list[QPushButton] = []
        for idea in ideas_shown:
            button = QPushButton(idea)
            button.setProperty("role", "quiet")
            button.setAccessibleName(self.tr("Use the name {0}").format(idea))
            button.clicked.connect(lambda _checked=False, text=idea: self._use_name(text))
            ideas.addWidget(button)
            self.suggestions.append(button)
        ideas.addStretch()
        layout.addLayout(ideas)
        hint_label = words(hint, "hint")
        if self._kind is ProfileKind.YOUNG_PERSON:
            self.easy.add(hint_label, self.tr("Anyone on this computer can see this name. "
                                              "It doesn't have to say what's inside."))
        layout.addWidget(hint_label)
        layout.addStretch()
        return page

    def _name_words(self) -> tuple[str, str, tuple[str, ...], str]:
        """The lead, the example, three ideas and the hint under them, for this kind."""
        if self._kind is ProfileKind.YOUNG_PERSON:
            return (
                self.tr("Pick a name that feels like yours. You can change it later."),
                self.tr("For example: My story"),
                (self.tr("My story"), self.tr("All about me"), self.tr("Blue notebook")),
                self.tr("Anyone using this computer can see this name, so it can be a disguise: "
                        "it doesn't have to say what's inside."),
            )
        lead = self.tr("This name is shown in the list on this computer. You can change it later.")
        if self._kind is ProfileKind.PRACTITIONER:
            ideas = (self.tr("Work"), self.tr("Practitioner"), self.tr("Casework"))
            return lead, self.tr("For example: Work"), ideas, self.tr("Anyone using this computer can see this name.")
        ideas = (self.tr("Helping"), self.tr("Suggestions"), self.tr("Home notes"))
        return lead, self.tr("For example: Helping"), ideas, self.tr(
            "Anyone using this computer can see this name, so it's best not to use the young person's name.")

    def _passphrase_page(self) -> QWidget:
        page = SpokenPage()
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        layout.addLayout(self._title_row(self.tr("Choose a passphrase"), "passphrase"))
        lead = words(self.tr(
            "This opens it. A few words you will remember but others won't guess work well, "
            "like \"purple kettle on a Tuesday\"."), "lead")
        self.easy.add(lead, self.tr("This opens it. Use a few words you will remember. "
                                    "For example: purple kettle on a Tuesday."))
        layout.addWidget(lead)
        self.passphrase = PassphraseFields(self.tr("&Passphrase"))
        self.passphrase.changed.connect(self._update_buttons)
        layout.addWidget(self.passphrase)
        layout.addStretch()
        return page

    def _code_page(self) -> QWidget:
        page = SpokenPage()
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        layout.addLayout(self._title_row(self.tr("Your recovery code"), "recovery_code"))
        lead = words(self.tr(
            "If you ever forget your passphrase, this code opens it instead. Write it down or "
            "print it, and keep it somewhere safe, away from this computer."), "lead")
        self.easy.add(lead, self.tr("Forgot your passphrase? This code opens it instead. "
                                    "Write it down. Keep it safe, away from this computer."))
        layout.addWidget(lead)
        self.code_view = RecoveryCodeView()
        layout.addWidget(self.code_view)
        once = words(self._only_once_words(), "lead")
        if self._kind is ProfileKind.YOUNG_PERSON:
            self.easy.add(once, self.tr("You see it only now. If you lose the passphrase and this code, "
                                        "nobody can open it. Not even us. Trusted people can help you back in: "
                                        "choose them later in Settings."))
        layout.addWidget(once)
        self.code_check = RecoveryCodeCheck()
        self.easy.add_larger(self.code_check.caption)  # as large as the words above it
        self.code_check.changed.connect(self._update_buttons)
        self.check_field = self.code_check.field
        layout.addWidget(self.code_check)
        layout.addStretch()
        return page

    def _only_once_words(self) -> str:
        if self._kind is ProfileKind.PRACTITIONER:
            return self.tr("This is the only time it is shown. If you lose both your passphrase and this code, "
                           "nobody can open this profile or what was shared with you, not even us.")
        if self._kind is ProfileKind.CARER:
            return self.tr("This is the only time it is shown. If you lose both your passphrase and this code, "
                           "nobody can open this profile or your drafts, not even us.")
        return self.tr("This is the only time it is shown. If you lose both your passphrase and this code, "
                       "nobody can open your passport, not even us, unless you set up trusted people "
                       "(Settings, then Trusted people): two of them can help you back in.")

    # --- moving between steps ---------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter presses the focused button, or goes on from a field (fields pass it up)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):
                focused.click()
            else:
                self.go_next()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.go_back()
            return
        super().keyPressEvent(event)

    def current_step(self) -> int:
        return self.pages.currentIndex()

    def go_back(self) -> None:
        step = self.current_step()
        if self._worker is not None or step == CODE:
            return
        if step == WELCOME:
            self._context.theme.set_text_scale(self._scale_before_easy)  # easy read's larger text goes too
            self.cancelled.emit()
        else:
            self._show_page(step - 1)

    def go_next(self) -> None:
        if not self.next_button.isEnabled():
            return
        step = self.current_step()
        if step == WELCOME:
            self._show_page(NAME)
        elif step == NAME:
            self._check_name()
        elif step == PASSPHRASE:
            self._make_profile()
        elif step == CODE and self.code_check.confirmed() and self._profile is not None:
            profile, self._profile = self._profile, None
            self.code_view.clear()
            self.code_check.clear()
            self.created.emit(profile)

    def _show_page(self, step: int) -> None:
        self.error.clear()
        self.pages.setCurrentIndex(step)
        self.step_label.setText(self.tr("Step {0} of {1}").format(step + 1, self.pages.count()))
        self._fit_next_button()
        self.next_button.setText(self._next_words()[step])
        self.next_button.setAccessibleName(self.next_button.text().replace("&", ""))
        self.back_button.setVisible(step != CODE)
        self.busy.setVisible(False)
        self.busy_words.setVisible(False)
        self._update_buttons()
        focus = {WELCOME: self.next_button, NAME: self.name_field, PASSPHRASE: self.passphrase,
                 CODE: self.code_check}[step]
        # Said as the focus enters the step: "Give it a name. Step 2 of 4" (the Orca run).
        speak_step(self._page(step), self.step_label.text(), focus, self.next_button)
        # The start window focuses the wizard itself when it shows it: that passes on to the
        # step's own control. Without it the keyboard sat on the wizard, which has no name,
        # and Orca said nothing at all on "Make a new passport" (the Orca run).
        self.setFocusProxy(focus)
        focus.setFocus()

    def _page(self, step: int) -> QWidget:
        """The step's own page (inside the scroll area that holds it)."""
        scroller = self.pages.widget(step)
        page = scroller.widget() if isinstance(scroller, QScrollArea) else scroller
        return page if page is not None else self

    def _next_words(self) -> dict[int, str]:
        return {WELCOME: self.tr("&Next"), NAME: self.tr("&Next"), PASSPHRASE: self.tr("&Make it"),
                CODE: self.tr("I've kept it, &start")}

    def _fit_next_button(self) -> None:
        """As wide as its longest words, on every step and at the text's size now: it stayed
        in place only while its words stayed the same."""
        shown = self.next_button.text()
        widths = []
        for text in self._next_words().values():
            self.next_button.setText(text)
            widths.append(self.next_button.sizeHint().width())
        self.next_button.setText(shown)
        self.next_button.setMinimumWidth(max(widths))

    def _update_buttons(self) -> None:
        step = self.current_step()
        ready = {
            WELCOME: True,
            NAME: bool(self.name_field.text().strip()),
            PASSPHRASE: self.passphrase.passphrase() is not None,
            CODE: self.code_check.confirmed(),
        }[step]
        self.next_button.setEnabled(ready and self._worker is None)

    def _use_name(self, text: str) -> None:
        self.name_field.setText(text)
        self.name_field.setFocus()

    def _check_name(self) -> None:
        try:
            label = profiles.clean_label(self.name_field.text())
            taken = {p.label.casefold() for p in profiles.list_profiles(self._context.data_dir)}
            if label.casefold() in taken:
                raise ProfileExists(label)
        except (InvalidValue, ProfileExists) as exc:
            self._show_error(exc, self.name_field)
            return
        self.name_field.setText(label)
        self._show_page(PASSPHRASE)

    def _make_profile(self) -> None:
        passphrase = self.passphrase.passphrase()
        if passphrase is None:
            return
        self.error.clear()
        self.busy.setVisible(True)
        self.busy_words.setVisible(True)
        self.back_button.setEnabled(False)
        from passport.profile import Profile  # loaded on first use, not before the start screen paints

        self._worker = self._context.jobs.start(
            Profile.create, self._context.data_dir, self._kind,
            self.name_field.text(), passphrase, self._context.kdf,
            on_finished=self._made, on_failed=self._not_made,
        )
        self._update_buttons()

    def _made(self, result: tuple[Profile, str]) -> None:
        self._worker = None
        self._profile, code = result
        if self.easy.on:  # kept in the new profile, so it opens the way it was set up
            self._profile.set_setting(EASY_READ_SETTING, True)
            self._profile.set_setting(TEXT_SCALE_SETTING, self._context.theme.text_scale)
        self.passphrase.clear()
        self.back_button.setEnabled(True)
        self.code_view.set_code(code, self._profile.label)
        self.code_check.set_code(code)
        self._show_page(CODE)

    def _not_made(self, exc: BaseException) -> None:
        self._worker = None
        self.back_button.setEnabled(True)
        self.busy.setVisible(False)
        self.busy_words.setVisible(False)
        if isinstance(exc, ProfileExists):
            self._show_page(NAME)
            self._show_error(exc, self.name_field)
        else:
            self._show_error(exc, self.passphrase)
        self._update_buttons()

    def _show_error(self, exc: BaseException, field: QWidget) -> None:
        self.error.setText(message_for(exc))
        field.setFocus()

    def discard(self) -> None:
        """Lock a profile made but not yet handed over (the window is closing)."""
        if self._profile is not None:
            self._profile.lock()
            self._profile = None
