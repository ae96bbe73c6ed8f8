"""The rectification campaign.

12345 hotline work orders, compound names and aliases, matching, rankings (by month or
any span, by compound, street or district, by all complaints or one category),
nominations, each key compound's states, relapse by rank, the cohort's year on year
and a compound's history. May import `storage.store` and `storage.inspection`.
"""
