"""Checklists as files: an XLSForm workbook (or a zip) with the lists it selects from.

May import `storage`.
"""
