"""Shapes met in the twenty-first held-out sample (a framework's release blog), in small
articles written for these tests (in both layouts where the layout matters: compact = one line
a paragraph, no blank lines; spaced = blank lines between blocks)."""

from __future__ import annotations

import pytest

import articlekit as ak
from tests.helpers import assert_accounted, block_texts, compact, in_layout, parse_checked


def _headings(art: ak.Article) -> list[str]:
    return [s.heading for s in art.iter_sections() if s.heading is not None]


def _items(art: ak.Article) -> list[str]:
    return [
        item.text
        for section in art.iter_sections()
        for block in section.blocks
        if block.kind == "list"
        for item in block.items
    ]


def _levels(art: ak.Article) -> dict[str, int]:
    return {s.heading: s.level for s in art.iter_sections() if s.heading is not None}


# Release notes whose install widget (a box of tabbed commands) the scraper dropped: the line
# that announced it with a colon now stands right above the section that follows, whose
# heading tops its first subheading.
DROPPED_WIDGET = """\
Announcing Quill 3.2

The Quill team is glad to announce the 3.2 release, with faster builds and a new plugin hook.

Upgrading

Bump both the command line tool and the library to 3.2. You can upgrade them with:

What's new in 3.2

Faster incremental builds

Builds now reuse the parsed templates of the previous run, so a change to one page rebuilds that page and the pages that include it, and nothing else. On our own site a rebuild went from nine seconds to under one.

A hook before rendering

Plugins can now register a function that runs on every page before it is rendered, to add fields to its front matter or to skip it altogether.
"""


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_heading_under_a_colon_tops_its_first_subheading(layout: str) -> None:
    text = DROPPED_WIDGET if layout == "spaced" else compact(DROPPED_WIDGET)
    art = parse_checked(text)
    heads = _headings(art)
    assert "What's new in 3.2" in heads
    assert "Faster incremental builds" in heads
    levels = _levels(art)
    assert levels["Faster incremental builds"] > levels["What's new in 3.2"]


# What a colon announces is still not a heading: a short line under it with no section below.
ANNOUNCED_ITEMS = """\
Packing for the hike

The list is short, and everything on it fits in a day pack. You will need:

A rain jacket

Two litres of water

Sturdy shoes

The trail is rocky in places, so shoes with a good grip matter more than anything else on the list. We start at eight from the car park by the old mill.
"""


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_short_lines_a_colon_announces_stay_text(layout: str) -> None:
    text = ANNOUNCED_ITEMS if layout == "spaced" else compact(ANNOUNCED_ITEMS)
    art = parse_checked(text)
    # (the line under the colon; the compact layout's later rows are another rule's business)
    assert "A rain jacket" not in _headings(art)


# A changelog section whose first subheading is one word over its list of changes.
ONE_WORD_OVER_A_LIST = """\
Release 4.1 of the scheduler

This release adds retries for failed jobs and fixes two crashes found by our users over the summer.

Retries for failed jobs

A job that fails can now be retried up to a number of times set in its definition, with a pause that grows after every attempt.

Other changes

Added

- A flag to print the schedule without running it
- Time zones in the job definition

Fixed

- A crash when a job had no name
- A crash when the queue was empty at start
"""


def test_heading_over_a_one_word_subheading_over_a_list_compact() -> None:
    art = parse_checked(compact(ONE_WORD_OVER_A_LIST))
    heads = _headings(art)
    assert "Other changes" in heads
    assert "Added" in heads
    assert "Fixed" in heads


# A column of one-word lines is still no heading's body.
ONE_WORD_COLUMN = """\
Our pantry staples
Every kitchen we have cooked in keeps the same few things on its shelf, and we never run out of them.
Grains
Rice
Oats
Barley
We buy them in bulk from the market on Saturdays, where the sacks are cheaper than anything in the shops.
"""


def test_one_word_column_is_not_a_stack_of_headings() -> None:
    heads = _headings(parse_checked(ONE_WORD_COLUMN))
    assert "Rice" not in heads
    assert "Oats" not in heads


# Testimonials: each quotation with a dash line under it naming who said it.
TESTIMONIALS = """\
What our users say

Here is what a few of them told us:

"The builds are small enough that our users stopped asking why the download took so long."

- Priya Natarajan, Lead Engineer at Brightloom

"We shipped to three platforms from one code base in a month."

- Tomas Berg, Founder of Kettlewave

Thank you to everyone who wrote to us; we read every message.
"""


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_dash_under_a_quotation_is_its_attribution(layout: str) -> None:
    text = TESTIMONIALS if layout == "spaced" else compact(TESTIMONIALS)
    art = parse_checked(text)
    items = _items(art)
    assert not any("Priya" in t for t in items)
    assert not any("Tomas" in t for t in items)


# Two dash lines under a quotation are a list (of what the quotation led to, say).
LIST_UNDER_A_QUOTE = """\
Our motto for the release

"Nothing ships until it is documented."

- Every new function has a page
- Every option has an example

We kept to it for every pull request.
"""


def test_two_dash_lines_under_a_quotation_stay_a_list() -> None:
    items = _items(parse_checked(LIST_UNDER_A_QUOTE))
    assert len(items) == 2


# A link line over the links a page lists after its article is no parent heading: the rule
# that lets a one-word subheading over a list vouch for the line above it knows those names
# from the options the caller passes ("Lesestoff" is a user's own name for references).
LINK_LINE_OVER_USER_NAMED_LINKS = """\
Garden Club Spring Update

The club met in March to plan the season, and the new beds were dug in April after a long wet winter kept everyone indoors for weeks.

View full calendar

Lesestoff

- Growing in clay soil: https://example.org/clay
- Seed saving for beginners: https://example.org/seeds
"""


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_users_name_for_references_is_no_changelog_subheading(layout: str) -> None:
    text = in_layout(LINK_LINE_OVER_USER_NAMED_LINKS, layout)
    options = ak.ParseOptions().with_aliases("references", ["Lesestoff"])
    art = ak.parse(text, options=options)
    assert [s.heading for s in art.sections if s.heading] == []
    assert len(art.references) == 2
    assert "View full calendar" in block_texts(art, "paragraph")
    assert_accounted(text, art)
