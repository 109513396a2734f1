"""News pages as a scraper's plain text gives them: a headline in sentence case, the page's
``<title>`` above the article's own headline, wire credits, and the shapes around them. Each article is
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


def test_title_case_headline_ending_in_a_full_stop_is_the_title_of_a_compact_text() -> None:
    text = (
        "Harbour Stocks Fall After the Port Strike. Why Traders Are Not Worried.\n"
        "Shares of the three listed harbour operators fell by up to six per cent on Monday, the first trading day after the strike began.\n"
        "Analysts expect the losses to be made up within the quarter once the ships are unloaded.\n"
    )
    art = ak.parse(text)
    assert art.title == "Harbour Stocks Fall After the Port Strike. Why Traders Are Not Worried."
    assert block_texts(art)[0].startswith("Shares of the three")


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


def test_page_title_with_the_sites_name_then_the_headline_as_the_first_heading() -> None:
    # the page's <title> then its <h1>, as a scraper joins them: the first line is the
    # title, the headline under it opens the body (as the rendered corpora have it)
    art = ak.parse(PAGE_TITLE_THEN_HEADLINE)
    assert art.title == "Tidal power review - a slow start, a strong finish - Coastline Weekly"
    assert [s.heading for s in art.iter_sections() if s.heading] == [
        "Tidal power review – a slow start, a strong finish"
    ]
    assert block_texts(art)[0].startswith("The new barrage")
    assert_accounted(PAGE_TITLE_THEN_HEADLINE, art)
    assert_spans_valid(PAGE_TITLE_THEN_HEADLINE, art)


def test_a_heading_sharing_the_titles_first_words_is_a_heading() -> None:
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


def test_a_sentence_repeating_the_titles_words_more_often_is_no_headline() -> None:
    # found by the HTML round-trip property: every word of the title, but not as often
    text = "Kaka x*y x*y kaka\n\nKaka x*y x*y x*y x*y kaka kaka.\n"
    art = ak.parse(text)
    assert art.title == "Kaka x*y x*y kaka"
    assert [s.heading for s in art.sections] == [None]
    assert block_texts(art) == ["Kaka x*y x*y x*y x*y kaka kaka."]
    # and the words as often, but a sentence under a headline that ends none
    text = "Kaka x*y x*y x*y kaka\n\nKaka kaka x*y x*y x*y kaka kaka.\n"
    assert [s.heading for s in ak.parse(text).sections] == [None]


def test_wire_credit_in_brackets_gives_the_byline() -> None:
    text = (
        "Scientists plan a drone for Titan\n\n"
        "The probe will fly over the dunes of the moon for about three years.\n\n"
        "It will be launched in 2027, the agency said on Monday.\n\n"
        "(Reporting by Will Dunham; Editing by Tom Brown)\n"
    )
    art = ak.parse(text)
    assert art.byline == "Will Dunham"
    assert [s.heading for s in art.iter_sections() if s.heading] == []
    assert not any("Reporting" in t for t in block_texts(art))
    assert_accounted(text, art)


SHORT_LINES_THAT_HEAD_NOTHING = """\
Lighting the porch with a motion sensor

The sensor sends a message each time someone walks up the steps, and the light stays on for two minutes after the last one.

Graph showing the sensor's readings over one night

Most of the readings come between six and eight in the evening, when the post arrives and the children come home.

[Hackaday]

Updated 2026-03-18

The sensor now also reports the temperature, and the light waits a minute before it turns on.

