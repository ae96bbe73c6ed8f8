"""Filling a checklist: the form renderer, item editors, photos and marking them up."""
