"""A text progress bar for long jobs run from the command line."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TextIO


def bar(label: str, stream: TextIO | None = None) -> Callable[[int, int], bool]:
    """A progress callback that draws ``label [#####     ] 50/100`` on a terminal.

    ``stream`` is standard error as it is when the bar is made (not when imported).
    """
    stream = stream or sys.stderr
    interactive = stream.isatty()

    def report(done: int, total: int) -> bool:
        if interactive and total:
            filled = 30 * done // total
            stream.write(f"\r{label} [{'#' * filled}{' ' * (30 - filled)}] {done}/{total}")
            if done >= total:
                stream.write("\n")
            stream.flush()
        return True

    return report
