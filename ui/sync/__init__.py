"""Sync in the window: export, preview and import, conflicts, the import history with undo."""
