"""The officer's dialogs and editor: new inspection, the inspection editor with its question
list and summary before finalising, findings and signatures, re-inspection and its record,
new compound, drafts, settings."""
