"""Open every branch of a tree view, and only the branches.

``QTreeView.expandAll()`` marks the leaves expanded too, and Qt tells a screen reader so:
running Orca over the share wizard (docs/accessibility.md), each entry, which has nothing
under it, was read as "Music (important now) expanded". This expands the items that have
children, so a leaf says nothing about opening or closing.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QTreeView


def expand_parents(view: QTreeView, parent: QModelIndex | QPersistentModelIndex | None = None) -> None:
    model = view.model()
    under = parent if parent is not None else QModelIndex()
    for row in range(model.rowCount(under)):
        index = model.index(row, 0, under)
        if model.hasChildren(index):
            view.setExpanded(index, True)
            expand_parents(view, index)
