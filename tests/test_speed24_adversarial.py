"""The exact gates of the twenty-fourth session's speed work on short lines in a row: each
one spares a line a test it cannot pass, and the tests still answer as before where they can."""

from __future__ import annotations

import pytest

from articlekit.parse.text import headings as h
from articlekit.parse.text.shapes import HEADING_MAX_CHARS, HEADING_MAX_WORDS, WORD
from tests.helpers import compact, parse_checked


@pytest.mark.parametrize(
    "text",
    [
        "Guide to Pruning Fruit Trees in Late Winter Before the Buds Break Open Again Soon",
        "x" * (HEADING_MAX_CHARS + 1),
    ],
)
def test_a_line_over_the_heading_limits_is_still_asked_as_a_long_title(text: str) -> None:
    assert h._over_heading_limits(text)


@pytest.mark.parametrize(
    "text",
    ["Pruning Fruit Trees", "The tree was pruned in March.", "Flash params set to 0x0020"],
)
def test_a_line_within_the_limits_heading_like_rejects_no_long_title_accepts(text: str) -> None:
    assert not h._over_heading_limits(text)
    # the shortcut is exact: the wider limits do not change heading_like's answer
    assert h.heading_like(text) == h.heading_like(text, 10 * HEADING_MAX_WORDS, 10_000)


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("June 9 \u2013 Tampa, FL @ Bay Arena", True),
        ("Aug 8 -- Rose Hall, Denver", True),
        ("12 March: doors open at seven", True),
        ("June 9 in Tampa", False),
        ("March Madness Begins", False),
    ],
)
def test_dated_entries_need_their_dash_or_colon(text: str, dated: bool) -> None:
    assert h._dated_entry(text) is dated


def test_an_embedded_post_credit_is_still_no_heading() -> None:
    assert not h.heading_like("Biscuits for everyone! \u2014 Nikeisha Caruana - October 25, 2017")
    assert h.heading_like("Release Notes for Version 12")


@pytest.mark.parametrize("text", ["ab", "a b", "12 34", "R 4", "Q&A"])
def test_two_letters_of_an_ascii_line_as_the_unicode_pattern_finds_them(text: str) -> None:
    assert (h.ASCII_LETTER_PAIR.search(text) is None) == (WORD.search(text) is None)


def test_short_title_case_lines_in_a_row_in_both_layouts() -> None:
    lines = [f"Planting Notes Number {i}" for i in range(6)]
    body = "The beds were dug over in the autumn and left to settle for the winter."
    spaced = "Garden Diary\n\n" + "\n\n".join(f"{line}\n\n{body}" for line in lines) + "\n"
    art = parse_checked(spaced)
    assert [s.heading for s in art.sections if s.heading] == lines
    art = parse_checked(compact(spaced))
    assert art.title == "Garden Diary"
    assert [s.heading for s in art.sections if s.heading] == lines
