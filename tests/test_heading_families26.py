"""Heading families of the twenty-sixth session, in both layouts (compact: one line per
block; spaced: blank lines between blocks)."""

import pytest

from tests.helpers import both_layouts, headings, parse_checked

# two parts of a release, each opened by an emoji shortcode over what changed
PARTS = """:lock: Security hardening

- Operators can restrict each tenant to its own namespace without an admission webhook.
- Every container image is now signed and ships with a bill of materials.

:rocket: New features and improvements

- A dry-run command previews local changes against a live cluster.
- Drift introduced by manual edits is reverted on the next sync.
"""

# a project's monthly update: its release's parts each open with an emoji shortcode over
# the list of what changed, as Markdown sources of release notes write them
SHORTCODE_PARTS = (
    """Quarterly update from the Harbourline project

This quarter brought a new minor release with a focus on hardening multi-tenant setups.

"""
    + PARTS
    + """
We thank everyone who reported issues and sent patches during the quarter.
"""
)

# the same parts opened by the pictographs a renderer shows for those shortcodes
PICTOGRAPH_PARTS = (
    SHORTCODE_PARTS.replace(":lock:", "\U0001f512")
    .replace(":rocket:", "\U0001f680")
    .replace("Harbourline", "Tidewater")
)


@pytest.mark.parametrize("text", both_layouts(SHORTCODE_PARTS), ids=["spaced", "compact"])
def test_shortcode_led_parts_over_lists_are_headings(text: str) -> None:
    art = parse_checked(text)
    assert headings(art) == [
        ":lock: Security hardening",
        ":rocket: New features and improvements",
    ]
    assert len(art.sections[1].blocks[0].items) == 2


@pytest.mark.parametrize("text", both_layouts(PICTOGRAPH_PARTS), ids=["spaced", "compact"])
def test_pictograph_led_parts_over_lists_are_headings(text: str) -> None:
    art = parse_checked(text)
    assert headings(art) == [
        "\U0001f512 Security hardening",
        "\U0001f680 New features and improvements",
    ]


# an emoji-led line over prose is as often a detail of the post as a heading: the call's
# time, a link to its recording; these stay paragraphs
EMOJI_DETAILS = """Join our next community call

This month we talk about testing packages that call web services, with three short demos.

\U0001f558 Thursday, March 12, 9-10 AM PDT (find your timezone)

Everyone is welcome and there is no need to register ahead of the call.

\U0001f4f9 Recording of last month's call with the speakers' slides

The notes from that call are in the shared document linked on the events page.
"""


@pytest.mark.parametrize("text", both_layouts(EMOJI_DETAILS), ids=["spaced", "compact"])
def test_emoji_led_details_over_prose_stay_paragraphs(text: str) -> None:
    assert headings(parse_checked(text)) == []


# a list whose items each open with an emoji is still one list, no heading among its items
EMOJI_ITEMS = """What is new in the docs

We reorganised the documentation site around the tasks readers come for.

- \U0001f50d Search now covers every version of the reference pages.
- \U0001f4da Tutorials are grouped by the level of experience they assume.
- \U0001f310 Three more languages are available for the getting started guide.

Tell us what you think on the forum.
"""


@pytest.mark.parametrize("text", both_layouts(EMOJI_ITEMS), ids=["spaced", "compact"])
def test_emoji_led_list_items_stay_items(text: str) -> None:
    art = parse_checked(text)
    assert headings(art) == []


# the emoji-led parts of a release sit under the heading that names the release
RELEASE_WITH_PARTS = (
    """Monthly news from the Harbourline project

We publish these notes at the start of every month for operators and contributors.

Harbourline 3.4 tightens its defaults

The new minor release changes several defaults, as the sections below describe.

"""
    + PARTS
    + """
Upcoming events

Two maintainers will give a talk on upgrades at the regional meetup next week.
"""
)


@pytest.mark.parametrize("text", both_layouts(RELEASE_WITH_PARTS), ids=["spaced", "compact"])
def test_emoji_led_parts_sit_under_their_release(text: str) -> None:
    art = parse_checked(text)
    levels = {s.heading: s.level for s in art.iter_sections() if s.heading is not None}
    release = levels["Harbourline 3.4 tightens its defaults"]
    assert levels[":lock: Security hardening"] == release + 1
    assert levels[":rocket: New features and improvements"] == release + 1
    assert levels["Upcoming events"] == release


# an events page: each talk's line, then the link to register for it (its address dropped)
EVENT_CALLS = """Upcoming events

Our maintainers give two online sessions this month, both free and recorded.

March 4: Getting started with declarative deployments - Priya Raman

Register here

An hour for newcomers, from an empty cluster to an application synced from a repository.

March 18: Running hundreds of clusters from one repository - Tomas Berg

Register now!

A look at the layouts large teams use and how they roll changes out in waves.
"""


@pytest.mark.parametrize("text", both_layouts(EVENT_CALLS), ids=["spaced", "compact"])
def test_calls_to_register_are_no_headings(text: str) -> None:
    art = parse_checked(text)
    assert not any(h.startswith("Register") for h in headings(art))
    removed = [r.text for r in art.removed if r.reason == "ui_remnant"]
    assert removed == ["Register here", "Register now!"]
