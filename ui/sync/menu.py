"""The Sync menu of the main window, and workbooks dropped on the window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from ui import main_window
from ui.main_window import MainWindow

if TYPE_CHECKING:
    from ui.sync.import_dialog import SyncImportDialog

WORKBOOKS = (".xlsx", ".xlsm", ".xls", ".ods")


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def dropped_workbooks(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The spreadsheet files among what is being dragged."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    return [Path(url.toLocalFile()) for url in urls
            if url.isLocalFile() and url.toLocalFile().lower().endswith(WORKBOOKS)]


class SyncMenu(QObject):
    """Adds the sync dialogs to a main window and lets it take dropped workbooks."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        add = window.add_action
        add("sync", tr("&Import workbooks…"), self.import_files, "Ctrl+I")
        add("sync", tr("&Export for merging…"), self.export)
        window.menus["sync"].addSeparator()
        add("sync", tr("&Conflicts…"), self.conflicts)
        add("sync", tr("Import &history and undo…"), self.history)
        window.register_command(main_window.IMPORT_PACKAGE, self.import_files)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    # The dialogs are imported when first opened (the window starts without them).

    def import_files(self, paths: list[Path] | None = None) -> SyncImportDialog:
        from ui.sync.import_dialog import SyncImportDialog  # noqa: PLC0415

        dialog = SyncImportDialog(self.window.store, self.window)
        dialog.imported.connect(self.window.refresh_lists)
        if paths:
            dialog.add_files(paths)
        dialog.open()
        return dialog

    def export(self) -> None:
        from ui.sync.export_dialog import SyncExportDialog  # noqa: PLC0415

        SyncExportDialog(self.window.store, self.window).open()

    def conflicts(self) -> None:
        from ui.sync.conflicts_dialog import SyncConflictsDialog  # noqa: PLC0415

        SyncConflictsDialog(self.window.store, self.window).open()

    def history(self) -> None:
        from ui.sync.history_dialog import SyncHistoryDialog  # noqa: PLC0415

        dialog = SyncHistoryDialog(self.window.store, self.window)
        dialog.undone.connect(self.window.refresh_lists)
        dialog.open()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if isinstance(event, QDragEnterEvent) and dropped_workbooks(event):
            event.acceptProposedAction()
            return True
        if isinstance(event, QDropEvent) and (paths := dropped_workbooks(event)):
            event.acceptProposedAction()
            # Opened after the drop returns, so the source of the drag is not kept waiting.
            QTimer.singleShot(0, lambda: self.import_files(paths))
            return True
        return super().eventFilter(watched, event)


def install(window: MainWindow) -> SyncMenu:
    return SyncMenu(window)
