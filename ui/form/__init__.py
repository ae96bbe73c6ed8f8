"""Filling a checklist: the form renderer, item editors, photos and the inspection editor."""