(The delay is needed for two reasons: -

1. The sensor reports a little late.
2. The light takes a moment to warm up.

Thanks for reading, and let me know how your own porch turns out.

Jane Doe

Tags: home automation, sensors
"""


def test_lines_that_head_nothing_are_not_headings() -> None:
    # an update note, a caption saying what a picture shows, a source's name in brackets,
    # a note whose bracket closes lines below, and a signature above the tags line
    art = ak.parse(SHORT_LINES_THAT_HEAD_NOTHING)
    assert art.title == "Lighting the porch with a motion sensor"
    assert [s.heading for s in art.iter_sections() if s.heading] == []
    assert art.tags == ["home automation", "sensors"]
    texts = block_texts(art, "paragraph")
    for line in (
        "Updated 2026-03-18",
        "Graph showing the sensor's readings over one night",
        "[Hackaday]",
        "Jane Doe",
    ):
        assert line in texts
    assert_accounted(SHORT_LINES_THAT_HEAD_NOTHING, art)


def test_a_closing_bracket_opened_a_line_above_ends_a_note_not_a_heading() -> None:
    text = (
        "The hadith is reported by At-Tirmidhi [no. 1997, graded sound by Al-Albani\n"
        "in Sahih Al-Jami no. 178]\n"
        "Umar said to Aslam that his love should not become a burden, nor his dislike a ruin, and this is how the scholars read it.\n"
    )
    art = ak.parse(text)
    assert "in Sahih Al-Jami no. 178]" not in [s.heading for s in art.iter_sections()]


def test_headings_of_the_same_shapes_stay_headings() -> None:
    text = (
        "Porch lights\n\n"
        "Update schedule for 2027\n\n"
        "The next firmware update arrives in March, with a new dimming curve for the lamps.\n\n"
        "Showing the readings\n\n"
        "The dashboard plots every reading of the night on one chart, hour by hour.\n\n"
        "Screenshots after the update\n\n"
        "The new settings page lists every sensor with its battery level and last reading.\n"
    )
    art = ak.parse(text)
    assert [s.heading for s in art.iter_sections() if s.heading] == [
        "Update schedule for 2027",
        "Showing the readings",
        "Screenshots after the update",
    ]


# compact, as the Cleveland page of the article-extraction benchmark: the text reader takes
# the Title Case headline for a heading, which must not make the line under it its teaser
RELATED_AFTER_AN_ELLIPSIS = """\
Harbour band plays its farewell show
The band closed its last tour with a two-hour set in the old fish market on Saturday night, in front of the largest crowd the hall has held.
The members say they will keep recording together, but they will not go on tour again after this year.
You may also like...
Who will headline the harbour festival in 2027?
Fish Market Reopens as Concert Hall
Ferry strike ends after three days of talks at the port authority
"""


def test_related_heading_with_an_ellipsis_opens_bare_titles() -> None:
    art = ak.parse(RELATED_AFTER_AN_ELLIPSIS)
    assert [(r.title, r.teaser) for r in art.related] == [
        ("Who will headline the harbour festival in 2027?", None),
        ("Fish Market Reopens as Concert Hall", None),
        ("Ferry strike ends after three days of talks at the port authority", None),
    ]
    assert [s.heading for s in art.iter_sections() if s.heading] == []
    assert_accounted(RELATED_AFTER_AN_ELLIPSIS, art)


def test_section_names_read_with_a_typographic_apostrophe() -> None:
    text = (
        "Harbour news\n\n"
        "The ferry runs again from Monday.\n\n"
        "Editor’s Picks\n\n"
        "- Fish market reopens as a concert hall\n"
        "- Ferry strike ends after three days\n"
    )
    art = ak.parse(text)
    assert [r.title for r in art.related] == [
        "Fish market reopens as a concert hall",
        "Ferry strike ends after three days",
    ]


def test_numbered_items_each_over_its_link_are_a_list_not_headings() -> None:
    # compact, as an Italian shopping post of the article-extraction benchmark has it
    text = (
        "Gift ideas for the nostalgic\n"
        "Black Friday is here, and these are the deals from the eighties and nineties that we would not miss this year, whatever the shops say.\n"
        "1) Lego Star Wars Bomber\n"
        "http://shop.example.com/a1\n"
        "2) Electric Race Track Classic\n"
        "http://shop.example.com/b2\n"
        "3) Blade Runner The Final Cut (4K)\n"
        "http://shop.example.com/c3\n"
        "Prices change by the hour, so check them again before you buy anything on the list above.\n"
    )
    art = ak.parse(text)
    assert [s.heading for s in art.iter_sections() if s.heading] == []
    lists = [b for s in art.sections for b in s.blocks if b.kind == "list"]
    assert len(lists) == 1  # one list, each item with its link
    assert [item.text for item in lists[0].items] == [
        "Lego Star Wars Bomber http://shop.example.com/a1",
        "Electric Race Track Classic http://shop.example.com/b2",
        "Blade Runner The Final Cut (4K) http://shop.example.com/c3",
    ]
    assert "http://shop.example.com/b2" in [link.url for link in art.links]
    assert_accounted(text, art)
    assert_spans_valid(text, art)


def test_story_links_with_a_label_and_a_timestamp_byline_are_not_headings() -> None:
    text = (
        "Harbour strike ends after three days\n\n"
        "5:45 AM PST 11/19/2026 by Ana Costa\n\n"
        "The dock workers' union accepted the port authority's offer on Monday night, after three days of talks.\n\n"
        "Ferry passengers stranded at the terminal overnight [VIDEO]\n\n"
        "The first ships were unloaded before dawn, and the ferries run on time again.\n"
    )
    art = ak.parse(text)
    assert art.title == "Harbour strike ends after three days"
    assert [s.heading for s in art.iter_sections() if s.heading] == []
    assert_accounted(text, art)
