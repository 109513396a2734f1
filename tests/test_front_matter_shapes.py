"""The top of an article in shapes scrapers and press offices leave: page furniture above
the title (a menu, a navigation bar, a search label, a kicker, a consent banner), and the
lines under it (bylines with a section and a date, dates beside a label, datelines, paper
author lists, reviewer credits, "Page 1 of 3"). Each article is written for these tests,
in both layouts where the layout matters."""

from __future__ import annotations

import pytest

import articlekit as ak
from tests.helpers import assert_accounted, assert_spans_valid

# (lines longer than a wrap width: the compact layout reads as one line a paragraph)
BODY = [
    "Councils in England will be able to buy empty shops on the high street under new powers"
    " announced by the government on Monday.",
    "Ministers say the change will help towns turn vacant units into homes, clinics and"
    " workshops, and bring people back to their centres.",
    "The Local Government Association welcomed the move but said councils lacked the money to"
    " buy more than a handful of shops each.",
]


def _layouts(lines: list[str]) -> list[str]:
    """The article compact (a line a paragraph) and spaced (blank lines between them)."""
    return ["\n".join(lines) + "\n", "\n\n".join(lines) + "\n"]


def _parse(text: str) -> ak.Article:
    art = ak.parse(text)
    assert_accounted(text, art)
    assert_spans_valid(text, art)
    return art


def _paragraphs(art: ak.Article) -> list[str]:
    return [b.text for s in art.sections for b in s.blocks if isinstance(b, ak.Paragraph)]


def _headings(art: ak.Article) -> list[str | None]:
    return [s.heading for s in art.sections if s.heading is not None]


# --------------------------------------------------------------------- bylines and dates


@pytest.mark.parametrize(
    "text", _layouts(["Seven Budget Apps That Work", "Page 1 of 3", "By Owen Tallis", *BODY])
)
def test_page_counter_between_title_and_byline_is_removed_and_byline_read(text: str) -> None:
    art = _parse(text)
    assert art.title == "Seven Budget Apps That Work"
    assert art.byline == "Owen Tallis"
    assert _paragraphs(art) == BODY
    assert [r.text for r in art.removed] == ["Page 1 of 3"]


@pytest.mark.parametrize(
    "text",
    _layouts(
        [
            "Seven budget apps that work",
            "By Carla Mendes | Personal Finance | Updated March 28, 2025",
            *BODY,
        ]
    ),
)
def test_byline_with_section_and_updated_date(text: str) -> None:
    art = _parse(text)
    assert (art.byline, art.published) == ("Carla Mendes", "March 28, 2025")
    assert _paragraphs(art) == BODY


def test_byline_with_agency_and_date_keeps_the_agency() -> None:
    text = "\n\n".join(
        ["Seven budget apps that work", "By Jane Doe | Reuters | March 3, 2025", *BODY]
    )
    art = _parse(text)
    assert (art.byline, art.published) == ("Jane Doe, Reuters", "March 3, 2025")


def test_posted_on_date_in_category_gives_the_date_alone() -> None:
    text = (
        "# Seven budget apps that work\n\n"
        "_Posted by Carla Mendes on 22 October 2024 in [Money](https://example.org/money)_\n\n"
        + BODY[0]
        + "\n"
    )
    art = _parse(text)
    assert (art.byline, art.published) == ("Carla Mendes", "22 October 2024")


@pytest.mark.parametrize(
    "line", ["University News | 27 February 2025", "Press release, 19 August 2024"]
)
@pytest.mark.parametrize("spaced", [False, True])
def test_label_beside_a_date_gives_the_date(line: str, spaced: bool) -> None:
    text = _layouts(["Marine Biologists Tag Greenland Sharks", line, *BODY])[spaced]
    art = _parse(text)
    assert art.published == line.split(" ", 2)[-1].lstrip("| ")
    assert _headings(art) == []
    assert _paragraphs(art) == BODY


def test_person_beside_a_date_is_still_the_byline() -> None:
    text = "\n\n".join(
        ["Marine Biologists Tag Greenland Sharks", "Jane Doe | March 3, 2025", *BODY]
    )
    art = _parse(text)
    assert (art.byline, art.published) == ("Jane Doe", "March 3, 2025")


