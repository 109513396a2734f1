"""Shapes met in the seventeenth held-out sample of real blog posts, in small articles written
for these tests (in both layouts where the layout matters: compact = one line a paragraph, no
blank lines; spaced = blank lines between blocks)."""

from __future__ import annotations

import pytest

import articlekit as ak
from tests.helpers import compact, parse_checked


def _headings(art: ak.Article) -> list[str]:
    return [s.heading for s in art.iter_sections() if s.heading is not None]


# A page's Markdown sat inside an HTML block, so its "###" headings were never rendered and
# each ran into the paragraph under it; the real headings of the page stand unmarked.
UNRENDERED_HASHES = """\
Spring Workshop for Plugin Authors

Have you ever wanted to meet the people who review your plugin? Now is your chance to do so in person.

Morning (Apr. 4)

The morning is aimed at those who write plugins or work on the core of the server.

Afternoon (Apr. 4)

The afternoon is open to everybody who uses the server at work or at home.

### How you can help While I call myself the organiser of this workshop, I also have a day job, so I am grateful for any help I can get. Write to me if you have an hour to spare.

Spread the word

The best way to help is to tell your colleagues and your user group about the workshop.

##### Bring snacks The room has a fridge and a kettle, and we need people to bring food and drinks for the afternoon. Please sign up on the wiki page if you can.
"""


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_hash_line_carrying_a_paragraph_is_no_heading(layout: str) -> None:
    text = UNRENDERED_HASHES if layout == "spaced" else compact(UNRENDERED_HASHES)
    art = parse_checked(text)
    heads = _headings(art)
    assert not any("help" in h or "snacks" in h for h in heads), heads
    paragraphs = [b.text for s in art.iter_sections() for b in s.blocks if b.kind == "paragraph"]
    assert any(p.startswith("### How you can help While") for p in paragraphs), paragraphs
    if layout == "spaced":
        # no longer read as a Markdown document: the title and the unmarked headings are found
        assert art.title == "Spring Workshop for Plugin Authors"
        assert heads == ["Morning (Apr. 4)", "Afternoon (Apr. 4)", "Spread the word"]


def test_long_hash_heading_that_is_a_heading_stays() -> None:
    """A long heading that does not read as sentences keeps its "##"."""
    text = (
        "# Notes from the meeting\n\n"
        "The team met on Tuesday to plan the next release.\n\n"
        "## Were the reports produced by the libraries you used meaningful to you or did you "
        "have to make any changes to them?\n\n"
        "Most reports were useful as they came, though two needed new names.\n"
    )
    art = parse_checked(text)
    assert _headings(art)[-1].startswith("Were the reports produced")


# A tutorial sets each short shell command on a line of its own between paragraphs (its code
# fences dropped by the scraper): a command in lower case is no heading.
ONE_LINE_COMMANDS = """\
Running the Checks Locally

The repository holds a makefile with the shortcuts you need to build and test the service.

To run only the integration checks, you can run this command.

make check-integration

This target starts the database in a container. Essentially, it runs:

docker compose run checker ${SUITES_TO_RUN}

You can pick the suites with a variable as well.

make check-integration SUITES_TO_RUN="billing"

Then trigger a single check file with the command line tool.

checktool run suite -f path/to/smoke-suite.yaml

What the Output Means

Each suite prints one line per check, and a summary at the end.
"""


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_one_line_shell_commands_are_no_headings(layout: str) -> None:
    text = ONE_LINE_COMMANDS if layout == "spaced" else compact(ONE_LINE_COMMANDS)
    art = parse_checked(text)
    heads = _headings(art)
    assert not any(h.startswith(("make ", "docker ", "checktool ")) for h in heads), heads
    if layout == "spaced":
        assert heads == ["What the Output Means"]


def test_lower_case_headings_without_command_shape_stay() -> None:
    """A heading in lower case that is no command ("iOS", "npm 7 is out") keeps its place."""
    text = (
        "Release Notes for the Mobile Apps\n\n"
        "This month both apps get a new sync engine and a faster start.\n\n"
        "iOS app gets offline mode\n\n"
        "You can now read saved articles without a connection.\n\n"
        "npm 7 is now required\n\n"
        "The web build needs the newer package manager from this release on.\n"
    )
    art = parse_checked(text)
    assert _headings(art) == ["iOS app gets offline mode", "npm 7 is now required"]


# Numbered steps with a command under some of them: the code between the items does not make
# them the headings of numbered sections, as two items standing one under the other show.
STEPS_WITH_CODE = """\
Setting Up the Service

We will start by creating the service and installing two libraries.

1. Install the web framework and the database driver

pip install webkit-lite dbdriver

2. Create a settings file for the service
3. Seed the database with a few records

seed --records 10 --table todo

Now that the service is ready, let us add tracing to it.
"""


def test_numbered_steps_with_code_between_stay_a_list() -> None:
    """(Spaced: "2." and "3." stand one under the other with no blank line between, as no
    two section headings do; a compact text sets no blank line anywhere, so it cannot tell.)"""
    art = parse_checked(STEPS_WITH_CODE)
    heads = _headings(art)
    assert not any(h[:2] in ("1.", "2.", "3.") for h in heads), heads
    items = [
        it.text for s in art.iter_sections() for b in s.blocks if b.kind == "list" for it in b.items
    ]
    assert "Install the web framework and the database driver" in items, items
    assert "Seed the database with a few records" in items, items


def test_numbered_steps_in_compact_text_are_accounted() -> None:
    parse_checked(compact(STEPS_WITH_CODE))


def test_numbered_sections_with_prose_between_stay_headings() -> None:
    text = (
        "Three Rules for Reviews\n\n"
        "Our team follows three rules when it reviews a change.\n\n"
        "1. Read the whole change first\n\n"
        "Skim every file before you comment on any line of it.\n\n"
        "2. Ask before you suggest\n\n"
        "A question leaves room for the reason the author had.\n\n"
        "3. Approve when it is better\n\n"
        "A change need not be perfect to be merged, only better than what was there.\n"
    )
    art = parse_checked(text)
    assert [h[:2] for h in _headings(art)] == ["1.", "2.", "3."]


# "Q&A" alone on its line over the questions of an interview: an abbreviation, not code.
QA_SECTION = """\
Talking Tracing with a Bank's Platform Team

This month we spoke with the platform team of a bank about how they trace their services.

Overview

The team moved to open standards for two reasons: vendors and visibility.

Q&A

Why did you choose open standards?

Different teams used different back-ends, and traces stopped at the borders between them.

How do you deploy?

Pipelines deploy plain manifests to a managed cluster.
"""


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_ampersand_abbreviation_heading(layout: str) -> None:
    text = QA_SECTION if layout == "spaced" else compact(QA_SECTION)
    art = parse_checked(text)
    assert "Q&A" in _headings(art), _headings(art)
