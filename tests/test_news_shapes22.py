"""Lines of news and magazine pages, as a scraper gives them in plain text, that the parser
took for headings: links set between paragraphs ("SEE MORE: …", "… by clicking here"), a
news site's "Don't miss" box, a newsroom's unsigned byline ("Staff Reports") and a place
alone under the title (the dateline). Written in our words, in both layouts."""

from __future__ import annotations

import pytest

from tests.helpers import both_layouts, headings, parse_checked


def _paragraphs(text: str) -> list[str]:
    art = parse_checked(text)
    return [b.text for s in art.iter_sections() for b in s.blocks if b.kind == "paragraph"]


def _removed(text: str) -> list[str]:
    art = parse_checked(text)
    return [r.text for r in art.removed]


# --- links set between paragraphs -----------------------------------------------------------

LINK_BETWEEN_PARAGRAPHS = """Harbour Ferry Fares Rise for the Second Time This Year

The city's ferry operator raised the price of a single crossing on Monday, citing fuel costs that have climbed since the spring.

SEE MORE: Commuters turn to bicycles as bridge repairs drag on

Regular riders said the rise would cost them close to forty pounds a month.

GET CITY NEWS ON YOUR PHONE BY CLICKING HERE

The operator said a monthly pass would keep its old price until the end of the year.
"""


@pytest.mark.parametrize("text", both_layouts(LINK_BETWEEN_PARAGRAPHS))
def test_see_more_and_click_here_lines_are_no_headings(text: str) -> None:
    art = parse_checked(text)
    assert headings(art) == []
    removed = _removed(text)
    assert "GET CITY NEWS ON YOUR PHONE BY CLICKING HERE" in removed
    assert any(r.startswith("SEE MORE:") for r in removed)
    assert any(p.startswith("Regular riders") for p in _paragraphs(text))


RESULTS_LINK = """Regional Chess Finals Results

CLICK FOR THE FULL ROUND-BY-ROUND RESULTS

Open section: the top seed won all five of her games and took the title by a full point.

Junior section: a twelve-year-old from the host club finished unbeaten.
"""


@pytest.mark.parametrize("text", both_layouts(RESULTS_LINK))
def test_click_for_line_under_the_title_is_a_remnant(text: str) -> None:
    art = parse_checked(text)
    assert art.title == "Regional Chess Finals Results"
    assert "CLICK FOR THE FULL ROUND-BY-ROUND RESULTS" not in headings(art)
    assert "CLICK FOR THE FULL ROUND-BY-ROUND RESULTS" in _removed(text)


def test_a_sentence_that_mentions_clicking_stays_a_paragraph() -> None:
    text = (
        "Library Opens Late on Thursdays\n\n"
        "From next week the central library stays open until nine on Thursdays.\n\n"
        "Readers who want to book a study room should click here first and pick a slot, "
        "the library said, since rooms are expected to fill quickly.\n"
    )
    assert any(p.startswith("Readers who want") for p in _paragraphs(text))


# --- a box of other stories in the body -----------------------------------------------------

DONT_MISS_BOX = """Council Approves New Cycle Lanes

The council voted on Tuesday to build four new cycle lanes across the centre.

Work on the first lane starts in March and should take six weeks.

DON'T MISS

Bus drivers vote to strike over rotas [LATEST]

Market hall reopens after a two-year restoration [PICTURES]

Residents of the affected streets will be written to before work begins.
"""


@pytest.mark.parametrize("text", both_layouts(DONT_MISS_BOX))
def test_dont_miss_box_is_no_heading_of_the_story(text: str) -> None:
    art = parse_checked(text)
    assert "DON'T MISS" not in headings(art)
    assert any(p.startswith("Work on the first lane") for p in _paragraphs(text))


# --- a newsroom's byline and a dateline under the title -------------------------------------

STAFF_BYLINE = """Two Arrested After Warehouse Break-In

Staff Reports

Police arrested two men early Sunday after an alarm went off at a warehouse on the east side.

Officers found the pair inside the building with a van parked by the loading bay.
"""


@pytest.mark.parametrize("text", both_layouts(STAFF_BYLINE))
def test_staff_reports_line_is_the_byline(text: str) -> None:
    art = parse_checked(text)
    assert art.byline == "Staff Reports"
    assert headings(art) == []


PLACE_DATELINE = """Lakeside Robotics Opens a Research Centre in Norway

OSLO, NORWAY

Lakeside Robotics today opened a research centre that will employ sixty engineers by the end of next year.

The centre will work on robots that inspect the hulls of ships while they are in port.
"""


@pytest.mark.parametrize("text", both_layouts(PLACE_DATELINE))
def test_place_under_the_title_is_a_dateline_not_a_heading(text: str) -> None:
    art = parse_checked(text)
    assert headings(art) == []
    assert _paragraphs(text)[0] == "OSLO, NORWAY"


def test_a_two_part_place_in_title_case_is_a_dateline_too() -> None:
    text = (
        "Shelter Finds Dog Lost for Three Years\n"
        "Santa Fe, N.M.\n"
        "A dog that went missing three years ago has been found two states away.\n"
        "Staff said a microchip led them to its owner.\n"
    )
    art = parse_checked(text)
    assert headings(art) == []


