"""Chinese line breaking (禁则): where a line may end, and the greedy fill that keeps to it.

A line never starts with closing punctuation (，。、；：？！）》」』】 …) and never ends
with opening punctuation (（《「『【 “ …); a two-em dash (——) or ellipsis (……) stays whole;
Latin words and numbers break only at spaces. Where keeping a rule would leave a line
that cannot fit at all (a run of 40 commas, a 300-letter word), the line is cut where it
is full: every line makes progress. Used by every paragraph and table cell
(``paragraph.Para``) and by the tests, which count violations in real PDFs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

CANNOT_START = frozenset(
    "，。、；：？！）》」』】〕〉〗〙〛﹚﹜﹞”’…‥·・々〻ーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ"
    "．｡｣､﹐﹑﹒﹔﹕﹖﹗％‰℃°′″!),.:;?]}｝］｠"
)
CANNOT_END = frozenset("（《「『【〔〈〖〘〚﹙﹛﹝“‘([{｛［｟｢$￥£€#@§〒")
WHOLE = frozenset("—…‥")  # the two halves of —— and …… stay on one line
FUZZ = 1e-3  # points: rounding of widths never pushes a character to the next line


def _narrow(char: str) -> bool:
    """A character of a Latin (Greek, Cyrillic …) word or number, which breaks at spaces."""
    return bool(char) and ord(char) < 0x1100 and not char.isspace()


def allowed(before: str, after: str) -> bool:
    """Whether a line may break between ``before`` and ``after``."""
    if not before or not after:
        return True
    if after.isspace():
        return False
    if before.isspace():
        return True
    if after in CANNOT_START or before in CANNOT_END:
        return False
    if before == after and before in WHOLE:
        return False
    return not (_narrow(before) and _narrow(after))


def violations(line: str, following: str = "") -> int:
    """How many rules the break after ``line`` (followed by ``following``) breaks."""
    line, following = line.rstrip(), following.lstrip()
    count = int(bool(line) and line[-1] in CANNOT_END)
    return count + int(bool(following) and following[0] in CANNOT_START)


def fill(
    chars: Sequence[str],
    widths: Sequence[float],
    limit: Callable[[int], float],
    hard: Sequence[bool] = (),
) -> list[tuple[int, int]]:
    """Lines as ``(start, end)`` indexes into ``chars``: each as full as ``limit(line)``
    allows, broken only where :func:`allowed`, unless a line would otherwise not fit at
    all. ``hard[i]`` ends a line after character ``i`` (a typed new line)."""
    lines: list[tuple[int, int]] = []
    start, used = 0, 0.0
    last_ok = -1
    index, count = 0, len(chars)
    while index < count:
        if index > start and allowed(chars[index - 1], chars[index]):
            last_ok = index
        if index > start and used + widths[index] > limit(len(lines)) + FUZZ:
            cut = last_ok if last_ok > start else index
            lines.append((start, cut))
            start, used, last_ok, index = cut, 0.0, -1, cut
            continue
        used += widths[index]
        index += 1
        if hard and hard[index - 1]:
            lines.append((start, index))
            start, used, last_ok = index, 0.0, -1
    if start < count or not lines:
        lines.append((start, count))
    return lines
