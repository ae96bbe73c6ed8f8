"""The access log: appended with who and when, never changed."""

from __future__ import annotations

import pytest

from storage.store import access_log, cipher, db


def test_an_entry_says_who_did_what_when(store: db.Store) -> None:
    store.db["devices"].update(store.device_id, {"officer": "张伟"})
    access_log.record(store, "export", "/media/usb/张伟-第47周.xlsx", "12 inspections")
    entry = access_log.entries(store)[0]
    assert (entry.action, entry.what, entry.detail) == (
        "export", "/media/usb/张伟-第47周.xlsx", "12 inspections")
    assert entry.officer == "张伟" and entry.account == access_log.account()
    assert entry.at.startswith("2026-11-27T02:")  # 10:00 in Linyi, in UTC


def test_the_log_is_append_only(store: db.Store) -> None:
    access_log.record(store, "open", "xuncha")
    for statement in ("UPDATE access_log SET what = 'x'", "DELETE FROM access_log"):
        with pytest.raises(cipher.dbapi.IntegrityError, match="append-only"):
            store.db.execute(statement)
    assert len(access_log.entries(store)) == 1


def test_an_unknown_action_is_a_bug(store: db.Store) -> None:
    with pytest.raises(ValueError):
        access_log.record(store, "peeked")


def test_newest_first_and_limited(store: db.Store) -> None:
    for n in range(5):
        access_log.record(store, "print", f"brief-{n}.pdf")
    assert [e.what for e in access_log.entries(store, limit=2)] == ["brief-4.pdf",
                                                                    "brief-3.pdf"]
