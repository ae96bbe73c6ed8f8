"""Windows of privacy: passphrases, the idle lock, passwords of workbooks, the access log.

Widgets only; the encryption, masking and access log live in ``storage`` and
``exports`` (imports ``exports`` and ``storage``, never ``desktop``).
"""
