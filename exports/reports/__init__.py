"""The printouts: record, notice, meeting brief, street report, compound file.

Their building blocks (fonts, document frame, text, charts, photos) are in `reports.pdf`.
"""
