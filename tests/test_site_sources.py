"""Posts as static site generators keep them, read as plain text: a metadata block of
"Key: value" lines (Pelican, MultiMarkdown) or a reStructuredText field list, YAML front
matter over a body with no Markdown in it, and reStructuredText's over- and underlined
headings. Each post is written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import articlekit as ak
from articlekit.parse.frontmatter import _LINE, _physical_lines, split_field_header
from tests.helpers import assert_accounted, assert_spans_valid, block_texts

PELICAN_RST = """\
Caching a static site
#####################

:date: 2023-10-03 10:20
:modified: 2023-10-04 18:40
:tags: static sites, caching
:category: operations
:slug: caching-a-static-site
:authors: Mira Olsen, Tom Baptiste
:summary: What to cache, and for how long.

A static site is a folder of files, and every one of them can be cached. The question is for how long.

Long-lived assets
~~~~~~~~~~~~~~~~~

Stylesheets and scripts carry a hash in their names, so they can be cached for a year.

Pages
~~~~~

Pages keep their names from one build to the next: cache them for minutes, not days.
"""


def test_pelican_rst_post_fields_and_headings() -> None:
    art = ak.parse(PELICAN_RST)
    assert art.title == "Caching a static site"
    assert art.byline == "Mira Olsen, Tom Baptiste"
    assert art.published == "2023-10-03 10:20"
    assert art.summary == "What to cache, and for how long."
    assert art.tags == ["static sites", "caching", "operations"]
    assert art.headings == ["Long-lived assets", "Pages"]
    assert art.sections[0].heading is None
    assert art.sections[0].blocks[0].text.startswith("A static site is a folder")
    # keys with no Article field are accounted for as they were written
    removed = {r.text for r in art.removed}
    assert {":modified: 2023-10-04 18:40", ":slug: caching-a-static-site"} <= {
        ":" + t for t in removed
    }
    assert_accounted(PELICAN_RST, art)
    assert_spans_valid(PELICAN_RST, art)


PELICAN_MARKDOWN = """\
Title: Moving our builds to ARM runners
Date: 2024-05-14 09:00
Modified: 2024-05-20
Category: Infrastructure
Tags: ci, arm, costs
Slug: arm-runners
Authors: Dana Whitfield
Summary: Half the price, a third faster, and two surprises.

We moved every build of the project to ARM runners in April. This post explains what it cost and what it saved.

## The two surprises

The first was a test that relied on the order of a hash map.
"""


def test_metadata_block_at_the_top_gives_the_fields() -> None:
    art = ak.parse(PELICAN_MARKDOWN)
    assert art.title == "Moving our builds to ARM runners"
    assert art.byline == "Dana Whitfield"
    assert art.published == "2024-05-14 09:00"
    assert art.summary == "Half the price, a third faster, and two surprises."
    assert art.tags == ["Infrastructure", "ci", "arm", "costs"]
    body = block_texts(art)
    assert body[0].startswith("We moved every build")
    assert not any(t.startswith(("Slug", "Modified", "Authors")) for t in body)
    assert {r.text for r in art.removed} >= {"Modified: 2024-05-20", "Slug: arm-runners"}
    assert_accounted(PELICAN_MARKDOWN, art)
    assert_spans_valid(PELICAN_MARKDOWN, art)


def test_key_lines_under_the_title_give_the_fields() -> None:
    text = (
        "Notes from the spring meetup\n\n"
        "Tags: community, meetups\nAuthor: Ines Duarte\nDate: 2025-04-02\n\n"
        "Forty people came to the spring meetup, twice as many as last year.\n"
    )
    art = ak.parse(text)
    assert art.title == "Notes from the spring meetup"
    assert (art.byline, art.published) == ("Ines Duarte", "2025-04-02")
    assert art.tags == ["community", "meetups"]
    assert block_texts(art) == [
        "Forty people came to the spring meetup, twice as many as last year."
    ]
    assert_accounted(text, art)


def test_event_details_are_not_a_metadata_block() -> None:
    # "Time" and "Location" are no metadata keys: the lines are the article's own text, and
    # "Date" beside them is the event's date, not the page's
    text = (
        "Spring meetup\n\n"
        "Date: 2025-04-02\nTime: 18:30\nLocation: The Old Library, room 4\n\n"
        "Forty people are expected. Bring a laptop if you want to join the workshop.\n"
    )
    art = ak.parse(text)
    body = block_texts(art)
    assert body[:3] == ["Date: 2025-04-02", "Time: 18:30", "Location: The Old Library, room 4"]
    assert art.published is None
    assert not art.removed  # nothing taken for metadata the Article has no field for
    assert_accounted(text, art)


def test_one_key_line_is_no_metadata_block() -> None:
    text = "Note: this post was updated in May.\n\nThe rest of the post explains why.\n"
    art = ak.parse(text)
    body = block_texts(art)
    assert body == ["Note: this post was updated in May.", "The rest of the post explains why."]
    assert art.field_sources == []


YAML_OVER_TEXT = """\
---
title: Why we still print the newsletter
date: 2022-11-30
author: Ruth Ambler
tags: [print, newsletter]
layout: post
---

