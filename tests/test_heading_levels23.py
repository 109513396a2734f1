"""Heading levels of questions with nothing under them: a question asking what, how or why
("What's new?") right above another heading heads the parts that answer it, as any heading
with nothing under it would; a question put to the reader ("Are you ready to start?") or one
of a run of questions heads nothing. Each article is written for these tests, in both layouts
(compact: one line a paragraph, no blank lines; spaced: blank lines between blocks) where the
compact layout keeps the question a heading: a lone question line between a paragraph and a
heading reads there as the paragraph's last sentence (heading detection, not levels), so the
tests of a question over parts are spaced only."""

from __future__ import annotations

import pytest

import articlekit as ak
from tests.helpers import both_layouts, parse_checked


def _outline(art: ak.Article) -> list[tuple[int, str]]:
    return [(s.level, s.heading) for s in art.iter_sections() if s.heading is not None]


RELEASE_WITH_A_QUESTION_OVER_ITS_PARTS = """\
Lantern 2.4 Is Out

Lantern 2.4 is available from today, three months after the last feature release.

What's new?

Faster indexing

Large folders are now indexed in half the time, and the index takes less space on disk.

A quieter command line

Progress bars no longer fill the log when the output is not a terminal.

Plugin settings

Each plugin can now keep its own settings in the main configuration file.

What's next?

The next release will bring a new query language, which is already in review.
"""


def test_a_what_question_with_nothing_under_it_heads_the_parts_below_it() -> None:
    art = parse_checked(RELEASE_WITH_A_QUESTION_OVER_ITS_PARTS)
    assert _outline(art) == [
        (1, "What's new?"),
        (2, "Faster indexing"),
        (2, "A quieter command line"),
        (2, "Plugin settings"),
        (1, "What's next?"),
    ]


HOW_QUESTION_OVER_STEPS = """\
Backing Up a Small Office

Most small offices keep their files on one machine and hope for the best.

How does the setup work?

The file server

One machine in the office keeps the shared folders and takes a snapshot every night.

The offsite copy

Once a week the newest snapshot is copied to a disk kept at someone's home.

Conclusion

Two copies in two places cost little and save a great deal of worry.
"""


def test_a_how_question_heads_its_parts_up_to_the_closing_heading() -> None:
    art = parse_checked(HOW_QUESTION_OVER_STEPS)
    assert _outline(art) == [
        (1, "How does the setup work?"),
        (2, "The file server"),
        (2, "The offsite copy"),
        (1, "Conclusion"),
    ]


READERS_QUESTION = """\
Growing Tomatoes on a Balcony

A balcony that gets six hours of sun a day is enough for a good crop of tomatoes.

Are you ready to start?

Choosing the pots

Pick pots of at least twenty litres, with holes in the bottom for the water to drain.

Watering

Water in the morning, at the foot of the plant, and never on the leaves.
"""


@pytest.mark.parametrize("text", both_layouts(READERS_QUESTION), ids=["spaced", "compact"])
def test_a_yes_or_no_question_to_the_reader_heads_nothing(text: str) -> None:
    art = parse_checked(text)
    assert {level for level, _ in _outline(art)} == {1}


QUESTIONS_WITHOUT_ANSWERS = """\
Volunteering at the Library

The town library is looking for volunteers for its reading hours.

What do volunteers do?

How much time does it take?

Most volunteers come for two hours a week, on a day that suits them.

Who can apply?

Anyone over sixteen who enjoys reading aloud.
"""


@pytest.mark.parametrize("text", both_layouts(QUESTIONS_WITHOUT_ANSWERS), ids=["spaced", "compact"])
def test_a_question_right_above_another_question_is_one_of_a_series(text: str) -> None:
    art = parse_checked(text)
    assert {level for level, _ in _outline(art)} == {1}


NUMBERED_STEPS_UNDER_A_HEADING = """\
Tidying a Bird Survey

Every spring the club counts the birds in the park, and every spring the sheet is a mess.

Working through the sheet

The cleaning takes three passes, each of them a short script of its own.

1. Fixing the names

Common names are matched against the club's list, and misspelt ones are corrected.

2. Dropping duplicates

Counts entered twice by two volunteers are kept only once.

3. Adding the weather

Each count gets the temperature and the wind of its morning.

Sharing the results

The tidy sheet goes on the club's website every June.
"""


@pytest.mark.parametrize(
    "text", both_layouts(NUMBERED_STEPS_UNDER_A_HEADING), ids=["spaced", "compact"]
)
def test_a_heading_over_a_run_of_numbered_headings_heads_the_run(text: str) -> None:
    art = parse_checked(text)
    assert _outline(art) == [
        (1, "Working through the sheet"),
        (2, "1. Fixing the names"),
        (2, "2. Dropping duplicates"),
        (2, "3. Adding the weather"),
        (1, "Sharing the results"),
    ]


