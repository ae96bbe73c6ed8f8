"""storage and exports are tested where Qt cannot be imported (see tests/qt_free.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import qt_free


def _test_modules() -> set[str]:
    return {path.relative_to(qt_free.ROOT).as_posix() for folder in qt_free.FOLDERS
            for path in (qt_free.ROOT / folder).rglob("test_*.py")}


def test_storage_and_exports_pass_without_qt(request: pytest.FixtureRequest,
                                             tmp_path: Path) -> None:
    """Every test this session selected in those folders (all, if none) passes without Qt."""
    handed_over = request.config.stash.get(qt_free.HANDED_OVER, [])
    run = qt_free.run(handed_over, tmp_path)
    assert run.returncode == 0, run.output
    assert {node: outcome for node, outcome in run.outcomes.items()
            if outcome not in ("passed", "xfailed")} == {}, run.output
    assert run.qt_modules == []
    if handed_over:
        assert sorted(run.outcomes) == sorted(handed_over), run.output
    else:  # every test module of the Qt-free layers took part
        assert {node.partition("::")[0] for node in run.outcomes} == _test_modules()
    request.config.stash[qt_free.PASSED] = len(run.outcomes)
