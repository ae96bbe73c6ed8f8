"""The columns of the property records on a sync workbook (``sheets`` lists them)."""

from __future__ import annotations

from exports.sync.layout import Column
from exports.sync.review_sheets import deleted, hidden, machine, quarter

MEASURE = (
    ("supervision", "督办"),
    ("interview", "约谈"),
    ("manager_replacement", "更换项目经理"),
    ("expulsion", "清退"),
)


def company_columns() -> list[Column]:
    return [
        *machine(),
        Column("name", "物业企业", "text", optional=False, width=24),
        Column("credit_code", "统一社会信用代码", "text", width=22),
        Column("contact", "联系人", "text"),
        Column("phone", "电话", "text"),
        Column("address", "地址", "text", width=28),
        Column("note", "备注", "text", width=20),
        deleted(),
    ]


def project_columns() -> list[Column]:
    return [
        *machine(),
        hidden("company_id"),
        hidden("compound_id"),
        Column("started_on", "服务起始", "date", optional=False, width=12),
        Column("ended_on", "服务终止", "date", width=12),
        Column("end_reason", "终止原因", "text", width=24),
        deleted(),
    ]


def manager_columns() -> list[Column]:
    return [
        *machine(),
        hidden("project_id"),
        Column("name", "项目经理", "text", optional=False),
        Column("phone", "电话", "text"),
        Column("started_on", "任职起始", "date", optional=False),
        Column("ended_on", "任职终止", "date"),
        deleted(),
    ]


def scheme_columns() -> list[Column]:
    return [
        *machine(),
        quarter(),
        *(
            Column(code, label, "decimal", optional=False, width=10)
            for code, label in (
                ("party_branch", "党支部评价权重"),
                ("satisfaction", "满意度权重"),
                ("complaints", "投诉权重"),
                ("findings", "检查问题权重"),
                ("covert", "暗访权重"),
            )
        ),
        deleted(),
    ]


def evaluation_columns() -> list[Column]:
    return [
        *machine(),
        hidden("project_id"),
        quarter(),
        Column("party_branch_score", "党支部评分", "decimal", width=10),
        Column("satisfaction", "满意度调查(%)", "decimal", width=10),
        Column("assessor", "评价人", "text"),
        Column("note", "备注", "text", width=20),
        deleted(),
    ]


def check_columns() -> list[Column]:
    return [
        *machine(),
        hidden("project_id"),
        Column("checked_on", "暗访日期", "date", optional=False, width=12),
        Column("inspector", "暗访人", "text", optional=False),
        Column("findings", "发现问题", "text", width=30),
        Column("score", "得分", "decimal", width=8),
        deleted(),
    ]


def measure_columns() -> list[Column]:
    return [
        *machine(),
        hidden("company_id"),
        Column("project_id", "project_id", "text", hidden=True),
        Column("measure", "措施", "choice", choices=MEASURE, optional=False, width=12),
        Column("taken_on", "日期", "date", optional=False, width=12),
        Column("reason", "原因", "text", optional=False, width=24),
        Column("issued_by", "作出单位", "text"),
        Column("outcome", "结果", "text", width=24),
        Column("outcome_on", "结果日期", "date", width=12),
        deleted(),
    ]
