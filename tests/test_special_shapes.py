"""Special sections and fields in shapes the two seeds do not show: highlights set one a
line without bullets, a reference's title above its bare URL, the title as a labelled
field, a reading-time label, a date line that gives two dates. Each article is written
for these tests."""

from __future__ import annotations

import pytest

import articlekit as ak
from tests.helpers import assert_accounted, assert_spans_valid

COMPACT_KEY_POINTS = """\
Why Night Trains Are Coming Back to Europe
Key Points
New sleeper routes opened between six capitals this year.
Tickets often sell out weeks ahead.
Operators still struggle to rent enough carriages.
Introduction
After decades of cuts, overnight trains are back on the timetable. Travellers want to avoid short flights, and governments are paying part of the cost.
The Carriage Problem
Most sleeper carriages in service are over forty years old. New ones take years to build, so operators lease whatever they can find.
Tags: rail, travel, night trains
"""


def test_key_points_as_plain_lines_in_compact_text_are_highlights() -> None:
    art = ak.parse(COMPACT_KEY_POINTS)
    assert art.title == "Why Night Trains Are Coming Back to Europe"
    assert art.highlights == [
        "New sleeper routes opened between six capitals this year.",
        "Tickets often sell out weeks ahead.",
        "Operators still struggle to rent enough carriages.",
    ]
    assert [s.heading for s in art.sections] == ["Introduction", "The Carriage Problem"]
    assert art.tags == ["rail", "travel", "night trains"]
    assert_accounted(COMPACT_KEY_POINTS, art)
    assert_spans_valid(COMPACT_KEY_POINTS, art)


SPACED_HIGHLIGHTS = """\
Glaciers in the Alps Lost a Record Share of Ice

Highlights
Swiss glaciers lost four percent of their volume in one summer.
A dry winter left little snow to shield the ice.
Several small glaciers are now gone altogether.

The melt season began early, after a winter with far less snow than usual. By September, measurement teams found bare ice where snow normally lasts all year.

What Comes Next

Researchers expect most glaciers below 3,000 metres to vanish by the end of the century.
"""


def test_highlight_lines_close_at_the_blank_line_in_spaced_text() -> None:
    art = ak.parse(SPACED_HIGHLIGHTS)
    assert art.highlights == [
        "Swiss glaciers lost four percent of their volume in one summer.",
        "A dry winter left little snow to shield the ice.",
        "Several small glaciers are now gone altogether.",
    ]
    first = art.sections[0]
    assert first.heading is None
    assert first.blocks[0].text.startswith("The melt season began early")  # type: ignore[union-attr]
    assert [s.heading for s in art.sections] == [None, "What Comes Next"]
    assert_accounted(SPACED_HIGHLIGHTS, art)


def test_a_highlights_heading_over_prose_paragraphs_stays_a_section() -> None:
    text = (
        "Lessons From a Year of Remote Teaching\n"
        "Key Takeaways\n"
        "Teachers told us again and again that the hardest part was not the technology but "
        "keeping children engaged for a whole morning without seeing their faces, and many "
        "of them changed their plans every single week to cope with that.\n"
        "Parents, for their part, described the juggling of work and lessons at the kitchen "
        "table as the most tiring months they could remember, even when the schools did "
        "everything they could.\n"
        "What Schools Kept\n"
        "Most schools kept their online homework platforms after classrooms reopened.\n"
    )
    art = ak.parse(text)
    assert art.highlights == []
    assert [s.heading for s in art.sections] == ["Key Takeaways", "What Schools Kept"]


def test_one_short_line_under_key_points_is_no_highlights_list() -> None:
    text = (
        "A Note on Our Survey\n"
        "Key Points\n"
        "The survey ran for two weeks.\n"
        "Method\n"
        "We asked 1,200 readers to answer twelve questions about their reading habits.\n"
    )
    art = ak.parse(text)
    assert art.highlights == []


REFERENCES_TITLE_OVER_URL = """\
Bees Can Count to Four

Honeybees trained with sugar rewards learned to pick the card showing a set number of shapes.

References

Numerosity in honeybees: a review
https://example.org/papers/bee-numerosity

Insect cognition — Journal of Small Brains
https://example.org/journal/insect-cognition

Tags: bees, insects, cognition
"""


