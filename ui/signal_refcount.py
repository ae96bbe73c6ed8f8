"""A reserve of references to ``True`` against PySide6 6.12's ``SignalInstance.emit``.

``emit()`` returns ``True`` without a reference of its own, so every signal emitted from
Python takes one reference from ``True`` (measured here: 100 emits, 100 references
fewer). On Python 3.12 and later ``True`` is immortal and nothing happens; on 3.11 a
worker's progress signals, a photo strip's and every dialog's eventually free ``True``
and the interpreter aborts ("bool_dealloc: deallocating True or False"), mid-run or at
exit. Importing this module gives ``True`` references no run can use up; it can go when
PySide6 is fixed (the test in tests/ui/test_signal_refcount.py then says so).
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40  # a trillion emits


def reserve() -> None:
    """Add the reserve once (ob_refcnt is a PyObject's first field in CPython)."""
    if sys.version_info >= (3, 12) or getattr(sys, "_xuncha_true_reserve", False):
        return
    ctypes.c_ssize_t.from_address(id(True)).value += RESERVE
    sys._xuncha_true_reserve = True  # type: ignore[attr-defined]


reserve()
