"""The bundle's entry point: one executable for both of the commands a pip install has.

Started as ``backplan`` it is the command line (which opens the window when given no
command). Started through the ``backplan-gui`` symbolic link that the spec puts beside
it, it is the window alone, like the ``backplan-gui`` script of a pip install: that is
what the menu entry runs, with the file the desktop asked it to open (``%f``), which
the command line would take for an unknown command. The link costs nothing, where a
second executable would carry a second copy of all the Python code.
"""

import sys
from pathlib import Path


def main() -> int:
    if Path(sys.argv[0]).name == "backplan-gui":
        from backplan.app import main as gui_main

        return gui_main()
    from backplan.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