@pytest.mark.parametrize(
    "dateline",
    [
        "NORTHFIELD, Minn. \u2013 Oct. 8, 2024 \u2013 ",
        "NORTHFIELD, Minn. -- Oct. 8, 2024 -- ",
        "NORTHFIELD, Minn. (Oct. 8, 2024) \u2013 ",
        "NORTHFIELD, Minn., Oct. 8, 2024 -- ",
    ],
)
def test_dateline_with_the_date_between_dashes_or_in_brackets(dateline: str) -> None:
    first = dateline + "A thin ceramic coating could double the service life of bus batteries."
    text = "\n\n".join(["Battery Coating Could Double Bus Battery Life", first, BODY[1]]) + "\n"
    art = _parse(text)
    assert art.published == "Oct. 8, 2024"
    assert _paragraphs(art) == [first, BODY[1]]


@pytest.mark.parametrize(
    "text",
    _layouts(
        ["Ministry Announces Coastal Flood Fund", "FOR IMMEDIATE RELEASE", "14 May 2024", *BODY]
    ),
)
def test_for_immediate_release_above_the_date_is_no_byline(text: str) -> None:
    art = _parse(text)
    assert (art.byline, art.published) == (None, "14 May 2024")
    assert [r.text for r in art.removed] == ["FOR IMMEDIATE RELEASE"]


@pytest.mark.parametrize(
    "text", _layouts(["Privacy Notice", "Effective date: 15 January 2025", *BODY])
)
def test_effective_date_under_a_policy_title_is_its_date(text: str) -> None:
    art = _parse(text)
    assert (art.title, art.published) == ("Privacy Notice", "15 January 2025")
    assert _paragraphs(art) == BODY


@pytest.mark.parametrize(
    "text",
    _layouts(["Councils get power to buy empty shops", "Reviewed by Dr Amara Osei, MD", *BODY]),
)
def test_reviewer_credit_under_the_title_is_a_paragraph(text: str) -> None:
    art = _parse(text)
    assert art.byline is None
    assert _headings(art) == []
    assert _paragraphs(art) == ["Reviewed by Dr Amara Osei, MD", *BODY]


# --------------------------------------------------------------------- papers' authors

ABSTRACT = (
    "Dry soils warm the air above them because less of the sun's energy goes into"
    " evaporation, and the heat builds up over the following weeks of the summer."
)


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        (
            "Katarzyna Wisniewska1, Tomas Ibarra2, Helen O'Dwyer1,3",
            "Katarzyna Wisniewska, Tomas Ibarra, Helen O'Dwyer",
        ),
        (
            "Lena Hoffmann, PhD, and Arjun Mehta, MD",
            "Lena Hoffmann, PhD, and Arjun Mehta, MD",
        ),
        ("Naomi Achterberg; Felipe Duarte", "Naomi Achterberg; Felipe Duarte"),
    ],
)
@pytest.mark.parametrize("spaced", [False, True])
def test_author_lists_of_papers_are_the_byline(line: str, byline: str, spaced: bool) -> None:
    text = _layouts(["Soil Moisture Memory Amplifies Summer Heatwaves", line, ABSTRACT])[spaced]
    art = _parse(text)
    assert art.byline == byline
    assert _headings(art) == []


def test_affiliation_lines_under_the_authors_are_one_paragraph_each() -> None:
    text = (
        "Soil Moisture Memory Amplifies Summer Heatwaves\n\n"
        "Katarzyna Wisniewska1, Tomas Ibarra2\n\n"
        "1 University of Wroclaw, Poland\n"
        "2 Universidad de Chile, Santiago, Chile\n\n"
        "Received: 3 October 2023 / Published online: 2 February 2024\n\n"
        "Abstract\n\n" + ABSTRACT + "\n"
    )
    art = _parse(text)
    assert art.byline == "Katarzyna Wisniewska, Tomas Ibarra"
    assert art.published == "2 February 2024"
    assert _paragraphs(art)[:2] == [
        "1 University of Wroclaw, Poland",
        "2 Universidad de Chile, Santiago, Chile",
    ]


# --------------------------------------------------------------- furniture above the title

TITLE = "Councils get power to buy empty shops"


@pytest.mark.parametrize(
    ("top", "reason"),
    [
        (["News", "Sport", "Weather"], "boilerplate"),
        (["Home | World | Business | Science"], "boilerplate"),
        (["Home > News > Local"], None),
        (["Search"], "ui_remnant"),
        (["OPINION"], "boilerplate"),
        (
            [
                "We value your privacy",
                "We and our partners use cookies to store and access information on your device.",
                "Accept all",
            ],
            "ui_remnant",
        ),
    ],
)
@pytest.mark.parametrize("spaced", [False, True])
def test_page_furniture_above_the_title_is_removed(
    top: list[str], reason: str | None, spaced: bool
) -> None:
    text = _layouts([*top, TITLE, "By Rebecca Holt", *BODY])[spaced]
    art = _parse(text)
    assert art.title == TITLE
    assert art.byline == "Rebecca Holt"
    assert _paragraphs(art) == BODY
    assert [r.text for r in art.removed] == top
    if reason is not None:
        assert {r.reason for r in art.removed} == {reason}


