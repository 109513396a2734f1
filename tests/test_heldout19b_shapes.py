"""Shapes met in the nineteenth held-out sample of real blog posts (a package manager's
announcements, security notices and tutorials), in small articles written for these tests,
in both layouts where it matters (compact = one line a paragraph, no blank lines; spaced =
blank lines between blocks)."""

from __future__ import annotations

import pytest

from articlekit.parse.text.lists import announces_output
from tests.helpers import block_texts, compact, headings, in_layout, parse_checked, top_list_items


def _list_items(text: str) -> list[str]:
    return top_list_items(parse_checked(text))


# A tutorial shows what a command printed; the scraper dropped the code fence, so the printed
# lines stand glued under the sentence that announces them, like a list without bullets.
PRINTED_OUTPUT = """\
Checking Your Site Before You Publish

The site generator can check every page for broken links before you publish anything.

Running the check

I broke one link on purpose and ran the check from the root of the project. Running it produced the following output:

Config "staging" loaded.
Config "staging" loaded.
Switched to profile "preview".

The check stops at the first page with a broken link and names the file it found it in.
"""


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_printed_lines_under_an_output_announcement_are_no_list(layout: str) -> None:
    text = in_layout(PRINTED_OUTPUT, layout)
    assert _list_items(text) == []
    art = parse_checked(text)
    assert 'Switched to profile "preview".' in block_texts(art)


# the same glued lines under a sentence that announces a list still make that list
FEATURE_ROWS = PRINTED_OUTPUT.replace(
    "Running it produced the following output:", "The report names three things:"
).replace(
    'Config "staging" loaded.\nConfig "staging" loaded.\nSwitched to profile "preview".',
    "The page with the link\nThe link that failed\nThe status the server gave",
)


def test_glued_rows_under_a_colon_stay_a_list() -> None:
    assert _list_items(FEATURE_ROWS) == [
        "The page with the link",
        "The link that failed",
        "The status the server gave",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Running the test produced the following output:", True),
        ("The command prints:", True),
        ("You should get output like this:", True),
        ("The report names three things:", False),
        ("Some features of output in the console:", False),
        ("These are the blueprints:", False),
    ],
)
def test_output_announcements(sentence: str, expected: bool) -> None:
    assert announces_output(sentence) is expected


# A tutorial runs a command and shows the line it printed, which names what the command was
# given; the code fence is gone, so the printed line stands between the command and the prose.
COMMAND_AND_ECHO = """\
Getting Started With the Site Tool

The site tool builds a static site from a folder of Markdown files and a few templates.

Once it is installed, ask it for a new project.

$ sitetool new garden
Creating garden

Now you have a folder named garden. Open it and edit the files under content to write your first page.

Publishing

When the pages look right, build the site and copy the output folder to your server.
"""


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_line_echoing_a_commands_argument_is_no_heading(layout: str) -> None:
    art = parse_checked(in_layout(COMMAND_AND_ECHO, layout))
    assert headings(art) == ["Publishing"]


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_heading_after_a_command_stays_a_heading(layout: str) -> None:
    """A heading right after a command that does not repeat what the command was given
    names the next topic."""
    text = COMMAND_AND_ECHO.replace(
        "Creating garden\n\nNow you have", "Writing pages\n\nNow you have"
    )
    if layout == "compact":
        text = compact(text)
    else:
        text = text.replace(
            "$ sitetool new garden\nWriting pages", "$ sitetool new garden\n\nWriting pages"
        )
    art = parse_checked(text)
    assert headings(art) == ["Writing pages", "Publishing"]


# A security notice says what to do under its "Fix" heading in a line of its own, without a
# full stop: the version bound makes it a requirement stated, not a heading.
SECURITY_NOTICE = """\
Vulnerability in the Upload Service

A researcher found that a crafted archive could be saved outside the folder it was meant for.

Details

The name of the archive was joined to the storage path without any check.

Fix

Upgrade to the upload service >= 2.4.1

The service now rejects a name with path characters in it before it saves anything.
"""


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_version_bound_line_is_no_heading(layout: str) -> None:
    art = parse_checked(in_layout(SECURITY_NOTICE, layout))
    assert headings(art) == ["Details", "Fix"]


# A post opens with a few lines of verse kept in a code block; the scraper dropped the block,
# and its last line, ending on a dash, stands alone above the prose like a heading.
VERSE_OPENING = """\
Saying Goodbye to the Old Release

With a nod to an old poem:

"The time has come," the team announced,
  "To speak of many things:
Of upgrades -- and the final patch --
  Of fixes -- and of docs --"

The old release was published four years ago, and it has served many of you well since then.

What changes now

From next month on, the old release gets no more fixes, not even for security problems.
"""


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_line_ending_on_a_dash_is_no_heading(layout: str) -> None:
    art = parse_checked(in_layout(VERSE_OPENING, layout))
    assert headings(art) == ["What changes now"]
