"""Heading levels at a newsletter's or release post's sign-off: "Over and out", "Looking
forward", "Signing off", "Until next time" close the article as "Conclusion" does, so they
end the part of a heading with nothing of its own above them and sit at its level, not
among its parts. Each article is written for these tests, in both layouts (compact: one
line a paragraph, no blank lines; spaced: blank lines between blocks)."""

from __future__ import annotations

import pytest

import articlekit as ak
from tests.helpers import both_layouts, parse_checked


def _outline(art: ak.Article) -> list[tuple[int, str]]:
    return [(s.level, s.heading) for s in art.iter_sections() if s.heading is not None]


NEWSLETTER = """\
Harbor Project Update for March

Spring is here, and so is a busy month for everyone who keeps the project running.

News from the community

Two new mentors joined

Both of them will pair with first-time contributors on documentation issues.

The office hours moved

We now meet on Thursdays so that more time zones can join the call.

Over and out

If you want to help with the next update, reply on the mailing list and say hello.
"""


@pytest.mark.parametrize("text", both_layouts(NEWSLETTER))
def test_over_and_out_closes_the_part_above_it(text: str) -> None:
    art = parse_checked(text)
    assert _outline(art) == [
        (1, "News from the community"),
        (2, "Two new mentors joined"),
        (2, "The office hours moved"),
        (1, "Over and out"),
    ]


RELEASE = """\
Lantern 2.4 Is Out

This release makes the command line faster and the logs easier to read.

Highlights

Faster start-up

The tool now loads its plugins only when a command needs them.

Quieter logs

Debug messages are hidden unless you pass the verbose flag.

Looking forward

The next release will focus on the plugin interface, and we would love your ideas for it.
"""


@pytest.mark.parametrize("text", both_layouts(RELEASE))
def test_looking_forward_closes_the_release_highlights(text: str) -> None:
    art = parse_checked(text)
    assert _outline(art) == [
        (1, "Highlights"),
        (2, "Faster start-up"),
        (2, "Quieter logs"),
        (1, "Looking forward"),
    ]


UNDER_ITS_OWN = """\
Notes From Our Team Retreat

We spent three days away from our desks to plan the year ahead.

What we talked about

The roadmap

Most of the first morning went to choosing which features to drop.

Hiring

We agreed to hire two more engineers before the summer.

Looking back

The retreat was shorter than last year's but more focused.
"""


@pytest.mark.parametrize("text", both_layouts(UNDER_ITS_OWN))
def test_an_ordinary_last_heading_stays_among_the_parts(text: str) -> None:
    # (no sign-off: "Looking back" is one more topic of the discussion)
    art = parse_checked(text)
    assert _outline(art) == [
        (1, "What we talked about"),
        (2, "The roadmap"),
        (2, "Hiring"),
        (2, "Looking back"),
    ]
