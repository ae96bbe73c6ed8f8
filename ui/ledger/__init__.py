"""The problem ledger's windows: the ledger with its filters and the solved figure, a
problem to raise or edit, closing (销号) with the proof, work orders turned into problems,
and a compound's ledger line on its page. May import `ui.manual`, `ui.helpers`,
`ui.campaign`, `ui.tables`, `ui.worker`, `ui.errors`, `ui.messages`, `ui.form` (photos),
`exports` and `storage`."""
