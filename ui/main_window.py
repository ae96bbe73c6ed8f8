"""The officer's main window: lists in fixed tabs, compounds and inspections in closable tabs.

Menus: File, Inspection, Findings, Sync, Reports, Campaign, Help. The Sync, Reports and
Campaign menus stay hidden until something is added with :meth:`MainWindow.add_action`
(``window.add_action("reports", window.tr("Meeting brief…"), open_brief_dialog)``), so
other parts of XunCha plug their dialogs in with one line each. A tab opened from a
menu and kept for reopening goes through :meth:`MainWindow.show_tab`, which makes it
again once it was closed. Commands that other parts provide and the window offers
elsewhere (the first-run guidance) are registered in :attr:`MainWindow.commands`.

Dialogs, the compound page and the editor are imported when first opened, so the window
shows its first page without loading what it does not show yet.
"""

from __future__ import annotations

import datetime as dt
import html
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeGuard

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QTabWidget, QWidget

from storage.inspection import compounds, findings, inspections
from storage.store import db
from storage.store.db import Store
from ui import errors
from ui.lists.views import CompoundsView, FindingsView, InspectionsView

if TYPE_CHECKING:
    from ui.lists.compound_page import CompoundPage
    from ui.officer.inspection_editor import InspectionEditor
    from ui.officer.reinspection_dialog import ReinspectionDialog
    from ui.officer.settings_dialog import Preferences

MENUS = ("file", "inspection", "findings", "sync", "reports", "campaign", "help")
# What the first-run guidance offers, by the command that provides it.
IMPORT_PACKAGE, IMPORT_REGISTER = "import_package", "import_register"


def _deleted(store: Store, inspection: inspections.Inspection) -> bool:
    inspections.delete(store, inspection)
    return True


def _compound_page() -> type[CompoundPage]:
    from ui.lists.compound_page import CompoundPage  # noqa: PLC0415 - opened on demand

    return CompoundPage


def _editor() -> type[InspectionEditor]:
    from ui.officer.inspection_editor import InspectionEditor  # noqa: PLC0415

    return InspectionEditor


def _is_page(widget: object) -> TypeGuard[CompoundPage]:
    """A compound page? (None exists before its module is first imported.)"""
    module = sys.modules.get("ui.lists.compound_page")
    return module is not None and isinstance(widget, module.CompoundPage)


def _is_editor(widget: object) -> TypeGuard[InspectionEditor]:
    """An inspection editor? (None exists before its module is first imported.)"""
    module = sys.modules.get("ui.officer.inspection_editor")
    return module is not None and isinstance(widget, module.InspectionEditor)