def test_reference_title_above_its_bare_url_in_spaced_text() -> None:
    art = ak.parse(REFERENCES_TITLE_OVER_URL)
    assert [(r.title, r.source, r.url) for r in art.references] == [
        ("Numerosity in honeybees: a review", None, "https://example.org/papers/bee-numerosity"),
        (
            "Insect cognition",
            "Journal of Small Brains",
            "https://example.org/journal/insect-cognition",
        ),
    ]
    assert [s.heading for s in art.sections] == [None]
    assert art.tags == ["bees", "insects", "cognition"]
    assert_accounted(REFERENCES_TITLE_OVER_URL, art)
    assert_spans_valid(REFERENCES_TITLE_OVER_URL, art)


def test_reference_title_above_its_bare_url_in_compact_text() -> None:
    text = (
        "How Owls Fly Silently\n"
        "Serrated feather edges break up the air flow that makes noise in other birds.\n"
        "Sources\n"
        "Silent flight of owls explained\n"
        "https://example.net/owl-flight\n"
        "Feathers and turbulence - Aero Notes\n"
        "https://example.net/aero/feathers\n"
    )
    art = ak.parse(text)
    assert [(r.title, r.source, r.url) for r in art.references] == [
        ("Silent flight of owls explained", None, "https://example.net/owl-flight"),
        ("Feathers and turbulence", "Aero Notes", "https://example.net/aero/feathers"),
    ]
    for ref in art.references:
        assert ref.span is not None
        assert ref.title in text[ref.span.start : ref.span.end]
    assert_accounted(text, art)


def test_a_sentence_above_a_bare_url_in_the_body_is_not_a_reference() -> None:
    text = (
        "Our New Office\n\n"
        "We moved to a bigger office in the old mill this spring, and you can find us here:\n"
        "https://example.com/visit\n"
    )
    art = ak.parse(text)
    assert art.references == []


TITLE_FIELD = """\
Title: Growing Tomatoes on a Balcony
Author: Sam Osei
Date: 2025-04-02
Reading time: 5 min read

Tomatoes need six hours of sun, a deep pot and regular water. Cherry varieties cope best with wind.

Tags: gardening, tomatoes, balcony
"""


def test_title_given_as_a_labelled_field() -> None:
    art = ak.parse(TITLE_FIELD)
    assert art.title == "Growing Tomatoes on a Balcony"
    assert art.title_span is not None
    assert TITLE_FIELD[art.title_span.start : art.title_span.end] == art.title
    assert art.byline == "Sam Osei"
    assert art.published == "2025-04-02"
    assert [r.text for r in art.removed] == ["Reading time: 5 min read"]
    assert [s.heading for s in art.sections] == [None]
    assert_accounted(TITLE_FIELD, art)
    assert_spans_valid(TITLE_FIELD, art)


def test_headline_label_in_compact_text() -> None:
    text = (
        "Headline: City Opens Its First Tool Library\n"
        "By Ana Ruiz\n"
        "Residents can now borrow drills, ladders and sewing machines with a library card.\n"
    )
    art = ak.parse(text)
    assert art.title == "City Opens Its First Tool Library"
    assert art.byline == "Ana Ruiz"


def test_a_title_field_in_the_body_is_not_the_title() -> None:
    text = (
        "Submitting Your Talk\n\n"
        "Fill in the form with these fields:\n\n"
        "Title: a short name for the talk\n"
    )
    assert ak.parse(text).title == "Submitting Your Talk"


def test_reading_time_lines_are_removed() -> None:
    for line in ("Reading time: 7 min", "Estimated reading time: 12 minutes", "4-minute read"):
        text = f"Quiet Streets\n\n{line}\n\nThe town closed its centre to cars on Sundays.\n"
        art = ak.parse(text)
        assert [r.text for r in art.removed] == [line], line


def test_a_date_line_with_two_dates_gives_the_first() -> None:
    text = (
        "Repairing a Bike Chain\n"
        "Published: 3 March 2025 | Updated: 9 March 2025\n"
        "A broken chain can be fixed at the roadside with a small chain tool.\n"
    )
    art = ak.parse(text)
    assert art.published == "3 March 2025"
    assert_accounted(text, art)


