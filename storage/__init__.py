"""The local SQLite store and the domain it holds; never imports Qt, ui, exports or desktop.

Packages, lowest first: `store` (the database, migrations, versions, photos, backups),
`forms` (checklists as XLSForm, expressions, validation), `inspection` (compounds,
inspections, findings, re-inspections, notices), `campaign` (12345 work orders, rankings,
nominations, the campaign's states), `demo` (a realistic store). `clock` and `errors`
serve them all."""
