"""Shapes met in the twenty-second held-out sample of real blog posts (the Flux blog), in
small articles written for these tests (in both layouts where the layout matters: compact =
one line a paragraph, no blank lines; spaced = blank lines between blocks)."""

from __future__ import annotations

import pytest

import articlekit as ak
from tests.helpers import compact, parse_checked


def _headings(art: ak.Article) -> list[str]:
    return [s.heading for s in art.iter_sections() if s.heading is not None]


def _paragraphs(art: ak.Article) -> list[str]:
    return [b.text for b in art.iter_blocks() if isinstance(b, ak.Paragraph)]


# A release announcement quotes its users, each quotation a blockquote whose last line
# names the speaker and their role; the blockquote's marks are gone in the scraped text.
TESTIMONIALS = """\
Lantern 3.0 Is Here

Lantern 3.0 is out today, two years after the first preview, and with it the core APIs are stable.

“Lantern let us retire three home-grown deploy scripts in one quarter, and nobody on call misses them.”

Dana Reyes, Platform Lead at Fernhill Logistics

What stable means for you

The stable APIs keep working across minor releases, and any breaking change waits for a major one.

"We run it on two hundred clusters and it has not once surprised us."

Marco Ilves, Senior Site Reliability Engineer, Northwind Bank

Getting started

Read the upgrade guide before you move your clusters to the new version.
"""


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_quoted_speaker_credit_is_no_heading(layout: str) -> None:
    text = TESTIMONIALS if layout == "spaced" else compact(TESTIMONIALS)
    art = parse_checked(text)
    assert _headings(art) == ["What stable means for you", "Getting started"]
    paragraphs = _paragraphs(art)
    assert "Dana Reyes, Platform Lead at Fernhill Logistics" in paragraphs
    assert "Marco Ilves, Senior Site Reliability Engineer, Northwind Bank" in paragraphs


# A heading that opens with a single capitalised word and a comma stays a heading, even
# under a quotation (spaced only: in compact text such a line is not taken for a heading
# in the first place).
QUOTE_THEN_HEADING = """\
Notes From the Meetup

The speaker opened with a line that the whole room repeated afterwards.

"Ship small, ship often, and write down why."

Finally, the questions

The questions ran long, and most of them were about testing in production.
"""


def test_heading_under_quotation_kept() -> None:
    art = parse_checked(QUOTE_THEN_HEADING)
    assert "Finally, the questions" in _headings(art)


# A sentence broken before its list: the line ends on the subject of the verbs the items
# open with, so it runs on into them and heads nothing.
SUBJECT_BEFORE_LIST = """\
Maintenance Mode for the Old Agent

The old agent will keep running for a while, but it gets no new features from now on.

This means we

- focus our time on the new agent
- only fix critical bugs and security issues in the old one

Who are we?

We are the small team that has looked after both agents since the start.
"""


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_line_ending_on_subject_runs_into_list(layout: str) -> None:
    text = SUBJECT_BEFORE_LIST if layout == "spaced" else compact(SUBJECT_BEFORE_LIST)
    art = parse_checked(text)
    assert "This means we" not in _headings(art)
    assert "This means we" in _paragraphs(art)


def test_question_ending_on_subject_stays_heading() -> None:
    art = parse_checked(SUBJECT_BEFORE_LIST)
    assert "Who are we?" in _headings(art)
