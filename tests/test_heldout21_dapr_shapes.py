"""Shapes met in held-out sample 21, dapr part (a runtime project's blog: release posts, case
studies, announcements), in small articles written for these tests, in both layouts where it
matters (compact = one line a paragraph, no blank lines; spaced = blank lines between blocks)."""

from __future__ import annotations

import pytest

from tests.helpers import both_layouts, headings, parse_checked

# A release post: the credits section opens with a sentence of thanks ending in "!", then a
# long line of contributors' handles. The thanks is the section's first line, not a heading of
# its own (as one it would leave "Acknowledgements" empty).
HANDLES = ", ".join(
    "@" + name
    for name in [
        "amara",
        "bjorn-k",
        "chen-li",
        "dvorak",
        "elif",
        "fatou",
        "gus",
        "hana-m",
        "ivo",
        "jules",
        "kwame",
        "lena",
        "mo",
        "nadia",
        "oskar",
        "pia",
        "quinn",
        "rosa",
        "sami",
        "tove",
        "ugo",
        "vera",
        "wim",
        "xiu",
        "yara",
        "zane",
        "abel",
        "bea",
        "cato",
        "dora",
        "emil",
        "flo",
        "gita",
        "hugo",
        "ines",
        "jon",
        "kai",
        "lia",
        "max",
        "nor",
    ]
)
RELEASE_CREDITS = f"""\
Version 3.2 of the scheduler is out

We are glad to share the third minor release of this year, with faster start-up and a new queue.

What changed

The queue now keeps its order across restarts, and the agent starts in half the time it took before.

Acknowledgements

Thanks to everyone who helped us ship this version!

{HANDLES}

Resources

- Getting started guide
- Reference documentation
- Example projects and samples
"""


@pytest.mark.parametrize("text", both_layouts(RELEASE_CREDITS))
def test_thanks_under_a_credits_heading_opens_its_section(text: str) -> None:
    art = parse_checked(text)
    found = headings(art)
    assert "Thanks to everyone who helped us ship this version!" not in found
    assert "Acknowledgements" in found
    credits = next(s for s in art.iter_sections() if s.heading == "Acknowledgements")
    assert any("Thanks to everyone who helped us ship" in b.text for b in credits.blocks)


# In a digest, an announcement ending in "!" right under a section's heading heads its own
# sub-section: the thanks rule is for credits sections only.
DIGEST = """\
Community news for March

Here is what happened in the community this month, from new members to upcoming events.

From the team

Open Call for Mentoring Program Applications!

We are looking for ten people who want to lead a project with a mentor for six months, and applications close at the end of April.

Community call on packaging

Join us next Tuesday to hear three maintainers talk about how they ship their packages.
"""


@pytest.mark.parametrize("text", both_layouts(DIGEST))
def test_announcement_under_a_news_heading_stays_a_heading(text: str) -> None:
    art = parse_checked(text)
    assert "Open Call for Mentoring Program Applications!" in headings(art)


# A short cheer under a heading, with a sub-section under it, is left alone: the rule is
# about sentences, and a heading with its own heading under it keeps its place.
CHEERFUL_SUBHEADINGS = """\
Our team offsite

We met for three days in the mountains to plan the next year of work on the product.

Day one

Hiking day!

Nobody got lost, and the view from the ridge was worth every step of the climb up there.

Day two

We spent the whole day in workshops about the roadmap and the support rota for the winter.
"""


@pytest.mark.parametrize("text", both_layouts(CHEERFUL_SUBHEADINGS))
def test_short_cheer_under_a_heading_is_not_touched_by_the_thanks_rule(text: str) -> None:
    art = parse_checked(text)
    found = headings(art)
    assert "Day one" in found
    assert "Day two" in found
    assert (
        "Nobody got lost, and the view from the ridge was worth every step of the climb up there."
        not in found
    )


# A marked (Markdown) exclamation heading under another heading stays a heading.
MARKED_EXCLAMATION = """\
# Launch notes

## What is new

### We finally shipped the offline mode for everyone!

It syncs your notes when the connection comes back, without asking you anything.
"""


def test_marked_exclamation_heading_stays() -> None:
    art = parse_checked(MARKED_EXCLAMATION)
    assert "We finally shipped the offline mode for everyone!" in headings(art)
