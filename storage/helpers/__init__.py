"""Three-ones helpers (“三个一”帮带) of key compounds and what they bring.

Per key compound one county-level leader, one red-collar secretary (红领书记) and one
county/district unit: the people and units, their assignments with dates and changes,
visits, funds (万元) and livelihood projects (民生项目), and the totals for an area.
May import `storage.store`, `storage.forms`, `storage.manual`, `storage.inspection` and
`storage.campaign`.
"""
