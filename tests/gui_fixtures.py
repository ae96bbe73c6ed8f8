"""Shared fixtures of the widget tests: a checklist with every item type, a compound, photos."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from storage import checklists, compounds, db, xlsform

TODAY = dt.date(2026, 11, 27)

ALL_TYPES = """
| survey |
| | type | name | label::中文 (zh) | label::English (en) | hint::中文 (zh) | hint::English (en) | required | relevant | constraint | constraint_message::中文 (zh) | constraint_message::English (en) | severity | department | legal_basis | action |
| | begin_group | main | 现场检查 | On site | | | | | | | | | | | |
| | select_one check | lane | 消防通道畅通 | Fire lane clear | 全程走一遍 | Walk the whole lane | yes | | | | | critical | 消防 | 《消防法》第二十八条 | 立即清除占用物 |
| | integer | count | 占用车辆数 | Blocking vehicles | | | yes | ${lane} = 'issue' | . >= 1 and . <= 10 | 数量应在 1 到 10 之间 | Enter between 1 and 10 | | | | |
| | decimal | area | 面积（平方米） | Area (m²) | | | | | . >= 0 | 面积不能为负 | Area cannot be negative | | | | |
| | text | remarks | 备注 | Remarks | | | | | | | | | | | |
| | date | found_on | 发现日期 | Found on | | | | | . <= today() | 不能晚于今天 | Not after today | | | | |
| | datetime | seen_at | 检查时间 | Checked at | | | | | | | | | | | |
| | select_multiple kinds | kinds | 占用类型 | What blocks | | | | | | | | | | | |
| | select_one weather | weather | 天气 | Weather | | | | | | | | | | | |
| | note | safety | 注意人身安全 | Mind your safety | | | | | | | | | | | |
| | image | photo | 现场照片 | Site photos | | | | | | | | | | | |
| | end_group | main | | | | | | | | | | | | | |
| choices |
| | list_name | name | label::中文 (zh) | label::English (en) | compliance |
| | check | ok | 符合 | Compliant | pass |
| | check | issue | 不符合 | Non-compliant | fail |
| | check | na | 不适用 | Not applicable | na |
| | kinds | car | 小汽车 | Car | |
| | kinds | ebike | 电动自行车 | E-bike | |
| | weather | sun | 晴 | Sunny | |
| | weather | cloud | 多云 | Cloudy | |
| | weather | rain | 雨 | Rain | |
| | weather | snow | 雪 | Snow | |
| | weather | fog | 雾 | Fog | |
| settings |
| | form_title | title_en | form_id | version | default_language |
| | 全类型检查表 | All types checklist | all_types | 1 | 中文 (zh) |
"""


@pytest.fixture
def all_types(store: db.Store) -> str:
    """The version id of a stored checklist using every supported item type."""
    return checklists.save(store, xlsform.parse(xlsform.read_markdown(ALL_TYPES)))


@pytest.fixture
def compound(store: db.Store) -> compounds.Compound:
    return compounds.save(store, compounds.Compound(
        name="丰瑞丽都", district="郯城县", street="郯城街道", address="临沂市郯城县沂蒙路 8 号"))


@pytest.fixture
def photo_file(tmp_path: Path) -> Path:
    """A real JPEG on disk."""
    path = tmp_path / "现场.jpg"
    Image.new("RGB", (800, 600), (200, 80, 40)).save(path, "JPEG")
    return path


def type_text(widget: QWidget, text: str) -> None:
    """Type as an input method does: Chinese arrives as one committed string, not keys."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
