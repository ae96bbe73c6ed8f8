"""The corpus of real XLSForms (tests/data/forms, sources in SOURCES.md) and how to fill one.

Forms whose lists travel beside them sit in a folder of their own with the list files;
``refused/`` holds real forms that are refused, each with the line it must get.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from pyxform import builder, xls2json
from pyxform.question import Question

from storage.forms import validate, xlsform
from storage.forms.xlsform import BLOCK_ID, Checklist

FOLDER = Path(__file__).resolve().parent / "data" / "forms"
FORMS = sorted(p for p in FOLDER.rglob("*.xls*") if p.parent.name != "refused")
REFUSED = sorted((FOLDER / "refused").glob("*.xls*"))
TODAY = dt.date(2026, 11, 27)
_BLOCKS = 2  # blocks added to each repeat whose count is free


def pyxform_count(path: Path) -> int:
    """The questions pyxform itself finds in the file (its own reader and builder)."""
    survey = builder.create_survey_element_from_dict(
        xls2json.parse_file_to_json(str(path), warnings=[]))
    found = 0
    for element in survey.iter_descendants():
        parents, parent = [], element.parent
        while parent is not None:
            parents.append(parent.name)
            parent = parent.parent
        if isinstance(element, Question) and "meta" not in parents[:-1]:
            found += 1
    return found


def _candidates(item: xlsform.Item, found: validate.State, where: str) -> list[Any]:
    offered = [c.name for c in found.choices.get(where, item.choices)]
    return {
        "select_one": offered,
        "select_multiple": [[name] for name in offered],
        "integer": [1, 2, 5, 10, 0, 18, 30, 100, 2000],
        "decimal": [1.5, 10.0, 0.5, 100.0],
        "range": [item.parameters.get("start", "1")],
        "text": ["3号楼东侧", "巡查记录"], "barcode": ["6901234567892"],
        "date": [(TODAY - dt.timedelta(days=1)).isoformat(), TODAY.isoformat()],
        "datetime": [f"{TODAY.isoformat()}T09:30"], "time": ["08:30"],
        "geopoint": ["35.104 118.356"], "geotrace": ["35.1 118.3;35.2 118.4"],
        "geoshape": ["35.1 118.3;35.2 118.4;35.1 118.4;35.1 118.3"],
        "acknowledge": ["OK"],
    }.get(item.type, [])


def fill(checklist: Checklist) -> dict[str, Any]:
    """Answers for every applicable item a simple candidate satisfies, blocks included."""
    answers: dict[str, Any] = {}
    for _ in range(4):  # answers make more items apply, and repeats get blocks
        found = validate.state(checklist, answers, TODAY)
        _add_blocks(answers, found)
        found = validate.state(checklist, answers, TODAY)
        for where, item in found.items.items():
            if found.applies.get(where) and item.answered:
                _answer(checklist, answers, where, item, found)
    return answers


def _container(answers: dict[str, Any], chain: tuple[tuple[str, str], ...]) -> dict[str, Any]:
    for repeat, block in chain:
        answers = next(b for b in answers[repeat] if b[BLOCK_ID] == block)
    return answers


def _add_blocks(answers: dict[str, Any], found: validate.State) -> None:
    for where in found.blocks:
        if not found.applies.get(where):
            continue
        chain, name = xlsform.split_path(where)
        wanted = found.counts.get(where)
        blocks = _container(answers, chain).setdefault(name, [])
        while len(blocks) < (_BLOCKS if wanted is None else wanted):
            blocks.append({BLOCK_ID: validate.new_block_id(blocks)})


def _answer(checklist: Checklist, answers: dict[str, Any], where: str, item: xlsform.Item,
            found: validate.State) -> None:
    chain, name = xlsform.split_path(where)
    container = _container(answers, chain)
    if not validate.is_empty(container.get(name)):
        return
    for candidate in _candidates(item, found, where):
        container[name] = validate.coerce(item, candidate)
        problems = validate.validate(checklist, answers, final=False, today=TODAY)
        if not any(p.item == where for p in problems):
            return
    container.pop(name, None)
