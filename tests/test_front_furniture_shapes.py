"""Page furniture around the title and the body: breadcrumb trails with any separator, the
interface's lines and banners above the headline, headings whose words would be a button
alone, image leftovers and a Q&A site's sidebar. Each article is written for these tests, in
both layouts (compact: one line a paragraph; spaced: blank lines between paragraphs)."""

from __future__ import annotations

import pytest

import articlekit as ak
from tests.helpers import assert_accounted

LAYOUTS = ("compact", "spaced")


def laid_out(lines: list[str], layout: str) -> str:
    return ("\n" if layout == "compact" else "\n\n").join(lines) + "\n"


def parsed(lines: list[str], layout: str) -> tuple[str, ak.Article]:
    text = laid_out(lines, layout)
    art = ak.parse(text)
    assert_accounted(text, art)
    return text, art


def removed(art: ak.Article) -> dict[str, str]:
    return {r.text: r.reason for r in art.removed}


def body_texts(art: ak.Article) -> list[str]:
    return [b.text for s in art.iter_sections() for b in s.blocks if hasattr(b, "text")]


def headings(art: ak.Article) -> list[str | None]:
    return [s.heading for s in art.iter_sections()]


# -- breadcrumb trails above the title ------------------------------------------------------

TRAILS = [
    ("Guides » Command Line » grep", "grep"),
    ("Programmes › Faculty of Arts › HIST 1020", "HIST 1020: Early Modern Europe"),
    ("Places / Asia / Japan / Kanazawa", "Three Quiet Days in Kanazawa, Beyond the Gardens"),
    ("Conditions A to Z > Tonsillitis", "Tonsillitis"),
]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("trail", "title"), TRAILS)
def test_a_breadcrumb_trail_above_the_title_is_navigation(
    trail: str, title: str, layout: str
) -> None:
    lines = [
        trail,
        title,
        "The page starts here with a sentence of its own, long enough to be a paragraph.",
        "A second paragraph follows it, and it is also a full sentence of the body text.",
    ]
    _, art = parsed(lines, layout)
    assert art.title == title
    assert removed(art)[trail] == "boilerplate"
    assert trail not in body_texts(art)
    assert title not in body_texts(art)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_slash_headline_or_a_site_bar_stays_the_title(layout: str) -> None:
    for title in ("Remote / Hybrid Work: What Changed in 2024", "Opinion | Why Trains Matter"):
        lines = [title, "The body opens with a sentence that runs on for a good many words."]
        _, art = parsed(lines, layout)
        assert art.title == title


# -- the interface's lines above the title --------------------------------------------------


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    "furniture",
    [
        "Back to search results",
        "Print this page",
        "Stack Exchange network consists of 181 Q&A communities including Stack Overflow",
        "Thank you for visiting example.org. You are using a browser version with limited "
        "support for JavaScript. Please upgrade your browser.",
    ],
)
def test_an_interface_line_above_the_title_is_a_remnant(furniture: str, layout: str) -> None:
    title = "Two Bedroom Flat With a Garden Near the Park"
    lines = [
        furniture,
        title,
        "A bright flat on the first floor of a converted Victorian house, close to shops.",
        "The garden is shared with one neighbour and faces south over the allotments.",
    ]
    _, art = parsed(lines, layout)
    assert art.title == title
    assert removed(art)[furniture] == "ui_remnant"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_question_title_over_a_forums_counters(layout: str) -> None:
    title = "Why does my dictionary keep its old values after I copy it?"
    lines = [
        title,
        "Asked 3 years, 1 month ago",
        "Viewed 12k times",
        "I copy a dictionary and change the copy, but the original changes as well.",
    ]
    _, art = parsed(lines, layout)
    assert art.title == title


