"""The standalone app: PyInstaller builds it, and the built app passes its own self-test."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
MAX_APP_MB = 260  # today about 200 MB; see docs/build.md for what the large parts are


def _imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_no_module_of_ours_imports_network_code() -> None:
    forbidden = ("PySide6.QtNetwork", "PySide6.QtWebEngine", "socket", "urllib.request", "http.client", "ssl")
    for path in [*REPO.glob("passport/*.py"), *REPO.glob("ui/*.py")]:
        for name in _imported_modules(path):
            assert not name.startswith(forbidden), f"{path.name} imports {name}"


def test_the_self_test_passes_from_source() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ui", "--self-test"], cwd=REPO, capture_output=True, text=True, timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert "Self-test passed." in result.stdout


@pytest.mark.slow
def test_built_app_passes_its_self_test(tmp_path: Path) -> None:
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "work"), str(REPO / "build.spec")],
        cwd=REPO, capture_output=True, text=True, timeout=1200,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    app_dir = tmp_path / "dist" / "SayItOnce"
    result = subprocess.run(
        [str(app_dir / "SayItOnce"), "--self-test"], capture_output=True, text=True, timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert "Self-test passed." in result.stdout
    # Symlinks (PyInstaller links Qt's libraries into place) are not counted twice.
    size_mb = sum(p.lstat().st_size for p in app_dir.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6
    print(f"built app: {size_mb:.0f} MB")
    assert size_mb < MAX_APP_MB
    bundled = {p.name for p in app_dir.rglob("*.so*")}
    assert not any(name.startswith(("libqvnc", "libQt6WebEngine", "libqtvirtualkeyboard")) for name in bundled)
