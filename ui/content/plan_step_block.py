"""One step of the plan for when things get hard: its name, a gentle question, and the young
person's own things for it, one on each line. What they type is kept as they go."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QVBoxLayout, QWidget

from passport.errors import PassportError
from passport.models import PlanStep
from ui.runtime.easy_read import is_easy_read
from ui.runtime.messages import message_for
from ui.runtime.session import Session
from ui.widgets.dialog_parts import words

KEEP_AFTER_MS = 800  # a pause in typing, then the step is kept
LEFT_TO_RIGHT_MARK, RIGHT_TO_LEFT_MARK = "\u200e", "\u200f"


def step_title(step: PlanStep) -> str:
    """The step's name in the person's language."""
    return QCoreApplication.translate("SafetyPlan", step.title)


def numbered_heading(number: str, title: str, direction: Qt.LayoutDirection) -> str:
    """"1. My warning signs", the number read first in either direction: the line starts with a mark
    of the screen's direction (else a title in the other script turned the line round, the number at
    its end), and the number and title are each isolated, so neither pulls the other across."""
    mark = RIGHT_TO_LEFT_MARK if direction == Qt.LayoutDirection.RightToLeft else LEFT_TO_RIGHT_MARK
    template = QCoreApplication.translate("PlanStepBlock", "{0}. {1}")
    return mark + template.replace("{0}", f"\u2068{number}\u2069").replace("{1}", f"\u2068{title}\u2069")


class PlanStepBlock(QFrame):
    def __init__(self, session: Session, step: PlanStep, number: int, edit_session: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.session = session
        self.step = step
        self._edit_session = edit_session
        self._dirty = False
        self.title = step_title(step)
        self.heading = words(numbered_heading(QLocale().toString(number), self.title, self.layoutDirection()),
                             "heading")
        easy = is_easy_read(session.profile)  # the question and the box as large as easy read's other words
        self.prompt = words(QCoreApplication.translate("SafetyPlan", step.prompt), "lead" if easy else "hint")
        self.field = QPlainTextEdit()
        self.field.setObjectName("planStepField")
        self.field.setProperty("easyRead", easy)
        self.field.ensurePolished()  # its letters' size, for its height below
        self.field.setTabChangesFocus(True)  # Tab moves on to the next step, as everywhere else
        self.field.setAccessibleName(self.title)
        self.field.setAccessibleDescription(self.tr("One thing on each line"))
        self.field.setPlaceholderText(self.tr("One thing on each line"))
        self.field.setFixedHeight(self.field.fontMetrics().lineSpacing() * 4 + 16)
        self.heading.setBuddy(self.field)
        self.status = words(role="error")
        self.status.setVisible(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(KEEP_AFTER_MS)
        self._timer.timeout.connect(self.save_now)
        self.show_items(step)
        self.field.textChanged.connect(self._typed)
        self.field.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.prompt)
        layout.addWidget(self.field)
        layout.addWidget(self.status)

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    def items(self) -> list[str]:
        return self.field.toPlainText().splitlines()

    def show_items(self, step: PlanStep) -> None:
        """Show what is kept for this step (unless something typed here is not kept yet)."""
        self.step = step
        if self._dirty:
            return
        text = "\n".join(step.items)
        if text != self.field.toPlainText():
            self.field.blockSignals(True)
            self.field.setPlainText(text)
            self.field.blockSignals(False)

    def save_now(self) -> bool:
        """Keep what is typed now; True when everything on screen is kept."""
        self._timer.stop()
        if not self._dirty:
            return True
        try:
            change = self.session.profile.set_plan_step(self.step.key, self.items(), title=self.title,
                                                        session=self._edit_session)
        except (PassportError, OSError) as exc:  # a rule broken, or no space: the words stay on screen
            self.status.setText(message_for(exc))
            self.status.setVisible(True)
            return False
        self._dirty = False
        self.status.setVisible(False)
        if change is not None:
            self.step = self.step.model_copy(update={"entry_id": change.entry_id})
            self.session.apply(change)
        return True

    def _typed(self) -> None:
        self._dirty = True
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.FocusOut:
            self.save_now()
        return super().eventFilter(watched, event)
