"""Checklists as XLSForm.

Reading (``sheets`` prepares a workbook's sheets, pyxform parses them, ``building`` makes
the ``model``; ``xlsform`` is the entry point), expressions (``expr`` with
``expr_values`` and ``expr_functions``), what a form works out from its answers
(``evaluation``), validation and scores (``validate``), checklist versions in the store
and the built-in checklists (``checklists``).

May import `storage.store`.
"""
