"""Lines of news and magazine pages, as a scraper gives them in plain text, that the parser
took for headings: a short line of two sentences ending in an exclamation, the remark or
call to the reader a post closes with ("Leave your questions below! Thanks for reading!").
Written in our words, in both layouts."""

from __future__ import annotations

import pytest

from tests.helpers import both_layouts, headings, parse_checked


def _paragraphs(text: str) -> list[str]:
    art = parse_checked(text)
    return [b.text for s in art.iter_sections() for b in s.blocks if b.kind == "paragraph"]


# --- two sentences ending in an exclamation ----------------------------------------------

CALL_TO_THE_READER = """Our Talk With the Puppet Makers of the Old Town

We met the two makers in their workshop behind the market, where they carve every figure by hand from lime wood.

They showed us the next season's cast and told us how long a single head takes to finish.

Tell us what you think in the comments! Thanks for reading along!

Every month we send a free guide to puppet theatre for children to everyone who signs up with an email address, with a new play to stage at home.

The guide is written by the makers themselves and comes with patterns for two simple hand puppets.
"""


@pytest.mark.parametrize("text", both_layouts(CALL_TO_THE_READER))
def test_two_sentences_ending_in_an_exclamation_are_a_paragraph(text: str) -> None:
    assert headings(parse_checked(text)) == []
    assert "Tell us what you think in the comments! Thanks for reading along!" in _paragraphs(text)


REMARK_AFTER_A_STATEMENT = """Five Habits of Teams That Ship on Time

Most teams know what slows them down. Few write it down.

Start with a list of what blocked the last release.

Nobody likes this part. It works anyway!

Then share the list with the whole team before the next planning meeting.
"""


@pytest.mark.parametrize("text", both_layouts(REMARK_AFTER_A_STATEMENT))
def test_a_statement_then_an_exclamation_is_a_paragraph(text: str) -> None:
    assert headings(parse_checked(text)) == []
    assert "Nobody likes this part. It works anyway!" in _paragraphs(text)


ONE_EXCLAMATION_HEADING = """Weekend Recipes: A Pear Jam in Three Steps

The pears from the old tree ripen all at once, so we cook most of them the same afternoon.

Peel and core the pears, then cut them into small cubes and weigh them.

Now Get Cooking!

Simmer the fruit with the sugar and the juice of one lemon for about forty minutes, stirring often.

Fill the hot jars to a finger's width below the rim and close them at once.
"""


@pytest.mark.parametrize("text", both_layouts(ONE_EXCLAMATION_HEADING))
def test_a_heading_exclaiming_once_stays_a_heading(text: str) -> None:
    assert headings(parse_checked(text)) == ["Now Get Cooking!"]


ABBREVIATION_IN_AN_EXCLAIMED_HEADING = """Film Notes for the Winter Season

The cinema club opens its winter season next Friday with a double bill of old favourites.

Batman vs. Superman Again!

The second film of the night is the one the members voted for in the autumn survey.

Tickets are on sale at the door from six o'clock, and members pay half the price.
"""


@pytest.mark.parametrize("text", both_layouts(ABBREVIATION_IN_AN_EXCLAIMED_HEADING))
def test_an_abbreviation_is_no_sentence_end_in_an_exclaimed_heading(text: str) -> None:
    assert headings(parse_checked(text)) == ["Batman vs. Superman Again!"]


TITLE_OF_TWO_EXCLAMATIONS = """Version 3 of the Map Tiles Is Out! Faster Rendering for Everyone!

We released the third major version of the map tile server last week, after a year of work on its renderer.

The new renderer draws a city block in a third of the time the old one needed, on the same hardware.
"""


@pytest.mark.parametrize("text", both_layouts(TITLE_OF_TWO_EXCLAMATIONS))
def test_a_title_may_exclaim_twice(text: str) -> None:
    art = parse_checked(text)
    assert art.title == "Version 3 of the Map Tiles Is Out! Faster Rendering for Everyone!"
