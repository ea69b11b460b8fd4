"""What the app object hands down to its windows: no singletons, one small object."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QThreadPool

from passport.keyfile import DEFAULT_KDF, KdfSettings
from ui.theme import ThemeManager


@dataclass
class AppContext:
    data_dir: Path
    theme: ThemeManager
    pool: QThreadPool = field(default_factory=QThreadPool.globalInstance)
    is_demo: bool = False
    # Argon2id cost for passphrases set in this run; tests pass a cheap one.
    kdf: KdfSettings = DEFAULT_KDF
    # Shown on the unlock screen of the demo, whose passphrase is not a secret.
    demo_passphrase: str = ""
