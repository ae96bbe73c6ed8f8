"""Signals emitted from Python never use up the references of ``True`` (PySide6 6.12)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from ui import signal_refcount


class _Emitter(QObject):
    said = Signal(object)


def test_emitting_takes_no_reference_from_true_or_the_reserve_covers_it() -> None:
    """On 3.11 the pinned PySide6 takes one reference a signal and the reserve covers it; when
    an upgrade stops taking them this fails, saying the reserve (ui/signal_refcount.py) can go.
    On 3.12 and later ``True`` is immortal and nothing is taken."""
    emitter = _Emitter()
    emitter.said.connect(lambda _value: None)
    before = sys.getrefcount(True)
    for _ in range(1000):
        emitter.said.emit(1)
    lost = before - sys.getrefcount(True)
    if sys.version_info >= (3, 12):
        assert lost == 0
        return
    assert lost == 1000, "this PySide6 emits without taking references: the reserve can go"
    assert sys.getrefcount(True) > signal_refcount.RESERVE // 2
