"""The officer's records: compounds, inspections, findings, notices.

Re-inspections too. May import `storage.store` and `storage.forms`.

May import `storage.store` and `storage.forms`.
"""
