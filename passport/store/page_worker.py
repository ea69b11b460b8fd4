"""A worker process for :mod:`passport.store.pages`: re-encrypts batches of a store's pages.

``python -m passport.store.page_worker QUEUE_FD``: it reads its job (keys included) as JSON
from its stdin pipe and takes batch numbers from the queue pipe it inherited until none is
left. On stdout it says ``take N`` and ``done N`` for each batch, and ends with one line:
``ok``, ``damaged <why>`` or ``oserror <errno> <why>``.
"""

from __future__ import annotations

import json
import sys

from passport.errors import StoreDamaged
from passport.store.pages import Job, run_batches


def main() -> int:
    def say(*words: object) -> None:
        print(*words, flush=True)

    try:
        job = Job(**json.loads(sys.stdin.buffer.read()))
        run_batches(job, int(sys.argv[1]), done=lambda n: say("done", n), took=lambda n: say("take", n))
    except StoreDamaged as exc:
        say("damaged", str(exc))
        return 1
    except OSError as exc:
        say("oserror", exc.errno or 0, exc.strerror or str(exc))
        return 1
    say("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
