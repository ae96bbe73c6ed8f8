"""Words the printouts' errors and warnings for people (used by ui/messages.py and the CLI)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from exports.reports import inspection, notice, street
from exports.reports.pdf import fonts
from exports.reports.pdf.text import ReportProblem
from storage.inspection import notices


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def _roles() -> dict[str, str]:
    return {
        "body": tr("body text"),
        "title": tr("titles"),
        "heading1": tr("level-1 headings"),
        "heading2": tr("level-2 headings"),
        "sans": tr("text"),
    }


def _faces() -> dict[str, str]:
    return {
        "FangSong": tr("FangSong"),
        "XiaoBiaoSong": tr("XiaoBiaoSong"),
        "Hei": tr("Hei"),
        "Kai": tr("Kai"),
    }


def describe(error: ReportProblem) -> str:
    """The sentence for an error of the printouts."""
    if isinstance(error, fonts.NoCJKFont):
        return tr(
            "No Chinese TrueType font was found to print with. Install SimSun, SimHei "
            "or FangSong (Windows), or fonts-wqy-zenhei (Linux), or choose a .ttf font "
            "file in the settings. Looked in: {places}"
        ).format(places=", ".join(error.searched))
    if isinstance(error, fonts.UnusableFont):
        if error.reason == "missing":
            return tr("The font file {path} does not exist.").format(path=error.path)
        return tr("{path} is no Chinese TrueType font that can be embedded (a .ttf or .ttc "
                  "with Chinese characters; OpenType CFF fonts such as Noto CJK .otf cannot "
                  "be).").format(path=error.path)
    if isinstance(error, fonts.MissingGlyphs):
        return tr(
            "No font on this computer can print these characters of the data: {chars}. "
            "They would print as □; install a font that has them, or print without "
            "--strict-fonts."
        ).format(chars=error.characters)
    if isinstance(error, inspection.UnknownInspection):
        return tr("No inspection has the number {ref}.").format(ref=error.reference)
    if isinstance(error, notice.UnknownFinding):
        return tr("No finding has the number {ref}.").format(ref=error.reference)
    if isinstance(error, notice.NothingToNotify):
        return tr("{compound} has no open findings: there is nothing to put in a notice.").format(
            compound=error.compound
        )
    if isinstance(error, street.UnknownStreet):
        return tr("No compound lies in a street called “{street}”. Streets: {known}").format(
            street=error.street, known="、".join(error.known)
        )
    return tr("The printout could not be made: {error}").format(error=error)


def warning(item: object) -> str:
    """The sentence for a warning of a printout that was made all the same."""
    if isinstance(item, fonts.FontWarning):
        return tr("No {wanted} font on this computer; {role}: printed in {used} instead.").format(
            wanted=_faces().get(item.wanted, item.wanted),
            role=_roles().get(item.role, item.role),
            used=item.used,
        )
    if isinstance(item, fonts.MissingGlyphs):
        return tr(
            "No font on this computer has these characters; they print as □ (a search of "
            "the PDF still finds them): {chars}"
        ).format(chars=item.characters)
    return str(item)


def problem(item: notices.Problem) -> str:
    """The sentence for something to know before a new notice is issued."""
    if item.kind == "past_deadline":
        return tr("The deadline of {finding} ({deadline}) has already passed.").format(
            finding=item.finding, deadline=item.detail)
    if item.kind == "already_notified":
        return tr("{finding} is already in notice {notice}.").format(
            finding=item.finding, notice=item.detail)
    return tr("The responsible party of {finding} is “{party}”, a kind of party, not a "
              "name.").format(finding=item.finding, party=item.detail)
