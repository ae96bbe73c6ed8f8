"""The street quarterly review (提级述职).

Each quarter the streets' party working committees report and ten city departments
score them: the quarter's configuration (``plans``), the departments' scores
(``scores``), the ranking with its change and the streets' hotline figures
(``ranking``), and the interviews of lagging secretaries (``interviews``). Every record
is versioned and travels. May import `storage.campaign`, `storage.inspection` and below.
"""
