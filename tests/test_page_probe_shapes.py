"""Shapes readers met in pages of their own (newsletters, compact pages with one line per
paragraph, reader-service and Markdown output, pagination) and the parser misread: each is
written here in our words, in the layouts where it matters."""

from __future__ import annotations

import pytest

import articlekit as ak
from tests.helpers import assert_accounted, block_texts

GAPS = pytest.mark.parametrize("gap", ["\n\n", "\n"], ids=["spaced", "compact"])


# --------------------------------------------------------------------------- newsletters


@GAPS
def test_read_more_under_every_story_is_a_button(gap: str) -> None:
    text = (
        gap.join(
            [
                "Evening Digest",
                "Here is what happened today.",
                "Ferry service resumes after storm",
                "Boats to the islands run again from Friday after three days of gales.",
                "Read more",
                "Library opens on Sundays",
                "The central library will open from noon to five on Sundays.",
                "Read more",
                "Market moves to the harbour",
                "The weekly market moves to the harbour car park for the summer.",
                "Read more",
            ]
        )
        + "\n"
    )
    art = ak.parse(text, format="text")
    assert art.related == []
    assert [r.text for r in art.removed] == ["Read more"] * 3
    assert [s.heading for s in art.sections][1:] == [
        "Ferry service resumes after storm",
        "Library opens on Sundays",
        "Market moves to the harbour",
    ]
    assert_accounted(text, art)


@GAPS
def test_read_more_between_two_stories_is_a_button(gap: str) -> None:
    text = (
        gap.join(
            [
                "Evening Digest",
                "Boats to the islands run again from Friday after three days of gales.",
                "Read more",
                "Library opens on Sundays",
                "The central library will open from noon to five on Sundays.",
            ]
        )
        + "\n"
    )
    art = ak.parse(text, format="text")
    assert art.related == []
    assert [r.text for r in art.removed] == ["Read more"]
    assert "The central library will open from noon to five on Sundays." in block_texts(art)
    assert_accounted(text, art)


@GAPS
def test_a_read_more_box_of_cut_teasers_still_gives_related_articles(gap: str) -> None:
    text = (
        gap.join(
            [
                "Evening Digest",
                "Flood defences",
                "Boats to the islands run again from Friday after three days of gales.",
                "Read more",
                "Why the harbour wall was never finished",
                "Plans for a new harbour wall were shelved in 2019 after the council and the",
                "How islanders cope without a ferry",
                "For three days every winter, the islands are cut off and the shop shelves",
            ]
        )
        + "\n"
    )
    art = ak.parse(text, format="text")
    assert [r.title for r in art.related] == [
        "Why the harbour wall was never finished",
        "How islanders cope without a ferry",
    ]
    assert all(r.truncated for r in art.related)
    assert_accounted(text, art)


# --------------------------------------------------------------------------- compact pages


def test_compact_rows_under_a_label_are_no_headings() -> None:
    text = (
        "Barista wanted\n"
        "Our café by the station is looking for a barista for weekday mornings.\n"
        "What we offer\n"
        "30 days holiday\n"
        "Free coffee and lunch\n"
        "Paid training courses\n"
        "Write to us at jobs@cafe.example with a few lines about yourself.\n"
    )
    art = ak.parse(text, format="text")
    assert [s.heading for s in art.sections] == [None, "What we offer"]
    assert block_texts(art)[1:4] == [
        "30 days holiday",
        "Free coffee and lunch",
        "Paid training courses",
    ]
    assert_accounted(text, art)


def test_compact_label_under_rows_of_the_column_above_stays_a_heading() -> None:
    text = (
        "Lentil soup\n"
        "This soup is on our table every week in winter and tastes better the next day.\n"
        "Ingredients\n"
        "1 onion, diced\n"
        "1 cup red lentils, rinsed\n"
        "Salt and pepper to taste\n"
        "Method\n"
        "Cook the onion in a little oil for five minutes, then add the lentils and water.\n"
    )
    art = ak.parse(text, format="text")
    assert [s.heading for s in art.sections] == [None, "Ingredients", "Method"]
    assert_accounted(text, art)


