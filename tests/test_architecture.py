"""The house rules a newcomer relies on, checked: the layers (import-linter's contracts in
pyproject.toml), and no module reaching into another module's private names."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("passport", "ui")


def test_import_contracts_hold() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint_imports), "--no-cache"], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def _private_reaches(path: Path) -> list[str]:
    """``thing._name`` where ``thing`` is not ``self``/``cls``: reading someone else's
    private part. (Dunder names are the language's own and allowed.)"""
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in PACKAGES:
            found += [f"{path}:{node.lineno} imports {alias.name}" for alias in node.names
                      if alias.name.startswith("_") and not alias.name.startswith("__")]
        if not isinstance(node, ast.Attribute):
            continue
        name = node.attr
        if not name.startswith("_") or name.startswith("__"):
            continue
        owner = node.value
        if isinstance(owner, ast.Name) and owner.id in {"self", "cls", "argparse"}:
            continue  # argparse: its subparsers type has no public name
        if isinstance(owner, ast.Name) and owner.id == "os" and name == "_exit":
            continue  # the standard library's documented way to end a process without clean-up
        if isinstance(owner, ast.Call) and isinstance(owner.func, ast.Name) and owner.func.id == "super":
            continue
        found.append(f"{path.relative_to(REPO)}:{node.lineno} reads .{name}")
    return found


def test_no_module_reads_another_modules_private_names() -> None:
    reaches = [reach for package in PACKAGES for path in sorted((REPO / package).rglob("*.py"))
               for reach in _private_reaches(path)]
    assert reaches == []
