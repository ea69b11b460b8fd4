"""``python -m ui`` (and the built app) starts the app; ``--self-test`` checks it instead."""

import sys

if "--self-test" in sys.argv[1:]:
    from ui.self_test import main as self_test

    sys.exit(self_test())

from ui.app import main

sys.exit(main())
