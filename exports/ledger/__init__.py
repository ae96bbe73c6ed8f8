"""The problem ledger as a workbook (entries as filtered, and the period's totals).

May import `exports.spreadsheet` and `storage`.
"""