def test_an_empty_highlights_box_above_another_special_section() -> None:
    text = (
        "Choosing a Rain Jacket\n"
        "Conclusion\n"
        "A light shell that packs small beats a heavy coat for most walks.\n"
        "Article Highlights\n"
        "Related Articles\n"
        "Waterproof Ratings Explained\n"
        "What the numbers on a jacket's label mean, and which ones matter for ...\n"
    )
    art = ak.parse(text)
    assert art.highlights == []
    assert [s.heading for s in art.sections] == ["Conclusion"]
    assert [b.text for b in art.iter_blocks()] == [  # type: ignore[union-attr]
        "A light shell that packs small beats a heavy coat for most walks."
    ]
    assert [r.title for r in art.related] == ["Waterproof Ratings Explained"]
    assert "highlights" in {s.field for s in art.field_sources}
    assert_accounted(text, art)


def test_highlights_over_subsections_stay_a_section() -> None:
    text = (
        "Release 4.0 of the Garden Planner\n"
        "Highlights\n"
        "Frost Dates\n"
        "The planner now reads frost dates for your postcode and moves sowing dates to match.\n"
        "Shared Plots\n"
        "Two people can now edit the same plot from different phones.\n"
    )
    art = ak.parse(text)
    assert art.highlights == []
    headings = [s.heading for s in art.iter_sections()]
    assert "Frost Dates" in headings and "Shared Plots" in headings


FURTHER_READING_TITLES = """\
Why Leaves Change Colour
As days shorten, trees stop making chlorophyll and the yellow and orange pigments show through.
Further Reading
Forest Service: The Science of Autumn Colors
Botany Today: Anthocyanins and the Red Leaves of Maples
Tags: trees, autumn, botany
Comments (4)
Lovely piece, thank you!
I always wondered why maples go red.
"""


def test_works_named_by_title_alone_under_further_reading() -> None:
    art = ak.parse(FURTHER_READING_TITLES)
    assert [(r.title, r.url) for r in art.references] == [
        ("Forest Service: The Science of Autumn Colors", None),
        ("Botany Today: Anthocyanins and the Red Leaves of Maples", None),
    ]
    assert art.tags == ["trees", "autumn", "botany"]
    assert [s.heading for s in art.sections] == [None]
    # the readers' comments, opened by "Comments (4)", are the page's
    assert {r.text: r.detail for r in art.removed} == {
        "Comments (4)": "comments",
        "Lovely piece, thank you!": "comments",
        "I always wondered why maples go red.": "comments",
    }
    assert_accounted(FURTHER_READING_TITLES, art)


def test_numbered_citations_under_references_lose_their_number() -> None:
    text = (
        "Counting Birds by Their Songs\n\n"
        "Recorders left in the forest for a month picked up forty species.\n\n"
        "References\n\n"
        "1: Okafor, N., & Lind, T. (2021). Listening to forests. Acoustic Ecology.\n"
        "2: Berg, H. et al. Automated song recognition in the field. Bird Study.\n"
    )
    art = ak.parse(text)
    assert [r.title for r in art.references] == [
        "Okafor, N., & Lind, T. (2021). Listening to forests. Acoustic Ecology.",
        "Berg, H. et al. Automated song recognition in the field. Bird Study.",
    ]
    assert_accounted(text, art)
    assert_spans_valid(text, art)


def test_sentences_under_a_citations_heading_stay_in_the_body() -> None:
    text = (
        "Measuring the Use of Your Package\n\n"
        "Downloads\n\n"
        "Download counts give a rough idea of how many people install a package.\n\n"
        "Citations\n\n"
        "If your package is cited in papers, a bibliographic search can find them.\n"
        "Some services also show citation counts beside each package.\n\n"
        "Talks\n\n"
        "Conference talks are another sign that people rely on your work.\n"
    )
    art = ak.parse(text)
    assert art.references == []
    assert [s.heading for s in art.sections] == ["Downloads", "Citations", "Talks"]


