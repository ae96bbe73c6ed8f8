"""Checklists as XLSForm.

Parsing (pyxform), the expression evaluator, validation and scores, checklist
versions in the store, the built-in checklists. May import `storage.store`.

May import `storage.store`.
"""
