"""The young person's plan for when things get hard: people to talk to now, then the steps of
the plan in order, each in their own words. One press away from anywhere in their window
(the top bar's "When things get hard", Ctrl+Shift+P).

Each step is an entry in "when things get hard" (passport.content.safety_plan), so it is
shared through the share wizard like any entry; this page only writes and shows them."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from passport.models import Change, ChangeKind
from ui.content.plan_step_block import PlanStepBlock
from ui.runtime.session import Session
from ui.widgets.crisis_lines import CrisisLines
from ui.widgets.dialog_parts import words

ENTRY_CHANGES = (ChangeKind.ENTRY_ADDED, ChangeKind.ENTRY_UPDATED, ChangeKind.ENTRY_ERASED)


class SafetyPlanView(QScrollArea):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("When things get hard"))
        # One editing session per page: a sitting's autosaves make one revision of a step.
        edit_session = uuid.uuid4().hex
        page = QWidget()
        page.setMaximumWidth(860)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(10)
        layout.addWidget(words(self.tr("When things get hard"), "title"))
        layout.addWidget(words(self.tr(
            "You don't have to go through it alone. If you need someone now, these people are there "
            "for you, free, day and night:"), "lead"))
        self.lines = CrisisLines()
        layout.addWidget(self.lines)
        layout.addSpacing(12)
        layout.addWidget(words(self.tr("My plan"), "heading"))
        layout.addWidget(words(self.tr(
            "Your plan, in your own words. When things get hard, go through it from the top, one step "
            "at a time. It is kept as you type, and you can share any step, like your other entries.")))
        self.blocks = [PlanStepBlock(session, step, number, edit_session)
                       for number, step in enumerate(session.profile.safety_plan(), start=1)]
        for block in self.blocks:
            layout.addWidget(block)
        layout.addStretch()
        self.setWidget(page)
        self.setFocusProxy(self.blocks[0].field)
        session.changed.connect(self._on_change)
        session.about_to_lock.connect(self.save_now)

    def block(self, step: str) -> PlanStepBlock:
        return next(block for block in self.blocks if block.step.key == step)

    def save_now(self) -> bool:
        """Keep every step typed in; True when everything on screen is kept."""
        return all([block.save_now() for block in self.blocks])

    def _on_change(self, change: Change) -> None:
        # A step changed elsewhere (its entry edited, erased, a revision brought back).
        if change.kind in ENTRY_CHANGES and not self.session.profile.is_locked:
            for block, step in zip(self.blocks, self.session.profile.safety_plan(), strict=True):
                block.show_items(step)
