"""encrypt, decrypt, change-passphrase, demo --encrypt and access-log from the command line.

The conversions are killed (SIGKILL) at points spread over a whole run: whatever the
moment, the store opens afterwards as the old one or the new one, with every record and
photo, and running the command again finishes the job.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main
from storage import demo, integrity
from storage.errors import StoreError, StoreProblem
from storage.store import backup, cipher, db
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[3]
NEW = "换一个 口令 2027"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="session")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small plain demo store with photos and a backup, built once."""
    folder = tmp_path_factory.mktemp("privacy-demo")
    store = db.open_store(folder / "xuncha.db")
    from storage.forms import checklists

    checklists.install_builtins(store)
    demo.build(store, compounds=20, inspections=120, months=4)
    backup.take(store)
    store.close()
    return folder


@pytest.fixture
def plain(demo_folder: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo store (its photos and backups beside it)."""
    target = tmp_path / "copy"
    shutil.copytree(demo_folder, target)
    return target / "xuncha.db"


def _counts(store: db.Store) -> tuple[int, ...]:
    return tuple(store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                 for table in ("compounds", "inspections", "findings", "history", "photos"))


def _open_any(path: Path, *passphrases: str) -> db.Store:
    """The store as it is after a kill: plain, or encrypted under one of ``passphrases``."""
    if cipher.header(path) == "plain":
        return db.open_store(path)
    for passphrase in passphrases:
        try:
            return db.open_store(path, passphrase=passphrase)
        except StoreError as error:
            if error.problem is not StoreProblem.WRONG_PASSPHRASE:
                raise
    raise AssertionError(f"{path} opens with none of the passphrases")


def _cli(*args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "desktop.cli", *args], cwd=ROOT,
                            env={**os.environ, **env}, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _finish(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    process = _cli(*args, env=env)
    out, err = process.communicate(timeout=300)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def test_demo_encrypt_then_wrong_and_missing_passphrases(
        capsys: pytest.CaptureFixture[str], store_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XUNCHA_PASSPHRASE", PASSPHRASE)
    code, out, _ = run(capsys, "demo", "--encrypt", "--db", str(store_path), "--json")
    assert code == 0 and json.loads(out)["inspections"] > 0
    assert cipher.header(store_path) == "encrypted"
    before = {p.name: p.read_bytes() for p in store_path.parent.iterdir() if p.is_file()}
    monkeypatch.setenv("XUNCHA_PASSPHRASE", "not the passphrase")
    code, out, err = run(capsys, "check", "--db", str(store_path))
    assert code == main.EXIT_USER_ERROR and out == ""
    assert err.count("\n") == 1 and "passphrase" in err.lower()
    monkeypatch.delenv("XUNCHA_PASSPHRASE")
    code, _, err = run(capsys, "check", "--db", str(store_path))  # no terminal to type in
    assert code == main.EXIT_USER_ERROR and "XUNCHA_PASSPHRASE" in err
    after = {p.name: p.read_bytes() for p in store_path.parent.iterdir() if p.is_file()}
    assert after == before
    monkeypatch.setenv("XUNCHA_PASSPHRASE", PASSPHRASE)
    code, out, _ = run(capsys, "check", "--db", str(store_path), "--json")
    assert code == 0 and json.loads(out)["ok"]


def test_a_wrong_passphrase_in_a_real_process_is_one_line_exit_2(plain: Path) -> None:
    assert _finish("encrypt", "--db", str(plain), env={"XUNCHA_PASSPHRASE": PASSPHRASE}
                   ).returncode == 0
    result = _finish("decrypt", "--db", str(plain), env={"XUNCHA_PASSPHRASE": "wrong one!"})
    assert result.returncode == main.EXIT_USER_ERROR
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert cipher.header(plain) == "encrypted"


def test_encrypt_change_decrypt_round_trip(capsys: pytest.CaptureFixture[str], plain: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    original = _counts(store := db.open_store(plain))
    store.close()
    monkeypatch.setenv("XUNCHA_PASSPHRASE", PASSPHRASE)
    code, out, _ = run(capsys, "encrypt", "--db", str(plain), "--json")
    done = json.loads(out)
    assert code == 0 and done["database"] and done["photos"] > 0 and done["backups"] == 1
    monkeypatch.setenv("XUNCHA_NEW_PASSPHRASE", NEW)
    assert run(capsys, "change-passphrase", "--db", str(plain))[0] == 0
    monkeypatch.setenv("XUNCHA_PASSPHRASE", NEW)
    code, out, _ = run(capsys, "access-log", "--db", str(plain), "--json")
    actions = [entry["action"] for entry in json.loads(out)]
    assert {"encrypt", "change_passphrase", "open"} <= set(actions)
    assert run(capsys, "decrypt", "--db", str(plain))[0] == 0
    store = db.open_store(plain)
    try:
        assert _counts(store) == original and integrity.check(store) == []
    finally:
        store.close()


def test_a_conversion_refuses_a_store_open_in_xuncha(capsys: pytest.CaptureFixture[str],
                                                      plain: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop import store_lock

    monkeypatch.setenv("XUNCHA_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(store_lock, "acquire_lock", lambda path: None)
    code, _, err = run(capsys, "encrypt", "--db", str(plain))
    assert code == main.EXIT_USER_ERROR and "already open" in err
    assert cipher.header(plain) == "plain"


def _kill_points(seconds: float, count: int, seed: int) -> Iterator[float]:
    """``count`` moments spread over a run of ``seconds``, each jittered a little."""
    rng = random.Random(seed)
    for n in range(count):
        yield seconds * (n + rng.random()) / count


def _full_run_seconds(plain: Path, command: list[str], env: dict[str, str]) -> float:
    probe = plain.parent.parent / "probe"
    shutil.copytree(plain.parent, probe)
    started = time.monotonic()
    result = _finish(*command, "--db", str(probe / plain.name), env=env)
    assert result.returncode == 0, result.stderr
    shutil.rmtree(probe)
    return time.monotonic() - started


@pytest.mark.parametrize(("command", "env", "before", "after"), [
    (["encrypt"], {"XUNCHA_PASSPHRASE": PASSPHRASE}, None, PASSPHRASE),
    (["change-passphrase"], {"XUNCHA_PASSPHRASE": PASSPHRASE, "XUNCHA_NEW_PASSPHRASE": NEW},
     PASSPHRASE, NEW),
    (["decrypt"], {"XUNCHA_PASSPHRASE": PASSPHRASE}, PASSPHRASE, None),
], ids=["encrypt", "change-passphrase", "decrypt"])
def test_killed_at_any_moment_the_store_is_old_or_new(
        plain: Path, command: list[str], env: dict[str, str], before: str | None,
        after: str | None) -> None:
    if before is not None:  # start from the encrypted store
        assert _finish("encrypt", "--db", str(plain),
                       env={"XUNCHA_PASSPHRASE": before}).returncode == 0
    original = _counts(store := _open_any(plain, *filter(None, [before])))
    store.close()
    seconds = _full_run_seconds(plain, command, env)
    seed = {"encrypt": 1, "change-passphrase": 2, "decrypt": 3}[command[0]]
    for moment in _kill_points(seconds, 4, seed):
        process = _cli(*command, "--db", str(plain), env=env)
        time.sleep(moment)
        process.send_signal(signal.SIGKILL)
        process.communicate()
        store = _open_any(plain, *filter(None, [before, after]))
        try:
            assert _counts(store) == original
            issues = {issue.code for issue in integrity.check(store)}
            assert issues <= {"photo_not_sealed"}, issues  # photos are converted one by one
        finally:
            store.close()
    finished = _finish(*command, "--db", str(plain), env=env)
    assert finished.returncode == 0, finished.stderr
    store = _open_any(plain, *filter(None, [after]))
    try:
        assert _counts(store) == original and integrity.check(store) == []
        assert store.encrypted == (after is not None)
    finally:
        store.close()
    assert not list(plain.parent.glob("*.converting*"))
