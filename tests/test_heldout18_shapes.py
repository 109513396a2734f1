"""Shapes met in the eighteenth held-out sample of real blog posts (a desktop framework's
release notes, a service mesh's blog), in small articles written for these tests, in both
layouts (compact = one line a paragraph, no blank lines; spaced = blank lines between
blocks)."""

from __future__ import annotations

import pytest

from tests.helpers import compact, headings, in_layout, parse_checked

# A roundup of a project's builds heads each build with its channel, its version and its
# date: the version makes the line score as code, the lower-case channel as a sentence's end.
CHANNEL_RELEASES = """\
Nightly Builds Roundup: March

Welcome to the March roundup of our nightly builds, where we look back at what landed in the last few weeks.

The releases

Every build brings many dependency updates that we leave out here; the notes of each build list them.

nightly-3.12.4 (March 28, 2025)

This build adds a progress bar to the importer and fixes a crash when the cache folder is missing.

nightly-3.12.3 (March 14, 2025)

This build only bumps dependencies and changes nothing you can see.

nightly-3.12.2 (2025-03-02)

This build makes the export dialog remember the last folder you picked.

Getting the latest build

One command installs the newest nightly build on any machine.
"""


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_channel_release_with_its_date_is_a_heading(layout: str) -> None:
    art = parse_checked(in_layout(CHANNEL_RELEASES, layout))
    assert headings(art) == [
        "The releases",
        "nightly-3.12.4 (March 28, 2025)",
        "nightly-3.12.3 (March 14, 2025)",
        "nightly-3.12.2 (2025-03-02)",
        "Getting the latest build",
    ]


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_run_of_releases_sits_under_its_heading(layout: str) -> None:
    """The releases are parts of the section that lists them; the next heading that names
    no release closes the run."""
    art = parse_checked(in_layout(CHANNEL_RELEASES, layout))
    tops = [s.heading for s in art.sections if s.heading]
    assert tops == ["The releases", "Getting the latest build"]
    (releases,) = [s for s in art.sections if s.heading == "The releases"]
    assert [s.heading for s in releases.subsections] == [
        "nightly-3.12.4 (March 28, 2025)",
        "nightly-3.12.3 (March 14, 2025)",
        "nightly-3.12.2 (2025-03-02)",
    ]


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_package_name_with_version_is_no_release_heading(layout: str) -> None:
    """Without its date in brackets, "name-1.2.3" is a package or a file, not a release."""
    text = (
        "Pinning the Parser\n\n"
        "Our build broke last week when a new version of the parser came out.\n\n"
        "parser-2.4.1\n\n"
        "That is the version we pin now, until the next one fixes the bug we hit.\n"
    )
    art = parse_checked(in_layout(text, layout))
    assert "parser-2.4.1" not in headings(art)


# Release notes head each change to an API with what befell it and the code it names; the
# names score as code, and the heading after a code example ran into that code.
API_CHANGES = """\
Toolkit 12 Is Out

Toolkit 12 is out today, with a faster renderer and a new way to store settings.

Breaking Changes

Below are the changes in this release that may break an app built on an older version.

Removed: Window.setDockBadge(label)

Window.setDockBadge(label) has been removed; set the badge through the new Dock.badge property instead, which takes the same text.

dock.badge = "3";

Deprecated: settings.readSync(key)

The synchronous reader will go away in Toolkit 14, so move your calls to settings.read(key), which returns a promise.

Behavior Changed: links in a frame open in the default browser

A link clicked inside a frame used to open a new window of the app, and now it opens in the user's browser like any other link.

What comes next

We plan the next release for the spring.
"""


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_api_change_headings(layout: str) -> None:
    art = parse_checked(in_layout(API_CHANGES, layout))
    assert headings(art) == [
        "Breaking Changes",
        "Removed: Window.setDockBadge(label)",
        "Deprecated: settings.readSync(key)",
        "Behavior Changed: links in a frame open in the default browser",
        "What comes next",
    ]
    codes = [b.text for s in art.iter_sections() for b in s.blocks if b.kind == "code"]
    assert codes == ['dock.badge = "3";'], codes
    # each change is a part of "Breaking Changes"
    (changes,) = [s for s in art.sections if s.heading == "Breaking Changes"]
    assert [s.heading for s in changes.subsections] == headings(art)[1:4]


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_changelog_entries_ending_sentences_are_no_headings(layout: str) -> None:
    """ "Removed: the old exporter." is an entry of a changelog, a sentence, not a heading."""
    text = (
        "What Changed in 3.1\n\n"
        "This point release tidies up a few corners of the command line tool.\n\n"
        "Removed: the old exporter, which nobody used since version two.\n\n"
        "Added: a flag to print the version and exit right away.\n\n"
        "Thanks to everyone who reported the problems fixed in this release.\n"
    )
    art = parse_checked(in_layout(text, layout))
    assert headings(art) == []


