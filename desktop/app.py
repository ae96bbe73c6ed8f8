"""``xuncha``: the officer's workstation (``python -m desktop.app --db PATH``).

Start-up order:

1. Parse the command line (``--db``, ``--language``, ``--version``).
2. Create the QApplication with the app's icon; read the per-user settings (language,
   data folder).
3. Install the translations: ``--language``, else the settings, else the system's.
4. Install the crash handler (desktop/crash.py): from here on an exception that nothing
   caught, in any thread or worker, writes a crash report and shows one dialog.
5. Look for a font that shows Chinese; if there is none, say so once (remembered).
6. Take the store's lock (a QLockFile beside the store): a second XunCha on the same
   store gets a clear message and exits, never becoming a second writer.
7. Open the store (migrations run) and install the built-in checklists and manual; a store
   that cannot be opened gets its message and the app exits. An encrypted store takes its
   passphrase from ``XUNCHA_PASSPHRASE`` or asks for it (giving up exits); a new store
   asks first whether to protect it with one (recommended). The opening is logged.
8. First start: ask for the officer's and the device's names.
9. Show the main window (its first page, the compounds).
10. Check that spreadsheets will be parsed through defusedxml; warn if not (imports are
    refused while it is off). Offer the drafts left open for resuming.
11. Run, locking the windows after the idle minutes of the settings (an encrypted store);
    on quit every open draft is saved, the store closed, the lock released and the crash
    handler removed. After "Quit" in the crash dialog the exit status is 70.

``--exit-after-start`` goes through every step but the two questions (8, and the drafts
of 10) and quits once the window is up: the packaged app is checked that way. A crash
then writes its report and exits with 70, with no dialog to wait on.

Only what the first page needs is imported before it shows: dialogs, editors, the
printouts (reportlab) and spreadsheets (openpyxl) load when first used
(``bench/startup.py`` measures it).

A language switch rebuilds the main window in the new language (open inspections are
saved and reopened), so no restart is needed.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop import crash, crash_report, i18n, store_lock, version, words
from desktop import settings as app_settings
from exports.privacy import policy
from exports.spreadsheet import protection
from storage.errors import StoreError
from storage.forms import checklists
from storage.manual import source as manual_source
from storage.store import access_log, db, photos
from ui import startup
from ui.campaign import menu as campaign_menu
from ui.helpers import menu as helpers_menu
from ui.ledger import menu as ledger_menu
from ui.main_window import MainWindow
from ui.manual import menu as manual_menu
from ui.privacy import idle_lock, unlock
from ui.privacy import menu as privacy_menu
from ui.property import menu as property_menu
from ui.reports import menu as report_menu
from ui.review import menu as review_menu
from ui.sync import menu as sync_menu

EXIT_IN_USE = 3
ICON = Path(__file__).with_name("resources") / "xuncha.png"
EXIT_STORE = 2
EXIT_UNPROTECTED = 4
PASSPHRASE = "XUNCHA_PASSPHRASE"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="xuncha", description="XunCha workstation")
    parser.add_argument("--db", type=Path, default=None, help="the store to open")
    parser.add_argument("--language", choices=words.LANGUAGES, default=None,
                        help="interface language (default: settings, then the system's)")
    parser.add_argument("--version", action="version", version=f"XunCha {version.VERSION}")
    parser.add_argument("--exit-after-start", action="store_true",
                        help="start, show the main window, then quit (a packaging check)")
    return parser.parse_args(argv)


def check_fonts(user: app_settings.UserSettings) -> bool:
    """Warn once (per user) when no font can show Chinese; True when one is there."""
    if startup.cjk_font_families():
        user.set_warned("no_cjk_font", False)
        return True
    if not user.warned("no_cjk_font"):
        startup.no_cjk_font()
        user.set_warned("no_cjk_font")
    return False


class Workstation:
    """The running app: one store, one main window, rebuilt when the language changes."""

    def __init__(self, app: QApplication, store: db.Store, settings: app_settings.Settings,
                 language: str) -> None:
        self.app = app
        self.store = store
        self.settings = settings
        self.language = language
        self.lock = idle_lock.IdleLock(app, store, policy.lock_minutes(store),
                                       before=self.save_drafts, parent=app)
        self.window = self._build_window()

    def save_drafts(self) -> None:
        """Save every open inspection's draft (before the idle lock comes down)."""
        for editor in self.window.editors():
            editor.save_draft()

    def _build_window(self) -> MainWindow:
        window = MainWindow(self.store, self.settings, self.language,
                            checklist_language=words.checklist_language(self.language),
                            version=version.VERSION)
        window.language_requested.connect(self.switch_language)
        report_menu.install(window, words.checklist_language(self.language))
        campaign_menu.install(window)
        review_menu.install(window, words.checklist_language(self.language))
        property_menu.install(window, words.checklist_language(self.language))
        helpers_menu.install(window)
        ledger_menu.install(window)
        manual_menu.install(window)
        sync_menu.install(window)
        privacy_menu.install(window, self.lock)
        return window

    def switch_language(self, language: str) -> MainWindow:
        """Save, rebuild the window in ``language`` and reopen the inspections being edited."""
        old = self.window
        if not old.close_editors():
            return old
        reopen = [editor.inspection.id for editor in old.editors()]
        self.settings.language = language
        self.language = i18n.install(self.app, language or None)
        self.window = self._build_window()
        for ident in reopen:
            self.window.open_inspection(ident)
        self.window.setGeometry(old.geometry())
        if old.isVisible():
            self.window.show()
        old.hide()
        old.deleteLater()
        return self.window


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    app = _application()
    user = app_settings.UserSettings()
    language = i18n.install(app, args.language or user.language or None)
    path = args.db or user.store_path
    handler = crash.CrashHandler(path, interactive=not args.exit_after_start)
    handler.install()
    try:
        code = _start(app, user, path, language, handler)
    except Exception as error:  # noqa: BLE001 - start-up and shutdown crash like the run
        handler.handle(error)
        return crash_report.EXIT_BUG
    finally:
        handler.uninstall()
    return crash_report.EXIT_BUG if handler.quit_chosen else code


