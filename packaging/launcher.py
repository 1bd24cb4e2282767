"""The bundle's entry point: the same as the ``backplan`` command."""

import sys

from backplan.cli import main

if __name__ == "__main__":
    sys.exit(main())