def test_the_heading_right_under_the_contents_is_no_entry_of_them() -> None:
    text = (
        "Three Ferns for a Shady Garden\n"
        "Table of Contents\n"
        "1. Lady Fern\n"
        "2. Hart's Tongue\n"
        "Introduction\n"
        "Ferns thrive where little else will grow, under trees and beside north walls.\n"
        "1. Lady Fern\n"
        "A delicate fern with lacy fronds that dies back in winter.\n"
        "2. Hart's Tongue\n"
        "An evergreen with strap-shaped leaves that likes lime.\n"
    )
    art = ak.parse(text)
    assert [s.heading for s in art.sections] == [
        "Introduction",
        "1. Lady Fern",
        "2. Hart's Tongue",
    ]
    assert [r.detail for r in art.removed] == ["table of contents"] * 3
    assert_accounted(text, art)


def test_a_short_question_under_a_related_title_is_the_next_title() -> None:
    text = (
        "Phone Batteries Must Become Replaceable\n\n"
        "New rules require batteries that owners can swap with ordinary tools.\n\n"
        "Related\n\n"
        "The right-to-repair movement, explained\n"
        "How long should a phone battery last?\n"
    )
    art = ak.parse(text)
    assert [(r.title, r.teaser) for r in art.related] == [
        ("The right-to-repair movement, explained", None),
        ("How long should a phone battery last?", None),
    ]
    assert_accounted(text, art)


def test_a_newsletter_posts_discussion_box_is_removed() -> None:
    text = (
        "Notes From the Allotment\n"
        "Sam Reyes\n"
        "Mar 2, 2026\n"
        "The broad beans survived the frost, and the first rhubarb is already showing.\n"
        "Subscribe\n"
        "Discussion about this post\n"
        "Comments\n"
        "Restacks\n"
    )
    art = ak.parse(text)
    assert [b.text for b in art.iter_blocks()] == [  # type: ignore[union-attr]
        "The broad beans survived the frost, and the first rhubarb is already showing."
    ]
    assert [r.detail for r in art.removed if r.reason == "boilerplate"] == ["comments"] * 3
    assert_accounted(text, art)


def test_updated_on_a_date_beside_the_reading_time() -> None:
    text = (
        "Building a Bird Box\n\n"
        "Updated on 5 May 2025 \u00b7 8 min read\n\n"
        "A simple box of untreated wood, with a hole of the right size, suits blue tits.\n"
    )
    art = ak.parse(text)
    assert art.published == "5 May 2025"
    assert_accounted(text, art)


def test_a_feedback_question_and_its_buttons_are_removed() -> None:
    text = (
        "Resetting Your Router\n\n"
        "Hold the reset button for ten seconds, then wait for the lights to settle.\n\n"
        "Did you find this guide useful?\nYes\nNo\n"
    )
    art = ak.parse(text)
    assert [r.text for r in art.removed] == ["Did you find this guide useful?", "Yes", "No"]
    assert len(list(art.iter_blocks())) == 1
    assert_accounted(text, art)


def test_a_question_of_the_body_opening_with_did_you_find_stays() -> None:
    text = (
        "Reading Old Maps\n\n"
        "Did you find this surprising?\n\n"
        "Most readers do, because the coastline on the map is a mile from the real one.\n"
    )
    art = ak.parse(text)
    assert art.removed == []


REFERENCE_SHAPES = """\
Introduction
Coral reefs cover a tiny share of the sea floor but shelter a quarter of marine species.
Conclusion
Protecting reefs means cutting emissions and managing fishing close to shore.
Reference Links
Reefs Under Heat Stress (Ocean Weekly)
Coral Bleaching Explained | Marine Notes | What happens when corals lose their algae.
Reef Restoration Projects - Blue Planet Blog - https://example.org/reef-restoration
Fishing and Reef Health \u2014 Coastal Review \u2014 A survey of local rules \u2014 https://example.org/fishing
Tags: coral, oceans, conservation
"""


def test_reference_items_with_bars_with_a_url_last_and_a_title_alone_first() -> None:
    art = ak.parse(REFERENCE_SHAPES)
    assert [(r.title, r.source, r.description, r.url) for r in art.references] == [
        ("Reefs Under Heat Stress (Ocean Weekly)", None, None, None),
        (
            "Coral Bleaching Explained",
            "Marine Notes",
            "What happens when corals lose their algae.",
            None,
        ),
        (
            "Reef Restoration Projects",
            "Blue Planet Blog",
            None,
            "https://example.org/reef-restoration",
        ),
        (
            "Fishing and Reef Health",
            "Coastal Review",
            "A survey of local rules",
            "https://example.org/fishing",
        ),
    ]
    assert [s.heading for s in art.sections] == ["Introduction", "Conclusion"]
    assert_accounted(REFERENCE_SHAPES, art)


