"""The property windows: the quarter's evaluation and ranking, the companies with their
record, and the dialogs for companies, projects, covert checks and measures.

May import `exports`, `storage` and `ui` (its shared parts).
"""
