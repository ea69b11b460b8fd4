import sys

from passport.cli.main import main

sys.exit(main())
