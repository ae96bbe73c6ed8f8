"""Files of the street quarterly review: a score workbook per department, and reading the
filled-in workbooks back through the safe import sync uses (preview, whole or nothing,
backup, undo). May import `exports.spreadsheet`, `exports.sync` and `storage`."""
