"""The officer's records: compounds, inspections, findings, re-inspections, notices.

May import `storage.store` and `storage.forms`.
"""