def test_compact_heading_under_timed_rows_stays_a_heading() -> None:
    text = (
        "The Slow Lane, Episode 12\n"
        "This week we talk with a cycling coach about riding through the winter months.\n"
        "Chapters\n"
        "0:00 Hello\n"
        "3:15 Winter tyres\n"
        "About our guest\n"
        "Mira coaches riders in Bergen and has ridden through twelve winters.\n"
    )
    art = ak.parse(text, format="text")
    assert [s.heading for s in art.sections][-1] == "About our guest"
    assert "3:15 Winter tyres" in block_texts(art)
    assert_accounted(text, art)


def test_a_stack_of_compact_headings_over_code_stays() -> None:
    text = (
        "Using the client\n"
        "The client is on the package index and installs with one command.\n"
        "Setup\n"
        "Look up records\n"
        "Look up one record\n"
        "client.records(id=12)\n"
    )
    art = ak.parse(text, format="text")
    headings = [s.heading for s in art.iter_sections()]
    assert "Look up records" in headings
    assert_accounted(text, art)


def test_short_compact_paragraphs_are_not_glued() -> None:
    text = (
        "Cycling the canal towpath\n"
        "The towpath runs for forty miles between the two cities.\n"
        "Most of it is flat and paved.\n"
        "When to go\n"
        "Spring mornings are the quietest time on the path.\n"
        "Summer weekends bring families and anglers.\n"
    )
    art = ak.parse(text, format="text")
    assert art.title == "Cycling the canal towpath"
    assert [b.text for b in art.sections[0].blocks] == [
        "The towpath runs for forty miles between the two cities.",
        "Most of it is flat and paved.",
    ]
    assert [b.text for b in art.sections[1].blocks] == [
        "Spring mornings are the quietest time on the path.",
        "Summer weekends bring families and anglers.",
    ]
    assert_accounted(text, art)


@GAPS
def test_see_also_over_plain_topic_names_gives_references(gap: str) -> None:
    text = (
        gap.join(
            [
                "Thermal mass",
                "Thermal mass is the ability of a material to absorb and store heat energy.",
                "See also",
                "Heat capacity",
                "Passive solar building design",
            ]
        )
        + "\n"
    )
    art = ak.parse(text, format="text")
    assert [r.title for r in art.references] == ["Heat capacity", "Passive solar building design"]
    assert [s.heading for s in art.sections] == [None]
    assert_accounted(text, art)


# --------------------------------------------------------------------------- pagination


@GAPS
def test_page_numbers_under_a_next_page_link_are_removed(gap: str) -> None:
    text = (
        gap.join(
            [
                "Walking routes in the Peak District",
                "The Peak District was Britain's first national park, and one of its busiest.",
                "We asked rangers, walking guides and our readers for their favourites.",
                "Next page",
                "1 2 3",
            ]
        )
        + "\n"
    )
    art = ak.parse(text, format="text")
    assert [(r.text, r.reason) for r in art.removed] == [
        ("Next page", "ui_remnant"),
        ("1 2 3", "ui_remnant"),
    ]
    assert all(b.kind == "paragraph" for b in art.sections[0].blocks)
    assert_accounted(text, art)


def test_a_row_of_numbers_alone_is_kept() -> None:
    text = (
        "Counting in R\n\nThe seq() function counts from one number to another.\n\n"
        "seq(1, 3)\n\n1 2 3\n"
    )
    art = ak.parse(text, format="text")
    assert art.removed == []
    assert_accounted(text, art)


# --------------------------------------------------------------------------- formulas


def test_a_sentence_under_a_formula_is_prose() -> None:
    text = (
        "Sample size\n\n"
        "The number needed per group is approximately\n\n"
        "n = 2 (z + z)² σ² / Δ²\n\n"
        "where σ is the standard deviation of the outcome. With α = 0.05 (two-sided) and "
        "80% power, z = 1.96 and z = 0.84, so the factor 2(1.96 + 0.84)² ≈ 15.7.\n"
    )
    art = ak.parse(text, format="text")
    assert block_texts(art, "code") == ["n = 2 (z + z)² σ² / Δ²"]
    assert block_texts(art, "paragraph")[-1].startswith("where σ is the standard deviation")
    assert_accounted(text, art)


def test_printed_lines_under_code_stay_code() -> None:
    text = (
        "Cat facts\n\nThe API returns a list of facts.\n\n"
        "facts <- get_facts()\n"
        'print(facts)\n#> [1] "Cats make about 100 different sounds. Dogs make only about 10."\n'
        '#> [2] "Domestic cats spend about 70 percent of the day sleeping and 15 percent '
        'of the day grooming."\n'
    )
    art = ak.parse(text, format="text")
    assert len(block_texts(art, "code")) == 1
    assert block_texts(art, "code")[0].endswith('grooming."')
    assert_accounted(text, art)


