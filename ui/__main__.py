"""``python -m ui`` (and the built app) starts the app."""

import sys

from ui.app import main

sys.exit(main())
