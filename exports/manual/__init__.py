"""The responsibility manual as a workbook: export for editing, preview, import.

May import `exports.spreadsheet` and `storage`.
"""
