"""The problem ledger (台账): every problem of a compound, whatever its source, and 销号.

Findings of inspections stay where they are and are read as they are; the ledger keeps
its own records only for problems that have no other home (a work order turned into a
problem, one raised at a review or by a helper). Each is routed to its lead department
by the responsibility manual. May import every storage package below `storage.kinds`.
"""
