"""The rules the AT-SPI walk holds each screen to can fail: made-up trees with each fault."""

from __future__ import annotations

from tests.atspi.desktop import Node, Tree
from tests.atspi.rules import problems


def node(path: tuple[int, ...], role: str, name: str = "", *, states: tuple[str, ...] = (),
         description: str = "", **relations: list[tuple[int, ...]]) -> Node:
    return Node(path=path, role=role, name=name, description=description, states=frozenset(("showing", *states)),
                relations=dict(relations), actions=[], text=None, editable_text=False)


def test_a_tidy_screen_has_no_problems() -> None:
    tree = Tree([
        node((0,), "frame", "Sky"),
        node((0, 0), "label", "Title", label_for=[(0, 1)]),
        node((0, 1), "text", "Title", states=("focusable", "editable"), labelled_by=[(0, 0)]),
        node((0, 2), "image", "Drawing", description="A blue sky over a pitch"),
        node((0, 3), "push button", "Save", states=("focusable",)),
        node((0, 4), "check box", "Ask me on", states=("focusable",)),
        node((0, 5), "spin button", "Date to ask", states=("focusable", "editable")),
    ])
    assert problems(tree) == []


def test_each_fault_is_found() -> None:
    tree = Tree([
        node((0,), "frame", "Sky"),
        node((0, 0), "push button", "", states=("focusable",)),
        node((0, 1), "unknown", "Odd", states=("focusable",)),
        node((0, 2), "image", "Drawing"),
        node((0, 3), "label", "Title"),  # looks like its label, but not tied
        node((0, 4), "text", "Title", states=("focusable", "editable")),
        node((0, 5), "label", "Name", label_for=[(0, 9)]),  # tied one way only
        node((0, 6), "password text", "Passphrase", states=("focusable", "editable"), labelled_by=[(0, 5)]),
        node((0, 7), "spin button", "", states=("focusable", "editable")),
    ])
    found = "\n".join(problems(tree))
    assert "push button at [0, 0]: takes the keyboard but has no name" in found
    assert "unknown 'Odd' at [0, 1]: takes the keyboard but has no role" in found
    assert "image 'Drawing' at [0, 2]: a picture with no description" in found
    assert "text 'Title' at [0, 4]: a field not tied" in found
    assert "password text 'Passphrase' at [0, 6]: a field not tied" in found
    assert "spin button at [0, 7]: a field not tied" in found
    assert len(problems(tree)) == 7  # the nameless spin button is also a nameless control
