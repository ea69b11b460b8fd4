"""Ticking a box in a list or tree is said aloud: what the item is now, and how many are chosen.

Found by running Orca 43 over the app (docs/accessibility.md): Space on an entry in the share
wizard ticked it, and the count beside the list changed ("1 entry chosen."), but Orca said
nothing of either. Qt does tell AT-SPI that the cell is now *checked*, but Orca 43 says a
cell's checked state only when the cell offers an action named "toggle", and Qt names it
"Toggle"; a label that changes elsewhere is never read; and Orca 43 predates AT-SPI's
announcements (Qt's QAccessibleAnnouncementEvent), so it ignores them.

What Orca 43 does read is a change of the focused object's accessible *description*, and Qt
sends one when an item's ``AccessibleDescriptionRole`` changes. So the item ticked or unticked
while it is the current one says "Ticked. 2 entries chosen." (or "Not ticked. …") as its
description, and every ticked item says "Ticked." when the focus arrives on it (Orca reads a
cell's description with it), which also says what the box shows while moving through the list.

The count in a description goes stale once another box changes, so the item that said it
goes back to its plain "Ticked." on the next change anywhere, never on a move: a move is
when Orca still has that item as its focus and would read the change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView
from shiboken6 import isValid

DESCRIPTION = Qt.ItemDataRole.AccessibleDescriptionRole
CHECK = Qt.ItemDataRole.CheckStateRole


class SpokenTicks(QObject):
    """Made with :func:`speak_ticks`; lives as long as its view."""

    def __init__(self, view: QAbstractItemView, count_words: Callable[[], str]) -> None:
        super().__init__(view)
        self._view = view
        self._count_words = count_words
        self._said = QPersistentModelIndex()  # the item whose description carries the count
        self._to_say = QPersistentModelIndex()  # the current item, ticked or unticked just now
        self._pending = False
        self._model = model = view.model()
        model.dataChanged.connect(self._changed)
        model.modelReset.connect(self._reset)
        model.rowsInserted.connect(self._inserted)
        self._rest_all(QModelIndex())

    # --- what each item says ------------------------------------------------------------

    def state(self, index: QModelIndex | QPersistentModelIndex) -> Qt.CheckState | None:
        """The item's box, or None when it has none."""
        value = index.data(CHECK)
        return None if value is None else Qt.CheckState(value)

    def state_words(self, index: QModelIndex | QPersistentModelIndex) -> str:
        state = self.state(index)
        if state == Qt.CheckState.Checked:
            return self.tr("Ticked.")
        return self.tr("Some ticked.") if state == Qt.CheckState.PartiallyChecked else self.tr("Not ticked.")

    def resting_words(self, index: QModelIndex | QPersistentModelIndex) -> str | None:
        """What an item says when the focus arrives on it: only a tick, never its absence."""
        state = self.state(index)
        return None if state is None or state == Qt.CheckState.Unchecked else self.state_words(index)

    def said_words(self, index: QModelIndex | QPersistentModelIndex) -> str:
        count = self._count_words()
        return self.state_words(index) + (" " + count if count else "")

    def _describe(self, index: QModelIndex | QPersistentModelIndex, words: str | None) -> None:
        if index.isValid() and index.data(DESCRIPTION) != words:
            self._model.setData(index, words, DESCRIPTION)

    # --- following the model -------------------------------------------------------------

    def _changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int]) -> None:
        if roles and CHECK not in roles and CHECK.value not in roles:
            return  # our own descriptions, and every other change, say nothing new
        if not self._alive():
            return
        current = self._view.currentIndex()
        parent = top_left.parent()
        for row in range(top_left.row(), bottom_right.row() + 1):
            for column in range(top_left.column(), bottom_right.column() + 1):
                index = self._model.index(row, column, parent)
                if index == current:
                    self._to_say = QPersistentModelIndex(index)
                else:
                    self._describe(index, self.resting_words(index))
        # After the view's owner has counted (its own slots may run after this one), and once
        # for a tick that changes several boxes (an entry and its pictures).
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._say)

    def _say(self) -> None:
        self._pending = False
        if not self._alive():
            return
        said, self._said = self._said, QPersistentModelIndex()
        to_say, self._to_say = self._to_say, QPersistentModelIndex()
        if said.isValid() and said != to_say:
            self._describe(said, self.resting_words(said))  # the focus is elsewhere now: not read
        if to_say.isValid() and self.state(to_say) is not None:
            self._describe(to_say, self.said_words(to_say))
            self._said = to_say

    def _rest_all(self, parent: QModelIndex) -> None:
        model = self._model
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            self._describe(index, self.resting_words(index))
            self._rest_all(index)

    def _alive(self) -> bool:
        """False while the view or its model is being destroyed (a model empties itself then)."""
        return isValid(self._view) and isValid(self._model)

    def _reset(self) -> None:
        if not self._alive():
            return
        self._said = self._to_say = QPersistentModelIndex()
        self._rest_all(QModelIndex())

    def _inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if not self._alive():
            return
        model = self._model
        for row in range(first, last + 1):
            index = model.index(row, 0, parent)
            self._describe(index, self.resting_words(index))
            self._rest_all(index)


def speak_ticks(view: QAbstractItemView, count_words: Callable[[], str]) -> SpokenTicks:
    """From now on ticking a box of ``view`` says so, and ``count_words()`` (how many are chosen).
    The view's model must keep ``AccessibleDescriptionRole`` (QStandardItemModel, QTreeWidget and
    QListWidget do)."""
    return SpokenTicks(view, count_words)
