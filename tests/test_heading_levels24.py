"""Heading levels under a heading whose text ends in a colon: the last of its paragraphs,
of any length, ending in a colon right above the next heading announces the parts that
follow ("… here they are, in the order we met them:"), and the heading heads them, as a
heading with nothing under it would. Not when the colon announces one thing the page showed
("Let's see it with some code:"), which the scrape lost, nor when the line ends on an emoji's
shortcode (":wink:"). Each article is written for these tests. The articles with a colon
are spaced only (blank lines between blocks): in the compact layout (one line a paragraph,
no blank lines) a short line right after a line ending in a colon reads as what the colon
announced, not as a heading (heading detection, not levels); the article without one is
tested in both layouts."""

from __future__ import annotations

import pytest

import articlekit as ak
from tests.helpers import both_layouts, parse_checked


def _outline(art: ak.Article) -> list[tuple[int, str]]:
    return [(s.level, s.heading) for s in art.iter_sections() if s.heading is not None]


MIGRATION_LESSONS = """\
Moving Our Lab to a New Cluster

Last spring we moved every analysis of the lab to the university's new cluster.

Why we moved

The old machines were six years old and their disks failed twice in one winter.

What we learned

The move took longer than we planned, and most of the delay came from small things. We wrote them down as we went, so here they are, in the order we met them:

Pin your package versions

Two of our pipelines gave different numbers on the new machines until we pinned every package.

Test the restore, not the backup

Our first restore took a whole day because one archive was missing its index.

Ask the admins early

The cluster's team answered every question within a day once we knew whom to ask.

Conclusion

The new cluster runs our largest model in a third of the time the old one took.
"""


def test_a_paragraph_ending_in_a_colon_makes_its_heading_head_the_parts_below() -> None:
    art = parse_checked(MIGRATION_LESSONS)
    assert _outline(art) == [
        (1, "Why we moved"),
        (1, "What we learned"),
        (2, "Pin your package versions"),
        (2, "Test the restore, not the backup"),
        (2, "Ask the admins early"),
        (1, "Conclusion"),
    ]


PACKAGE_TOUR_WITH_LOST_CODE = """\
A First Look at the tallyr Package

The tallyr package counts words in large collections of text.

Counting words

Counting is the package's main job. It is fast, even on thousands of files. Let's see it with some code:

Reading the results

Each count comes back as a table with one row a word.

Saving the results

Tables can be written to a spreadsheet or a database.
"""


def test_a_colon_announcing_code_the_scrape_lost_heads_nothing() -> None:
    art = parse_checked(PACKAGE_TOUR_WITH_LOST_CODE)
    assert _outline(art) == [
        (1, "Counting words"),
        (1, "Reading the results"),
        (1, "Saving the results"),
    ]


SECURITY_TIPS_ENDING_ON_AN_EMOJI = """\
Keeping a Project's Accounts Safe

Small projects are easy targets, and a few habits protect them well.

Two-factor sign-in

Every maintainer should sign in with a second factor. If you have not turned it on yet, take the time to do it now :wink:

Backing up the repositories

A nightly copy of every repository protects the project from an accidental deletion.

Rotating tokens

Tokens used by automated jobs should be replaced every few months.
"""


@pytest.mark.parametrize("text", both_layouts(SECURITY_TIPS_ENDING_ON_AN_EMOJI))
def test_an_emoji_shortcode_at_the_end_of_a_paragraph_announces_nothing(text: str) -> None:
    art = parse_checked(text)
    assert _outline(art) == [
        (1, "Two-factor sign-in"),
        (1, "Backing up the repositories"),
        (1, "Rotating tokens"),
    ]


# The article's last heading asking or hailing the reader ("Your thoughts?", "See you next
# month!") closes the article, as "Conclusion" would: it is none of the parts of the heading
# with nothing under it above them. Under a closing heading ("Wrapping up" with nothing under
# it), such a heading is one of its parts.

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