def test_a_title_with_a_dash_before_a_colon_and_url_stays_whole() -> None:
    from articlekit.parse.special import parse_reference

    assert parse_reference("CT Scans - #ScanAllFish: https://example.org/scans") == (
        "CT Scans - #ScanAllFish",
        None,
        None,
        "https://example.org/scans",
    )


def test_a_heading_above_a_list_after_references_is_no_reference() -> None:
    text = (
        "Weather Data in R\n\n"
        "The package downloads daily summaries for thousands of stations.\n\n"
        "References\n\n"
        "Smith, A. (2017). Daily weather data in R. Journal of Open Software, "
        "DOI: 10.21105/joss.00001\n\n"
        "Notes\n\n"
        "1. Formerly the national climate centre\n"
    )
    art = ak.parse(text)
    assert len(art.references) == 1
    assert [s.heading for s in art.sections] == [None, "Notes"]


def test_an_em_dash_attribution_under_a_quotation_is_text() -> None:
    text = (
        "Notes From the Summit\n\n"
        "Could this be specialised and applied to scientific software?\n\n"
        "\u2014 Dana Ruiz (@druiz) October 5, 2022\n\n"
        "The thread ran for days, with maintainers comparing their own checklists.\n"
    )
    art = ak.parse(text)
    assert [b.kind for b in art.iter_blocks()] == ["paragraph"] * 3
    assert [s.heading for s in art.sections] == [None]


def test_em_dash_items_side_by_side_stay_a_list() -> None:
    text = "What to Pack\n\n\u2014 A warm hat\n\u2014 Spare socks\n\u2014 A head torch\n"
    art = ak.parse(text)
    lists = [b for b in art.iter_blocks() if b.kind == "list"]
    assert [i.text for i in lists[0].items] == ["A warm hat", "Spare socks", "A head torch"]  # type: ignore[union-attr]


def test_debugger_and_zsh_prompts_are_code() -> None:
    text = (
        "Finding the Zombie Processes\n\n"
        "We attach the debugger before the child process starts.\n\n"
        "\u276f lldb -w -n R\n"
        '(lldb) process attach --name "R" --waitfor\n\n'
        "Then, in another terminal, we start the child process and wait for it to stop.\n"
    )
    art = ak.parse(text)
    assert [b.kind for b in art.iter_blocks()] == ["paragraph", "code", "paragraph"]
    assert [s.heading for s in art.sections] == [None]


def test_a_title_case_first_line_ending_in_a_full_stop_is_the_title() -> None:
    text = (
        "Keeping Bees in the City: A Beginner's Season.\n\n"
        "Our first hive arrived in April, and by July the bees had filled two boxes.\n"
    )
    assert ak.parse(text).title == "Keeping Bees in the City: A Beginner's Season."


def test_a_first_sentence_ending_in_a_full_stop_is_not_the_title() -> None:
    text = (
        "Our first hive arrived in April and the bees settled quickly.\n\n"
        "By July they had filled two boxes with honey.\n"
    )
    assert ak.parse(text).title is None


def test_a_media_players_clock_and_a_wire_services_footer_are_removed() -> None:
    text = (
        "River Levels Fall Across the Region\n"
        "Listen to this article\n"
        "00:00\n"
        "03:41\n"
        "Water levels dropped by a metre in a week as the dry spell continued.\n"
        "Purchase Licensing Rights\n"
    )
    art = ak.parse(text)
    assert [r.text for r in art.removed] == [
        "Listen to this article",
        "00:00",
        "03:41",
        "Purchase Licensing Rights",
    ]
    assert_accounted(text, art)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Sources and Further Reading", "references"),
        ("References & Further Reading", "references"),
        ("Links and Resources", "references"),
        ("Tags and Categories", "tags"),
        ("Article Tags", "tags"),
        ("Short Summary", "summary"),
        ("Too Long; Didn't Read", "summary"),
        ("Key Findings", "highlights"),
        ("Main Takeaways", "highlights"),
        ("Quick Facts", "highlights"),
        ("Pros and Cons", None),  # two words that are no section names
        ("Summary and Conclusion", None),  # "conclusion" is the body's
        ("Resources, links", None),  # a comma joins a heading's words as often
    ],
)
def test_section_names_joined_and_more_aliases(name: str, kind: str | None) -> None:
    from articlekit.parse.special import special_kind

    assert special_kind(name, ak.ParseOptions()) == kind


