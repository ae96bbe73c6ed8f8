"""Personal data in what leaves the store: masking of numbers in text, and the policy.

``masking`` hides phone, ID card and bank card numbers inside free text (pure
functions); ``policy`` reads the store's settings of which documents are masked and
whether workbooks must be encrypted. The encryption itself is file-level, where files
are written and read (``exports.spreadsheet.encryption``, ``exports.sync.photo_archive``).
Imports only ``storage``.
"""
