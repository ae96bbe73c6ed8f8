"""Screenshots of the officer's workstation on a demo store, in Chinese and in English.

    xvfb-run -a python tools/screenshots.py [--out docs/screenshots] [--db demo.db]

Builds a demo store in a temporary folder (or copies ``--db``), opens the real windows
and saves PNGs of the main views: compounds, inspections, findings, the campaign, its
helpers, the manual and the problem ledger, a compound's page,
an inspection being filled in, the finding dialog and the re-inspection dialog. Without
a display it falls back to Qt's offscreen platform.
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

from PySide6.QtWidgets import QApplication, QWidget

from desktop import app as workstation
from desktop import i18n
from desktop import settings as app_settings
from storage import demo
from storage.forms import checklists
from storage.inspection import inspections
from storage.store import db
from ui.campaign.menu import CampaignMenu
from ui.helpers.menu import HelpersMenu
from ui.ledger.menu import LedgerMenu
from ui.manual.menu import ManualMenu
from ui.officer.inspection_editor import InspectionEditor


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
    dialog = editor.raise_finding_for("fire_lane_clear")
    dialog.party.setText("临沂恒信物业")
    shots.append(save(dialog, app, out / f"{tag}_finding.png"))
    dialog.reject()
    reinspection = window.reinspect(compound_id)
    shots.append(save(reinspection, app, out / f"{tag}_reinspection.png"))
    reinspection.reject()
    window.close()
    return shots


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
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