def test_a_place_heading_over_a_list_stays_a_heading() -> None:
    # (not over the story's first paragraph: a section of a travel guide)
    text = (
        "Where We Stayed on Our Road Trip\n\n"
        "We drove for two weeks and slept in eleven places.\n\n"
        "Bergen, Norway\n\n"
        "- A guesthouse above the fish market\n"
        "- A cabin by the fjord\n\n"
        "Every place had a kettle and a good view.\n"
    )
    assert "Bergen, Norway" in headings(parse_checked(text))


# --- a tour's or a schedule's dates, one a line ---------------------------------------------

TOUR_DATES = """Folk Trio Announces Spring Tour

The trio will play eight cities in the spring, their first tour since the pandemic.

Spring tour dates:

March 4 – Leeds, UK @ Brudenell Social Club

March 6 – Glasgow, UK @ King Tut's

March 9 – Dublin, IE @ Whelan's

Mar. 12 -- Bristol, UK @ The Fleece

March 14 – London, UK @ Union Chapel

Tickets go on sale on Friday morning through the band's website.
"""


@pytest.mark.parametrize("text", both_layouts(TOUR_DATES))
def test_a_run_of_dated_entries_has_no_headings(text: str) -> None:
    art = parse_checked(text)
    assert not any(h[:1] == "M" and "@" in h for h in headings(art))
    dated = [p for p in _paragraphs(text) if "@" in p]
    assert len(dated) == 5


def test_a_dated_heading_over_prose_stays_a_heading() -> None:
    # (one dated line alone, prose under it: an entry of a diary, a heading)
    text = (
        "Notes From the Dig\n\n"
        "We spent the summer on a hillside above the river.\n\n"
        "June 12 – The First Trench\n\n"
        "We opened the first trench at dawn and found pottery within an hour.\n\n"
        "It rained for the rest of the week, and we covered the site with sheets.\n"
    )
    assert "June 12 – The First Trench" in headings(parse_checked(text))


# --- a headline that asks a question, on the first line of compact text ---------------------

QUESTION_HEADLINE = """Will the new tram line pay for itself within ten years?
The city's transport board expects the line to carry forty thousand riders a day by 2030.
Critics point out that the last two lines fell short of their forecasts by a third.
"""


def test_a_headline_asking_in_the_third_person_is_the_title() -> None:
    art = parse_checked(QUESTION_HEADLINE)
    assert art.title == "Will the new tram line pay for itself within ten years?"


@pytest.mark.parametrize(
    "opening",
    [
        "Have you ever wondered why the last train always leaves two minutes early?",
        "So what did the transport board decide at its meeting on Tuesday night?",
        "What did we learn from three years of counting bicycles on the bridge?",
    ],
)
def test_a_question_put_to_the_reader_opens_the_body(opening: str) -> None:
    text = (
        f"{opening}\n"
        "The board met for four hours and voted to extend the line to the airport.\n"
        "Work starts next year, and the first trams should run in the spring of 2029.\n"
    )
    art = parse_checked(text)
    assert art.title is None
    assert _paragraphs(text)[0] == opening


# --- the page's title and its site's name on the first line ---------------------------------

TITLE_AND_SITE = """Folding Bike Test: Three Models Compared | Wheel Notes
Tested by: Sam Reyes Price: from 700 euros More info: the makers' shops | two-year warranty
We rode each bike to work for a month, folding it onto a train twice a day.
The lightest of the three was also the slowest to fold, which surprised us.
"""


def test_title_with_its_site_over_a_line_with_a_bar_is_no_table() -> None:
    art = parse_checked(TITLE_AND_SITE)
    assert art.title == "Folding Bike Test: Three Models Compared | Wheel Notes"
    assert not any(b.kind == "table" for b in art.iter_blocks())


def test_a_table_at_the_top_with_its_rule_stays_a_table() -> None:
    text = (
        "Model | Weight\n"
        "--- | ---\n"
        "Lark | 9.8 kg\n"
        "Wren | 11.2 kg\n"
        "The Lark is the lightest of the bikes we tested this year.\n"
    )
    art = parse_checked(text)
    tables = [b for b in art.iter_blocks() if b.kind == "table"]
    assert len(tables) == 1 and len(tables[0].rows) >= 2


# --- the writer's aside, a share box and a "see also" link between paragraphs ---------------

ASIDE_AND_TWEET_BOX = """Why Small Shops Should Plan in Quarters

Most owners I meet plan a year ahead, and most of those plans are dead by March.

(I know, a bold claim, but hear me out.)

A quarter is long enough to finish something and short enough to see the end of it.

Plans you can finish beat plans you can admire.Click To Tweet

Also: See our guide to budgeting for a first shop

Start with one goal per quarter and write it where you will see it every day.
"""


@pytest.mark.parametrize("text", both_layouts(ASIDE_AND_TWEET_BOX))
def test_aside_tweet_box_and_also_see_line_are_no_headings(text: str) -> None:
    art = parse_checked(text)
    assert headings(art) == []
    paragraphs = _paragraphs(text)
    assert "(I know, a bold claim, but hear me out.)" in paragraphs
    assert "Plans you can finish beat plans you can admire.Click To Tweet" in paragraphs
    assert "Also: See our guide to budgeting for a first shop" in _removed(text)


def test_a_short_label_in_parentheses_is_still_a_candidate() -> None:
    text = (
        "Setting Up the Sensor\n\n"
        "The sensor needs a power supply and a free port on the board.\n\n"
        "(Optional) Calibrate the Sensor\n\n"
        "Hold the sensor level for ten seconds while the light blinks, then release it.\n"
    )
    assert "(Optional) Calibrate the Sensor" in headings(parse_checked(text))
