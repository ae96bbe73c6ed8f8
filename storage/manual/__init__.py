"""The responsibility manual (《职通民声》): who does what about each kind of demand.

Categories and items as versioned records, the built-in manual shipped as readable
source (``builtin_manual/*.md``), and the links that route a checklist item, a hotline
category or a complaint's words to an item. May import `storage.store` and
`storage.forms`.
"""
