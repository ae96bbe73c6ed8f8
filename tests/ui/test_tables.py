"""The one way lists are shown: models over SQL read a page at a time, computed rows in chunks."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from storage.store.db import Store
from ui import tables


def _imports(store: Store, count: int) -> None:
    with store.atomic():
        for n in range(count):
            store.db.execute(
                "INSERT INTO sync_imports (file_name, file_path, sha256, imported_at, counts,"
                " history_seq) VALUES (?, '', '', ?, '{}', 0)", [f"f{n}.xlsx", f"{n:04d}"])


def test_rows_are_fetched_a_page_at_a_time(qtmodeltester: ModelTester, store: Store) -> None:
    """A query without a rowid key (its rows read by the key query) pages like the rest."""
    _imports(store, 2 * tables.PAGE + 50)
    query = tables.Query(source="sync_imports", key="imported_at, file_name",
                         order="imported_at")
    model = tables.QueryModel(store, query, ["when", "file"], list)
    assert model.rowCount() == tables.PAGE and model.canFetchMore(QModelIndex())
    assert model.total == 2 * tables.PAGE + 50
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * tables.PAGE + 50
    assert model.index(2 * tables.PAGE + 49, 1).data() == f"f{2 * tables.PAGE + 49}.xlsx"
    assert model.raw(3) == ("0003", "f3.xlsx")


def test_render_runs_once_per_row_read(qtbot: QtBot, store: Store) -> None:
    """Rendering may look things up: it runs when a page is read, not at every paint."""
    _imports(store, 5)
    seen: list[str] = []

    def render(row: tuple[str, ...]) -> list[str]:
        seen.append(row[1])
        return [row[0], row[1].upper()]

    query = tables.Query(source="sync_imports", key="imported_at, file_name", order="id")
    model = tables.QueryModel(store, query, ["when", "file"], render)
    view = tables.table(model)
    qtbot.addWidget(view)
    for _ in range(3):
        assert [model.index(n, 1).data() for n in range(5)] == [f"F{n}.XLSX" for n in range(5)]
    assert sorted(seen) == [f"f{n}.xlsx" for n in range(5)]
