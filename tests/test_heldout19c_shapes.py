"""Shapes met in the third sample of held-out sample 19 (a runtime security project's blog:
release posts, tutorials, notices), in small articles written for these tests, in both
layouts where it matters (compact = one line a paragraph, no blank lines; spaced = blank
lines between blocks)."""

from __future__ import annotations

import pytest

from articlekit.parse.text import heading_like
from tests.helpers import both_layouts, compact, headings, parse_checked

# A release post whose page kept no title line: it opens on the sentence that announces the
# release, and closes on a conditional clause that leads into the contacts below it.
RELEASE_POST = """\
Today we announce the release of Harrier 2.4.1 🦅!

Fixes

This patch release fixes a handful of small bugs that users reported after the last release.

- The agent no longer crashes when the config file is empty
- The loader accepts proxies given in the environment

Try it

You can install the new packages from the usual repositories, or pull the container image.

Let's meet 🤝

We meet every week in our community calls, where everyone is welcome to join.

If you have any questions

- Join the project channel on the community chat
- Write to the mailing list of the maintainers

Thanks to everyone who helped with this release!
"""


@pytest.mark.parametrize("text", both_layouts(RELEASE_POST))
def test_an_announcing_opening_and_a_conditional_lead_in_are_no_headings(text: str) -> None:
    art = parse_checked(text)
    assert headings(art) == ["Fixes", "Try it", "Let's meet 🤝"]


def test_an_announcing_opening_is_no_title_in_compact_text() -> None:
    art = parse_checked(compact(RELEASE_POST))
    assert art.title is None or not art.title.startswith("Today we announce")


@pytest.mark.parametrize(
    "line",
    [
        "Today we announce the fall release of Harrier 3.0.0 🌱",
        "We're pleased to announce Harrier 1.2",
        "We are very excited to announce the new plugin system",
        "Now we announce the winners",
        "If you have any questions",
        "If we missed a contributor",
    ],
)
def test_announcing_sentences_and_conditional_clauses_are_not_heading_like(line: str) -> None:
    assert not heading_like(line)


@pytest.mark.parametrize(
    "line",
    [
        # a title in Title Case may announce, and may open on "If"
        "We Are Announcing Harrier 3",
        "If You Build It, They Will Come",
        "Announcing Harrier 2.0",
        "Ifs and buts of release planning",
        "What's new in Harrier 2.4? 🆕",
    ],
)
def test_titled_announcements_and_other_lines_stay_heading_like(line: str) -> None:
    assert heading_like(line)
