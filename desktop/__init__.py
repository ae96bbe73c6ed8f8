"""The application shell: entry points, start-up, settings, translations.

The GUI (`app`) and the command line (`cli`), settings and paths, the translations
and other resources. Wires the lower layers together; may import everything.
"""
