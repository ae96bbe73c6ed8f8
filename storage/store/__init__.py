"""The store itself, below every other package of `storage`.

Opening the SQLite file (through SQLCipher, encrypted or not), migrations, versioned
records and their history, the version graph and conflicts, photos (sealed in an
encrypted store), backups, encrypting a store in place, the access log, numbering,
integrity. Imports only `storage.clock` and `storage.errors`; every other package builds
on it.
"""