Every month two hundred copies of the newsletter go out on paper. Most of them go to members who have no e-mail address.

Printing costs us forty pounds a month.
"""


def test_front_matter_over_plain_text_is_read() -> None:
    # (detection reads a front matter as Markdown's; read as text, it gives the same fields)
    art = ak.parse(YAML_OVER_TEXT, format="text")
    assert art.source_format == "text"
    assert art.title == "Why we still print the newsletter"
    assert (art.byline, art.published) == ("Ruth Ambler", "2022-11-30")
    assert art.tags == ["print", "newsletter"]
    body = block_texts(art)
    assert body[0].startswith("Every month two hundred copies")
    assert not any(t.startswith(("title:", "date:", "layout:")) for t in body)
    assert_accounted(YAML_OVER_TEXT, art)
    assert_spans_valid(YAML_OVER_TEXT, art)


RST_RELEASE = """\
======================
Announcing Tiler 3.0
======================

:Author: Sam Oduya
:Date: 2024-03-01

Tiler 3.0 is out. It renders maps twice as fast as 2.4 did.

What's new
==========

The renderer was rewritten around a tile cache.

Faster start
------------

The first map now appears in under a second.

Removed options
---------------

The old projection flags are gone.

Upgrading
=========

Read the migration notes before you upgrade a server.
"""


def test_rst_overlined_title_and_section_levels() -> None:
    art = ak.parse(RST_RELEASE)
    assert art.title == "Announcing Tiler 3.0"
    assert (art.byline, art.published) == ("Sam Oduya", "2024-03-01")
    levels = [(s.heading, s.level) for s in art.iter_sections() if s.heading]
    assert levels == [
        ("What's new", 1),
        ("Faster start", 2),
        ("Removed options", 2),
        ("Upgrading", 1),
    ]
    assert_accounted(RST_RELEASE, art)
    assert_spans_valid(RST_RELEASE, art)


def test_markdown_underlines_keep_their_fixed_levels() -> None:
    # no overline and no other character: "-" is level 2 even when it comes first
    text = "Intro part\n----------\n\nSome text here.\n\nMain part\n=========\n\nMore text here.\n"
    art = ak.parse(text, format="text")
    levels = {s.heading: s.level for s in art.iter_sections() if s.heading}
    assert levels["Intro part"] > levels["Main part"]


def test_fence_under_code_is_no_underline() -> None:
    text = (
        "Cleaning up\n\nRun this in the console:\n\n"
        "```r\nlocal({\n  f <- withr::local_tempfile()\n})\n```\n\n"
        "The file is gone when the block ends.\n"
    )
    art = ak.parse(text, format="text")
    assert art.headings == []
    code = [b for s in art.sections for b in s.blocks if b.kind == "code"]
    assert code and code[0].text.endswith("```")


def test_short_tilde_line_under_text_is_no_underline() -> None:
    # an underline is at least as long as its text: "~~~" under a sentence is something else
    text = "The results were clear\n~~~\n\nWe kept the second design.\n"
    art = ak.parse(text, format="text")
    assert "The results were clear" not in art.headings
    assert_accounted(text, art)


ASCIIDOC_GUIDE = """\
= Moving a project to the new build tool
Priya Natarajan <priya@example.org>
2024-05-02

This guide moves an existing project to the new build tool in three steps.

== Before you start

You need Java 17 and the command line tool installed.

== Steps

Remove the old configuration file, then run the init command in the project folder.

=== When the build fails

