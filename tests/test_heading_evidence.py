"""Heading decisions that take evidence from the whole article, not from one line and its
neighbours: each test is a small article written for it."""

from __future__ import annotations

import articlekit as ak


def headings(source: str) -> list[str]:
    article = ak.parse(source, format="text")
    return [s.heading for s in article.iter_sections() if s.heading]


TEAM_CARDS = """\
Building a Seed Library

Our town opened a seed library last spring. Members borrow seeds in April and return seeds from their best plants in the autumn, so the collection adapts to local soil.

Who Runs It

Priya Natarajan

Role: Coordinator of the volunteer rota

Background: Retired teacher and allotment holder

Tomas Berg

Role: Keeper of the seed catalogue and its labels

Background: Botanist at the county herbarium

Get Involved

Drop in on any Saturday morning; no experience is needed and the kettle is always on.
"""


def test_recurring_fields_are_records_not_headings() -> None:
    # "Role:" and "Background:" recur side by side for every person: fields of a card, and
    # the name above them heads no section
    assert headings(TEAM_CARDS) == ["Who Runs It", "Get Involved"]


PREFIXED_HEADINGS = """\
Moving a Newsroom to the Cloud

We moved our publishing system off its own servers last year. This is what we learned along the way, good and bad.

Challenge: Keeping the archive searchable

Twenty years of articles live in the old database, and readers search them every day. We rebuilt the index before moving a single page.

Challenge: Training the night desk

The night editors had used the same tools for a decade. We paired each of them with a developer for the first two weeks of the switch.

Outcome

Pages load faster and the night desk now asks for features instead of fixes.
"""


def test_a_series_of_prefixed_headings_stays_headings() -> None:
    # "Challenge:" recurs, but each line heads a passage rather than sitting beside
    # another field
    assert headings(PREFIXED_HEADINGS) == [
        "Challenge: Keeping the archive searchable",
        "Challenge: Training the night desk",
        "Outcome",
    ]


CHEERS = """\
Tidying a Shared Drive

Our team drive had grown to forty thousand files, half of them copies. We spent a week cleaning it up with a small script.

Finding the duplicates

The script hashes every file and groups files that share a hash. It printed three thousand groups on the first run.

Thanks to Ana Lopes for this Great Tip! 🎉

Deciding what to keep

We kept the oldest copy of each file and moved the rest to an archive folder for a month, in case anyone missed them.

Get Involved!

Write to the office team if you want the script for your own drive.
"""


def test_an_exclamation_above_a_heading_closes_the_passage() -> None:
    # the cheer would head an empty section; "Get Involved!" heads a passage and stays
    assert headings(CHEERS) == ["Finding the duplicates", "Deciding what to keep", "Get Involved!"]


MEETUPS_COMPACT = """\
Meet the Maintainers at Spring Events
Our maintainers are travelling this spring to talk about the toolkit, help with migrations and hear what you would like us to build next.
Where can you find us?
When | Who | Where
April 3 | Lena Ortiz | Lisbon
April 19 | Sam Okafor | Nairobi
Will there be recordings?
Every talk is filmed and the videos go up on our channel a week after each event.
"""


def test_a_question_above_a_table_heads_it() -> None:
    # a table under a question says nothing of the question closing a passage: the
    # question heads the table as a statement would (in compact text a sentence-case line
    # above a table has too little evidence either way; in Title Case it is a heading)
    spaced = MEETUPS_COMPACT.replace("\n", "\n\n")
    assert headings(spaced) == ["Where can you find us?", "Will there be recordings?"]
    titled = MEETUPS_COMPACT.replace("Where can you find us?", "Where Can You Find Us?")
    assert headings(titled) == ["Where Can You Find Us?", "Will there be recordings?"]


FRONT_MATTER = """\
Writing a Report in Plain Text

Every report starts with a short block of settings that the converter reads before the text itself.

---
title: Quarterly figures
author: "Dana Whitfield"
output: pdf_document
---

The settings name the report and pick the output format. Everything below the closing dashes is the report.

Choosing a format

Most teams pick the PDF output; the web page output suits reports that change every week.
"""


