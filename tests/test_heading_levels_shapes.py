"""Heading levels in shapes readers wrote themselves: a heading with nothing under it over
the headings of its parts, chapters over articles in a regulation, an FAQ's categories over
its questions, capitals over Title Case. Each article is written for these tests, in both
layouts where the layout matters (compact: one line a paragraph, no blank lines; spaced:
blank lines between blocks)."""

from __future__ import annotations

import pytest

import articlekit as ak
from tests.helpers import compact, parse_checked


def _outline(art: ak.Article) -> list[tuple[int, str]]:
    return [(s.level, s.heading) for s in art.iter_sections() if s.heading is not None]


EMPTY_PARENT = """\
Running the Sensor Agent

The agent collects readings from every sensor on the site and sends them to the server once a minute.

Troubleshooting

The agent exits with an error

Your token has expired. Request a new token from the dashboard.

Readings arrive late

Check the clock on the server and on the gateway.

Conclusion

Most problems come from tokens and clocks.
"""


@pytest.mark.parametrize("text", [EMPTY_PARENT, compact(EMPTY_PARENT)], ids=["spaced", "compact"])
def test_heading_with_nothing_under_it_heads_the_headings_after_it(text: str) -> None:
    art = parse_checked(text)
    assert _outline(art) == [
        (1, "Troubleshooting"),
        (2, "The agent exits with an error"),
        (2, "Readings arrive late"),
        (1, "Conclusion"),  # a closing heading is the article's own section again
    ]


def test_a_series_heading_over_its_next_stays_a_sibling() -> None:
    text = """\
How to Ask for Help

Open source maintainers rarely ask for help in a way that people can act on.

Step 1. Pick your topics

Topics you really need help on

Write down what blocks you most, such as a failing build.

Topics you could use help on

Write down what others could take over.

Step 2. Polish your issue

Say what is needed and how long it takes.
"""
    art = parse_checked(text)
    assert _outline(art) == [
        (1, "Step 1. Pick your topics"),
        (2, "Topics you really need help on"),
        (2, "Topics you could use help on"),
        (1, "Step 2. Polish your issue"),
    ]


def test_a_remark_read_as_a_heading_heads_nothing() -> None:
    text = """\
Our Week at the Workshop

We spent a week at the workshop building tools with the team.

(Scott's note: she is a great editor)

What did you learn?

How to review code kindly and quickly.

What comes next?

More reviews, and a second workshop in the spring.
"""
    art = parse_checked(text)
    levels = {level for level, _ in _outline(art)}
    assert levels == {1}


def test_chapter_with_its_own_text_still_holds_its_paragraphs() -> None:
    text = """\
Tenancy Act

Chapter 1 General provisions

This chapter sets out what the Act covers.

§ 1 Scope

This Act applies to every residential tenancy.

§ 2 Definitions

A tenant is a person who rents a home.

Chapter 2 Deposits

§ 3 Limits

A deposit may not exceed three months' rent.
"""
    art = parse_checked(text)
    assert _outline(art) == [
        (1, "Chapter 1 General provisions"),
        (2, "§ 1 Scope"),
        (2, "§ 2 Definitions"),
        (1, "Chapter 2 Deposits"),
        (2, "§ 3 Limits"),
    ]


def test_capitals_with_nothing_under_them_head_title_case() -> None:
    text = """\
Soil Survey Report

This report describes the soil survey of the northern fields in 2024.

Background

The fields were last surveyed in 1998.

METHODS AND DATA

Sampling Design

We sampled forty sites on a grid.

Statistical Analysis

We fitted mixed models to the readings.

RESULTS AND DISCUSSION

Main Findings

Organic matter rose at most sites.
"""
    art = parse_checked(text)
    outline = _outline(art)
    levels = dict((h, lv) for lv, h in outline)
    assert levels["METHODS AND DATA"] < levels["Sampling Design"]
    assert levels["Sampling Design"] == levels["Statistical Analysis"] == levels["Main Findings"]
    assert levels["RESULTS AND DISCUSSION"] == levels["METHODS AND DATA"]
    sections = {s.heading: s for s in art.iter_sections()}
    assert [c.heading for c in sections["METHODS AND DATA"].subsections] == [
        "Sampling Design",
        "Statistical Analysis",
    ]


def test_numbered_and_marked_levels_are_unchanged() -> None:
    text = """\
Guide

Intro paragraph here about the guide and what it covers.

1 Overview

Some text about the overview.

2 Setup

2.1 Install

Run the installer.

2.2 Configure

Edit the file.

3 Usage

Use it every day.
"""
    art = parse_checked(text)
    assert _outline(art) == [
        (1, "1 Overview"),
        (1, "2 Setup"),
        (2, "2.1 Install"),
        (2, "2.2 Configure"),
        (1, "3 Usage"),
    ]


