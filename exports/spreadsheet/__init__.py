"""Spreadsheets at the cell level.

How a cell is read, how a workbook is written and read safely, remembered column
mappings.
"""
