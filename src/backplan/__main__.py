"""``python -m backplan``: the same as the ``backplan`` command."""

import sys

from backplan.cli import main

sys.exit(main())
