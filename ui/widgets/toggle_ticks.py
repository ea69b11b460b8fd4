"""Ticking an item of a view through the accessibility API's Toggle, as Space or a click on its box does.

Switch access and voice control act through the accessibility API. On an item view's cell,
AT-SPI's Toggle (Qt's ``QAccessibleTableCell::doAction``) only selects or unselects it: on a row
inside a tree with whole-row selection it even selects the wrong row (``selectRow`` is given the
row within the parent and reads it as the row on screen), and on the one selected item of a
single-selection view it does nothing at all. With item selection and extended selection it asks
the selection model for exactly ``select(index, Select)`` or ``select(index, Deselect)`` with the
cell's own index. A view's own mouse and keys never ask for those (they ask ``ClearAndSelect``,
``Toggle``, ``SelectCurrent`` or ``NoUpdate``, and ``QTreeWidgetItem.setSelected`` adds ``Rows``),
so those two requests are the accessibility API's: :class:`ToggleTicks` ticks the item then (or
unticks it) and moves the current item there, selecting nothing.

Qt offers no cleaner seam from Python: ``QAccessible.installFactory`` is asked about widgets,
never about a view's cells, and the accessible tree that makes the cells is private to Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget

# What QAccessibleTableCell::selectCell and ::unselectCell ask for under item, extended selection.
ACCESSIBLE_REQUESTS = (QItemSelectionModel.SelectionFlag.Select, QItemSelectionModel.SelectionFlag.Deselect)


def tick_on_toggle(view: QAbstractItemView) -> None:
    """From now on the accessibility API's Toggle on an item of ``view`` ticks it (one column only)."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)  # one column: looks the same
    # A click or an arrow key still selects one item; only Shift and Ctrl with them select more.
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    ticks = ToggleTicks(view.model(), view)
    if isinstance(view, QTreeWidget):
        # QTreeWidgetItem.isSelected() is kept by the tree widget from its first selection model's signal.
        ticks.selectionChanged.connect(view.selectionModel().selectionChanged)
    view.setSelectionModel(ticks)


class ToggleTicks(QItemSelectionModel):
    def select(  # type: ignore[override]  # Qt's two overloads arrive at this one method
        self, selection: QModelIndex | QPersistentModelIndex | QItemSelection,
        command: QItemSelectionModel.SelectionFlag,
    ) -> None:
        if isinstance(selection, QModelIndex | QPersistentModelIndex) and command in ACCESSIBLE_REQUESTS \
                and self.tick(QModelIndex(selection)):
            return
        super().select(selection, command)

    def tick(self, index: QModelIndex) -> bool:
        """Tick ``index`` if it is unticked (untick it if ticked), as its box does; False when it has no box
        the person may change."""
        flags = index.flags()
        value = index.data(Qt.ItemDataRole.CheckStateRole)
        if value is None or not (flags & Qt.ItemFlag.ItemIsUserCheckable and flags & Qt.ItemFlag.ItemIsEnabled):
            return False
        state = Qt.CheckState(value)
        if flags & Qt.ItemFlag.ItemIsUserTristate:
            wanted = Qt.CheckState((state.value + 1) % 3)
        else:
            wanted = Qt.CheckState.Unchecked if state == Qt.CheckState.Checked else Qt.CheckState.Checked
        self.model().setData(index, wanted, Qt.ItemDataRole.CheckStateRole)
        self.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        return True