NUMBERING_RESUMED = """\
Tidying a Bird Survey

Every spring the club counts the birds in the park, and every spring the sheet is a mess.

1. Fixing the names

Common names are matched against the club's list, and misspelt ones are corrected.

A note on subspecies

Subspecies are counted under their species, as the club has always done.

2. Dropping duplicates

Counts entered twice by two volunteers are kept only once.
"""


@pytest.mark.parametrize("text", both_layouts(NUMBERING_RESUMED), ids=["spaced", "compact"])
def test_a_heading_before_the_second_numbered_heading_heads_nothing(text: str) -> None:
    art = parse_checked(text)
    levels = {heading: level for level, heading in _outline(art)}
    assert levels["1. Fixing the names"] == levels["2. Dropping duplicates"]
    assert levels["A note on subspecies"] <= levels["2. Dropping duplicates"]


POINTING_AHEAD = """\
Harbor 3.0 Released

Harbor 3.0 is out, after a year of work by forty contributors.

Major changes

This release reworks the core of the server. Here are the changes you will notice first.

Faster startup

The server now starts in under a second, even with a thousand sites configured.

Smaller downloads

The installer has lost half its size, since the documentation moved online.

Thanks

Thanks to everyone who tested the release candidates.
"""


@pytest.mark.parametrize("text", both_layouts(POINTING_AHEAD), ids=["spaced", "compact"])
def test_a_last_sentence_pointing_ahead_makes_its_heading_head_the_parts_below(
    text: str,
) -> None:
    art = parse_checked(text)
    assert _outline(art) == [
        (1, "Major changes"),
        (2, "Faster startup"),
        (2, "Smaller downloads"),
        (1, "Thanks"),
    ]


POINTING_NOWHERE = """\
Harbor Monthly, May

Here is what happened around the project this month.

New releases

The following plugins were updated: cache (v1.2), proxy (v0.9) and logs (v2.0).

Events

We will meet in Lisbon in the autumn. Let us know if you would like to give a talk there.

Help wanted

Two plugins are looking for new maintainers.
"""


@pytest.mark.parametrize("text", both_layouts(POINTING_NOWHERE), ids=["spaced", "compact"])
def test_an_inline_list_or_a_call_to_write_in_points_at_no_parts(text: str) -> None:
    art = parse_checked(text)
    assert {level for level, _ in _outline(art)} == {1}


PAPER_WITH_AN_ABSTRACT = """\
Counting Swifts with Thermal Cameras

Abstract

Thermal cameras counted swifts leaving their roosts as well as trained observers did.

1. Introduction

Swifts roost in chimneys and leave them at dusk, too fast to count by eye.

2. Methods

Two cameras filmed three roosts on twenty evenings.
"""


@pytest.mark.parametrize("text", both_layouts(PAPER_WITH_AN_ABSTRACT), ids=["spaced", "compact"])
def test_an_abstract_above_numbered_sections_heads_none_of_them(text: str) -> None:
    art = parse_checked(text)
    assert {level for level, _ in _outline(art)} == {1}


# A first heading that only starts the title's words is a section, not the headline
# repeated under the title: it heads nothing. (Found by the plain-text round trip's
# Hypothesis property: "Kaka Kakaka Kakaka" under the title "Kaka Kakaka Kakaka Kalo".)
TITLE_THEN_A_HEADING_THAT_STARTS_IT = """\
Getting Started With Tidal Streams

Getting Started With Tidal

Install the package and open a stream to the sample station.

Reading the Gauges

Each gauge reports its level every six minutes.

Plotting a Week

A week of readings fits on one chart.
"""

TITLE_WITH_SITE_THEN_ITS_HEADLINE = """\
Tidal streams turn two! - The Harbour Blog

Tidal streams turn two!

Two years ago we published the first version of the package.

Reading the Gauges

Each gauge reports its level every six minutes.

Plotting a Week

A week of readings fits on one chart.
"""


def test_a_heading_starting_the_title_heads_nothing() -> None:
    art = parse_checked(TITLE_THEN_A_HEADING_THAT_STARTS_IT)
    assert art.title == "Getting Started With Tidal Streams"
    assert _outline(art) == [
        (1, "Getting Started With Tidal"),
        (1, "Reading the Gauges"),
        (1, "Plotting a Week"),
    ]


def test_the_headline_repeated_under_a_title_with_the_site_heads_the_body() -> None:
    art = parse_checked(TITLE_WITH_SITE_THEN_ITS_HEADLINE)
    assert art.title == "Tidal streams turn two! - The Harbour Blog"
    assert _outline(art) == [
        (1, "Tidal streams turn two!"),
        (2, "Reading the Gauges"),
        (2, "Plotting a Week"),
    ]