def _application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("XunCha")
    app.setApplicationVersion(version.VERSION)
    app.setWindowIcon(QIcon(str(ICON)))
    return app


def _start(app: QApplication, user: app_settings.UserSettings, path: Path, language: str,
           handler: crash.CrashHandler) -> int:
    """Steps 5 to 11: the store, then the window and the run."""
    check_fonts(user)
    try:
        lock = store_lock.acquire_lock(path)
        if lock is None:
            startup.store_in_use(str(path))
            return EXIT_IN_USE
        store = unlock.open_store(path, os.environ.get(PASSPHRASE),
                                  interactive=handler.interactive)
        if store is None:  # the passphrase was not given
            lock.unlock()
            return EXIT_STORE
    except StoreError as error:
        startup.store_failed(error)
        return EXIT_STORE
    try:  # from here a crash, too, closes the store and releases the lock
        checklists.install_builtins(store)
        manual_source.install_builtin(store)
        photos.sweep(store)  # what a killed import copied in and never recorded
        access_log.record(store, "open", "xuncha")
        return _run(app, store, app_settings.Settings(store, user), language, handler)
    except StoreError as error:
        startup.store_failed(error)
        return EXIT_STORE
    finally:
        store.close()
        lock.unlock()


def _run(app: QApplication, store: db.Store, settings: app_settings.Settings,
         language: str, handler: crash.CrashHandler) -> int:
    interactive = handler.interactive
    if interactive and settings.needs_first_start():
        from ui.officer.settings_dialog import FirstStartDialog  # noqa: PLC0415 - once

        FirstStartDialog(settings).exec()
    station = Workstation(app, store, settings, language)
    station.window.show()
    if not _protected(interactive):
        return EXIT_UNPROTECTED
    if interactive:
        QTimer.singleShot(0, station.window.offer_drafts)  # after the window has painted
    else:
        QTimer.singleShot(0, station.window.close)
    if handler.quit_chosen:  # a crash before the run (in the first-start dialog, say)
        return crash_report.EXIT_BUG
    code = int(app.exec())
    station.lock.stop()
    QThreadPool.globalInstance().waitForDone()  # photos still being copied finish first
    return code


def _protected(interactive: bool) -> bool:
    """Whether spreadsheets are read through defusedxml; warn (or fail a check) if not."""
    if protection.active():
        return True
    if not interactive:  # a packaging check: an unprotected build must fail it
        print("XunCha: spreadsheets would be read without defusedxml", file=sys.stderr)
        return False
    startup.xml_unprotected()
    return True


if __name__ == "__main__":
    sys.exit(main())
