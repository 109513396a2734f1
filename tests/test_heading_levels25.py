"""Heading levels under a heading whose text ends on a sentence pointing at the parts below
it: "Let's review the highlights of the release.", "Let's explore each of them in turn.",
"There are several ways the tool helps with that." heads the headings after it, as "Here are
the main changes." does; a sentence that counts nothing ("There are many other options …")
points nowhere. Each article is written for these tests, in both layouts (compact: one line
a paragraph, no blank lines; spaced: blank lines between blocks)."""

from __future__ import annotations

import pytest

import articlekit as ak
from tests.helpers import both_layouts, parse_checked


def _outline(art: ak.Article) -> list[tuple[int, str]]:
    return [(s.level, s.heading) for s in art.iter_sections() if s.heading is not None]


SEVERAL_WAYS = """\
Keeping Cloud Bills in Check

Our monthly bill grew faster than our traffic last year, and nobody could say why.

How the dashboard helps

Numbers alone do not change habits, so the dashboard puts them in context. There are several ways it does that for every team.

Compare costs with usage

Each chart sets the money spent beside the requests served, so a rise in one can be read against the other.

Name the owner of every resource

Every line of the bill is tied to the team that owns the service behind it.

Conclusion

Three months in, the bill has stopped growing faster than the traffic.
"""


@pytest.mark.parametrize("text", both_layouts(SEVERAL_WAYS))
def test_a_count_of_ways_heads_the_parts_that_take_them_one_by_one(text: str) -> None:
    art = parse_checked(text)
    assert _outline(art) == [
        (1, "How the dashboard helps"),
        (2, "Compare costs with usage"),
        (2, "Name the owner of every resource"),
        (1, "Conclusion"),
    ]


LETS_EXPLORE = """\
Calling Command Line Tools From Python

Many libraries wrap a command line program instead of binding to its code.

Why wrappers get hard

Starting a program is easy, but a wrapper has to deal with much more than that. Let's explore the trickiest parts in a bit more detail.

Passing input and reading output

Large inputs are best written to a temporary file rather than passed as arguments.

Handling errors

A program that fails may still print half of its output before it stops.

Wrapping up

A small helper module keeps all of this in one place.
"""


@pytest.mark.parametrize("text", both_layouts(LETS_EXPLORE))
def test_lets_explore_heads_the_parts_below_it(text: str) -> None:
    art = parse_checked(text)
    assert _outline(art) == [
        (1, "Why wrappers get hard"),
        (2, "Passing input and reading output"),
        (2, "Handling errors"),
        (1, "Wrapping up"),
    ]


LETS_REVIEW = """\
Beacon 0.9 Released

The ninth release of Beacon is out, with work from twenty contributors.

Novelties

This release took longer than planned. Let’s review some of the highlights of the new version.

A new rule engine

Rules are now compiled once at start-up instead of on every event.

Smaller packages

The packages lost a third of their size by dropping unused libraries.

What's next?

The next release will focus on the documentation.
"""


@pytest.mark.parametrize("text", both_layouts(LETS_REVIEW))
def test_lets_review_the_highlights_heads_them(text: str) -> None:
    art = parse_checked(text)
    assert _outline(art) == [
        (1, "Novelties"),
        (2, "A new rule engine"),
        (2, "Smaller packages"),
        (1, "What's next?"),
    ]


MANY_OPTIONS = """\
Lessons From a Year of Maintenance

Looking after a package used by thousands of people taught us a few things.

Lessons learned

Writing the tests first saved us more time than anything else. There are however many other options for improvement, and we may try some of them.

Options to contribute

Reports of bugs are the easiest way to help, and every one of them is read.

Thanks

Thank you to everyone who sent a fix this year.
"""


@pytest.mark.parametrize("text", both_layouts(MANY_OPTIONS))
def test_a_sentence_counting_nothing_heads_nothing(text: str) -> None:
    art = parse_checked(text)
    assert _outline(art) == [
        (1, "Lessons learned"),
        (1, "Options to contribute"),
        (1, "Thanks"),
    ]


# Headings that send the reader off to the software or the community close a release post as
# "Conclusion" does: they end the parts of the heading above them.

