"""``xuncha-cli report``: every kind to a PDF, JSON output, Chinese documents, clear errors."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QCoreApplication

from desktop import i18n
from desktop.cli import main
from storage import demo
from storage.forms import checklists
from storage.store import db


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    store = db.open_store(path)
    checklists.install_builtins(store)
    demo.build(store, compounds=10, inspections=60, months=4)
    store.close()
    return path


def _one(path: Path, sql: str) -> str:
    store = db.open_store(path)
    try:
        return str(store.db.execute(sql).fetchone()[0])
    finally:
        store.close()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_every_kind_writes_a_pdf(capsys: pytest.CaptureFixture[str], demo_db: Path,
                                 tmp_path: Path) -> None:
    inspection = _one(demo_db, "SELECT number FROM inspections WHERE status = 'final'")
    finding = _one(demo_db, "SELECT number FROM findings WHERE state = 'open'")
    compound = _one(demo_db, "SELECT c.name FROM findings f JOIN compounds c ON"
                             " c.id = f.compound_id WHERE f.state = 'open' GROUP BY c.id"
                             " HAVING count(DISTINCT c.name) = 1 ORDER BY c.name LIMIT 1")
    street = _one(demo_db, "SELECT street FROM compounds LIMIT 1")
    calls = {
        "inspection": ["inspection", inspection],
        "notice": ["notice", finding, "--force"],
        "notices": ["notice", "--compound", compound, "--office", "兰山区执法局", "--force",
                    "--photos", "annex"],
        "brief": ["brief", "--from", "2026-01-01", "--to", "2026-12-31"],
        "street": ["street", street, "--quarter", "2026-Q4"],
        "compound": ["compound", compound],
    }
    for name, args in calls.items():
        target = tmp_path / f"{name}.pdf"
        code, out, err = run(capsys, "report", *args, "-o", str(target), "--db", str(demo_db),
                             "--json", "--language", "en")
        assert code == 0, (name, err)
        result = json.loads(out)
        assert result["file"] == str(target)
        assert result["pages"] == len(pypdf.PdfReader(target).pages) >= 1


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    """--language installs translators in the application; later tests expect English."""
    yield
    app = QCoreApplication.instance()
    if app is not None:
        i18n.install(app, "en")


def test_chinese_documents_with_the_chinese_interface(
        capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path,
        english_afterwards: None) -> None:
    target = tmp_path / "brief.pdf"
    code, out, _ = run(capsys, "report", "brief", "--to", "2026-11-27", "-o", str(target),
                       "--db", str(demo_db), "--language", "zh_CN")
    assert code == 0
    assert "已生成" in out
    assert "巡查工作简报" in _text(target) and "2026年11月21日至2026年11月27日" in _text(target)


def test_errors_are_one_clear_line(capsys: pytest.CaptureFixture[str], demo_db: Path,
                                   tmp_path: Path) -> None:
    target = str(tmp_path / "x.pdf")
    base = ["-o", target, "--db", str(demo_db), "--language", "en"]
    code, _, err = run(capsys, "report", "inspection", "XC-1999-0000-000001", *base)
    assert code == 2 and "No inspection has the number XC-1999-0000-000001" in err
    code, _, err = run(capsys, "report", "street", "无此街道", *base)
    assert code == 2 and "No compound lies in a street" in err
    code, _, err = run(capsys, "report", "notice", *base)
    assert code == 2 and "--compound" in err
    code, _, err = run(capsys, "report", "brief", "--from", "2026-05-01", "--to", "2026-04-01",
                       *base)
    assert code == 2
    assert not Path(target).exists()


def test_an_unusable_font_is_refused(capsys: pytest.CaptureFixture[str], demo_db: Path,
                                     tmp_path: Path) -> None:
    """A --font that is missing, or no font, is refused (exit 2), never silently replaced."""
    not_a_font = tmp_path / "simfang.ttf"
    not_a_font.write_bytes(b"no font" * 100)
    for font in (tmp_path / "absent.ttf", not_a_font):
        target = tmp_path / "x.pdf"
        code, _, err = run(capsys, "report", "brief", "-o", str(target), "--db", str(demo_db),
                           "--language", "en", "--font", str(font), "--strict-fonts")
        assert code == 2 and str(font) in err
        assert not target.exists()


def test_a_new_notice_with_a_past_deadline_is_refused_without_force(
        capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path) -> None:
    finding = _one(demo_db, "SELECT number FROM findings WHERE state = 'open'"
                            " AND deadline < '2026-11-27' ORDER BY number DESC")
    target = tmp_path / "n.pdf"
    code, _, err = run(capsys, "report", "notice", finding, "-o", str(target), "--db",
                       str(demo_db), "--language", "en")
    assert code == 2 and "has already passed" in err and "--force" in err
    assert not target.exists()


def test_settings_of_the_notices(capsys: pytest.CaptureFixture[str], demo_db: Path) -> None:
    code, out, _ = run(capsys, "report", "settings", "--notice-code", "兰综执改", "--office",
                       "临沂市兰山区综合行政执法局", "--next-notice", "38", "--db", str(demo_db),
                       "--json")
    assert code == 0
    assert json.loads(out)["next_notice"] == "兰综执改〔2026〕38号"
    code, _, err = run(capsys, "report", "settings", "--next-notice", "3", "--db", str(demo_db))
    assert code == 2 and "never repeat" in err
