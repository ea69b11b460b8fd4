"""What every harness shares: running one input, and running atheris on a harness.

A harness is a ``check(data)`` function that feeds one input to a reader and returns when
the reader gave a result or its own typed error (PassportError). Anything else it raises
is a finding. ``check`` needs only the core, so tests/properties/test_fuzz_regressions.py replays
every input kept under tests/properties/regressions/ without atheris installed.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator

from passport.errors import PassportError

Check = Callable[[bytes], None]


@contextlib.contextmanager
def typed_errors_only() -> Iterator[None]:
    """Let the reader's own refusals pass; anything else propagates as a finding."""
    with contextlib.suppress(PassportError):
        yield


def run(check: Check) -> None:
    """``python -m fuzz.<harness> CORPUS_DIR [libFuzzer flags]``: fuzz ``check`` with atheris."""
    import atheris  # only here: the test suite replays harnesses without it

    atheris.instrument_all()
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()
