"""The one place uncaught exceptions go in the window program: a report, then one dialog.

:meth:`CrashHandler.install` makes the handler ``sys.excepthook`` and
``threading.excepthook`` (as qutebrowser's ``misc/crashsignal.py`` does). Everything that
escapes ends here: an exception raised in a slot, in a thread, during start-up, and a
worker's bug (``ui.worker`` hands it to ``sys.excepthook``). An error ``ui.messages``
words (a locked store on a read, say) is shown as the usual warning; anything else is a
bug: its report is written (:mod:`desktop.crash_report`) and one dialog says so, names
the file, and offers to open its folder, to quit or to continue.

Exceptions from other threads reach the GUI thread through a queued signal, so widgets
are only touched there. A crash while the dialog is open gets its report but no second
dialog.
"""

from __future__ import annotations

import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QApplication

from desktop import crash_report
from ui import errors, messages
from ui.crash_dialog import CrashDialog

PROGRAM = "xuncha"


class CrashHandler(QObject):
    """Reports uncaught exceptions for one run of the window program.

    Args:
        store_path: the store the run works on, named in the reports.
        interactive: False for ``--exit-after-start``, a packaging check that must not
            wait for anyone: the report is written and the program quits, no dialog.
    """

    raised = Signal(object, str)  # the exception, the name of the thread it escaped from

    def __init__(self, store_path: Path | None, *, interactive: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store_path = store_path
        self.interactive = interactive
        self.dialog: CrashDialog | None = None
        self.reports: list[Path] = []
        self.quit_chosen = False
        self._in_loop = False  # whether the dialog showing was opened in an event loop
        self._previous: tuple[object, object] | None = None
        self.raised.connect(self._on_raised)

    def install(self) -> None:
        """Become ``sys.excepthook`` and ``threading.excepthook`` until :meth:`uninstall`."""
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None

    def _excepthook(self, kind: type[BaseException], error: BaseException,
                    trace: TracebackType | None) -> None:
        if not isinstance(error, Exception):  # KeyboardInterrupt and the like: no bug
            sys.__excepthook__(kind, error, trace)
            return
        self.raised.emit(error.with_traceback(trace), threading.current_thread().name)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        error = args.exc_value
        if not isinstance(error, Exception):
            threading.__excepthook__(args)
            return
        name = args.thread.name if args.thread is not None else "?"
        self.raised.emit(error.with_traceback(args.exc_traceback), name)

    def _on_raised(self, error: Exception, thread: str) -> None:
        self.handle(error, thread)

    def handle(self, error: Exception, thread: str = "MainThread") -> None:
        """Show a known error as the usual warning; report anything else as a crash."""
        text = messages.describe(error)
        if text is None:
            self.crash(error, thread)
        elif self.interactive:
            errors.warn(QApplication.activeWindow(), text)
        elif sys.stderr is not None:
            print(f"XunCha: {text}", file=sys.stderr)

    def crash(self, error: Exception, thread: str = "MainThread") -> None:
        """Write the report of a bug and show the dialog, unless one is showing already."""
        report, problem = self._write(error, thread)
        running = QThread.currentThread().loopLevel() > 0
        if not self.interactive:
            if running:  # else main() is on its way out and returns the status itself
                QApplication.exit(crash_report.EXIT_BUG)
        elif self.dialog is None and not self.quit_chosen:  # else one dialog is enough
            self._show(CrashDialog(type(error).__name__, crash_report.folder(), report,
                                   problem, can_continue=running), running)

    def _show(self, dialog: CrashDialog, running: bool) -> None:
        self.dialog, self._in_loop = dialog, running
        dialog.quit_requested.connect(self._on_quit)
        dialog.finished.connect(self._on_dialog_finished)
        if running:
            dialog.open()  # the program goes on behind it; no nested event loop
        else:
            dialog.exec()  # start-up or shutdown: nothing else would show it

    def _write(self, error: Exception, thread: str) -> tuple[Path | None, str]:
        if sys.stderr is not None:  # a windowed program on Windows has no stderr
            traceback.print_exception(error, file=sys.stderr)
        try:
            report = crash_report.write(error, program=PROGRAM, store=self.store_path,
                                        thread=thread)
        except OSError as failure:
            return None, str(failure)
        self.reports.append(report)
        return report, ""

    def _on_dialog_finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _on_quit(self) -> None:
        self.quit_chosen = True
        # Closing the windows saves what can be saved (open drafts); the program quits
        # even if one of them refuses, as the user asked.
        QApplication.closeAllWindows()
        if self._in_loop:
            # A dialog shown outside any event loop (start-up, shutdown) ends by itself
            # and main() returns; Qt's quit there would make every later loop end at once.
            QApplication.quit()
