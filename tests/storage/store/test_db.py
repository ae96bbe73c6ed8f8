"""The store: pragmas, migrations, refusal of foreign and newer files, environment errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlite_utils import Database

from storage.errors import StoreError, StoreProblem
from storage.forms import checklists
from storage.inspection import inspections
from storage.store import cipher, db, migrations, records, versioning


def test_new_store_has_pragmas_and_every_migration(store: db.Store) -> None:
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] == db.BUSY_TIMEOUT_MS
    assert db.schema_version(store.db) == migrations.names()[-1]


def test_rows_in_asks_for_every_value_however_many(store: db.Store) -> None:
    """More values than one statement may bind are asked for in parts: each row once."""
    store.db.execute("CREATE TABLE numbers (n INTEGER, half INTEGER)")
    store.db.conn.executemany("INSERT INTO numbers VALUES (?, ?)",
                              [(n, n // 2) for n in range(3 * db.IN_LIMIT)])
    wanted = [*range(0, 3 * db.IN_LIMIT, 2), *range(0, 3 * db.IN_LIMIT, 3), -1]
    found = list(db.rows_in(store, "SELECT n, half FROM numbers WHERE half >= ? AND n IN ({})",
                            wanted, [10]))
    assert sorted(found) == [(n, n // 2) for n in sorted(set(wanted)) if n // 2 >= 10]


@pytest.mark.parametrize("table", ["inspections", "reinspections", "findings", "problems"])
def test_numbers_are_found_by_index(store: db.Store, table: str) -> None:
    """An import asks for the numbers a file brings: without scanning every record."""
    plan = store.db.execute(f"EXPLAIN QUERY PLAN SELECT number, id FROM {table}"
                            " WHERE number IN (?, ?)", ["a", "b"]).fetchall()
    assert any(f"INDEX {table}_number" in row[-1] for row in plan), plan


def test_device_id_is_kept_across_opens(store_path: Path) -> None:
    first = db.open_store(store_path)
    first.close()
    second = db.open_store(store_path)
    assert second.device_id == first.device_id
    second.close()


def test_store_from_first_schema_migrates(store_path: Path) -> None:
    """A store left at 0001 (with a checklist in it) gains the later tables and their data."""
    store_path.parent.mkdir(parents=True)
    old = Database(cipher.connect(store_path))
    migrations.MIGRATIONS.apply(old, stop_before="0002_checklist_items")
    old["devices"].insert({"id": "d1", "is_self": 1, "first_seen": "2026-01-01T00:00:00Z"})
    checklist = checklists.builtin("parking")
    old["checklist_versions"].insert({
        "id": checklists.version_id(checklist), "form_id": checklist.form_id,
        "version_label": checklist.version, "title": checklist.title,
        "source": __import__("json").dumps(checklist.sheets, ensure_ascii=False),
        "item_count": len(checklist.items), "created_at": "2026-01-01T00:00:00Z"})
    old.close()

    store = db.open_store(store_path)
    checklists.install_builtins(store)  # what opening a store for use does
    assert db.schema_version(store.db) == migrations.names()[-1]
    count = store.db["checklist_items"].count_where(
        "checklist_version_id = ?", [checklists.version_id(checklist)])
    assert count == len(checklist.items)
    assert store.device_id == "d1"
    store.close()


def test_answers_kept_as_rows_move_into_their_inspection(store_path: Path) -> None:
    """A store at 0032 kept an answer per row: after 0033 each inspection reads the same
    answers (text, numbers, choices, repeat blocks, quotes) from its own column."""
    store_path.parent.mkdir(parents=True)
    old = Database(cipher.connect(store_path))
    migrations.MIGRATIONS.apply(old, stop_before="0033_answers_column")
    answers = {"count": 3, "ratio": 0.5, "kinds": ["a", "b"], "note": '说"明"\n第二行',
               "rooms": [{"@id": "b1", "area": 12}], "empty": {}}
    content = {"number": "XC-1", "compound_id": "c1", "checklist_version_id": "v1",
               "officer": "", "place": "", "started_at": "2026-01-01T00:00:00.000Z",
               "finished_at": None, "status": "draft", "score": None, "note": "",
               "deleted": 0, "answers": answers, "attachments": []}
    row = {k: v for k, v in content.items() if k not in ("answers", "attachments")}
    old["inspections"].insert({**row, "id": "i1", "device_id": "d1", "created_at": "t",
                               "updated_at": "t", "version": versioning.version_of(content)})
    old["inspections"].insert({**row, "id": "i2", "number": "XC-2", "device_id": "d1",
                               "created_at": "t", "updated_at": "t", "version": "v"})
    old["answers"].insert_all({"inspection_id": "i1", "item": item,
                               "value": json.dumps(value, ensure_ascii=False)}
                              for item, value in answers.items())
    old.close()

    store = db.open_store(store_path)
    assert "answers" not in store.db.table_names()
    first = records.content(store, inspections.KIND, "i1")
    assert first is not None and first["answers"] == answers
    assert versioning.version_of(first) == versioning.version_of(content)
    second = records.content(store, inspections.KIND, "i2")
    assert second is not None and second["answers"] == {}
    store.close()


def test_newer_schema_is_refused_and_untouched(store_path: Path) -> None:
    db.open_store(store_path).close()
    raw = cipher.connect(store_path)
    raw.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                " VALUES ('xuncha', '9999_from_the_future', '2030-01-01')")
    raw.close()
    before = store_path.read_bytes()
    with pytest.raises(StoreError) as caught:
        db.open_store(store_path)
    assert caught.value.problem is StoreProblem.NEWER_SCHEMA
    assert "9999_from_the_future" in caught.value.detail
    assert store_path.read_bytes() == before


@pytest.mark.parametrize("content", [b"PK\x03\x04 this is a zip, not a store" * 40,
                                     "巡查记录\n".encode() * 100])
def test_foreign_file_is_refused_without_being_written(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "not-a-store.db"
    path.write_bytes(content)
    with pytest.raises(StoreError) as caught:
        db.open_store(path)
    assert caught.value.problem is StoreProblem.NOT_A_DATABASE
    assert path.read_bytes() == content
    assert not Path(str(path) + "-wal").exists()


def test_damaged_database_is_refused(store_path: Path) -> None:
    """A real SQLite header over garbage pages is reported, not treated as a bug."""
    db.open_store(store_path).close()
    data = bytearray(store_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    store_path.write_bytes(bytes(data))
    with pytest.raises(StoreError) as caught:
        db.open_store(store_path)
    assert caught.value.problem is StoreProblem.NOT_A_DATABASE


def test_read_only_store_is_an_environment_error(store: db.Store) -> None:
    """SQLite's own read-only error (a real one, from a read-only connection) is classified."""
    read_only = cipher.dbapi.connect(f"file:{store.path}?mode=ro", uri=True)
    try:
        with pytest.raises(StoreError) as caught, db.translate_errors(store.path):
            read_only.execute("INSERT INTO settings VALUES ('k', 'v')")
        assert caught.value.problem is StoreProblem.READ_ONLY
    finally:
        read_only.close()


