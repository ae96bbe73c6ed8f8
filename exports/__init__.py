"""Everything that leaves or enters as a file; never imports Qt.

Packages: `spreadsheet` (reading and writing cells and workbooks), `forms` (checklists as
workbooks), `sync` (the sync workbook: export, import, merge), `campaign` (hotline exports
and the compound register), `reports` (PDF printouts, with their building blocks in
`reports.pdf`). May import `storage`.
"""
