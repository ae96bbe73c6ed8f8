"""PDF building blocks on reportlab.

Fonts, the A4 document frame, escaped and wrapped text, charts, photo grids.
"""
