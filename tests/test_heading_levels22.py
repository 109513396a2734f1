"""Heading levels where the text gives few cues: a heading whose only text is one sentence
ending in a colon, right above another heading, announces the parts that follow and heads
them, as a heading with nothing under it would. Each article is written for these tests, in
both layouts (compact: one line a paragraph, no blank lines; spaced: blank lines between
blocks)."""

from __future__ import annotations

import pytest

import articlekit as ak
from tests.helpers import both_layouts, parse_checked


def _outline(art: ak.Article) -> list[tuple[int, str]]:
    return [(s.level, s.heading) for s in art.iter_sections() if s.heading is not None]


ANNOUNCED_PARTS = """\
Our Mirror Moves to a New Host

Starting next month the package mirror will be served from a new host, run by the foundation.

What changes for you?

Nothing, unless you pinned the old address in a script. Update the address and carry on.

Why a new host?

The move lets us offer a few things people have asked us for over the years:

Our Own Domain Name

The mirror now lives under the project's own domain, which is easier to remember.

Caching close to you

Files are served from the cache nearest to the reader, so downloads start sooner.

Download counts

Every package page now shows how often it was fetched in the last month.

Conclusion

Thanks to everyone who helped test the new host.
"""


@pytest.mark.parametrize("text", both_layouts(ANNOUNCED_PARTS), ids=["spaced", "compact"])
def test_a_colon_sentence_under_a_heading_announces_the_parts_below_it(text: str) -> None:
    art = parse_checked(text)
    assert _outline(art) == [
        (1, "What changes for you?"),
        (1, "Why a new host?"),
        (2, "Our Own Domain Name"),
        (2, "Caching close to you"),
        (2, "Download counts"),
        (1, "Conclusion"),
    ]


TWO_SENTENCES_OVER_A_CAPTION = """\
A Year of the Toolkit

Twelve months ago we published the first stable release of the toolkit.

Looking back

Today is the first birthday of the toolkit. Plenty of people wrote to us about it:

Post by a happy reader

We also shipped a new inspector and a faster test runner during the year.

Coming up

Next we will work on translations and on better error messages.
"""


@pytest.mark.parametrize(
    "text", both_layouts(TWO_SENTENCES_OVER_A_CAPTION), ids=["spaced", "compact"]
)
def test_a_colon_ending_two_sentences_announces_no_parts(text: str) -> None:
    art = parse_checked(text)
    levels = {heading: level for level, heading in _outline(art)}
    assert levels["Looking back"] == levels["Coming up"]


ONE_PARAGRAPH_WITHOUT_A_COLON = """\
Notes from the Spring Meetup

About forty people came to the spring meetup, the largest we have had so far.

The talks

Four members spoke about the projects they maintain and what they learned.

Lightning round

Six short demos closed the afternoon, each of them five minutes long.

Next meetup

We will meet again in the autumn, at the same place.
"""


@pytest.mark.parametrize(
    "text", both_layouts(ONE_PARAGRAPH_WITHOUT_A_COLON), ids=["spaced", "compact"]
)
def test_a_heading_over_a_plain_paragraph_heads_nothing(text: str) -> None:
    art = parse_checked(text)
    assert {level for level, _ in _outline(art)} == {1}


REPEATED_TITLE = """\
Meet the New Scheduler

For years our jobs ran one after the other. The new scheduler runs them side by side.

Meet the New Scheduler

How it decides

Each job declares what it needs, and the scheduler starts it as soon as those are free.

Trying it out

Turn it on with one setting in the configuration file.
"""


@pytest.mark.parametrize("text", both_layouts(REPEATED_TITLE), ids=["spaced", "compact"])
def test_the_title_repeated_with_nothing_under_it_heads_nothing(text: str) -> None:
    art = parse_checked(text)
    assert art.title == "Meet the New Scheduler"
    levels = {heading: level for level, heading in _outline(art)}
    assert levels["How it decides"] == levels["Trying it out"] == 1
