"""The rectification campaign.

12345 hotline work orders, compound names and aliases, matching, rankings,
nominations and each key compound's states. May import `storage.store` and
`storage.inspection`.

May import `storage.store` and `storage.inspection`.
"""