# --------------------------------------------------------------------------- reader services


def test_reader_service_title_loses_the_site_name() -> None:
    text = (
        "Title: The comeback of the repair shop | Makers Weekly\n\n"
        "URL Source: https://makersweekly.example/features/repair\n\n"
        "Markdown Content:\n"
        "The comeback of the repair shop\n===============\n\n"
        "Ten years ago, Lena Fischer's repair counter in Leipzig had two customers a day.\n"
    )
    art = ak.parse(text)
    assert art.title == "The comeback of the repair shop"
    assert [s.heading for s in art.sections] == [None]
    assert_accounted(text, art)


def test_reader_service_menu_above_the_text_is_removed() -> None:
    text = (
        "Title: The comeback of the repair shop\n\n"
        "URL Source: https://makersweekly.example/features/repair\n\n"
        "Markdown Content:\n"
        "*   [Features](https://makersweekly.example/features)\n"
        "*   [Reviews](https://makersweekly.example/reviews)\n\n"
        "Ten years ago, Lena Fischer's repair counter in Leipzig had two customers a day.\n"
    )
    art = ak.parse(text)
    assert block_texts(art) == [
        "Ten years ago, Lena Fischer's repair counter in Leipzig had two customers a day."
    ]
    assert [r.text for r in art.removed if r.reason == "boilerplate"] == ["Features", "Reviews"]
    assert_accounted(text, art)


# --------------------------------------------------------------------------- Markdown


def test_two_links_side_by_side_keep_a_space() -> None:
    text = (
        "# The comeback of the repair shop\n\n"
        "[Sign in](https://app.example/login)[Get started](https://app.example/signup)\n\n"
        "Ten years ago, Lena Fischer's repair counter in Leipzig had two customers a day.\n"
    )
    art = ak.parse(text, format="markdown")
    assert "Sign in Get started" in block_texts(art)
    assert_accounted(text, art)


def test_footnote_definitions_are_one_paragraph_each() -> None:
    text = (
        "# Free transit\n\n"
        "Luxembourg made its trains free in 2020.[^1] Others followed.[^2]\n\n"
        "[^1]: Luxembourg still charges for first-class travel on trains.\n"
        '[^2]: Cats, O. et al. (2017), "The prospects of fare-free public transport".\n'
    )
    art = ak.parse(text, format="markdown")
    assert block_texts(art)[-2:] == [
        "[^1]: Luxembourg still charges for first-class travel on trains.",
        '[^2]: Cats, O. et al. (2017), "The prospects of fare-free public transport".',
    ]
    assert_accounted(text, art)


def test_bold_numbered_lines_head_a_listicle_items() -> None:
    text = (
        "# Seven budget apps\n\n"
        "We asked our readers which apps they use.\n\n"
        "**1. Pocketwise**\n\nPocketwise sorts your spending into envelopes.\n\n"
        "**2. Ledgerly**\n\nLedgerly is a plain ledger with good charts.\n"
    )
    art = ak.parse(text, format="markdown")
    assert [s.heading for s in art.iter_sections()][-2:] == ["1. Pocketwise", "2. Ledgerly"]
    assert_accounted(text, art)


# --------------------------------------------------------------------------- event pages


@GAPS
def test_an_events_date_beside_its_time_is_not_the_publication_date(gap: str) -> None:
    text = (
        gap.join(
            [
                "Community Workshop: Repairing Your Own Bike",
                "Date: Wednesday, 9 July 2025",
                "Time: 18:30 to 20:30",
                "Join us for a hands-on evening of basic bike maintenance at the library.",
            ]
        )
        + "\n"
    )
    art = ak.parse(text, format="text")
    assert art.published is None
    assert "Date: Wednesday, 9 July 2025" in block_texts(art)
    assert_accounted(text, art)


@GAPS
def test_a_date_field_alone_under_the_title_is_still_the_publication_date(gap: str) -> None:
    text = (
        gap.join(
            [
                "Council approves the new cycle lanes",
                "Date: 3 March 2025",
                "The council voted on Tuesday to build four new cycle lanes in the centre.",
            ]
        )
        + "\n"
    )
    art = ak.parse(text, format="text")
    assert art.published == "3 March 2025"
    assert_accounted(text, art)
