"""Checklists as files: a checklist version exported as an XLSForm workbook and read back."""