def test_locked_store_is_an_environment_error(store: db.Store) -> None:
    """Another writer holding the lock past the busy timeout gives LOCKED, not a crash."""
    other = cipher.connect(store.path)
    other.execute("BEGIN IMMEDIATE")
    store.db.execute("PRAGMA busy_timeout = 50")
    try:
        with pytest.raises(StoreError) as caught, store.atomic():
            store.db["settings"].insert({"key": "k", "value": "v"})
        assert caught.value.problem is StoreProblem.LOCKED
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_atomic_write_is_all_or_nothing(store: db.Store) -> None:
    with pytest.raises(RuntimeError), store.atomic():
        store.db["settings"].insert({"key": "a", "value": "1"})
        raise RuntimeError("killed halfway")
    assert store.db["settings"].count_where("key = 'a'") == 0


def test_default_path_is_in_the_user_data_folder() -> None:
    assert db.default_path().name == "xuncha.db"
    assert "XunCha" in str(db.default_path())


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    """Given as --db, it got XunCha's tables and was switched to WAL (the README says no)."""
    path = tmp_path / "contacts.sqlite"
    other = cipher.connect(path)  # another program's file, written by the one SQLite here
    other.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    other.execute("INSERT INTO contacts VALUES ('张伟', '13800000000')")
    other.close()
    before = path.read_bytes()
    with pytest.raises(StoreError) as caught:
        db.open_store(path)
    assert caught.value.problem is StoreProblem.NOT_A_DATABASE
    assert "contacts" in caught.value.detail
    assert path.read_bytes() == before
    assert not Path(str(path) + "-wal").exists()