def test_a_series_running_past_a_stray_line_stays_one_level() -> None:
    text = """\
Fast Message Serialization

We profiled the scheduler and found seven problems.

Problem 1: Sentinels

Tornado scans every message for a sentinel.

Problem 2: Memory copies

Every frame is copied twice.

See issue 7544

Problem 3: Compression

Small messages were compressed for nothing.

Problem 4: Pickle

Cloudpickle is slower than pickle.
"""
    art = parse_checked(text)
    assert {level for level, _ in _outline(art)} == {1}


@pytest.mark.parametrize(
    "stray",
    [
        "Reproducible notebook available here",
        "Related post: Pickled Brussels Sprouts",
        "This vulnerability is referred to as CVE-2019-12995",
        "More details are available in the advisory",
    ],
)
def test_a_link_or_a_sentence_read_as_a_heading_heads_nothing(stray: str) -> None:
    text = f"""\
Asynchronous Algorithms

Summary

We compare blocking and asynchronous algorithms on a cluster of eight machines.

{stray}

Blocking Algorithms

Each worker waits for the others before the next step.

Asynchronous Algorithms

Each worker goes on with what it has.
"""
    art = parse_checked(text)
    assert {level for level, _ in _outline(art)} == {1}


def test_a_heading_ending_in_an_emoji_shortcode_heads_the_next() -> None:
    text = """\
News Digest

Here is what happened in the community this month.

Community

Coworking sessions

We meet every first Tuesday of the month to work together.

Software :package:

New packages

Two packages passed review this month and joined the suite.

Package development corner

Some tips for maintainers, collected from the forum.
"""
    art = parse_checked(text)
    outline = dict((h, lv) for lv, h in _outline(art))
    assert outline["Coworking sessions"] == outline["New packages"] == 2
    assert outline["Software :package:"] == outline["Community"] == 1


REGULATION = """\
Regulation on Shared Scooters

CHAPTER I – General provisions

Article 1 – Scope

This Regulation lays down rules for shared scooters offered for hire in public space.

Article 2 – Definitions

Operator means a person offering vehicles for hire.

CHAPTER II – Permits

Article 3 – Permit requirement

No operator may deploy vehicles without a permit issued by the Department.
"""


@pytest.mark.parametrize("text", [REGULATION, compact(REGULATION)], ids=["spaced", "compact"])
def test_regulation_chapters_over_articles(text: str) -> None:
    art = parse_checked(text)
    assert art.title == "Regulation on Shared Scooters"
    assert _outline(art) == [
        (1, "CHAPTER I – General provisions"),
        (2, "Article 1 – Scope"),
        (2, "Article 2 – Definitions"),
        (1, "CHAPTER II – Permits"),
        (2, "Article 3 – Permit requirement"),
    ]


def test_article_over_sections_when_the_text_puts_it_so() -> None:
    text = """\
Club Constitution

Article I

Section 1. Name

The club is called the Harbour Rowing Club.

Section 2. Purpose

The club promotes rowing on the harbour.

Article II

Section 3. Members

Anyone over sixteen may join.
"""
    art = parse_checked(text)
    assert _outline(art) == [
        (1, "Article I"),
        (2, "Section 1. Name"),
        (2, "Section 2. Purpose"),
        (1, "Article II"),
        (2, "Section 3. Members"),
    ]


FAQ_CATEGORIES = """\
Solar FAQ

General questions

How much do panels cost?

About £6,000 installed for a typical three-bedroom house.

How long do they last?

About 25 years, with an inverter replaced once.

Money and savings

Can I sell electricity back?

Yes, under the Smart Export Guarantee.
"""


def test_faq_categories_over_their_questions() -> None:
    art = parse_checked(FAQ_CATEGORIES)
    assert art.title == "Solar FAQ"
    assert _outline(art) == [
        (1, "General questions"),
        (2, "How much do panels cost?"),
        (2, "How long do they last?"),
        (1, "Money and savings"),
        (2, "Can I sell electricity back?"),
    ]


def test_a_dek_under_the_title_stays_text() -> None:
    text = """\
Facilitating Open Science with Python

A guest blog post by Steve Moss

Why Python? A little background!

I started using Python in the summer of 2010, during a master's degree.

Open Hardware

I should also like to support the use of open hardware.
"""
    art = parse_checked(text)
    assert [h for _, h in _outline(art)] == ["Why Python? A little background!", "Open Hardware"]


@pytest.mark.parametrize(
    "closing", ["In summary", "What's next?", "Looking ahead", "Keep up with the project"]
)
def test_a_closing_heading_ends_the_parts_of_an_empty_heading(closing: str) -> None:
    text = f"""\
Release 2.0

This release brings a new scheduler and a faster parser to everyone.

New features

A new scheduler

Jobs now start as soon as their inputs are ready.

A faster parser

Large files parse twice as fast as before.

{closing}

We will publish the roadmap for the next release in the spring.
"""
    art = parse_checked(text)
    assert _outline(art) == [
        (1, "New features"),
        (2, "A new scheduler"),
        (2, "A faster parser"),
        (1, closing),
    ]
