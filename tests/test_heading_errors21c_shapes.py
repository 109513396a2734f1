"""Heading errors of the twenty-first session's third corpus pass, in small articles written
for these tests (compact = one line a paragraph, no blank lines; spaced = blank lines between
blocks)."""

from __future__ import annotations

import pytest

from tests.helpers import both_layouts, headings, parse_checked

# What a knitr chunk printed, each line behind "## ", a paragraph apart in the spaced layout:
# the lines that read as words belong to the output with the URL and the path around them.
KNITR_MESSAGES = """\
Fetching crash records

Load the package, then fetch one year of records in their raw form.

# Fetching

Ask for the raw table and the package tells you where it put the file:

crashes = get_crashes(year = 2017, format = FALSE)

## Files found: accidents_2017.zip

##    http://example.org/open-data/accidents_2017.zip

## Data already on disk, not downloading again

## Data saved at /tmp/Rtmp1234/accidents_2017/acc.csv

## Reading in:

##    /tmp/Rtmp1234/accidents_2017/acc.csv

The first columns are raw, the rest come formatted by the package.

# Plotting

Plot the crashes on a map of the county.
"""


@pytest.mark.parametrize("text", both_layouts(KNITR_MESSAGES))
def test_knitr_messages_between_printed_lines_are_output(text: str) -> None:
    art = parse_checked(text)
    assert headings(art) == ["Fetching", "Plotting"]
    code = "\n".join(b.text for s in art.iter_sections() for b in s.blocks if b.kind == "code")
    assert "Data already on disk" in code


# A real "## " heading right after printed output stays a heading: it ends the run of "## "
# lines, with prose under it. (Spaced only: in the compact layout a "## " line glued to the
# output is taken into it, a limit older than this rule.)
KNITR_THEN_HEADING = """\
Counting stations

Ask the service how many stations report rainfall.

## Counting

The stations come back as a vector, so count its entries:

length(stations)

## [1] 129

## [1] 42

## Next steps

With the stations counted we can fetch their daily records.
"""


def test_a_heading_after_printed_output_stays_a_heading() -> None:
    art = parse_checked(KNITR_THEN_HEADING)
    assert headings(art) == ["Counting", "Next steps"]


# A command typed into an issue comment for a bot, on a line of its own under the sentence
# that shows it: code to type, not a heading over what follows.
BOT_COMMANDS = """\
Reviews run by a bot

Our editors no longer run the checks by hand on their own machines.

Checks

Anyone can ask for the checks with a comment on the issue:

@review-helper-bot check package

The bot answers within minutes with a report on the package.

To assign a reviewer, an editor writes

@review-helper-bot add @ana to reviewers

and the reviewer is recorded in the issue and in our database.

Troubleshooting

Check that the bot has access to the repository and try again.
"""


@pytest.mark.parametrize("text", both_layouts(BOT_COMMANDS))
def test_a_command_for_a_bot_is_code(text: str) -> None:
    art = parse_checked(text)
    assert headings(art) == ["Checks", "Troubleshooting"]
    code = [b.text for s in art.iter_sections() for b in s.blocks if b.kind == "code"]
    assert code == ["@review-helper-bot check package", "@review-helper-bot add @ana to reviewers"]


# A roxygen tag can open a heading of a news digest, and so can a command with more to say.
TAGS_AS_HEADINGS = """\
Package news for March

A few tips for package developers this month.

@examplesIf for examples that need a connection

Some examples in a manual only run when a service is reachable, and a tag says so.

@review-helper-bot help: fewer steps, more commands!

The bot lists its commands when you ask it for help.
"""


@pytest.mark.parametrize("text", both_layouts(TAGS_AS_HEADINGS))
def test_a_tag_or_a_sentence_about_a_command_is_no_command(text: str) -> None:
    art = parse_checked(text)
    assert not [b for s in art.iter_sections() for b in s.blocks if b.kind == "code"]


def test_a_roxygen_tag_opens_a_heading() -> None:
    art = parse_checked(TAGS_AS_HEADINGS)
    assert headings(art)[0] == "@examplesIf for examples that need a connection"
