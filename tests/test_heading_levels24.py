"""Heading levels at the end of an article: its last heading asking or hailing the reader
("Your thoughts?", "See you next month!") closes the article, as "Conclusion" would, and is
none of the parts of a heading with nothing under it above them; under a closing heading
("Wrapping up" with nothing under it) it is one of that heading's parts. Each article is
written for these tests, in both layouts (compact: one line a paragraph, no blank lines;
spaced: blank lines between blocks)."""

from __future__ import annotations

import pytest

import articlekit as ak
from tests.helpers import both_layouts, parse_checked


def _outline(art: ak.Article) -> list[tuple[int, str]]:
    return [(s.level, s.heading) for s in art.iter_sections() if s.heading is not None]


INTERNSHIP_NEWS_ENDING_ON_A_QUESTION = """\
Meet Our Summer Interns

Three students joined the project this summer.

The interns

They come from three universities and study ecology, statistics and computer science.

Their projects

Mapping river data

Amira is writing functions that fetch gauge readings and draw them on a map.

Cleaning bird counts

Tomas is building checks that flag counts entered twice.

Faster tests

Lena is cutting the time our test suite takes by half.

Want to join next year?

Applications open in March; the call will be posted on the forum.
"""


@pytest.mark.parametrize("text", both_layouts(INTERNSHIP_NEWS_ENDING_ON_A_QUESTION))
def test_a_last_heading_asking_the_reader_closes_the_article(text: str) -> None:
    art = parse_checked(text)
    assert _outline(art) == [
        (1, "The interns"),
        (1, "Their projects"),
        (2, "Mapping river data"),
        (2, "Cleaning bird counts"),
        (2, "Faster tests"),
        (1, "Want to join next year?"),
    ]


FIELD_TRIP_ENDING_UNDER_A_CLOSING_HEADING = """\
A Morning at the Marsh

We spent a morning counting birds at the marsh north of town.

What we saw

Herons stood in the shallows and two kingfishers fished from the willows.

Wrapping up

Tools we used

A pair of binoculars, a notebook and the counting app were all we needed.

More trips soon!

The next trip goes to the coast in October.
"""


@pytest.mark.parametrize("text", both_layouts(FIELD_TRIP_ENDING_UNDER_A_CLOSING_HEADING))
def test_a_last_heading_hailing_the_reader_under_a_closing_heading_is_its_part(
    text: str,
) -> None:
    art = parse_checked(text)
    assert _outline(art) == [
        (1, "What we saw"),
        (1, "Wrapping up"),
        (2, "Tools we used"),
        (2, "More trips soon!"),
    ]


HEAT_PUMP_GUIDE_ENDING_ON_QUESTIONS = """\
A Short Guide to Heat Pumps

Heat pumps move warmth from the air outside into the house, even on cold days.

How they work

A fan draws outside air over coils that carry a cold liquid, which the air warms.

Questions we hear often

Are they noisy?

No louder than a fridge at a few metres.

Do they work in winter?

Yes, down to well below freezing, though they use more power then.

Can I keep my radiators?

Usually, though larger radiators let the pump run cooler and cheaper.
"""


@pytest.mark.parametrize("text", both_layouts(HEAT_PUMP_GUIDE_ENDING_ON_QUESTIONS))
def test_the_last_of_a_run_of_questions_stays_in_the_run(text: str) -> None:
    art = parse_checked(text)
    assert _outline(art) == [
        (1, "How they work"),
        (1, "Questions we hear often"),
        (2, "Are they noisy?"),
        (2, "Do they work in winter?"),
        (2, "Can I keep my radiators?"),
    ]
