"""One program, two names: in the Linux and macOS bundle ``xuncha-cli`` is a hard link.

A single executable (and one copy of the Python archive) serves both; the name it was
started by decides which. Windows gets two executables, a console and a windowed one.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

CLI_NAME = "xuncha-cli"


def main(argv: Sequence[str] | None = None) -> int:
    program = Path(sys.argv[0]).name.lower()
    if program.startswith(CLI_NAME):
        from desktop.cli import main as cli  # noqa: PLC0415 - only the program started is loaded

        return cli.main(argv)
    from desktop import app  # noqa: PLC0415

    return app.main(argv)


if __name__ == "__main__":
    sys.exit(main())
