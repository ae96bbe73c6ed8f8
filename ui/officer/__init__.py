"""The officer's dialogs: new inspection, findings, re-inspection, drafts, settings."""
