"""Shapes met in the twenty-third held-out sample (a tool's release announcements written
for a documentation site), in small articles written for these tests, in both layouts
(compact = one line a paragraph, no blank lines; spaced = blank lines between blocks)."""

from __future__ import annotations

import pytest

import articlekit as ak
from tests.helpers import in_layout, parse_checked

LAYOUTS = ("spaced", "compact")


def _headings(art: ak.Article) -> list[str]:
    return [s.heading for s in art.iter_sections() if s.heading is not None]


# A release post opens with a labelled run of links on one line ("Quick links: ...",
# "Docs in other languages: ..."), the links' addresses dropped by the scraper.
LINK_RUNS = """\
Quillbox 3.2 is here

March 3, 2025

We are glad to ship Quillbox 3.2, the biggest minor release we have made so far this year.

Quick links: Docs, Changelog, Roadmap

Docs in other languages: Deutsch, Español, Français, Italiano

Read the upgrade notes before you switch a large project over to the new release.

Faster rebuilds

The watcher now batches changes, so a save in a large tree triggers one rebuild instead of several.
"""


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_labelled_run_of_links_is_not_a_heading(layout: str) -> None:
    art = parse_checked(in_layout(LINK_RUNS, layout))
    heads = _headings(art)
    assert not any(h.startswith(("Quick links", "Docs in other")) for h in heads)
    assert heads == ["Faster rebuilds"]


# A post's source kept its container fences and a comment its author left in it.
MARKUP_LEFT_IN = """\
Streaming builds arrive in Quillbox 4.1

We added an experimental mode that streams finished chunks to the browser while the rest build.

// TODO: add the benchmark chart

Streaming mode

The mode is opt-in for now, behind a flag in the configuration file.

::: details Why stream the output?

Large projects spend most of a cold start waiting for the slowest chunk to finish.

:::

Turn it on with the new flag and tell us how your start-up times change.
"""


@pytest.mark.parametrize("layout", LAYOUTS)
def test_container_fences_and_comments_are_not_headings(layout: str) -> None:
    art = parse_checked(in_layout(MARKUP_LEFT_IN, layout))
    heads = _headings(art)
    assert "Streaming mode" in heads
    assert not any(h.startswith(("//", ":::")) for h in heads)


# A post's dateline under its title carries a note after a dash.
DATELINE_WITH_NOTE = """\
Announcing Quillbox 2.0

February 16, 2021 - See also the 3.0 announcement

Today we release the second major version of Quillbox, rewritten from the ground up.

What changed

The core no longer knows about any framework: plugins bring that support now.

Try it

Install it with your package manager and open the guide to get started.
"""


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_dateline_with_a_note_under_the_title_is_not_a_heading(layout: str) -> None:
    art = parse_checked(in_layout(DATELINE_WITH_NOTE, layout))
    heads = _headings(art)
    assert heads == ["What changed", "Try it"]
    assert art.title == "Announcing Quillbox 2.0"


# Tour dates in the body: the entries stay what they were (not headings), and a heading
# starting with a date deep in the body is still judged as before
TOUR = """\
Our spring tour

We are going back on the road this spring with the whole band and a new set.

June 9 – Tampa, FL @ Bay Arena

June 12 – Atlanta, GA @ The Tabernacle

June 15 – Nashville, TN @ Ryman Hall

Tickets go on sale on Friday morning at the venues and online.
"""


@pytest.mark.parametrize("layout", LAYOUTS)
def test_tour_dates_are_still_not_headings(layout: str) -> None:
    art = parse_checked(in_layout(TOUR, layout))
    assert not any(h.startswith("June") for h in _headings(art))


# A dev server's banner, printed outside a code block: its lines open with an arrow.
SERVER_BANNER = """\
Quillbox 5 ships a new banner

The dev server prints a shorter banner when it starts, with the addresses it listens on.

QUILL v5.0.0 ready in 210 ms

➜ Local: http://localhost:4000/

➜ Network: use --expose to share

The port also moved, so it no longer collides with the other tools on your machine.

Relative base

You can now build a project once and deploy it under any path you like.
"""


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_dev_servers_arrow_lines_are_not_headings(layout: str) -> None:
    art = parse_checked(in_layout(SERVER_BANNER, layout))
    heads = _headings(art)
    assert "Relative base" in heads
    assert heads == ["Relative base"]  # (the banner's first line goes with its arrows)
