"""Files of the property evaluation: a workbook per street for the compound party branches'
scores, read back through the safe import sync uses. May import `exports.spreadsheet`,
`exports.sync` and `storage`."""
