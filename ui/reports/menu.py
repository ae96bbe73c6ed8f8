"""The Reports menu of the main window: each printout where it belongs, as PDF or on paper."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from exports.reports import street as report_street
from storage.inspection import compounds
from ui.main_window import MainWindow
from ui.reports import actions as report_actions
from ui.reports.actions import ReportActions


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def install(window: MainWindow, language: str) -> ReportActions:
    """Add the printouts to ``window``'s Reports menu (``language``: 'zh' or 'en')."""
    actions = ReportActions(window, window.store.path, language=language, store=window.store)

    def current(kind: str) -> str:
        ident = (window.current_inspection_id() if kind == "inspection"
                 else window.current_compound_id())
        if not ident:
            actions.tell(tr("Open an inspection first.") if kind == "inspection"
                         else tr("Open a compound (or one of its inspections) first."))
        return ident

    def record(printed: bool) -> None:
        if ident := current("inspection"):
            job = report_actions.inspection_job([ident])
            if printed:
                actions.print_pdf(job, tr("Inspection record"))
            else:
                actions.open_pdf(job, tr("Inspection record"), _number(window, ident))

    def notices() -> None:
        if ident := current("compound"):
            if report_actions.confirm_notices(window, ident):
                actions.open_pdf(report_actions.notice_job(compound_id=ident),
                                 tr("Rectification notices"), _compound_name(window, ident))

    def compound_file() -> None:
        if ident := current("compound"):
            actions.open_pdf(report_actions.compound_job(ident), tr("Compound file"),
                             _compound_name(window, ident))

    def brief() -> None:
        if period := report_actions.PeriodDialog.ask(window):
            actions.open_pdf(report_actions.brief_job(period), tr("Meeting brief"),
                             f"{period.start}-{period.end}")

    def street() -> None:
        chosen = report_actions.StreetQuarterDialog.ask(report_street.streets(window.store),
                                                        window)
        if chosen:
            name, period = chosen
            quarter = f"{period.start:%Y}-Q{(period.start.month - 1) // 3 + 1}"
            actions.open_pdf(report_actions.street_job(*chosen), tr("Street quarterly report"),
                             f"{name}-{quarter}")

    window.add_action("reports", tr("Inspection &record (PDF)"), lambda: record(False), "Ctrl+P")
    window.add_action("reports", tr("&Print inspection record…"), lambda: record(True),
                      "Ctrl+Shift+P")
    window.add_action("reports", tr("Rectification &notices of the compound"), notices)
    window.add_action("reports", tr("&Compound file"), compound_file)
    window.menus["reports"].addSeparator()
    window.add_action("reports", tr("Meeting &brief…"), brief)
    window.add_action("reports", tr("&Street quarterly report…"), street)
    return actions


def _number(window: MainWindow, inspection_id: str) -> str:
    row = window.store.db.execute("SELECT number FROM inspections WHERE id = ?",
                                  [inspection_id]).fetchone()
    return str(row[0]) if row else ""


def _compound_name(window: MainWindow, compound_id: str) -> str:
    return compounds.get(window.store, compound_id).name