# A references section opens with a sentence that announces its entries, the links of the
# entries dropped by the scraper.
ANNOUNCED_REFERENCES = """\
The Expired Certificate Bug

Some requests to sites with older certificates failed after an upgrade of the networking library.

Upgrading to version 2.4.1 fixes the failures, and nothing else in the app needs to change.

More Information

You can read more about the bug and its fix at the following places:

- What certificate pinning is and why it matters
- The original bug report
- The patch that fixed it
"""


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_sentence_announcing_references_belongs_to_them(layout: str) -> None:
    art = parse_checked(in_layout(ANNOUNCED_REFERENCES, layout))
    assert [r.title for r in art.references] == [
        "What certificate pinning is and why it matters",
        "The original bug report",
        "The patch that fixed it",
    ]
    body = [b.text for s in art.iter_sections() for b in s.blocks if b.kind == "paragraph"]
    assert not any(p.startswith("You can read more") for p in body), body


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_sentence_over_no_reference_stays_in_the_body(layout: str) -> None:
    """Under "Resources", a sentence with a colon over prose announces no entries."""
    text = (
        "Our Year of Workshops\n\n"
        "We ran twelve workshops this year, twice as many as the year before.\n\n"
        "Resources\n\n"
        "We kept one thing in mind for every workshop:\n\n"
        "The slides and the recordings of every session are on the project's site, free to "
        "reuse in your own teaching.\n"
    )
    art = parse_checked(in_layout(text, layout))
    assert art.references == []
    body = [b.text for s in art.iter_sections() for b in s.blocks if b.kind == "paragraph"]
    assert "We kept one thing in mind for every workshop:" in body


# A year-end post heads its review with the year and a few words.
YEAR_IN_REVIEW = """\
A Quiet December

The project takes a break in December, as it has every year since 2020, and returns in January.

2025 in review

As the year closes, here is what we are proud of from the last twelve months:

- Six new major versions, each on the day its engine shipped.
- A new page for the releases, with a fresh design.

What stays the same in December

Security fixes will still be published whenever they are needed.
"""


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_year_and_words_heading(layout: str) -> None:
    art = parse_checked(in_layout(YEAR_IN_REVIEW, layout))
    assert headings(art) == ["2025 in review", "What stays the same in December"]


RELEASE_NOTE_UNDER_TABLE = (
    "Toolkit 9.0 is out\n\n"
    "The team is happy to ship version 9.0 of the toolkit today.\n\n"
    "Notable changes\n\n"
    "- Engine upgrades:\n\n"
    "Part\tVersion in 8\tVersion in 9\tWhat changed\n"
    "Renderer\t41.0.2210.7\t44.0.2301.1\t42, 43, 44\n"
    "Engine\t7.6\t7.8\t7.7, 7.8\n"
    "Runtime\t18.4.0\t20.1.1\t18.5, 19.0, 20.1.1\n\n"
    "- Added a dark theme API to follow the system's colour scheme. #2210, #2214\n"
    "- Added tray.setTitle() for menu bars that show text. #2290\n"
    "- Switched to a new typings generator. The types are stricter now. #2301\n\n"
    "See the release notes for every change.\n"
)


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_release_note_items_under_a_table_stay_a_list(layout: str) -> None:
    """Items of a release note carry sentences and issue numbers: below a table that reads
    as code they are still the article's list, not what a program printed."""
    text = RELEASE_NOTE_UNDER_TABLE
    art = parse_checked(text if layout == "spaced" else compact(text))
    items = [
        item.text
        for section in art.iter_sections()
        for block in section.blocks
        if block.kind == "list"
        for item in block.items
    ]
    assert "Added tray.setTitle() for menu bars that show text. #2290" in items
    assert any(item.startswith("Switched to a new typings generator.") for item in items)
