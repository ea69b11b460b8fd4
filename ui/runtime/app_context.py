"""What the app object hands down to its windows: no singletons, one small object."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool

from ui.runtime.jobs import JobRunner
from ui.runtime.theme import ThemeManager

if TYPE_CHECKING:
    from passport.crypto.keyfile import KdfSettings
    from ui.runtime.language_switcher import LanguageSwitcher


@dataclass
class AppContext:
    data_dir: Path
    theme: ThemeManager
    pool: QThreadPool = field(default_factory=QThreadPool.globalInstance)
    is_demo: bool = False
    # Argon2id cost for passphrases set in this run (None: the default); tests pass a cheap one.
    kdf: KdfSettings | None = None
    # Shown on the unlock screen of the demo, whose passphrase is not a secret.
    demo_passphrase: str = ""
    # The one runner of long work (key derivation, shares, backups, restores).
    jobs: JobRunner = field(default_factory=JobRunner)
    # The language the app speaks, changed from the start screen and a profile's Settings
    # (None where a test builds a view alone: it speaks whatever is installed).
    languages: LanguageSwitcher | None = None
    # The speech engine for reading aloud ("": speech-dispatcher on Linux, the system's elsewhere);
    # tests pass Qt's "mock".
    speech_engine: str = ""
