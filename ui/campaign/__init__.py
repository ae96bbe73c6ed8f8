"""The campaign's windows.

The board, rankings, nominations, trends, work orders, hotline and register imports,
settings.
"""
