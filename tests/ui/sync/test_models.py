"""The lazily fetched list model of the sync windows."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from storage.store.db import Store
from ui.sync.models import PAGE, SqlListModel


def test_rows_are_fetched_a_page_at_a_time(qtmodeltester, store: Store) -> None:  # type: ignore[no-untyped-def]
    with store.atomic():
        for n in range(2 * PAGE + 50):
            store.db.execute(
                "INSERT INTO sync_imports (file_name, file_path, sha256, imported_at, counts,"
                " history_seq) VALUES (?, '', '', ?, '{}', 0)", [f"f{n}.xlsx", f"{n:04d}"])
    model = SqlListModel(store, "SELECT imported_at, file_name FROM sync_imports"
                         " ORDER BY imported_at", ["when", "file"], list)
    model.reload()
    assert model.rowCount() == PAGE and model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE + 50
    assert model.index(2 * PAGE + 49, 1).data() == f"f{2 * PAGE + 49}.xlsx"
