"""The screen reader's side: a small agent that reads and drives the app through AT-SPI alone.

It runs under Debian's own Python (``/usr/bin/python3``), where ``python3-pyatspi`` lives; the
project's virtual environment is a separate Python without it. It never imports the app: it
talks to the running app over the accessibility bus, as Orca does.

Protocol: one JSON request a line on standard input, one JSON answer a line on standard output.

    {"op": "tree"}                                   every showing node of the app, flattened
    {"op": "act", "path": [..], "action": "Press"}   doAction by the action's name
    {"op": "set_text", "path": [..], "text": ".."}   EditableText.setTextContents
    {"op": "insert_text", "path": [..], "text": ".."}  EditableText.insertText at the caret
    {"op": "focus", "path": [..]}                    Component.grabFocus
    {"op": "select", "path": [..], "index": n}       Selection.selectChild on a list or tab list

A path is the list of child indexes from the application down to the node. Each answer is
``{"ok": true, ...}`` or ``{"ok": false, "error": "..."}``.

pytest does not collect this file (its name does not start with ``test_``); it must stay
runnable by a Python that has nothing but pyatspi.
"""

from __future__ import annotations

import json
import sys

import pyatspi

APP_NAME = sys.argv[1] if len(sys.argv) > 1 else "Say It Once"

STATES = {
    "focusable": pyatspi.STATE_FOCUSABLE,
    "focused": pyatspi.STATE_FOCUSED,
    "showing": pyatspi.STATE_SHOWING,
    "visible": pyatspi.STATE_VISIBLE,
    "sensitive": pyatspi.STATE_SENSITIVE,
    "editable": pyatspi.STATE_EDITABLE,
    "checked": pyatspi.STATE_CHECKED,
    "selected": pyatspi.STATE_SELECTED,
    "active": pyatspi.STATE_ACTIVE,
    "modal": pyatspi.STATE_MODAL,
}

RELATIONS = {
    pyatspi.RELATION_LABEL_FOR: "label_for",
    pyatspi.RELATION_LABELLED_BY: "labelled_by",
    pyatspi.RELATION_DESCRIBED_BY: "described_by",
    pyatspi.RELATION_DESCRIPTION_FOR: "description_for",
}


def application() -> pyatspi.Accessible | None:
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.name == APP_NAME:
            return app
    return None


def path_of(node: pyatspi.Accessible) -> list[int]:
    path: list[int] = []
    while node is not None and node.getRole() != pyatspi.ROLE_APPLICATION:
        path.append(node.getIndexInParent())
        node = node.parent
    return list(reversed(path))


def node_at(path: list[int]) -> pyatspi.Accessible:
    node = application()
    if node is None:
        raise LookupError("the app is not on the accessibility bus")
    for index in path:
        node = node.getChildAtIndex(index)
        if node is None:
            raise LookupError(f"nothing at {path}")
    return node


def describe(node: pyatspi.Accessible, path: list[int]) -> dict:
    state = node.getState()
    relations: dict[str, list[list[int]]] = {}
    for relation in node.getRelationSet():
        key = RELATIONS.get(relation.getRelationType())
        if key is not None:
            targets = (relation.getTarget(i) for i in range(relation.getNTargets()))
            relations.setdefault(key, []).extend(path_of(t) for t in targets if t is not None)
    actions: list[str] = []
    try:
        action = node.queryAction()
        actions = [action.getName(i) for i in range(action.nActions)]
    except NotImplementedError:
        pass
    text = None
    try:
        text_part = node.queryText()
        text = text_part.getText(0, -1)
    except NotImplementedError:
        pass
    try:
        node.queryEditableText()
        editable_text = True
    except NotImplementedError:
        editable_text = False
    return {
        "path": path,
        "role": node.getRoleName(),
        "name": node.name or "",
        "description": node.description or "",
        "states": [name for name, value in STATES.items() if state.contains(value)],
        "relations": relations,
        "actions": actions,
        "text": text,
        "editable_text": editable_text,
    }


def tree() -> list[dict]:
    """Every node that is showing, in reading order (parents before children). A subtree
    that is not showing (another page of a stack, a closed pop-up) is not read, as Orca
    does not read it."""
    app = application()
    if app is None:
        return []
    nodes: list[dict] = []
    stack: list[tuple[pyatspi.Accessible, list[int]]] = []
    for index in reversed(range(app.childCount)):
        child = app.getChildAtIndex(index)
        if child is not None:
            stack.append((child, [index]))
    while stack:
        node, path = stack.pop()
        if not node.getState().contains(pyatspi.STATE_SHOWING):
            continue
        nodes.append(describe(node, path))
        for index in reversed(range(node.childCount)):
            child = node.getChildAtIndex(index)
            if child is not None:
                stack.append((child, [*path, index]))
    return nodes


def act(path: list[int], name: str) -> None:
    action = node_at(path).queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    if name not in names:
        raise LookupError(f"no action {name!r} here, only {names}")
    if not action.doAction(names.index(name)):
        raise RuntimeError(f"the action {name!r} was refused")


def handle(request: dict) -> dict:
    op = request["op"]
    if op == "tree":
        return {"nodes": tree()}
    if op == "act":
        act(request["path"], request["action"])
    elif op == "set_text":
        if not node_at(request["path"]).queryEditableText().setTextContents(request["text"]):
            raise RuntimeError("the text was refused")
    elif op == "insert_text":
        node = node_at(request["path"])
        caret = node.queryText().caretOffset
        text = request["text"]
        if not node.queryEditableText().insertText(caret, text, len(text.encode("utf-8"))):
            raise RuntimeError("the text was refused")
    elif op == "focus":
        if not node_at(request["path"]).queryComponent().grabFocus():
            raise RuntimeError("focus was refused")
    elif op == "select":
        if not node_at(request["path"]).querySelection().selectChild(request["index"]):
            raise RuntimeError("the choice was refused")
    else:
        raise ValueError(f"unknown op {op!r}")
    return {}


def main() -> None:
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            answer = {"ok": True, **handle(json.loads(line))}
        except Exception as error:  # every failure goes back to the test as words, the agent carries on
            answer = {"ok": False, "error": f"{type(error).__name__}: {error}"}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
