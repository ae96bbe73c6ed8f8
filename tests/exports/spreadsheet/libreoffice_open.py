"""Opens a workbook in LibreOffice (with a password) and prints its first sheet as JSON.

Run by the system's python3, which has LibreOffice's ``uno`` module (Debian package
python3-uno), not by the project's environment:

    python3 libreoffice_open.py BOOK.xlsx PASSWORD PROFILE_FOLDER

Exit 3 when LibreOffice cannot open the file with that password.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]


def _property(name: str, value: object) -> PropertyValue:
    found = PropertyValue()
    found.Name, found.Value = name, value
    return found


def _connect(pipe: str) -> object:
    context = uno.getComponentContext()
    resolver = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", context)
    for _ in range(120):
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:  # noqa: BLE001 - LibreOffice is still starting
            time.sleep(0.5)
    raise SystemExit("LibreOffice did not start")


def main() -> int:
    book, password, profile = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    pipe = f"xuncha{profile.name}"
    office = subprocess.Popen(["soffice", "--headless", "--norestore", "--nologo",
                               f"-env:UserInstallation={profile.as_uri()}",
                               f"--accept=pipe,name={pipe};urp;"])
    try:
        context = _connect(pipe)
        desktop = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", context)
        document = desktop.loadComponentFromURL(
            book.resolve().as_uri(), "_blank", 0,
            (_property("Hidden", True), _property("Password", password),
             _property("FilterName", "Calc MS Excel 2007 XML")))
        if document is None:
            return 3
        sheet = document.Sheets.getByIndex(0)
        used = sheet.createCursor()
        used.gotoEndOfUsedArea(False)
        end = used.RangeAddress
        rows = [[sheet.getCellByPosition(c, r).String for c in range(end.EndColumn + 1)]
                for r in range(end.EndRow + 1)]
        print(json.dumps({"sheet": sheet.Name, "rows": rows}, ensure_ascii=False))
        document.close(True)
        return 0
    except Exception as error:  # noqa: BLE001 - the test reads the exit code
        print(type(error).__name__, error, file=sys.stderr)
        return 3
    finally:
        try:
            desktop.terminate()  # type: ignore[possibly-undefined]
        except Exception:  # noqa: BLE001, S110 - it may not have started
            pass
        office.terminate()
        office.wait(timeout=60)


if __name__ == "__main__":
    sys.exit(main())
