"""One tab per view in the main window: opened once, shown again, forgotten when closed.

A closed tab's widget is deleted by the window; a menu that kept it would then touch a
deleted object. :class:`TabSlot` forgets it the moment it is destroyed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QTabWidget, QWidget

W = TypeVar("W", bound=QWidget)


class TabSlot(Generic[W]):
    """The one tab of a kind of view: :meth:`show` makes it (if needed) and brings it up."""

    def __init__(self, tabs: QTabWidget, make: Callable[[], W], title: str) -> None:
        self.tabs, self.make, self.title = tabs, make, title
        self.widget: W | None = None

    def show(self) -> W:
        if self.widget is None:
            self.widget = self.make()
            self.widget.destroyed.connect(self._on_destroyed)
            self.tabs.addTab(self.widget, self.title)
        self.tabs.setCurrentWidget(self.widget)
        return self.widget

    def current(self) -> W | None:
        """The view if its tab is open."""
        return self.widget

    def _on_destroyed(self, *_: object) -> None:
        self.widget = None
