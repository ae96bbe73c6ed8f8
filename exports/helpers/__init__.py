"""The helpers' spreadsheets: the roster counties keep (import, with a remembered mapping).

May import `exports.spreadsheet` and `storage`.
"""
