"""The three-ones helpers' windows: the panel of people, compounds, projects, visits and
funds with the totals of an area; their dialogs; the roster import; a compound's helpers
on its page. May import `ui.tables`, `ui.worker`, `ui.errors`, `ui.mapping`,
`ui.messages`, `ui.form` (photos), `exports` and `storage`."""