Delete the cache folder and run the build again.
"""


def test_asciidoc_title_author_and_headings() -> None:
    art = ak.parse(ASCIIDOC_GUIDE)
    assert art.title == "Moving a project to the new build tool"
    assert (art.byline, art.published) == ("Priya Natarajan", "2024-05-02")
    levels = [(s.heading, s.level) for s in art.iter_sections() if s.heading]
    assert levels == [("Before you start", 1), ("Steps", 1), ("When the build fails", 2)]
    assert_accounted(ASCIIDOC_GUIDE, art)
    assert_spans_valid(ASCIIDOC_GUIDE, art)


def test_go_test_progress_lines_are_no_headings() -> None:
    text = (
        "Running the tests\n\n"
        "The parser's tests run in parallel, and the output shows it:\n\n"
        "$ go test -v ./parser\n"
        "=== RUN   TestParseEmpty\n"
        "=== PAUSE TestParseEmpty\n"
        "=== CONT  TestParseEmpty\n"
        "--- PASS: TestParseEmpty (0.00s)\n"
        "PASS\n"
        "ok      example.org/parser  0.012s\n\n"
        "Every test passed on the first run.\n"
    )
    art = ak.parse(text, format="text")
    assert not any("TestParseEmpty" in h for h in art.headings)
    code = block_texts(art, "code")
    assert any("=== PAUSE TestParseEmpty" in c for c in code)
    assert_accounted(text, art)


def test_equals_sign_lines_inside_text_are_no_asciidoc_title() -> None:
    # a lone "=" opens a title only on the text's first line
    text = "Totals\n\nThe sum of the three rows is shown below.\n\n= 42 in all\n"
    art = ak.parse(text, format="text")
    assert art.headings == []
    assert_accounted(text, art)


@given(st.text(alphabet=st.sampled_from("ab: \r\n\t"), max_size=60))
def test_field_header_lines_break_where_front_matter_lines_do(text: str) -> None:
    # the header reader's fast line splitter agrees with the front matter's line pattern
    expected = [
        (m.start(), m.end(), text[m.start() : m.end()].rstrip("\r\n"))
        for m in _LINE.finditer(text)
        if m.end() > m.start()
    ]
    assert list(_physical_lines(text, 0)) == expected


@given(st.text(max_size=300))
def test_field_header_never_raises_and_stays_inside(text: str) -> None:
    found = split_field_header(text)
    if found is not None:
        start, end, lines = found
        assert 0 <= start < end <= len(text)
        assert all(start <= a <= b <= end and text[a:b] == raw for a, b, raw in lines)


@pytest.mark.parametrize("post", [PELICAN_RST, PELICAN_MARKDOWN, RST_RELEASE, ASCIIDOC_GUIDE])
@pytest.mark.parametrize("variant", ["crlf", "cr", "bom", "bytes"])
def test_site_sources_read_the_same_whatever_the_line_breaks(post: str, variant: str) -> None:
    text = {
        "crlf": post.replace("\n", "\r\n"),
        "cr": post.replace("\n", "\r"),
        "bom": "\ufeff" + post,
        "bytes": post,
    }[variant]
    art = ak.parse(text.encode("utf-8")) if variant == "bytes" else ak.parse(text)
    plain = ak.parse(post)
    assert (art.title, art.byline, art.published, art.tags, art.headings) == (
        plain.title,
        plain.byline,
        plain.published,
        plain.tags,
        plain.headings,
    )
    if variant != "bytes":
        assert_accounted(text, art)
        assert_spans_valid(text, art)


RST_DIRECTIVES = """\
Faster tile rendering
#####################

:date: 2024-03-01
:tags: maps, performance

We rewrote the renderer around a tile cache.

.. image:: /images/tiles.png
   :alt: Tiles rendered per second, before and after
   :width: 600px

The cache keeps the last thousand tiles in memory.

.. note::

   The cache is per process.

.. code-block:: python

   cache = TileCache(size=1000)

... and that is all it takes.
"""


def test_rst_directives_are_set_aside_and_their_bodies_kept() -> None:
    art = ak.parse(RST_DIRECTIVES)
    removed = {(r.reason, r.text, r.detail) for r in art.removed}
    assert ("image", ".. image:: /images/tiles.png", "reStructuredText image") in removed
    assert ("markup", ".. note::", "reStructuredText directive") in removed
    body = block_texts(art)
    assert "The cache is per process." in body
    assert not any(":alt:" in t for t in body)
    code = block_texts(art, "code")
    assert code == [".. code-block:: python\n\n   cache = TileCache(size=1000)"]
    assert body[-1] == "... and that is all it takes."
    assert_accounted(RST_DIRECTIVES, art)
    assert_spans_valid(RST_DIRECTIVES, art)
