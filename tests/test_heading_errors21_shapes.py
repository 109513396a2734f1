"""Shapes of the heading errors left on the real corpora in the twenty-first session, in small
articles written for these tests (in both layouts: compact = one line a paragraph, no blank
lines; spaced = blank lines between blocks)."""

from __future__ import annotations

import pytest

import articlekit as ak
from tests.helpers import both_layouts, headings, parse_checked


def _levels(art: ak.Article) -> list[tuple[str, int]]:
    return [(s.heading, s.level) for s in art.iter_sections() if s.heading is not None]


def _items(art: ak.Article) -> list[str]:
    return [
        i.text for s in art.iter_sections() for b in s.blocks if b.kind == "list" for i in b.items
    ]


# Numbered sections, one of them a long line: the number marks it, as "###" would.
LONG_NUMBERED_SECTION = """\
Lessons from building a shared bird count database

We spent two winters gathering counts from forty volunteer groups into one database.

1. Keep the raw sheets untouched

Every sheet a group sent us went into a folder that no script is allowed to write to, so that we could always go back to what the volunteers had written on the day.

2. Write down every correction you make as a small script that anybody on the team can rerun later

When a count was wrong we fixed it in code, with a comment naming who reported the mistake and when, and the scripts run in order every time the database is rebuilt.

3. Share early

We published the first partial release after three months, and the feedback we got from the groups shaped the rest of the work more than any plan we had made.
"""


@pytest.mark.parametrize("text", both_layouts(LONG_NUMBERED_SECTION))
def test_a_long_numbered_line_among_numbered_sections_is_a_heading(text: str) -> None:
    art = parse_checked(text)
    assert headings(art) == [
        "1. Keep the raw sheets untouched",
        "2. Write down every correction you make as a small script that anybody on the team"
        " can rerun later",
        "3. Share early",
    ]


# The last of the numbered sections closes with a stray period.
STRAY_PERIOD = """\
What the review of our tide gauge package taught me

Two reviewers read the package over a month, and I changed more than I expected.

1. Documentation

The reviewers asked for an example at the top of every help page, and they were right.

2. Where to keep downloaded files

The package now stores the files it downloads in the user's data folder, not in the session.

3. Naming functions

Every function that reads a station's records now starts with the same prefix.

4. A lesson in reproducible work.

I now rebuild every figure of the vignette from a script that the checks run each night.
"""


@pytest.mark.parametrize("text", both_layouts(STRAY_PERIOD))
def test_a_stray_period_on_a_later_numbered_section_keeps_it_a_heading(text: str) -> None:
    art = parse_checked(text)
    assert headings(art) == [
        "1. Documentation",
        "2. Where to keep downloaded files",
        "3. Naming functions",
        "4. A lesson in reproducible work.",
    ]


def test_a_sentence_opening_the_numbered_lines_still_makes_them_a_list() -> None:
    # the first line sets how its sequence reads: a sentence there, a list of points
    text = STRAY_PERIOD.replace("1. Documentation", "1. Write documentation first.")
    for layout in both_layouts(text):
        art = parse_checked(layout)
        assert headings(art) == []
        assert _items(art)[0] == "Write documentation first."


# Numbered sections resumed after a numbered list of their own ("1."–"3." inside section 2).
RESUMED_AFTER_A_LIST = """\
How we run the seed library

The seed library lends seeds in spring and asks for some back in autumn.

1. Label everything

Every packet carries the variety, the year and the grower, written by hand.

2. Follow one path for each donation

A donation goes through the same steps, whoever brings it:

1. We weigh the seeds and note the weight.
2. We test a few of them for germination.
3. We pack the rest in paper envelopes.

Nothing skips a step, even when the shelves are empty.

3. Open the books

Anybody can read the ledger of what came in and what went out.

4. Keep growing

We add new varieties every year from the gardens of our members.
"""


@pytest.mark.parametrize("text", both_layouts(RESUMED_AFTER_A_LIST))
def test_numbered_sections_resume_after_a_numbered_list(text: str) -> None:
    art = parse_checked(text)
    assert headings(art) == [
        "1. Label everything",
        "2. Follow one path for each donation",
        "3. Open the books",
        "4. Keep growing",
    ]
    assert _items(art) == [
        "We weigh the seeds and note the weight.",
        "We test a few of them for germination.",
        "We pack the rest in paper envelopes.",
    ]


# A heading right above numbered sections heads them, and none after them.
HEADED_NUMBERED_SECTIONS = """\
Notes from our first year of open data

We opened the city's sensor data a year ago; here is what we learned.

Three surprises

1. People wanted raw files

Most requests were for the raw readings, not for the charts we had prepared.

2. Schools came first

Teachers were among the earliest and most regular users of the data.

3. Errors were found fast

Within a week, users had reported two sensors that read far too high.

What comes next

We will add air quality readings from the harbour in the spring.
"""


