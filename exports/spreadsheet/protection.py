"""Whether spreadsheets are parsed safely: openpyxl's XML through defusedxml (no XML bombs).

openpyxl decides it as it is imported (``openpyxl.xml.DEFUSEDXML``: defusedxml installed,
and ``OPENPYXL_DEFUSEDXML`` not switched off). Once openpyxl is loaded it is asked; before,
the same two conditions are read without loading it, so ``xuncha-cli check`` and the
window's start-up do not wait for openpyxl to say whether it will be safe.
"""

from __future__ import annotations

import importlib.util
import os
import sys


def active() -> bool:
    """Whether openpyxl parses (or will parse) XML through defusedxml."""
    switched_on = os.environ.get("OPENPYXL_DEFUSEDXML", "True") == "True"
    loaded = sys.modules.get("openpyxl.xml")
    if loaded is not None:
        return bool(loaded.DEFUSEDXML) and switched_on
    return switched_on and importlib.util.find_spec("defusedxml") is not None
