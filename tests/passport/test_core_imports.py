"""The core never loads Qt: it must run headless, in the CLI and in other front ends."""

import subprocess
import sys


def test_importing_the_core_loads_no_qt() -> None:
    code = (
        "import sys, passport, passport.cli.main, passport.profile, passport.store.profiles, passport.crypto.keyfile\n"
        "import pkgutil, importlib\n"
        "for m in pkgutil.walk_packages(passport.__path__, 'passport.'):\n"
        "    if m.name != 'passport.__main__':\n"
        "        importlib.import_module(m.name)\n"
        "loaded = [name for name in sys.modules if name.startswith(('PySide6', 'shiboken6', 'ui'))]\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
