"""Screenshots of the officer's workstation on a demo store, in Chinese and in English.

    xvfb-run -a python tools/screenshots.py [--out docs/screenshots] [--db demo.db]

Builds a demo store in a temporary folder (or copies ``--db``), opens the real windows
and saves PNGs of the main views: compounds, inspections, findings, the campaign, its
helpers, the manual and the problem ledger, a compound's page,
an inspection being filled in (with its question list), the summary before finalising,
the finding dialog, the party's signature, a photo being marked up, the re-inspection
dialog and record, an empty store's first-run guidance, the new-compound, settings and
export dialogs, and Qt's own file dialog and calendar (in the interface's language).
Without a display it falls back to Qt's offscreen platform.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Times show as on the officers' laptops in Linyi, whatever this machine's zone.
os.environ.setdefault("TZ", "Asia/Shanghai")
time.tzset()

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication, QCalendarWidget, QFileDialog, QWidget

from desktop import app as workstation
from desktop import i18n
from desktop import settings as app_settings
from storage import demo
from storage.forms import checklists
from storage.inspection import inspections
from storage.store import db
from ui.campaign.menu import CampaignMenu
from ui.form import annotate
from ui.helpers.menu import HelpersMenu
from ui.ledger.menu import LedgerMenu
from ui.main_window import MainWindow
from ui.manual.menu import ManualMenu
from ui.officer.compound_dialog import CompoundDialog
from ui.officer.inspection_editor import InspectionEditor
from ui.officer.settings_dialog import SettingsDialog
from ui.property.menu import PropertyMenu
from ui.reports.actions import StreetQuarterDialog
from ui.review.menu import ReviewMenu
from ui.sync.export_dialog import SyncExportDialog


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(widget: QWidget, app: QApplication, path: Path) -> Path:
    settle(app)
    widget.grab().save(str(path))
    print(path)
    return path


def _busiest_compound(store: db.Store) -> str:
    row = store.db.execute(
        "SELECT compound_id FROM findings WHERE state NOT IN ('closed', 'withdrawn')"
        " GROUP BY compound_id ORDER BY count(*) DESC LIMIT 1").fetchone()
    return str(row[0])


def _filled_draft(store: db.Store, compound_id: str) -> str:
    """A parking inspection half filled in, with one non-compliant answer."""
    form = checklists.find(store, "parking")
    assert form is not None
    draft = inspections.start(store, compound_id, form.id, officer="张伟", place="5号楼")
    draft.answers = {"fire_lane_clear": "issue", "blocking_types": ["car", "ebike"],
                     "blocking_count": 3, "fire_climbing_area": "ok"}
    inspections.save_draft(store, draft)
    return draft.id


def _then(action: Callable[[], None], widget: QWidget) -> QWidget:
    action()
    return widget


def shoot(app: QApplication, store: db.Store, language: str, out: Path) -> list[Path]:
    i18n.install(app, language)
    tag = "zh" if language == "zh_CN" else "en"
    prefs = app_settings.Settings.for_store(store)
    window = workstation.Workstation(app, store, prefs, language).window  # menus wired
    window.resize(1360, 820)
    window.show()
    shots: list[Path] = []
    steps: list[tuple[str, Callable[[], QWidget]]] = [
        ("compounds", lambda: window),
        ("inspections", lambda: _then(window.show_inspections, window)),
        ("findings", lambda: _then(window.show_findings, window)),
        ("campaign", lambda: _then(window.findChildren(CampaignMenu)[0].show_panel, window)),
        ("review", lambda: _then(window.findChildren(ReviewMenu)[0].show_panel, window)),
        ("property", lambda: _then(window.findChildren(PropertyMenu)[0].show_panel, window)),
        ("helpers", lambda: _then(window.findChildren(HelpersMenu)[0].show_panel, window)),
        ("manual", lambda: _then(lambda: window.findChildren(ManualMenu)[0].show_manual()
                                 .select("3.01"), window)),
        ("ledger", lambda: _then(lambda: window.findChildren(LedgerMenu)[0].show_ledger()
                                 .table.selectRow(0), window)),
    ]
    for name, step in steps:
        shots.append(save(step(), app, out / f"{tag}_{name}.png"))
    compound_id = _busiest_compound(store)
    window.open_compound(compound_id)
    shots.append(save(window, app, out / f"{tag}_compound.png"))
    editor: InspectionEditor = window.open_inspection(_filled_draft(store, compound_id))
    editor.form.focus_item("blocking_count")
    shots.append(save(window, app, out / f"{tag}_inspection.png"))
    summary = editor.finalise()
    assert summary is not None
    shots.append(save(summary, app, out / f"{tag}_summary.png"))
    summary.reject()
    shots += _finding_shots(app, editor, tag, out)
    reinspection = window.reinspect(compound_id)
    shots.append(save(reinspection, app, out / f"{tag}_reinspection.png"))
    reinspection.reject()
    shots.append(_record_shot(app, store, window, tag, out))
    shots += _dialog_shots(app, store, window, tag, out)
    window.close()
    return shots


def _finding_shots(app: QApplication, editor: InspectionEditor, tag: str,
                   out: Path) -> list[Path]:
    """The finding dialog, the party signing, and a photo of it being marked up."""
    dialog = editor.raise_finding_for("fire_lane_clear")
    assert dialog is not None
    dialog.party.setText("临沂恒信物业")
    shots = [save(dialog, app, out / f"{tag}_finding.png")]
    pad = dialog.ask_signature()
    pad.pad.strokes = [[QPointF(60 + x * 9, 150 - 60 * ((x // 6) % 2) + x % 6 * 8)
                        for x in range(50)], [QPointF(420, 90), QPointF(560, 170)]]
    pad.resize(680, 340)
    shots.append(save(pad, app, out / f"{tag}_signature.png"))
    pad.reject()
    photo = editor.store.db.execute("SELECT sha256 FROM photos LIMIT 1").fetchone()[0]
    marking = annotate.AnnotateDialog(editor.store, {"photo": photo, "item": "", "caption": ""})
    marking.add(annotate.Shape(annotate.ARROW, QPointF(150, 120), QPointF(520, 420)))
    marking.add(annotate.Shape(annotate.CIRCLE, QPointF(560, 380), QPointF(900, 640)))
    marking.add(annotate.Shape(annotate.TEXT, QPointF(120, 100), QPointF(120, 100),
                               "占用消防通道"))
    marking.show()
    shots.append(save(marking, app, out / f"{tag}_markup.png"))
    marking.reject()
    dialog.reject()
    return shots


def _record_shot(app: QApplication, store: db.Store, window: MainWindow, tag: str,
                 out: Path) -> Path:
    """The busiest re-inspection of the demo, as recorded."""
    (ident,) = store.db.execute(
        "SELECT id FROM reinspections ORDER BY json_array_length(outcomes) DESC LIMIT 1"
    ).fetchone()
    view = window.open_reinspection(ident)
    path = save(view, app, out / f"{tag}_reinspection_record.png")
    view.close()
    return path


def _dialog_shots(app: QApplication, store: db.Store, window: MainWindow, tag: str,
                  out: Path) -> list[Path]:
    """Small dialogs, and Qt's own file dialog and calendar in the interface's language."""
    shots = []
    dialogs: list[tuple[str, QWidget]] = [
        ("new_compound", CompoundDialog(store, window)),
        ("settings", SettingsDialog(window.settings, window)),
        ("export", SyncExportDialog(store, window)),
        ("street", StreetQuarterDialog(["兰山街道", "银雀山街道"], window)),
    ]
    files = QFileDialog(window, "", str(ROOT / "docs"))
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    files.resize(760, 460)
    dialogs.append(("file_dialog", files))
    dialogs.append(("calendar", QCalendarWidget()))
    for name, dialog in dialogs:
        dialog.show()
        shots.append(save(dialog, app, out / f"{tag}_{name}.png"))
        dialog.close()
    return shots


def shoot_first_run(app: QApplication, language: str, out: Path) -> Path:
    """An empty store: what to do first."""
    i18n.install(app, language)
    with tempfile.TemporaryDirectory() as folder:
        store = db.open_store(Path(folder) / "empty.db")
        checklists.install_builtins(store)
        prefs = app_settings.Settings.for_store(store)
        prefs.officer, prefs.device_name = "张伟", "城管执法一中队笔记本"
        window = workstation.Workstation(app, store, prefs, language).window
        window.resize(1100, 520)
        window.show()
        tag = "zh" if language == "zh_CN" else "en"
        path = save(window, app, out / f"{tag}_first_run.png")
        window.close()
        store.close()
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--db", type=Path, help="a demo store to copy (default: build one)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.db"
        if args.db:
            shutil.copy(args.db, path)
        store = db.open_store(path)
        checklists.install_builtins(store)
        if not args.db:
            demo.build(store)
        prefs = app_settings.Settings.for_store(store)
        prefs.officer, prefs.device_name = "张伟", "城管执法一中队笔记本"
        for language in ("zh_CN", "en"):
            shoot(app, store, language, args.out)
            shoot_first_run(app, language, args.out)
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
