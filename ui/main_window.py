"""The officer's main window: lists in fixed tabs, compounds and inspections in closable tabs.

Menus: File, Inspection, Findings, Sync, Reports, Campaign, Help. The Sync, Reports and
Campaign menus stay hidden until something is added with :meth:`MainWindow.add_action`
(``window.add_action("reports", window.tr("Meeting brief…"), open_brief_dialog)``), so
other parts of XunCha plug their dialogs in with one line each.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QTabWidget, QWidget

from storage.inspection import compounds, findings, inspections
from storage.store import db
from storage.store.db import Store
from ui import errors
from ui.lists.compound_page import CompoundPage
from ui.lists.views import CompoundsView, FindingsView, InspectionsView
from ui.officer.drafts_dialog import DraftsDialog
from ui.officer.finding_dialog import FindingDialog
from ui.officer.inspection_editor import InspectionEditor
from ui.officer.new_inspection import NewInspectionDialog
from ui.officer.reinspection_dialog import ReinspectionDialog
from ui.officer.settings_dialog import Preferences, SettingsDialog

MENUS = ("file", "inspection", "findings", "sync", "reports", "campaign", "help")


def _deleted(store: Store, inspection: inspections.Inspection) -> bool:
    inspections.delete(store, inspection)
    return True


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
        # The app passes desktop.i18n.checklist_language(language); ui cannot import it.
        self.form_language = checklist_language or (
            "en" if language.startswith("en") else "zh")
        self.today = today
        self.setWindowTitle(self.tr("XunCha — inspections of residential compounds"))
        self.tabs = QTabWidget(self)
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self._stale: set[QWidget] = set()
        self.compounds_view = CompoundsView(store, self)
        self.inspections_view = InspectionsView(store, self.form_language, self)
        self.findings_view = FindingsView(store, self, today=today)
        self.compounds_view.open_compound.connect(self.open_compound)
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
        self.add_action("inspection", self.tr("&Finalise…"), self.finalise_current)
        self.add_action("inspection", self.tr("&Delete draft…"), self.delete_current_draft)
        self.menus["inspection"].addSeparator()
        self.add_action("inspection", self.tr("&Find…"), self.focus_search, "Ctrl+F")
        self.add_action("inspection", self.tr("Unfinished &drafts…"), self.offer_drafts)
        self.add_action("inspection", self.tr("All &inspections"), self.show_inspections)

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
        return [w for w in self._tab_widgets() if isinstance(w, InspectionEditor)]

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
        if isinstance(widget, CompoundPage | InspectionEditor):
            return widget.compound.id
        return ""

    def current_editor(self) -> InspectionEditor | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, InspectionEditor) else None

    def close_tab(self, number: int) -> bool:
        widget = self.tabs.widget(number)
        if widget is None or widget in (self.compounds_view, self.inspections_view,
                                        self.findings_view):
            return False
        if isinstance(widget, InspectionEditor) and not widget.close_editor():
            return False
        self.tabs.removeTab(number)
        widget.deleteLater()
        return True

    def close_current_tab(self) -> None:
        self.close_tab(self.tabs.currentIndex())

    def open_compound(self, compound_id: str) -> CompoundPage:
        for widget in self._tab_widgets():
            if isinstance(widget, CompoundPage) and widget.compound.id == compound_id:
                self.tabs.setCurrentWidget(widget)
                return widget
        page = CompoundPage(self.store, compound_id, self.form_language, self, today=self.today)
        page.new_inspection.connect(self.new_inspection)
        page.reinspect.connect(self.reinspect)
        page.open_inspection.connect(self.open_inspection)
        page.open_finding.connect(self.open_finding)
        self.tabs.setCurrentIndex(self.tabs.addTab(page, page.compound.name))
        self.compound_opened.emit(page)
        return page

    def open_inspection(self, inspection_id: str) -> InspectionEditor:
        for editor in self.editors():
            if editor.inspection.id == inspection_id:
                self.tabs.setCurrentWidget(editor)
                return editor
        editor = InspectionEditor(self.store, inspection_id, self.form_language, self,
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
        self._stale = {self.inspections_view, self.findings_view, *(
            w for w in self._tab_widgets() if isinstance(w, CompoundPage))}
        self._on_tab_changed(self.tabs.currentIndex())

    def _on_tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget not in self._stale:
            return
        self._stale.discard(widget)
        if isinstance(widget, CompoundPage):
            widget.refresh()
        elif isinstance(widget, InspectionsView | FindingsView):
            widget.model.refresh()

    # -- commands ------------------------------------------------------------------------------

    def new_inspection(self, compound_id: str = "") -> InspectionEditor | None:
        current = self.tabs.currentWidget()
        if not compound_id and isinstance(current, CompoundPage):
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

    def focus_search(self) -> None:
        widget = self.tabs.currentWidget()
        if not hasattr(widget, "focus_search"):
            self.tabs.setCurrentWidget(self.compounds_view)
            widget = self.compounds_view
        widget.focus_search()

    def open_finding(self, finding_id: str) -> None:
        finding = findings.get(self.store, finding_id)
        name = compounds.get(self.store, finding.compound_id).name
        dialog = FindingDialog(self.store, finding, compound_name=name, parent=self,
                               today=self.today)
        if dialog.exec():
            self.refresh_lists()

    def reinspect_current(self) -> None:
        compound_id = self.current_compound_id()
        if compound_id:
            self.reinspect(compound_id)
        else:
            errors.warn(self, self.tr("Open a compound first, then re-inspect its findings."))

    def reinspect(self, compound_id: str) -> ReinspectionDialog:
        dialog = ReinspectionDialog(self.store, compounds.get(self.store, compound_id),
                                    officer=self.settings.officer, parent=self,
                                    today=self.today)
        dialog.accepted.connect(self.refresh_lists)
        dialog.open()
        return dialog

    def offer_drafts(self) -> list[InspectionEditor]:
        """Offer the drafts left open for resuming; returns the editors opened."""
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