RELEASE_WITH_TRY_IT = """\
Sparrow 3.2 Is Here

Sparrow 3.2 ships today with a long list of improvements from the community.

Major Themes

Faster Queries

Joins on large tables now pick a better plan and finish in a fraction of the time.

Better Error Messages

Errors name the column and the line that caused them.

Try It Out

Download the new version from the releases page and tell us what you think.
"""


@pytest.mark.parametrize("text", both_layouts(RELEASE_WITH_TRY_IT))
def test_try_it_out_ends_the_parts_of_the_heading_above(text: str) -> None:
    art = parse_checked(text)
    assert _outline(art) == [
        (1, "Major Themes"),
        (2, "Faster Queries"),
        (2, "Better Error Messages"),
        (1, "Try It Out"),
    ]


PLANS_WITH_GETTING_STARTED = """\
What We Plan for the Editor This Year

The editor turned two this spring, and its users have asked for a lot.

Our priorities

Offline mode

Drafts will be kept on the device until the network comes back.

Shared notes

Two people will be able to write in the same note at once.

Getting started

The editor is free to install, and the guide walks through the first steps.

Join the conversation

Tell us what you would add to the list on the forum.
"""


@pytest.mark.parametrize("text", both_layouts(PLANS_WITH_GETTING_STARTED))
def test_getting_started_and_join_the_conversation_close_the_post(text: str) -> None:
    art = parse_checked(text)
    assert _outline(art) == [
        (1, "Our priorities"),
        (2, "Offline mode"),
        (2, "Shared notes"),
        (1, "Getting started"),
        (1, "Join the conversation"),
    ]


RELEASE_WITH_REFERENCE_PARTS = """\
Quill 5 Is Out

After a year of work, the fifth major version of Quill is ready.

What's new

Smaller bundles

The compiled output of a typical app shrank by a fifth.

Clearer warnings

Warnings now point at the exact line of the template.

Migrating

Most apps need no changes; the guide lists the few that do.

Changelog

Every change since the last version is listed on the releases page.
"""


@pytest.mark.parametrize("text", both_layouts(RELEASE_WITH_REFERENCE_PARTS))
def test_migrating_and_changelog_end_the_parts_of_a_release(text: str) -> None:
    art = parse_checked(text)
    assert _outline(art) == [
        (1, "What's new"),
        (2, "Smaller bundles"),
        (2, "Clearer warnings"),
        (1, "Migrating"),
        (1, "Changelog"),
    ]


RELEASE_WITH_END_OF_SUPPORT = """\
Kite 14 Released

Kite 14 is out today with a newer engine and a handful of fixes.

Notable Changes

Engine Upgrade

The bundled engine moves to a new major version with better start-up times.

Quieter Logs

Debug output is now off by default and can be turned on per window.

End of Support for 11.x

Kite 11 gets no more updates; the three newest major versions are supported.

Deprecation notices

The old settings file will be read for two more releases and then ignored.
"""


@pytest.mark.parametrize("text", both_layouts(RELEASE_WITH_END_OF_SUPPORT))
def test_end_of_support_and_deprecation_notices_end_the_notable_changes(text: str) -> None:
    art = parse_checked(text)
    assert _outline(art) == [
        (1, "Notable Changes"),
        (2, "Engine Upgrade"),
        (2, "Quieter Logs"),
        (1, "End of Support for 11.x"),
        (1, "Deprecation notices"),
    ]


BREAKING_CHANGES_WITH_DEPRECATIONS = """\
Heron 0.9 Released

This release removes options that were marked for removal a year ago.

Breaking changes and deprecations

Removed options

The two flags that only printed a warning are gone.

Deprecations

The plain-text output format will be removed in the next release.

What's next?

The next release will bring a new output format to replace the plain-text one.
"""


@pytest.mark.parametrize("text", both_layouts(BREAKING_CHANGES_WITH_DEPRECATIONS))
def test_deprecations_a_kind_of_change_stays_a_part_of_the_changes(text: str) -> None:
    art = parse_checked(text)
    assert _outline(art) == [
        (1, "Breaking changes and deprecations"),
        (2, "Removed options"),
        (2, "Deprecations"),
        (1, "What's next?"),
    ]
