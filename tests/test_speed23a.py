"""Session 23's speed work (speeda): the cheap tests that spare lines a pattern must answer as
the pattern does, and the walks that replaced copies of the blocks after one."""

from __future__ import annotations

import importlib

import pytest

from tests.helpers import compact, parse_checked

front = importlib.import_module("articlekit.parse.assemble.front")
shapes = importlib.import_module("articlekit.parse.text.shapes")

# lines that open the readers' comments, in every branch of the pattern, and lines that
# do not (some of them holding a word the cheap test looks for)
COMMENT_LINES = [
    "12 Comments",
    "One response",
    "Three thoughts on Why I Switched to Helix",
    "Leave a Reply",
    "LEAVE A REPLY",
    "Comments (4)",
    "Responses: 3",
    "Discussion about this post",
    "Section Heading Number 12",
    "Comments are closed for this post",
    "Replies from our readers",
    "Thoughts",
    "Some thoughts on the draft we wrote.",
    "Ten comments later, the bug was found",
    "12 Kommentare",
    "Ｃomments (4)",  # a full-width capital: the pattern decides
    "12 ℂomments",
]


@pytest.mark.parametrize("line", COMMENT_LINES)
def test_comments_opener_answers_as_its_pattern(line: str) -> None:
    first = line[:1]
    by_pattern = not (
        first.isascii() and not first.isdigit() and first.lower() not in front._COMMENTS_FIRSTS
    ) and (len(line) <= 220 and front._COMMENTS_OPENER.fullmatch(line.rstrip(" :")) is not None)
    assert front.opens_comments(line) is by_pattern


def test_comments_under_a_post_are_still_taken_in_both_layouts() -> None:
    spaced = (
        "Moving Our Builds to a Single Runner\n\n"
        "We ran four build machines for years, and this note says why we kept one.\n\n"
        "What changed\n\n"
        "The caches now live beside the runner, so a clean build takes a few minutes.\n\n"
        "3 Comments\n\n"
        "Priya wrote:\n\n"
        "Thanks, we are weighing the same move for our own builds.\n"
    )
    for text in (spaced, compact(spaced)):
        art = parse_checked(text)
        taken = [r.text for r in art.removed if r.detail == "comments"]
        assert taken[0] == "3 Comments"
        assert taken[-1].startswith("Thanks, we are weighing")


def test_a_value_with_its_unit_is_no_heading_in_both_layouts() -> None:
    spaced = (
        "Trimming the Bundle\n\n"
        "We measured the bundle before and after removing the unused locales.\n\n"
        "880.76 kB\n\n"
        "The second build came out a third smaller than the first one we shipped.\n"
    )
    for text in (spaced, compact(spaced)):
        art = parse_checked(text)
        assert "880.76 kB" not in [s.heading for s in art.iter_sections()]


def test_measurement_pattern_opens_only_with_a_sign_or_a_digit() -> None:
    # the cheap test of the first character in the heading evidence relies on this
    for line in ("kB 880", "~12 kB", "(12 kB)", "Section 12 kB", " 12 kB"):
        assert shapes.MEASUREMENT.match(line) is None
    for line in ("12 kB", "-3 %", "+4.5 mm", "\u0663 kB"):  # (an Arabic-Indic three)
        assert shapes.MEASUREMENT.match(line) is not None


def test_many_boxes_of_highlights_between_subsections_stay_sections() -> None:
    """ "### Highlights" under "## Release 1", a heading after each: subsections of the
    body, read with a walk over the blocks after each (no copy of them per heading)."""
    parts = "".join(
        f"### Highlights\n\nWhat release part {i} brought to users.\n\n" for i in range(300)
    )
    text = "# Changelog\n\n## Release 1\n\nThe first release of the tool.\n\n" + parts
    art = parse_checked(text)
    names = [s.heading for s in art.iter_sections()]
    assert names.count("Highlights") == 300
    assert not art.highlights
