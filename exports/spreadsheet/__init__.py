"""Spreadsheets at the cell level: every workbook the application reads or writes.

``files`` checks a file before any parser sees it (and owns ``WorkbookError``);
``workbook`` reads sheets and rows; ``marks`` finds error cells and formulas no program
computed; ``writing`` writes workbooks atomically, text kept as text; ``encryption``
seals and opens password-protected ones; ``protection`` says whether openpyxl parses
XML safely; ``sheet_xml`` locates a sheet's XML; ``cells`` reads a cell's value;
``column_mapping`` remembers header mappings; ``template`` makes and reads score
templates. Imports only ``storage`` (and these modules each other, never in a circle).
"""
