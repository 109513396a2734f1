"""Heading shapes left open by the twenty-first session's held-out sample (long questions in
a series of question headings, …), in small articles written for these tests, in both
layouts (compact = one line a paragraph, no blank lines; spaced = blank lines between
blocks)."""

from __future__ import annotations

import pytest

from tests.helpers import both_layouts, headings, parse_checked

# An interview asks short questions and then longer ones; the longer ones (over the usual
# heading length) head their answers as the short ones do.
INTERVIEW = """\
Meet Our New Data Engineer

We are happy to welcome a new colleague to the team this month, and we asked her a few questions about her work.

What’s your background?

I studied hydrology and spent six years building pipelines for river gauges before moving to software full time.

What is your favourite tool?

A plain text editor and a fast terminal; everything else changes every few years.

How do you spend a day off?

On the river with a borrowed canoe, far away from any screen.

What will you be working on first and what do you expect to be the hardest part of it?

I will start with the ingestion of the sensor archive, and the hardest part will be the gaps in the old records.

What would you like the data platform to look like by the end of next year if everything goes well?

Fewer moving parts, documented end to end, and a test suite that catches schema changes before they ship.
"""


@pytest.mark.parametrize("text", both_layouts(INTERVIEW))
def test_long_questions_in_a_series_of_question_headings_are_headings(text: str) -> None:
    art = parse_checked(text)
    assert headings(art) == [
        "What’s your background?",
        "What is your favourite tool?",
        "How do you spend a day off?",
        "What will you be working on first and what do you expect to be the hardest part of it?",
        "What would you like the data platform to look like by the end of next year if everything goes well?",
    ]


# A long question with commas inside an answer is the answer's sentence, even on a page of
# question headings.
INTERVIEW_WITH_ASIDE = """\
Five Questions for the Release Manager

The release manager of the project answered a few questions from our readers this week.

What does a release week look like?

Mostly waiting for the last pull requests and reading changelogs.

When I open the dashboard on Monday, the first thing I ask myself is, what can still slip to the next release?

That question decides the rest of the week for everyone involved.

How do you pick the release name?

We draw it from a list of rivers that contributors suggest.

What is the hardest part?

Saying no to a feature that is almost ready.
"""


@pytest.mark.parametrize("text", both_layouts(INTERVIEW_WITH_ASIDE))
def test_long_question_with_commas_stays_a_paragraph(text: str) -> None:
    art = parse_checked(text)
    assert headings(art) == [
        "What does a release week look like?",
        "How do you pick the release name?",
        "What is the hardest part?",
    ]


# Prose with one long question among statements is not a series.
ONE_LONG_QUESTION = """\
Why We Moved Our Builds

Our builds took forty minutes last spring, and nobody on the team could say which step was slow.

What would it take to bring the whole pipeline under ten minutes without buying new machines?

We started by timing every step for a week and writing the numbers into a shared sheet.

The answer turned out to be the cache, which was rebuilt from scratch on every run.
"""


@pytest.mark.parametrize("text", both_layouts(ONE_LONG_QUESTION))
def test_one_long_question_among_statements_is_not_a_heading(text: str) -> None:
    assert headings(parse_checked(text)) == []


# A tutorial heads its steps "Step N: …"; a step's title may run past the usual heading
# length, its number marks it, and in the compact layout it sits right between two lines
# of code.
STEPS = """\
Publishing a Map from Your Own Data

This walk-through turns a table of sightings into a map that anyone can open in a browser.

Step 1: Load the sightings

sightings <- read.csv("sightings.csv")

Step 2: Write the points out as a map file

write_points(sightings, "maps/sightings.geojson")

Step 3: Open a terminal in the maps folder and commit the new file to your repository

cd maps

git add sightings.geojson

That is all: the hosting service draws the map from the file on its own.
"""


@pytest.mark.parametrize("text", both_layouts(STEPS))
def test_long_step_heading_between_code_lines_is_a_heading(text: str) -> None:
    art = parse_checked(text)
    assert headings(art) == [
        "Step 1: Load the sightings",
        "Step 2: Write the points out as a map file",
        "Step 3: Open a terminal in the maps folder and commit the new file to your repository",
    ]
    assert [b.kind for b in art.sections[-1].blocks] == ["code", "paragraph"]