def test_a_joined_references_name_opens_the_references() -> None:
    text = (
        "Why Rivers Meander\n"
        "Water flows faster on the outside of a bend, eroding the bank there.\n"
        "Sources and Further Reading\n"
        "- Rivers and Their Shapes - Earth Notes - How bends form and migrate.\n"
        "- Meanders - Geo Review\n"
    )
    art = ak.parse(text)
    assert [(r.title, r.source) for r in art.references] == [
        ("Rivers and Their Shapes", "Earth Notes"),
        ("Meanders", "Geo Review"),
    ]
    assert [s.heading for s in art.sections] == [None]


@pytest.mark.parametrize(
    ("line", "byline", "published"),
    [
        ("Jane Doe | March 3, 2025", "Jane Doe", "March 3, 2025"),
        ("March 3, 2025 | Jane Doe", "Jane Doe", "March 3, 2025"),
        ("Ana M. Ruiz \u00b7 12 May 2025", "Ana M. Ruiz", "12 May 2025"),
        ("Written by: Jane Doe", "Jane Doe", None),
        ("Story by Jane Doe and Tom Li", "Jane Doe and Tom Li", None),
        ("Posted by Jane Doe \u2022 3 min read", "Jane Doe", None),
        ("Last Modified: 2025-03-03T10:00:00Z", None, "2025-03-03T10:00:00Z"),
        ("03/03/2025", None, "03/03/2025"),
        ("3rd March 2025", None, "3rd March 2025"),
        ("By Jane Doe, March 3, 2025", "Jane Doe", "March 3, 2025"),
        ("By Jan de Vries | March 3, 2025", "Jan de Vries", "March 3, 2025"),
        ("By Jane Doe | Reuters | March 3, 2025", "Jane Doe, Reuters", "March 3, 2025"),
        (
            "Por Mar\u00eda de la Cruz | 3 de marzo de 2025",
            "Mar\u00eda de la Cruz",
            "3 de marzo de 2025",
        ),
        ("Posted on March 3, 2025 by Jane Doe", "Jane Doe", "March 3, 2025"),
        ("Jane Doe, Columnist", "Jane Doe, Columnist", None),
        ("Ana Ruiz, Associated Press", "Ana Ruiz, Associated Press", None),
    ],
)
def test_more_byline_and_date_lines(line: str, byline: str | None, published: str | None) -> None:
    text = (
        f"Cycle Lanes Approved\n{line}\n"
        "The council approved the new cycle lanes on Tuesday after a long debate.\n"
    )
    art = ak.parse(text)
    assert (art.byline, art.published) == (byline, published)
    assert [s.heading for s in art.sections] == [None]
    assert_accounted(text, art)


@pytest.mark.parametrize(
    "line",
    [
        "Por qu\u00e9 importa, 3 de marzo de 2025",
        "By the numbers, March 3, 2025",
        "Jane Doe, Paris",
    ],
)
def test_lines_shaped_like_a_byline_and_date_that_name_no_writer(line: str) -> None:
    text = (
        f"Cycle Lanes Approved\n{line}\n"
        "The council approved the new cycle lanes on Tuesday after a long debate.\n"
    )
    assert ak.parse(text).byline is None


def test_a_section_name_beside_a_date_is_no_byline() -> None:
    text = (
        "Cycle Lanes Approved\nWorld News | March 3, 2025\n"
        "The council approved the new cycle lanes on Tuesday after a long debate.\n"
    )
    assert ak.parse(text).byline is None


def test_modified_files_under_a_title_are_no_date() -> None:
    text = "Release Notes\nModified 3 files to fix the login bug.\nThe fix ships today.\n"
    assert ak.parse(text).published is None