# -- a page's name as its title; a button's words heading text of their own ----------------


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("title", ["Privacy Policy | Larkspur Books", "Privacy Policy"])
def test_a_pages_name_first_is_its_title(title: str, layout: str) -> None:
    lines = [
        title,
        "Print this page",
        "1. What we collect",
        "We collect the name and the address you give us when you place an order.",
    ]
    _, art = parsed(lines, layout)
    assert art.title == title
    assert removed(art)["Print this page"] == "ui_remnant"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_page_links_above_the_title_are_no_title(layout: str) -> None:
    lines = [
        "About us",
        "Privacy Policy",
        "Hedgerows After the Drought",
        "The hedges along the lane lost most of their leaves by the end of July.",
    ]
    _, art = parsed(lines, layout)
    assert art.title == "Hedgerows After the Drought"
    assert removed(art) == {"About us": "ui_remnant", "Privacy Policy": "ui_remnant"}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("Contact us", "Questions about this policy? Write to privacy@larkspur.example."),
        (
            "Cite this article",
            "Okafor, N. & Reyes, A. Hedgerow birds after the drought. J. Field Ecol. 12, "
            "40-52 (2024). https://doi.org/10.1000/jfe.2024.12",
        ),
    ],
)
def test_a_buttons_words_over_text_of_their_own_head_it(
    name: str, content: str, layout: str
) -> None:
    lines = [
        "Hedgerows After the Drought",
        "Rights and permissions",
        "This article is licensed under a Creative Commons Attribution licence.",
        name,
        content,
    ]
    _, art = parsed(lines, layout)
    section = next(s for s in art.iter_sections() if s.heading == name)
    assert [b.text for b in section.blocks if hasattr(b, "text")] == [content]
    assert name not in removed(art)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_buttons_words_over_the_footer_or_the_body_stay_removed(layout: str) -> None:
    lines = [
        "Hedgerows After the Drought",
        "The hedges along the lane lost most of their leaves by the end of July.",
        "Share this article",
        "Birds came back to them in September, when the rain returned at last.",
        "Contact us",
        "Privacy Policy",
        "\u00a9 2025 Field Notes Ltd",
    ]
    _, art = parsed(lines, layout)
    gone = removed(art)
    assert gone["Share this article"] == "ui_remnant"
    assert gone["Contact us"] == "ui_remnant"
    assert "Birds came back to them in September, when the rain returned at last." in (
        body_texts(art)
    )
    assert "Contact us" not in headings(art)


# -- image leftovers and a journal page's buttons -------------------------------------------


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    "stand_in",
    [
        "[Image: A yellow tram climbing a narrow street at dawn]",
        "[Photo: The harbour wall after the storm]",
        "[Figure: Monthly rainfall at the station, 2010-2024]",
        "[image]",
    ],
)
def test_an_images_stand_in_in_brackets_is_a_remnant(stand_in: str, layout: str) -> None:
    lines = [
        "A Weekend by the Harbour",
        "The town rewards slow travellers who walk the hills and stop often for coffee.",
        stand_in,
        "The tram is crowded by nine in the morning, so it pays to start early.",
    ]
    _, art = parsed(lines, layout)
    assert removed(art)[stand_in] == "ui_remnant"
    assert stand_in not in body_texts(art)


def test_an_images_stand_in_glued_above_its_caption_is_set_apart() -> None:
    stand_in = "[Image: A yellow tram climbing a narrow street at dawn]"
    text = (
        "A Weekend by the Harbour\n\n"
        "The town rewards slow travellers who walk the hills and stop often for coffee.\n\n"
        f"{stand_in}\n"
        "The tram on Rua da Graça at dawn. Photo: Ana Lopes\n\n"
        "The tram is crowded by nine in the morning, so it pays to start early.\n"
    )
    art = ak.parse(text)
    assert_accounted(text, art)
    assert removed(art)[stand_in] == "ui_remnant"
    assert "The tram on Rua da Graça at dawn. Photo: Ana Lopes" in body_texts(art)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_journal_pages_buttons_are_remnants_not_headings(layout: str) -> None:
    lines = [
        "Hedgerow Birds After the Drought",
        "Metrics details",
        "Abstract",
        "We counted birds along forty hedgerows before and after the drought of 2022.",
        "Results",
        "Fewer birds",
        "Counts fell by a third on the driest farms and recovered within a year.",
        "Fig. 1: Birds counted per kilometre of hedge.",
        "Full size image",
        "Recovery",
        "Most species returned once the hedges had leafed again in the spring.",
        "References",
        "Smith, J. How hedges work. J. Field Ecol. 3, 1-9 (2001).",
        "Download references",
        "Download citation",
    ]
    _, art = parsed(lines, layout)
    gone = removed(art)
    for button in ("Metrics details", "Full size image", "Download references"):
        assert gone[button] == "ui_remnant"
    assert gone["Download citation"] == "ui_remnant"
    names = headings(art)
    assert "Abstract" in names and "Recovery" in names
    assert not {"Metrics details", "Full size image"} & set(names)
    top = [s.heading for s in art.sections]
    assert "Abstract" in top  # not nested under "Metrics details"


# -- a Q&A site's sidebar --------------------------------------------------------------------


@pytest.mark.parametrize("layout", LAYOUTS)
def test_hot_network_questions_are_related_titles(layout: str) -> None:
    questions = [
        "Why do airliners not use ram air turbines for normal power?",
        "Is it rude to decline a wedding invitation by email?",
        "How can I tell if a proof is circular?",
        "What does a tilde mean in a version number?",
    ]
    lines = [
        "Why does my dictionary keep its old values after I copy it?",
        "I copy a dictionary and change the copy, but the original changes as well.",
        "Hot Network Questions",
        *questions,
    ]
    _, art = parsed(lines, layout)
    assert [r.title for r in art.related] == questions
    assert all(r.teaser is None for r in art.related)
    assert "Hot Network Questions" not in headings(art)
