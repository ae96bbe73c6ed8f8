"""The columns of the street review's records on a sync workbook (``sheets`` lists them)."""

from __future__ import annotations

from exports.sync.layout import FLAG, MACHINE, Column

OUTCOME = (("kept", "已落实"), ("partly", "部分落实"), ("not_kept", "未落实"))


def machine() -> list[Column]:
    return [Column(name, name, "text", hidden=True) for name in MACHINE]


def deleted() -> Column:
    return Column("deleted", "已删除", "flag", choices=FLAG, optional=False, width=8)


def hidden(code: str) -> Column:
    return Column(code, code, "text", hidden=True, optional=False)


def quarter() -> Column:
    return Column("quarter", "季度", "text", optional=False, width=10)


def quarter_columns() -> list[Column]:
    return [
        *machine(),
        quarter(),
        Column("meeting_date", "述职会日期", "date", width=12),
        Column("drop_extremes", "去掉最高最低分", "flag", choices=FLAG, optional=False),
        Column("lagging", "后进街道数", "integer", optional=False, width=10),
        Column("note", "备注", "text", width=24),
        deleted(),
    ]


def department_columns() -> list[Column]:
    return [
        *machine(),
        quarter(),
        Column("name", "评议部门", "text", optional=False, width=20),
        Column("position", "顺序", "integer", optional=False, width=6),
        deleted(),
    ]


def criterion_columns() -> list[Column]:
    return [
        *machine(),
        quarter(),
        Column("name", "评议指标", "text", optional=False, width=20),
        Column("weight", "权重", "decimal", optional=False, width=8),
        Column("max_score", "满分", "decimal", optional=False, width=8),
        Column("position", "顺序", "integer", optional=False, width=6),
        deleted(),
    ]


def street_columns() -> list[Column]:
    return [
        *machine(),
        quarter(),
        Column("district", "县区", "text", width=10),
        Column("street", "街道", "text", optional=False, width=14),
        Column("secretary", "党工委书记", "text", width=12),
        Column("position", "顺序", "integer", optional=False, width=6),
        deleted(),
    ]


def score_columns() -> list[Column]:
    return [
        *machine(),
        hidden("department_id"),
        hidden("street_id"),
        hidden("criterion_id"),
        quarter(),
        Column("score", "得分", "decimal", width=8),
        deleted(),
    ]


def interview_columns() -> list[Column]:
    return [
        *machine(),
        hidden("street_id"),
        quarter(),
        Column("interviewee", "被约谈人", "text", optional=False, width=12),
        Column("interviewer", "约谈人", "text", optional=False, width=14),
        Column("held_on", "约谈日期", "date", optional=False, width=12),
        Column("reason", "约谈原因", "text", width=24),
        Column("commitments", "整改承诺", "text", width=30),
        Column("follow_up", "跟踪落实情况", "text", width=30),
        Column("follow_up_on", "跟踪日期", "date", width=12),
        Column("outcome", "落实结果", "choice", choices=OUTCOME, width=10),
        deleted(),
    ]
