"""The officer's dialogs and the inspection editor (with its question list and summary).

New inspection, findings and signatures, re-inspection and its record, new compound,
drafts, settings. May import `ui.form`, `ui.lists` and the layers below.
"""
