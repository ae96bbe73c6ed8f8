"""Everything that leaves or enters as a file; never imports Qt.

Packages: `spreadsheet` (reading and writing cells and workbooks), `forms` (checklists as
workbooks), `sync` (the sync workbook: export, import, merge), `campaign` (hotline exports
and the compound register), `review` (the departments' score workbooks), `property`
(the party branches' score workbooks), `reports` (PDF printouts, with their building blocks in
`reports.pdf`). May import `storage`.
"""
