"""The responsibility manual's windows: the manual as a tree, an item's card, editing,
the workbook import, and the route box that shows a finding's or work order's lead and
supporting departments and steps. May import `ui.tables`, `ui.worker`, `ui.errors`,
`ui.messages`, `exports` and `storage`."""
