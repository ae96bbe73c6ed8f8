"""Renders a sample of every printout from a demo store, and PNG pages to look at.

    python tools/render_samples.py [OUT_DIR] [--language zh_CN|en] [--png]

Builds a demo store in OUT_DIR (unless one is there), writes inspection.pdf,
notice.pdf, brief.pdf, street.pdf, compound.pdf and ledger.pdf, and with --png runs
``pdftoppm -png -r 60`` on each so the pages can be looked at.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication

from desktop import i18n, words
from exports.reports import brief, inspection, notice, queries, street
from exports.reports import compound as report_compound
from exports.reports import ledger as report_ledger
from exports.reports.pdf.common import Setup
from storage import clock, demo
from storage.forms import checklists
from storage.ledger.entries import Filter
from storage.store import db
from ui.messages import reports as report_messages


def _store(folder: Path) -> db.Store:
    path = folder / "demo.db"
    store = db.open_store(path)
    checklists.install_builtins(store)
    if not store.db["compounds"].count:
        demo.build(store)
    return store


def _busiest(store: db.Store, column: str) -> str:
    return str(
        store.db.execute(
            f"SELECT c.{column} FROM findings f JOIN compounds c ON c.id = f.compound_id"
            " WHERE f.state IN ('open', 'in_progress') GROUP BY 1 ORDER BY count(*) DESC"
        ).fetchone()[0]
    )


def render_all(store: db.Store, folder: Path, setup: Setup) -> dict[str, int]:
    """Write one sample of each document into ``folder``; return the pages of each."""
    inspections = [
        r[0]
        for r in store.db.execute(
            "SELECT i.id FROM inspections i WHERE status = 'final' AND EXISTS (SELECT 1 FROM"
            " attachments a WHERE a.owner_id = i.id) ORDER BY score LIMIT 2"
        )
    ]
    compound = _busiest(store, "id")
    today = clock.today_local()
    quarter = queries.quarter(f"{today.year}-Q{(today.month - 1) // 3 + 1}")
    return {
        "inspection": inspection.render(
            store, inspections, folder / "inspection.pdf", setup
        ),
        "notice": notice.render(
            store,
            notice.groups_for_compound(store, compound)[:2],
            folder / "notice.pdf",
            setup,
            office="临沂市兰山区综合行政执法局",
        ),
        "brief": brief.render(
            store,
            queries.Period(today - dt.timedelta(days=90), today),
            folder / "brief.pdf",
            setup,
        ),
        "street": street.render(
            store, _busiest(store, "street"), quarter, folder / "street.pdf", setup
        ),
        "compound": report_compound.render(store, compound, folder / "compound.pdf", setup),
        "ledger": report_ledger.render(store, Filter(street=_busiest(store, "street")),
                                       folder / "ledger.pdf", setup),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=Path("samples"))
    parser.add_argument("--language", choices=words.LANGUAGES, default="zh_CN")
    parser.add_argument("--png", action="store_true", help="also write PNG pages")
    args = parser.parse_args()
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    i18n.install(app, args.language)
    args.folder.mkdir(parents=True, exist_ok=True)
    setup = Setup(
        translate=QCoreApplication.translate, language=words.checklist_language(args.language)
    )
    pages = render_all(_store(args.folder), args.folder, setup)
    for name, count in pages.items():
        print(f"{name}.pdf: {count} pages")
        if args.png and shutil.which("pdftoppm"):
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    "60",
                    str(args.folder / f"{name}.pdf"),
                    str(args.folder / name),
                ],
                check=True,
            )
    for warning in setup.warnings:
        print(f"warning: {report_messages.warning(warning)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
