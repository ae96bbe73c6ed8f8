"""Keeps the Simplified Chinese translation in step with the source.

    python tools/translations.py update    # lupdate: collect new strings into the .ts files
    python tools/translations.py release   # lrelease: compile every .ts into one .qm
    python tools/translations.py check     # fail if a string is new or untranslated

Each area of the code has its own ``.ts`` file (so parallel work merges cleanly);
all of them compile into ``desktop/translations/xuncha_zh_CN.qm``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "desktop" / "translations" / "zh_CN"
QM = ROOT / "desktop" / "translations" / "xuncha_zh_CN.qm"
# area -> the sources whose strings it holds (globs relative to the repository).
AREAS = {
    "core": ["desktop/*.py", "desktop/cli/main.py", "desktop/cli/support.py",
             "ui/messages/__init__.py"],
    "reports": ["exports/reports/**/*.py", "ui/reports/*.py", "ui/messages/reports.py",
                "desktop/cli/reports.py"],
    "gui": ["ui/*.py", "ui/lists/*.py", "ui/officer/*.py"],
    "forms": ["ui/form/*.py", "ui/messages/forms.py", "desktop/cli/checklists.py"],
    "campaign": ["ui/campaign/*.py", "ui/messages/campaign.py", "desktop/cli/campaign.py"],
    "sync": ["desktop/cli/sync.py", "ui/sync/*.py", "ui/messages/sync.py"],
}


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or \
        shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found; install PySide6-Essentials")
    return found


def _sources(area: str) -> list[str]:
    files = sorted({str(p) for pattern in AREAS[area] for p in ROOT.glob(pattern)})
    # core is the fallback: a file another area lists belongs to that area alone.
    covered = {str(p) for other, patterns in AREAS.items() if other not in (area, "core")
               for pattern in patterns for p in ROOT.glob(pattern)}
    return [f for f in files if f not in covered]


def update(ts_dir: Path = TS_DIR) -> None:
    """Collect the strings of each area; a string that moved to another area keeps its text."""
    ts_dir.mkdir(parents=True, exist_ok=True)
    known = _finished(ts_dir)
    _lupdate(ts_dir)
    if _carry(ts_dir, known):
        _lupdate(ts_dir)  # lupdate writes the files in its own layout again


def _lupdate(ts_dir: Path) -> None:
    for area in AREAS:
        subprocess.run([_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                        "-target-language", "zh_CN", *_sources(area),
                        "-ts", str(ts_dir / f"{area}.ts")], check=True)


def _finished(ts_dir: Path) -> dict[tuple[str, str], ET.Element]:
    """Every finished translation in the .ts files, by (context, source)."""
    found = {}
    for ts in ts_dir.glob("*.ts"):
        for context in ET.parse(ts).getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") is None \
                        and _text(translation):
                    found[(context.findtext("name") or "", message.findtext("source") or "")] = \
                        translation
    return found


def _carry(ts_dir: Path, known: dict[tuple[str, str], ET.Element]) -> int:
    """Fill unfinished entries from ``known``; return how many were filled."""
    filled = 0
    for ts in ts_dir.glob("*.ts"):
        tree = ET.parse(ts)
        changed = False
        for context in tree.getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                key = (context.findtext("name") or "", message.findtext("source") or "")
                if translation is None or translation.get("type") != "unfinished" \
                        or key not in known:
                    continue
                carried = ET.fromstring(ET.tostring(known[key]))
                carried.tail = translation.tail
                message.remove(translation)
                message.append(carried)
                changed = True
                filled += 1
        if changed:
            tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def release() -> None:
    files = sorted(str(p) for p in TS_DIR.glob("*.ts"))
    subprocess.run([_tool("lrelease"), "-silent", *files, "-qm", str(QM)], check=True)


def problems() -> list[str]:
    """Strings that are new (not yet in a .ts) or still untranslated."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder)
        for ts in TS_DIR.glob("*.ts"):
            shutil.copy(ts, fresh / ts.name)
        update(fresh)
        for ts in sorted(fresh.glob("*.ts")):
            for context in ET.parse(ts).getroot().iter("context"):
                name = context.findtext("name")
                for message in context.iter("message"):
                    translation = message.find("translation")
                    if translation is None or translation.get("type") in (
                            "unfinished", "vanished", "obsolete") or not _text(translation):
                        found.append(f"{ts.name}: [{name}] {message.findtext('source')}")
    return found


def _text(translation: ET.Element) -> str:
    """A translation's text; a plural (numerus) message keeps it in its forms."""
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return "".join(forms or [translation.text or ""]).strip()


def main() -> int:
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "check":
        missing = problems()
        print("\n".join(missing) or "translations complete")
        return 1 if missing else 0
    else:
        raise SystemExit(__doc__)
    return 0


if __name__ == "__main__":
    sys.exit(main())
