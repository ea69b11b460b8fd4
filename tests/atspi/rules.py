"""What a screen reader needs from every screen, checked on the tree AT-SPI gives it.

* Every control that takes the keyboard (state *focusable*) has a role and a name.
* Every picture (role *image* or *icon*) has a description: the words that stand for it.
* Every field (a text box, a passphrase box, a drop-down, a number, a date, a slider) is
  tied to its label: it is *labelled by* a label on the screen that is the *label for* it,
  so a reader says the label when the field takes the keyboard, and the label's Alt key goes
  to it. Two kinds of field say their label another way, which AT-SPI has no relation for:
  the text box Qt builds inside a drop-down you can type in (the drop-down is the field, and
  it is tied), and a date that a check box or a choice just before it switches on ("Ask me if it's
  still true on" [date], "Until a date" [date]): that control is its label, so the date needs
  its own name.
"""

from __future__ import annotations

from tests.atspi.desktop import Node, Tree

NO_ROLE = {"", "unknown", "invalid", "redundant object"}
PICTURES = {"image", "icon"}
FIELDS = {"text", "password text", "entry", "combo box", "spin button", "date editor", "slider"}


def is_field(node: Node) -> bool:
    """Something a person fills in or chooses a value in. A read-only text (a preview, a page
    of Help) is read, not filled in, so it needs a name but not a label."""
    if node.role not in FIELDS:
        return False
    if node.role in {"text", "entry", "password text"}:
        return "editable" in node.states
    return True


def problems(tree: Tree) -> list[str]:
    found: list[str] = []
    for node in tree:
        if "focusable" in node.states:
            if node.role in NO_ROLE:
                found.append(f"{node}: takes the keyboard but has no role")
            if not node.name.strip():
                found.append(f"{node}: takes the keyboard but has no name")
        if node.role in PICTURES and not node.description.strip():
            found.append(f"{node}: a picture with no description")
        if is_field(node) and not _tied_to_label(tree, node) and not _labelled_another_way(tree, node):
            found.append(f"{node}: a field not tied to its label (no labelled-by / label-for pair)")
    return found


def _tied_to_label(tree: Tree, field: Node) -> bool:
    for path in field.relations.get("labelled_by", []):
        label = tree.by_path.get(path)
        if label is not None and label.role == "label" and field.path in label.relations.get("label_for", []):
            return True
    return False


def _labelled_another_way(tree: Tree, field: Node) -> bool:
    parent = tree.by_path.get(field.path[:-1])
    if parent is not None and parent.role == "combo box" and field.role == "text":
        return True
    before = tree.by_path.get((*field.path[:-1], field.path[-1] - 1)) if field.path[-1] > 0 else None
    switched_on_by = before.role if before is not None else ""
    return (field.role in {"spin button", "date editor"} and switched_on_by in {"check box", "radio button"}
            and bool(field.name.strip()))