# A scraper writes the page's title and then the article's own headline, the same words:
# that headline is the body's one top heading and the sections sit under it.
REPEATED_TITLE = """\
Moving Our Builds to Shared Runners

Moving Our Builds to Shared Runners

Last quarter we moved every build of the project from our own machines to shared runners, and this post tells how it went.

Why We Moved

Our machines were old, and keeping them patched took a day of someone's time every month.

What Changed for Contributors

Builds now start within a minute of a push, and the logs stay online for ninety days.

What Comes Next

We will move the release builds too once the signing keys have a safe home.
"""


def _levels(text: str) -> list[tuple[int, str]]:
    art = parse_checked(text)
    return [(s.level, s.heading) for s in art.iter_sections() if s.heading is not None]


@pytest.mark.parametrize("text", both_layouts(REPEATED_TITLE))
def test_headline_repeating_the_title_heads_the_sections(text: str) -> None:
    assert _levels(text) == [
        (1, "Moving Our Builds to Shared Runners"),
        (2, "Why We Moved"),
        (2, "What Changed for Contributors"),
        (2, "What Comes Next"),
    ]


@pytest.mark.parametrize("text", both_layouts(REPEATED_TITLE))
def test_sections_without_the_repeated_headline_stay_at_the_top(text: str) -> None:
    title, _, rest = text.partition("\n")
    without = title + "\n" + rest.lstrip("\n").partition("\n")[2]
    assert _levels(without) == [
        (1, "Why We Moved"),
        (1, "What Changed for Contributors"),
        (1, "What Comes Next"),
    ]


# Compact text (no blank lines anywhere): a column of short rows without bullets, then the
# next section's heading in Title Case, then prose. The rows share their case; the heading
# does not, and is no row.
FEATURES_THEN_SECTION = """\
Getting Started with the Field Recorder
The recorder is small enough to fit in a coat pocket and runs for a full day on two batteries.
Its main features are:
Two built-in microphones
A limiter that catches sudden peaks
Recording to memory cards of any size
USB charging
Setting Up the Recorder
Insert the batteries and the card, then hold the power button for two seconds until the screen lights up.
Choosing a Format
Most people should record in uncompressed WAV, which every editor can open.
"""


def test_title_case_heading_after_rows_in_compact_text() -> None:
    art = parse_checked(FEATURES_THEN_SECTION)
    assert headings(art) == ["Setting Up the Recorder", "Choosing a Format"]
    assert art.sections[0].heading is None
    assert len(art.sections[0].blocks) == 6  # the lead, the lead-in and the four rows


# A name capitalised throughout at the end of a column is a row like the others.
INGREDIENTS = """\
A Quick Flatbread for Weeknights
These flatbreads take twenty minutes from bowl to plate and need nothing you would not already have in the cupboard.
Ingredients
2 cups plain flour
1 teaspoon salt
3 tablespoons olive oil
Greek Yogurt
Mix the flour and salt, then stir in the yogurt and oil until a soft dough forms, and rest it for ten minutes.
Cooking
Roll the dough thin and cook each piece in a hot dry pan for a minute on each side.
"""


def test_name_at_the_end_of_a_column_is_no_heading() -> None:
    assert headings(parse_checked(INGREDIENTS)) == ["Ingredients", "Cooking"]


# A release note's headings are set in Title Case; one of them runs past the usual heading
# length. A long line in sentence case, or one of two sentences, is text.
LONG_TITLE_CASE = """\
Harbor 4.0 Released

Harbor 4.0 is out today, with a new storage engine and a faster start on older machines.

What's New

The storage engine now writes its journal in the background, so saving a large project no longer blocks the editor.

Final Steps Toward Requiring Signed Plugins for Every Workspace on Shared Machines (in Harbor 5)

Since version 2 we have warned when an unsigned plugin loads; from the next major release such plugins will not load at all.

The last release that loads unsigned plugins without any warning is the one we published two years ago

Harbor Tiles - Draw Maps From Local Files. Author: Jo Lee; Reviewers: Sam Fox, Ana Ruiz

Thanks to everyone who tested the betas and sent us their crash reports.
"""


@pytest.mark.parametrize("text", both_layouts(LONG_TITLE_CASE))
def test_long_title_case_line_is_a_heading(text: str) -> None:
    assert headings(parse_checked(text)) == [
        "What's New",
        "Final Steps Toward Requiring Signed Plugins for Every Workspace on Shared Machines (in Harbor 5)",
    ]
