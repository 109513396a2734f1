"""Shapes met in the nineteenth held-out sample of real blog posts (a UI framework's blog,
most of it monthly "what's new" digests), in small articles written for these tests, in
both layouts (compact = one line a paragraph, no blank lines; spaced = blank lines between
blocks)."""

from __future__ import annotations

import pytest

from tests.helpers import block_texts, headings, in_layout, parse_checked

# A monthly digest says goodbye until its next issue with a wave, and the page's end matter
# (the summary a scraper saves) comes right after: the goodbye heads nothing.
DIGEST_GOODBYE = """\
The Gardening Tools Digest: June

Another month, another pile of new tools for people who grow their own food. Here is what caught our eye.

New releases

- SeedPlanner now exports planting calendars as PDF files
- The soil moisture dashboard added a dark theme and hourly charts

From the community

- A walkthrough of building a rain barrel sensor with a cheap microcontroller
- Notes from the spring meetup on companion planting

That's all for this month! Tell us what we missed on the forum.

{goodbye}

Summary

New releases and community projects for home gardeners
"""


@pytest.mark.parametrize("layout", ["spaced", "compact"])
@pytest.mark.parametrize(
    "goodbye", ["Until next time 👋", "See ya next month 👋", "Until next month 🌱", "Cheers! 🎉"]
)
def test_a_digest_goodbye_with_an_emoji_heads_no_section(layout: str, goodbye: str) -> None:
    art = parse_checked(in_layout(DIGEST_GOODBYE.format(goodbye=goodbye), layout))
    assert headings(art) == ["New releases", "From the community"]
    assert goodbye in block_texts(art, "paragraph")
    assert art.summary == "New releases and community projects for home gardeners"


# The same words heading a section with a body of its own stay a heading.
GOODBYE_SECTION = """\
The Gardening Tools Digest: July

A quiet month, but a few good finds. Here they are.

New releases

- The frost alert bot now covers the whole northern region

See you next month!

Got something we should feature? Write to us on the forum or in the chat, and we will read every message before the next issue.
"""


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_a_goodbye_over_its_own_paragraph_stays_a_heading(layout: str) -> None:
    art = parse_checked(in_layout(GOODBYE_SECTION, layout))
    assert headings(art) == ["New releases", "See you next month!"]
