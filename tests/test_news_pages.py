"""News pages as a scraper's plain text gives them: a headline in sentence case, the page's
``<title>`` above the article's own headline, and the shapes around them. Each article is
written for these tests."""

from __future__ import annotations

import articlekit as ak
from tests.helpers import assert_accounted, assert_spans_valid, block_texts

SENTENCE_CASE_HEADLINE = """\
Harbour authority orders 12 electric tugboats, will retire its diesel fleet by the end of 2031
ROTTERDAM — The port's harbour authority signed a contract on Tuesday for twelve battery-powered tugboats, the largest order of its kind so far.
The first four boats are due in the spring of 2027, a spokeswoman said.
"We expect the whole fleet to run on shore power within the decade," she added.
"""


def test_sentence_case_headline_is_the_title_of_a_compact_text() -> None:
    art = ak.parse(SENTENCE_CASE_HEADLINE)
    assert art.title is not None and art.title.startswith("Harbour authority orders 12")
    assert block_texts(art)[0].startswith("ROTTERDAM")
    assert_accounted(SENTENCE_CASE_HEADLINE, art)


def test_first_line_ending_a_sentence_is_still_the_body() -> None:
    text = (
        "The harbour authority ordered twelve electric tugboats on Tuesday, its largest order.\n"
        "The first four boats are due in the spring of 2027, a spokeswoman said.\n"
    )
    art = ak.parse(text)
    assert art.title is None
    assert block_texts(art)[0].startswith("The harbour authority ordered")


def test_quotation_with_its_author_opening_a_post_is_no_title() -> None:
    text = (
        "Everybody complains about the traffic, but nobody takes the bus. - A. Commuter\n"
        "As a city planner I read a lot of traffic counts. Most of them are never published.\n"
        "This post shows where to find them and how to read them.\n"
    )
    art = ak.parse(text)
    assert art.title is None
    assert block_texts(art)[0].startswith("Everybody complains")


PAGE_TITLE_THEN_HEADLINE = """\
Tidal power review - a slow start, a strong finish - Coastline Weekly
Tidal power review – a slow start, a strong finish
The new barrage on the estuary produced its first power in March, three years late and well over its budget, after a winter of storms had kept the crews ashore for weeks.
Engineers say the delay was worth it: output has beaten every forecast since, and the operator now expects to pay back its loans two years early.
"""


def test_headline_repeated_under_the_page_title_is_removed_as_a_duplicate() -> None:
    art = ak.parse(PAGE_TITLE_THEN_HEADLINE)
    assert art.title == "Tidal power review - a slow start, a strong finish - Coastline Weekly"
    assert [s.heading for s in art.iter_sections() if s.heading] == []
    assert ("Tidal power review – a slow start, a strong finish", "duplicate") in [
        (r.text, r.reason) for r in art.removed
    ]
    assert block_texts(art)[0].startswith("The new barrage")
    assert_accounted(PAGE_TITLE_THEN_HEADLINE, art)
    assert_spans_valid(PAGE_TITLE_THEN_HEADLINE, art)


def test_headline_repeated_with_a_word_more_in_the_spaced_layout() -> None:
    text = (
        "Design Week 2026 | Ana Costa's light installation\n\n"
        "Design Week 2026 | Ana Costa’s new light installation\n\n"
        "The installation fills the courtyard of the old post office with hanging lamps.\n\n"
        "It is open every evening until Sunday.\n"
    )
    art = ak.parse(text)
    assert art.title == "Design Week 2026 | Ana Costa's light installation"
    assert [r.reason for r in art.removed] == ["duplicate"]
    assert [s.heading for s in art.iter_sections() if s.heading] == []


def test_a_heading_sharing_the_titles_first_words_is_kept() -> None:
    # "Tidal power" starts the title, but a two-word heading is no repeat of it
    text = (
        "Tidal power in the estuary: a guide for visitors\n\n"
        "Tidal power\n\n"
        "The barrage turns the tide into electricity twice a day.\n\n"
        "Getting there\n\n"
        "Buses leave the station every twenty minutes.\n"
    )
    art = ak.parse(text)
    assert art.title == "Tidal power in the estuary: a guide for visitors"
    assert [s.heading for s in art.iter_sections() if s.heading] == ["Tidal power", "Getting there"]
    assert art.removed == []
