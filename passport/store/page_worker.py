"""A worker process for :mod:`passport.store.pages`: re-encrypts one span of a store's pages.

It reads its span (keys included) as JSON from its stdin pipe, and answers on stdout with one
line: ``ok``, ``damaged <why>`` or ``oserror <errno> <why>``.
"""

from __future__ import annotations

import json
import sys

from passport.errors import StoreDamaged
from passport.store.pages import Span, run_span


def main() -> int:
    try:
        run_span(Span(**json.loads(sys.stdin.buffer.read())))
    except StoreDamaged as exc:
        print("damaged", str(exc), flush=True)
        return 1
    except OSError as exc:
        print("oserror", exc.errno or 0, exc.strerror or str(exc), flush=True)
        return 1
    print("ok", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