def test_a_short_title_case_title_above_a_date_is_the_title_not_a_byline() -> None:
    text = (
        "Cycle Lanes Approved\nMarch 3, 2025\n"
        "The council approved the new cycle lanes on Tuesday after a long debate.\n"
    )
    art = ak.parse(text)
    assert (art.title, art.byline, art.published) == (
        "Cycle Lanes Approved",
        None,
        "March 3, 2025",
    )


def test_a_name_above_a_date_and_a_title_is_the_byline() -> None:
    text = (
        "Priya Natarajan\n\nApr 14, 2025\n\nWhy Small Ovens Are Winning Back the High Street\n\n"
        "Bakeries with one small oven can bake through the day and sell bread still warm.\n"
    )
    art = ak.parse(text)
    assert (art.title, art.byline, art.published) == (
        "Why Small Ovens Are Winning Back the High Street",
        "Priya Natarajan",
        "Apr 14, 2025",
    )


@pytest.mark.parametrize(
    "tags_part",
    [
        "Tags\nai\ncloud\nsecurity\n",  # compact: one tag a line, in lower case
        "Tags\n\nai\ncloud\nsecurity\n",  # spaced: the lines read as one paragraph
        "Tags: ai \u2022 cloud \u2022 security\n",
    ],
)
def test_tags_one_a_line_in_lower_case_and_bullet_separated(tags_part: str) -> None:
    text = (
        "Cloud Security in 2026\n"
        "The main risks this year come from misconfigured storage and stolen keys.\n" + tags_part
    )
    art = ak.parse(text)
    assert art.tags == ["ai", "cloud", "security"]
    assert [b.text for b in art.iter_blocks()] == [  # type: ignore[union-attr]
        "The main risks this year come from misconfigured storage and stolen keys."
    ]
    assert_accounted(text, art)


GERMAN_PAGE = """\
Warum Wärmepumpen in Altbauten funktionieren
Von Anna Schmidt
Veröffentlicht am 3. März 2025, 10:15 Uhr
Das Wichtigste in Kürze
Auch ungedämmte Altbauten lassen sich oft mit Wärmepumpen heizen.
Entscheidend ist die Vorlauftemperatur der Heizkörper.
Viele Eigentümer glauben, dass Wärmepumpen nur in Neubauten sinnvoll sind. Neue Studien zeigen, dass das nicht stimmt.
Was die Studien zeigen
In einem Feldtest mit 100 Häusern erreichten die meisten Anlagen gute Jahresarbeitszahlen.
Schlagwörter: Wärmepumpe, Heizung, Altbau
"""


def test_a_german_page_date_with_uhr_and_highlights_closed_by_the_first_paragraph() -> None:
    art = ak.parse(GERMAN_PAGE)
    assert art.byline == "Anna Schmidt"
    assert art.published == "3. März 2025, 10:15 Uhr"
    assert art.highlights == [
        "Auch ungedämmte Altbauten lassen sich oft mit Wärmepumpen heizen.",
        "Entscheidend ist die Vorlauftemperatur der Heizkörper.",
    ]
    first = art.sections[0]
    assert first.heading is None
    assert first.blocks[0].text.startswith("Viele Eigentümer glauben")  # type: ignore[union-attr]
    assert art.tags == ["Wärmepumpe", "Heizung", "Altbau"]
    assert_accounted(GERMAN_PAGE, art)


def test_times_of_a_programme_stay_in_the_body() -> None:
    text = (
        "Open Day at the Allotments\n\n"
        "Everyone is welcome on Saturday; here is the plan for the day.\n\n"
        "09:30\n\nTour of the plots, starting at the gate by the shed.\n\n"
        "11:00\n\nSeed swap and advice on winter vegetables in the big tent.\n"
    )
    art = ak.parse(text)
    assert art.removed == []
    texts = [b.text for b in art.iter_blocks()]  # type: ignore[union-attr]
    assert "09:30" in texts and "11:00" in texts