class MainWindow(QMainWindow):
    """Everything an officer does in a day, one window per store."""

    language_requested = Signal(str)  # the app rebuilds the window in that language
    compound_opened = Signal(object)  # a CompoundPage, for others to add to (campaign state)

    def __init__(self, store: Store, settings: Preferences, language: str = "zh_CN",
                 parent: QWidget | None = None, *, today: dt.date | None = None,
                 checklist_language: str = "", version: str = "") -> None:
        super().__init__(parent)
        self.store = store
        self.version = version  # the app's, for the About box (ui cannot import desktop)
        self.settings = settings
        self.language = language
        # The app passes desktop.words.checklist_language(language); ui cannot import it.
        self.form_language = checklist_language or (
            "en" if language.startswith("en") else "zh")
        self.today = today
        self.setWindowTitle(self.tr("XunCha — inspections of residential compounds"))
        self.tabs = QTabWidget(self)
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self._stale: set[QWidget] = set()
        self._kept: dict[str, QWidget] = {}
        self.commands: dict[str, Callable[[], Any]] = {}
        self.compounds_view = CompoundsView(store, self)
        self.inspections_view = InspectionsView(store, self.form_language, self)
        self.findings_view = FindingsView(store, self, today=today, language=self.form_language)
        self.compounds_view.open_compound.connect(self.open_compound)
        self.compounds_view.guidance.chosen.connect(self._on_guidance)
        self.inspections_view.open_inspection.connect(self.open_inspection)
        self.findings_view.open_finding.connect(self.open_finding)
        for view, text in ((self.compounds_view, self.tr("Compounds")),
                           (self.inspections_view, self.tr("Inspections")),
                           (self.findings_view, self.tr("Findings"))):
            self.tabs.addTab(view, text)
            self.tabs.tabBar().setTabButton(self.tabs.count() - 1,
                                            self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.setCentralWidget(self.tabs)
        self.menus: dict[str, QMenu] = {}
        self._build_menus()
        self._show_identity()
        self.resize(1280, 800)

    # -- menus ------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        titles = {"file": self.tr("&File"), "inspection": self.tr("&Inspection"),
                  "findings": self.tr("Fin&dings"), "sync": self.tr("S&ync"),
                  "reports": self.tr("&Reports"), "campaign": self.tr("&Campaign"),
                  "help": self.tr("&Help")}
        for key in MENUS:
            self.menus[key] = self.menuBar().addMenu(titles[key])
        self._file_menu()
        self._inspection_menu()
        self._findings_menu()
        self.add_action("help", self.tr("&Keyboard shortcuts"), self.show_shortcuts)
        self.add_action("help", self.tr("&About XunCha"), self.show_about)
        for key in ("sync", "reports", "campaign"):
            self.menus[key].menuAction().setVisible(False)

    def add_action(self, menu: str, text: str, slot: Callable[[], Any],
                   shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
                   ) -> QAction:
        """Add a command to one of the menus (and show that menu if it was hidden)."""
        action = QAction(text, self)
        if shortcut:
            action.setShortcuts([QKeySequence(shortcut)])
        action.triggered.connect(lambda _checked=False: slot())
        self.menus[menu].addAction(action)
        self.menus[menu].menuAction().setVisible(True)
        return action

    def _file_menu(self) -> None:
        self.add_action("file", self.tr("&Settings…"), self.open_settings)
        language = self.menus["file"].addMenu(self.tr("&Language"))
        for text, code in (("简体中文", "zh_CN"), ("English", "en")):
            action = language.addAction(text)
            action.setCheckable(True)
            action.setChecked(self.language == code)
            action.triggered.connect(lambda _c=False, c=code: self.language_requested.emit(c))
        self.add_action("file", self.tr("&Close tab"), self.close_current_tab, "Ctrl+W")
        self.menus["file"].addSeparator()
        self.add_action("file", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

    def _inspection_menu(self) -> None:
        self.add_action("inspection", self.tr("&New inspection…"), self.new_inspection,
                        "Ctrl+N")
        self.add_action("inspection", self.tr("&Save"), self.save_current, "Ctrl+S")
        next_action = self.add_action("inspection", self.tr("Next &unanswered item"),
                                      self.next_unanswered, "F3")
        next_action.setShortcuts([QKeySequence("F3"), QKeySequence("Ctrl+J")])
        self.add_action("inspection", self.tr("Attach a &photo to the item…"),
                        self.attach_photo, "Ctrl+Shift+A")
        self.add_action("inspection", self.tr("Fin&alise…"), self.finalise_current)
        self.add_action("inspection", self.tr("De&lete draft…"), self.delete_current_draft)
        self.menus["inspection"].addSeparator()
        self.add_action("inspection", self.tr("&Find…"), self.focus_search, "Ctrl+F")
        self.add_action("inspection", self.tr("Unfinished &drafts…"), self.offer_drafts)
        self.add_action("inspection", self.tr("All &inspections"), self.show_inspections)
        self.add_action("inspection", self.tr("New c&ompound…"), self.add_compound)

    def _findings_menu(self) -> None:
        self.add_action("findings", self.tr("&All findings"), self.show_findings)
        self.add_action("findings", self.tr("&Re-inspect the current compound…"),
                        self.reinspect_current)

    def _show_identity(self) -> None:
        self.statusBar().showMessage(self.tr("Officer: {officer} · device: {device} · {path}")
                                     .format(officer=self.settings.officer or "—",
                                             device=self.settings.device_name or "—",
                                             path=self.store.path))

    # -- tabs -------------------------------------------------------------------------------

    def show_inspections(self) -> None:
        self.tabs.setCurrentWidget(self.inspections_view)

    def show_findings(self) -> None:
        self.tabs.setCurrentWidget(self.findings_view)

    def editors(self) -> list[InspectionEditor]:
        return [w for w in self._tab_widgets() if _is_editor(w)]

    def register_command(self, name: str, slot: Callable[[], Any]) -> None:
        """Provide a command the window offers elsewhere (IMPORT_PACKAGE, IMPORT_REGISTER)."""
        self.commands[name] = slot
        self.compounds_view.guidance.offer(name)

    def show_tab(self, key: str, title: str, make: Callable[[], QWidget]) -> QWidget:
        """Show the tab kept under ``key``, made by ``make`` the first time and after closing."""
        widget = self.kept_tab(key)
        if widget is None:
            widget = make()
            self._kept[key] = widget
            self.tabs.addTab(widget, title)
        self.tabs.setCurrentWidget(widget)
        return widget

    def kept_tab(self, key: str) -> QWidget | None:
        """The tab kept under ``key`` while it is open, else None."""
        return self._kept.get(key)

    def _tab_widgets(self) -> list[QWidget]:
        return [widget for n in range(self.tabs.count())
                if (widget := self.tabs.widget(n)) is not None]

    def current_inspection_id(self) -> str:
        """The inspection in the current tab, '' if none (for printing its record)."""
        editor = self.current_editor()
        return editor.inspection.id if editor is not None else ""

    def current_compound_id(self) -> str:
        """The compound of the current tab (a compound page or an inspection), else ''."""
        widget = self.tabs.currentWidget()
        if _is_page(widget) or _is_editor(widget):
            return widget.compound.id
        return ""

    def current_editor(self) -> InspectionEditor | None:
        widget = self.tabs.currentWidget()
        return widget if _is_editor(widget) else None

    def close_tab(self, number: int) -> bool:
        widget = self.tabs.widget(number)
        if widget is None or widget in (self.compounds_view, self.inspections_view,
                                        self.findings_view):
            return False
        if _is_editor(widget) and not widget.close_editor():
            return False
        self.tabs.removeTab(number)
        self._stale.discard(widget)
        # A kept tab is forgotten before it is deleted, so it is made again, never reused.
        self._kept = {key: kept for key, kept in self._kept.items() if kept is not widget}
        widget.deleteLater()
        return True

    def close_current_tab(self) -> None:
        self.close_tab(self.tabs.currentIndex())

    def open_compound(self, compound_id: str) -> CompoundPage:
        page_type = _compound_page()
        for widget in self._tab_widgets():
            if isinstance(widget, page_type) and widget.compound.id == compound_id:
                self.tabs.setCurrentWidget(widget)
                return widget
        page = page_type(self.store, compound_id, self.form_language, self, today=self.today)
        page.new_inspection.connect(self.new_inspection)
        page.reinspect.connect(self.reinspect)
        page.open_inspection.connect(self.open_inspection)
        page.open_finding.connect(self.open_finding)
        page.open_reinspection.connect(self.open_reinspection)
        self.tabs.setCurrentIndex(self.tabs.addTab(page, page.compound.name))
        self.compound_opened.emit(page)
        return page

    def open_inspection(self, inspection_id: str) -> InspectionEditor:
        for editor in self.editors():
            if editor.inspection.id == inspection_id:
                self.tabs.setCurrentWidget(editor)
                return editor
        editor = _editor()(self.store, inspection_id, self.form_language, self,
                           today=self.today,
                           default_department=self.settings.default_department)
        editor.saved.connect(self.refresh_lists)
        editor.finding_raised.connect(self.refresh_lists)
        index = self.tabs.addTab(editor, f"{editor.compound.name} {editor.inspection.number[-6:]}")
        self.tabs.setTabToolTip(index, editor.title())
        self.tabs.setCurrentIndex(index)
        return editor

    def refresh_lists(self, *_changed: Any) -> None:
        """Re-read the lists after the store changed (an edit here, or an import).

        Autosave writes every few seconds while the officer types: the lists are only
        marked stale and re-read when their tab is shown, never behind the form.
        """
        self._stale = {self.compounds_view, self.inspections_view, self.findings_view, *(
            w for w in self._tab_widgets() if _is_page(w))}
        self._on_tab_changed(self.tabs.currentIndex())

    def _on_tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget not in self._stale:
            return
        self._stale.discard(widget)
        if _is_page(widget):
            widget.refresh()
        elif isinstance(widget, CompoundsView | InspectionsView | FindingsView):
            widget.model.refresh()

    # -- commands ------------------------------------------------------------------------------

    def new_inspection(self, compound_id: str = "") -> InspectionEditor | None:
        from ui.officer.new_inspection import NewInspectionDialog  # noqa: PLC0415

        current = self.tabs.currentWidget()
        if not compound_id and _is_page(current):
            compound_id = current.compound.id
        dialog = NewInspectionDialog(self.store, self.form_language, compound_id, self)
        if not dialog.exec():
            return None
        return self.start_inspection(dialog.compound_id(), dialog.checklist_version_id(),
                                     dialog.place.text().strip())

    def start_inspection(self, compound_id: str, checklist_version_id: str,
                         place: str = "") -> InspectionEditor | None:
        started = errors.attempt(self, lambda: inspections.start(
            self.store, compound_id, checklist_version_id, officer=self.settings.officer,
            place=place))
        if started is None:
            return None
        self.refresh_lists()
        return self.open_inspection(started.id)

    def save_current(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            editor.save()

    def finalise_current(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            editor.finalise()

    def delete_current_draft(self) -> bool:
        """Delete the draft being edited (a wrong compound or checklist), after asking."""
        editor = self.current_editor()
        if editor is None or editor.inspection.status != "draft":
            return False
        answer = QMessageBox.question(self, self.tr("Delete draft"), self.tr(
            "Delete the draft {number}? Its answers are lost; the deletion travels with "
            "the next sync.").format(number=editor.inspection.number))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        editor.timer.stop()
        if errors.attempt(self, lambda: _deleted(self.store, editor.inspection)) is None:
            return False
        editor.dirty = False
        self.close_tab(self.tabs.indexOf(editor))
        self.refresh_lists()
        return True

    def next_unanswered(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            editor.form.focus_next_unanswered()

    def attach_photo(self) -> None:
        """Ctrl+Shift+A: a photo for the item being answered, whatever its type."""
        editor = self.current_editor()
        if editor is None or not editor.form.add_photo_to_focused():
            self.statusBar().showMessage(
                self.tr("Put the cursor on an item of an open inspection first."), 5000)

    def focus_search(self) -> None:
        widget = self.tabs.currentWidget()
        if not hasattr(widget, "focus_search"):
            self.tabs.setCurrentWidget(self.compounds_view)
            widget = self.compounds_view
        widget.focus_search()

    def open_finding(self, finding_id: str) -> None:
        from ui.officer.finding_dialog import FindingDialog  # noqa: PLC0415

        finding = findings.get(self.store, finding_id)
        name = compounds.get(self.store, finding.compound_id).name
        dialog = FindingDialog(self.store, finding, compound_name=name, parent=self,
                               today=self.today, language=self.form_language)
        dialog.open_reinspection.connect(self.open_reinspection)
        dialog.accepted.connect(self.refresh_lists)
        dialog.open()

    def open_reinspection(self, reinspection_id: str) -> QWidget:
        """Show a re-inspection record (read-only); returned for tests."""
        from ui.officer.reinspection_view import ReinspectionView  # noqa: PLC0415

        view = ReinspectionView(self.store, reinspection_id, self.form_language, self)
        view.open()
        return view

    def add_compound(self) -> QWidget:
        """Add a compound by hand (a store without any, or one new on site)."""
        from ui.officer.compound_dialog import CompoundDialog  # noqa: PLC0415

        dialog = CompoundDialog(self.store, self)
        dialog.accepted.connect(self.refresh_lists)
        dialog.open()
        return dialog

    def _on_guidance(self, command: str) -> None:
        if command == "add":
            self.add_compound()
        elif command in self.commands:
            self.commands[command]()

    def reinspect_current(self) -> None:
        compound_id = self.current_compound_id()
        if compound_id:
            self.reinspect(compound_id)
        else:
            errors.warn(self, self.tr("Open a compound first, then re-inspect its findings."))

    def reinspect(self, compound_id: str) -> ReinspectionDialog:
        from ui.officer.reinspection_dialog import ReinspectionDialog  # noqa: PLC0415

        dialog = ReinspectionDialog(self.store, compounds.get(self.store, compound_id),
                                    officer=self.settings.officer, parent=self,
                                    today=self.today, language=self.form_language)
        dialog.accepted.connect(self.refresh_lists)
        dialog.open()
        return dialog

    def offer_drafts(self) -> list[InspectionEditor]:
        """Offer the drafts left open for resuming; returns the editors opened."""
        from ui.officer.drafts_dialog import DraftsDialog  # noqa: PLC0415

        # Only this laptop's drafts: others' arrive by sync and are theirs to finish.
        open_ids = {editor.inspection.id for editor in self.editors()}
        drafts = [inspections.get(self.store, ident) for (ident,) in self.store.db.execute(
            "SELECT id FROM inspections WHERE status = 'draft' AND deleted = 0"
            " AND device_id = ? ORDER BY updated_at DESC", [self.store.device_id])
            if ident not in open_ids]
        if not drafts:
            return []
        dialog = DraftsDialog(self.store, drafts, self.form_language, self)
        if not dialog.exec():
            return []
        return [self.open_inspection(ident) for ident in dialog.chosen()]

    def open_settings(self) -> None:
        from ui.officer.settings_dialog import SettingsDialog  # noqa: PLC0415

        before = self.settings.language
        if SettingsDialog(self.settings, self).exec():
            self._show_identity()
            if self.settings.language != before:
                self.language_requested.emit(self.settings.language)

    def show_shortcuts(self) -> None:
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), self.tr(
            "Ctrl+N  new inspection\nCtrl+S  save\nCtrl+F  find\n"
            "F3 or Ctrl+J  next unanswered item\nTab / Shift+Tab  next / previous field\n"
            "Arrow keys  choose among answers\nDelete  clear the chosen answer\n"
            "Ctrl+Shift+A  attach a photo to the item\n"
            "Down or Enter in a search  go to the list\n"
            "Ctrl+W  close the tab\nEnter  open the selected row"))

    def about_text(self) -> str:
        return self.tr(
            "<p><b>XunCha (巡查) {version}</b></p><p>Offline inspections of residential "
            "compounds, findings and re-inspections, for urban enforcement officers.</p>"
            "<p>Store: {path}<br>Schema: {schema}<br>Device: {device}</p>").format(
            version=html.escape(self.version), path=html.escape(str(self.store.path)),
            schema=html.escape(db.schema_version(self.store.db)),
            device=html.escape(self.store.device_id))

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About XunCha"), self.about_text())

    # -- closing ---------------------------------------------------------------------------------

    def close_editors(self) -> bool:
        """Save every open draft; False if one refused to close."""
        return all(editor.close_editor() for editor in self.editors())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.close_editors():
            event.accept()
        else:
            event.ignore()
