"""The Reports menu: every printout as PDF, opened, saved or printed."""