def test_a_players_clock_in_the_middle_of_a_story_is_removed() -> None:
    text = (
        "The Last Ferry\n\n"
        "The crossing has run every day since 1952, whatever the weather.\n\n"
        "Listen to this story\n00:00\n05:12\n\n"
        "From next spring, a bridge will carry the traffic instead.\n"
    )
    art = ak.parse(text)
    assert [r.text for r in art.removed] == ["Listen to this story", "00:00", "05:12"]
    assert_accounted(text, art)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Tag:", "tags"),
        ("Schlagworte:", "tags"),
        ("Catégories :", "tags"),
        ("Categorías:", "tags"),
        ("Lesen Sie auch", "related"),
        ("Veja também", "related"),
        ("Noticias relacionadas", "related"),
        ("Points clés", "highlights"),
        ("Puntos clave", "highlights"),
        ("Punti chiave", "highlights"),
        ("Principais pontos", "highlights"),
        ("Belangrijkste punten", "highlights"),
        ("Pour aller plus loin", "references"),
        ("Para saber más", "references"),
        ("Per approfondire", "references"),
        ("Weitere Informationen", "references"),
    ],
)
def test_european_section_names_of_the_defaults(name: str, kind: str) -> None:
    items = {
        "tags": " Rust, kernel, sicurezza",
        "related": "\n\nNeue Radwege in Köln\n\nDer Bau beginnt im Frühjahr und soll zwei Jahre...",
        "highlights": "\n\n- Premier point de la liste\n- Second point de la liste",
        "references": "\n\n- Rapport annuel - Ministère - Les chiffres de l'année.",
    }[kind]
    text = (
        "Un titre assez long pour cet article\n\n"
        "Le corps de l'article tient en une phrase assez longue pour être un paragraphe.\n\n"
        + (name if kind == "tags" else name.rstrip(":"))
        + items
        + "\n"
    )
    art = ak.parse(text, format="text")
    found = {
        "tags": art.tags,
        "related": [r.title for r in art.related],
        "highlights": art.highlights,
        "references": [r.title for r in art.references],
    }[kind]
    assert found, f"{name!r} was not read as {kind}: {art.sections}"
    assert_accounted(text, art)


def test_arabic_commas_split_tags() -> None:
    options = ak.ParseOptions().with_aliases("tags", ["الوسوم"])
    text = "عنوان المقال\n\nنص المقال هنا.\n\nالوسوم: دبي، طائرات مسيّرة، توصيل؛ تقنية\n"
    art = ak.parse(text, options=options)
    assert art.tags == ["دبي", "طائرات مسيّرة", "توصيل", "تقنية"]


def test_a_summary_of_points_is_the_summary() -> None:
    text = (
        "Budget Explained\n\nCongress has until Friday to pass a bill.\n\n"
        "Summary\n\n- Congress must pass a bill by Friday.\n- Three disputes stand in the way.\n"
    )
    art = ak.parse(text, format="text")
    assert art.summary == "Congress must pass a bill by Friday.\nThree disputes stand in the way."
    assert [s.heading for s in art.sections] == [None]
    assert_accounted(text, art)


def test_a_summary_section_deep_in_the_article_stays_a_section() -> None:
    text = (
        "Kestrel 2.4 Released\n\n"
        "Kestrel 2.4 is out today with retries, signed builds and a new default log format.\n\n"
        "What's new\n\nThe HTTP client now retries idempotent requests three times by default.\n\n"
        "Summary\n\n- Retries are on by default.\n- Logs are JSON.\n\n"
        "Upgrading\n\nRun pip install with the upgrade flag to get the new version today.\n"
    )
    art = ak.parse(text, format="text")
    assert art.summary is None
    assert [s.heading for s in art.sections] == [None, "What's new", "Summary", "Upgrading"]


def test_a_related_item_keeps_what_follows_its_title_as_teaser() -> None:
    text = (
        "EU Battery Rules\n\nNew EU rules on batteries take effect this month.\n\n"
        "Read more\n\n"
        "- What the passport means for carmakers - AutoPolicy Weekly - An industry view.\n"
        "- Recycling targets explained (https://example.org/targets)\n"
    )
    art = ak.parse(text, format="text")
    assert [(r.title, r.teaser, r.url) for r in art.related] == [
        ("What the passport means for carmakers", "AutoPolicy Weekly - An industry view.", None),
        ("Recycling targets explained", None, "https://example.org/targets"),
    ]
    assert_accounted(text, art)