def test_settings_of_a_front_matter_block_are_not_headings() -> None:
    # neither 'author: "…"' nor "output: pdf_document" above the closing "---" is a heading
    assert headings(FRONT_MATTER) == ["Choosing a format"]


def test_a_package_tagline_may_still_be_a_heading() -> None:
    source = (
        "Three Small Tools\n\n"
        "We reviewed three packages this month.\n\n"
        "bibclean: from messy references to tidy tables\n\n"
        "The first package reads reference files and returns one row per entry, with the "
        "authors split into a list and the year as a number.\n"
    )
    assert "bibclean: from messy references to tidy tables" in headings(source)


def test_a_heading_may_end_in_emoji() -> None:
    source = (
        "Our Year in Review\n\n"
        "It was a busy year for the garden club, with two new beds and a seed swap.\n\n"
        "New Members 👩🏼\u200d🌾🧑🏽\u200d🌾\n\n"
        "Fourteen people joined this year, most of them from the new flats by the river, "
        "and half of them now run a bed of their own.\n"
    )
    assert [h[:11] for h in headings(source)] == ["New Members"]


def test_a_printed_null_is_not_a_heading() -> None:
    source = (
        "Cleaning Up a List\n\n"
        "Removing the last element of an empty list prints nothing useful at all.\n\n"
        "NULL\n\n"
        "That is why we check the length of the list first, and return early when it is empty.\n"
    )
    assert headings(source) == []


COMPACT_NEWSLETTER = """\
Neighbourhood News, Spring Edition
Welcome to the spring edition of our newsletter, with news from the garden, the library and the repair cafe, and a few dates for your diary before the summer break.
The repair cafe now opens on the first Saturday of every month!
Volunteers fixed forty toasters, lamps and bicycles at the last session, and the queue reached the end of the street before noon, so we added a second table for electrical repairs.
Bring your broken things in a bag with your name on it, and stay for a coffee while you wait.
The library garden needs more hands on Sunday mornings this spring
The beds by the reading room were dug over in March, and the seedlings from the school are ready to go in as soon as the nights stay above freezing for a week or two.
"""


def test_in_a_compact_article_a_line_above_a_full_paragraph_stands_apart() -> None:
    # one paragraph per line and no blank line anywhere: a short line above a full
    # paragraph is as apart as this layout allows
    assert headings(COMPACT_NEWSLETTER) == [
        "The repair cafe now opens on the first Saturday of every month!",
        "The library garden needs more hands on Sunday mornings this spring",
    ]


def test_a_spaced_article_gives_no_such_credit() -> None:
    # the same lines glued above their paragraphs in an article that otherwise separates
    # its blocks with blank lines end what is above them instead
    spaced = COMPACT_NEWSLETTER.replace("\nVolunteers", "\n\nVolunteers").replace(
        "\nThe beds", "\n\nThe beds"
    )
    assert "The repair cafe now opens on the first Saturday of every month!" not in headings(spaced)


COMPACT_TUTORIAL = """\
Counting Birds with a Script
We keep a yearly count of the birds in the park, and this year we wrote a small script to add up the tallies from every volunteer instead of doing it by hand.
Install the package
install.packages("birdcount")
library(birdcount)
Each volunteer sends a sheet with one row per sighting, and the script reads them all from one folder.
"""


def test_in_a_compact_article_a_setup_line_above_code_heads_its_section() -> None:
    assert headings(COMPACT_TUTORIAL) == ["Install the package"]


def test_in_a_compact_article_a_line_introducing_code_stays_text() -> None:
    # not a section that installs anything: the line introduces the code under it
    source = COMPACT_TUTORIAL.replace("Install the package", "Then count the sheets")
    assert headings(source) == []


def test_a_line_opening_with_and_finishes_a_sentence() -> None:
    source = (
        "Printing Labels at Home\n\n"
        "Open the template, type the addresses into the table, press print\n\n"
        "and you get a full sheet!\n\n"
        "The template fits the common sheets of twenty-one labels, three across and seven "
        "down, sold in most stationery shops.\n"
    )
    assert headings(source) == []
