import sys

from passport.cli import main

sys.exit(main())
