"""Property companies and their evaluation (抓物业攻坚).

Companies (``companies``), the compounds they manage and their managers over time
(``projects``), covert checks with photos (``checks``), measures and their outcomes
(``measures``), and the quarterly evaluation in which the compound's party branch
weighs at least 30 % (``evaluation``). Every record is versioned and travels. May
import `storage.campaign`, `storage.inspection` and below.
"""