@pytest.mark.parametrize(
    "first",
    [
        "News",  # one menu word alone may be the title
        "Opinion",  # a kicker only in capitals
        "Opinion | Is Football Violence a Crime?",  # a section's name beside the headline
        "Home and Away",
    ],
)
def test_a_short_first_line_stays_the_title(first: str) -> None:
    text = "\n\n".join([first, "A dek that tells more about the story in a few words", *BODY])
    art = _parse(text)
    assert art.title == first
    assert art.removed == []


def test_menu_words_above_a_sentence_stay() -> None:
    text = "\n".join(["News", "Sport", *BODY]) + "\n"
    art = _parse(text)
    assert all(r.reason != "boilerplate" for r in art.removed)


@pytest.mark.parametrize("spaced", [False, True])
def test_cookie_policy_page_keeps_its_title(spaced: bool) -> None:
    text = _layouts(
        [
            "Cookie Policy",
            "This Cookie Policy explains how we use cookies and similar technologies when you"
            " visit this website, and what choices you have about them.",
            BODY[0],
        ]
    )[spaced]
    art = _parse(text)
    assert art.title == "Cookie Policy"
    assert art.removed == []


def test_cookie_policy_link_above_another_title_is_removed() -> None:
    text = "\n\n".join(["Cookie Policy", TITLE, *BODY])
    art = _parse(text)
    assert art.title == TITLE
    assert [r.text for r in art.removed] == ["Cookie Policy"]


# --------------------------------------------------------------------------- the dek


def test_dek_under_a_title_case_headline_is_no_heading_over_the_story() -> None:
    dek = "University researchers develop ceramic layer that slows degradation"
    text = "\n\n".join(["Battery Coating Could Double Bus Battery Life", dek, *BODY])
    art = _parse(text)
    assert _headings(art) == []
    assert _paragraphs(art) == [dek, *BODY]


def test_first_sentence_case_heading_of_a_blog_with_more_headings_stays() -> None:
    text = "\n\n".join(
        [
            "Contribute to Open Source Software: It's More Than Just Code",
            "Beyond code: the social side of open source projects today",
            BODY[0],
            "What we learned from the lessons",
            BODY[1],
        ]
    )
    art = _parse(text)
    assert _headings(art) == [
        "Beyond code: the social side of open source projects today",
        "What we learned from the lessons",
    ]


def test_dek_above_a_dateline_and_a_title_case_closing_heading() -> None:
    dek = "University researchers develop ceramic layer that slows degradation"
    first = (
        "NORTHFIELD, Minn. \u2013 Oct. 8, 2024 \u2013 A thin ceramic coating could double the"
        " service life of bus batteries."
    )
    text = "\n\n".join(
        [
            "Battery Coating Could Double Bus Battery Life",
            dek,
            first,
            BODY[1],
            "About the University of Northfield",
            BODY[2],
        ]
    )
    art = _parse(text)
    assert art.published == "Oct. 8, 2024"
    assert _headings(art) == ["About the University of Northfield"]
    assert _paragraphs(art)[:2] == [dek, first]


def test_an_update_note_with_its_date_is_no_publication_date() -> None:
    text = "\n\n".join(["Standing on Our Own Two Feet", "Update, December 21 2020", *BODY])
    art = _parse(text)
    assert art.published is None


# A field set over two lines ("Author:" / "Jane Doe and John Smith, City Desk") is read as
# one, its value up to twelve words. (A second constant of the same name, six words, once
# overrode the first: a value of seven words or more became the article's first heading.)
@pytest.mark.parametrize(
    ("label", "value", "field"),
    [
        ("Author:", "Jane Doe and John Smith, City Desk", "byline"),
        ("Published:", "Tuesday, March 3, 2025 at 10:45 a.m. Eastern Time", "published"),
    ],
)
@pytest.mark.parametrize("layout", [0, 1])
def test_field_over_two_lines_with_a_long_value(
    label: str, value: str, field: str, layout: int
) -> None:
    text = _layouts(["Council Approves New Bike Lanes", label, value, *BODY])[layout]
    if layout == 1:  # spaced: the label and its value stay glued, as a page's cells are
        text = text.replace(f"{label}\n\n{value}", f"{label}\n{value}")
    art = _parse(text)
    assert getattr(art, field) == value
    assert [s.heading for s in art.sections] == [None]
    assert _paragraphs(art) == BODY
