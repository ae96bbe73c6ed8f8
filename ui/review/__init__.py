"""The street review's windows: the quarter's ranking, the departments' files in, the
quarter's set-up, the interviews and their follow-up, the circular.

May import `exports`, `storage` and `ui` (its shared parts).
"""
