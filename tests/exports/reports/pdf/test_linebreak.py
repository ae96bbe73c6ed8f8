"""Chinese line breaking: no closing punctuation starts a line, no opening one ends it,
Latin words stay whole, and every line makes progress whatever the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from exports.reports.pdf import linebreak

PUNCTUATION = "，。、；：？！）》」】（《「【“”—…"


def _lines(text: str, per_line: int) -> list[str]:
    widths = [1.0 if ord(c) < 0x1100 else 2.0 for c in text]
    spans = linebreak.fill(list(text), widths, lambda _: 2.0 * per_line)
    return [text[a:b] for a, b in spans]


def test_closing_punctuation_goes_back_with_the_character_before_it() -> None:
    lines = _lines("经查你单位私自搭建彩钢板房，占用公共绿地。", 13)
    assert lines[0] == "经查你单位私自搭建彩钢板" and lines[1].startswith("房，")


def test_opening_punctuation_goes_forward_with_what_it_opens() -> None:
    lines = _lines("违反了《城市绿化条例》第二十条的规定", 4)
    assert all(not line.endswith("《") for line in lines)
    assert "《城市" in "".join(lines) and any(line.startswith("《") for line in lines)


def test_latin_words_break_at_spaces() -> None:
    assert _lines("Fire lane clear of parked vehicles", 5) == [
        "Fire lane ", "clear of ", "parked ", "vehicles"]


def test_a_run_that_cannot_fit_is_cut_where_the_line_is_full() -> None:
    assert _lines("，" * 7, 3) == ["，，，", "，，，", "，"]
    assert _lines("a" * 25, 10) == ["a" * 20, "a" * 5]


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from("巡查整改abc 1" + PUNCTUATION), max_size=200),
       st.integers(min_value=1, max_value=30))
def test_every_break_keeps_the_rules_unless_the_line_could_not_fit(text: str, per: int) -> None:
    """Lines cover the text in order; a break that breaks a rule is only a forced one: the
    line holds no allowed break at all."""
    lines = _lines(text, per)
    assert "".join(lines) == text
    assert all(lines) or text == ""
    for line, following in zip(lines, lines[1:], strict=False):
        if not linebreak.allowed(line[-1], following[0]):
            assert not any(linebreak.allowed(a, b) for a, b in zip(line, line[1:], strict=False))
