"""Sync by spreadsheet.

The workbook's layout, export, preview, import and undo, merging many files, and
the photo archive beside a workbook.
"""
