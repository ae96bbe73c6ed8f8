"""The store itself, below every other package of `storage`.

Opening the SQLite file, migrations, versioned records and their history, the
version graph and conflicts, photos, backups, numbering, integrity. Imports only
`storage.clock` and `storage.errors`; every other package builds on it.
"""
