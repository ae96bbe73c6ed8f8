"""The helpers' roster as counties keep it: importing it with a remembered mapping, a template.

May import `exports.spreadsheet` and `storage`.
"""