@pytest.mark.parametrize("text", both_layouts(HEADED_NUMBERED_SECTIONS))
def test_a_heading_right_above_numbered_sections_heads_them_only(text: str) -> None:
    art = parse_checked(text)
    assert _levels(art) == [
        ("Three surprises", 1),
        ("1. People wanted raw files", 2),
        ("2. Schools came first", 2),
        ("3. Errors were found fast", 2),
        ("What comes next", 1),
    ]


# What a program printed about files in the writer's home or temporary folder.
PRINTED_PATHS = """\
Checking the spelling of a package

The new function sets up a test that checks the spelling of the documentation on every run.

spelling::spell_check_setup("~/code/tidepool")

No changes required to /Users/ana/code/tidepool/inst/WORDLIST

Updated /Users/ana/code/tidepool/tests/spelling.R

From now on, the tests list every word the dictionary does not know, without failing.

Saving the report

The report goes to a temporary file until you choose where to keep it.

Report written to /tmp/Rtmp8Xk2/spelling-report.html

Open it in a browser to read the words one by one and add the good ones to the list.
"""


@pytest.mark.parametrize("text", both_layouts(PRINTED_PATHS))
def test_lines_naming_files_in_a_home_or_temporary_folder_are_not_headings(text: str) -> None:
    art = parse_checked(text)
    assert headings(art) == ["Saving the report"]


# A system path may name what a section is about.
SYSTEM_PATH_HEADING = """\
Setting up the web server

The server runs on a small virtual machine with two cores and four gigabytes of memory.

Editing /etc/nginx/nginx.conf

Open the file as root and add a server block for the site, with the folder it serves and the port it listens on.

Restarting the service

Reload the configuration and check the log for errors before you close the session.
"""


def test_a_system_path_in_a_heading_keeps_it_a_heading() -> None:
    art = parse_checked(SYSTEM_PATH_HEADING)
    assert "Editing /etc/nginx/nginx.conf" in headings(art)


# Lines that run on into the list under them: they end on a relative pronoun, a modal, a
# preposition or a verb without its object.
RUN_ON_LINES = """\
How our review process changed

We looked back at two years of submissions before we changed anything.

A narrower scope

We now review packages from

- data retrieval,
- data cleaning,
- and data publication.

The reviewers are volunteers who

- know the field of the package,
- have written a package of their own.

By sharing the checklist early, authors can

- fix the easy problems before the review,
- and ask questions in the open.

Where do the reviewers come from?

Most of them answered a call on the forum, and a few were suggested by the authors.

About

This page is kept by the editors of the review board.
"""


@pytest.mark.parametrize("text", both_layouts(RUN_ON_LINES))
def test_lines_that_run_on_into_a_list_are_not_headings(text: str) -> None:
    art = parse_checked(text)
    assert headings(art) == ["A narrower scope", "Where do the reviewers come from?", "About"]


# A post embedded from a social network, its credit (who, when) closing its line.
EMBEDDED_POSTS = """\
Two days of building things together

The second day started with coffee and a round of short demos from every team.

Cake decorating at the hackathon ! — Lena Hart - October 25, 2017

Lunch came with a tour of the building and a short talk about its history.

Enjoy! 🎉— Tide Club October 26, 2017

What we built

Six teams finished a working prototype, and four of them have since become packages.

Version 2.0 — March 3, 2024

The second release of the tide package came out a few months later.
"""


@pytest.mark.parametrize("text", both_layouts(EMBEDDED_POSTS))
def test_an_embedded_post_with_its_credit_is_not_a_heading(text: str) -> None:
    art = parse_checked(text)
    assert headings(art) == ["What we built", "Version 2.0 — March 3, 2024"]


# A program's menu and its fields set to a flag's value.
FLAG_VALUES_POST = """\
Updating the word list

The function asks before it changes anything in the package.

Do you want to add these words to the list?

1: Yes

2: No

Choose the first answer to keep the words for the next checks.

Filters of the download

The summary printed under the call names every filter that was applied.

Unreviewed records only: No

Whole lists only: Yes

Both filters are off by default, so the download holds every record of the region.
"""


@pytest.mark.parametrize("text", both_layouts(FLAG_VALUES_POST))
def test_lines_ending_on_a_flag_value_are_not_headings(text: str) -> None:
    art = parse_checked(text)
    assert "1: Yes" not in headings(art)
    assert "Unreviewed records only: No" not in headings(art)
    assert "Whole lists only: Yes" not in headings(art)
    assert "Filters of the download" in headings(art)


# A callout's label or a program's message opening a short line.
CALLOUT_LINES = """\
Slicing the map data

The new function cuts a collection of shapes by any of their properties.

note: this function used to be called cut_shapes

Reading the forecast

The forecast for a storm comes as a set of files, one for each advisory.

Error: No data available for this advisory

The call above fails because the advisory was never published.

Warning: the server limits you to ten requests a minute

Wait between calls when you download many storms at once.
"""


@pytest.mark.parametrize("text", both_layouts(CALLOUT_LINES))
def test_a_line_opening_with_a_callout_label_is_not_a_heading(text: str) -> None:
    art = parse_checked(text)
    assert headings(art) == ["Reading the forecast"]
