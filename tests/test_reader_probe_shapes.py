"""Shapes fresh readers met in articles of their own (newsletters, FAQs, podcast notes,
event and job pages, press releases, scraped Markdown) and the parser misread: each is
written here in our words, in the layouts where it matters."""

from __future__ import annotations

import pytest

import articlekit as ak
from tests.helpers import assert_accounted, block_texts

STORY = "Councils will be able to buy empty shops on the high street under new powers announced on Monday."


@pytest.mark.parametrize(
    "line",
    [
        "Read more \u2192",
        "Read the full story",
        "You received this because you signed up at fridaybrief.example.com.",
        "Forward this email to a friend. Not a subscriber? Sign up here.",
        "12 out of 15 found this helpful",
        "Was this page useful? Yes / No",
        "Save job",
        "Report this job",
        "Buy on Amazon",
        "-30-",
        "ENDS",
        "-ENDS-",
        "Page 1 of 3",
        "Next page",
        "\u00ab Previous 1 2 3 Next \u00bb",
        "Sign up to our newsletter",
        "By signing up you agree to our privacy policy. You can unsubscribe at any time.",
        "Image caption: Empty shops on Market Street in Oldham.",
        "Image: Empty shops on Market Street in Oldham.",
        "Accept all cookies",
        "Reject non-essential cookies",
    ],
)
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_buttons_footers_and_end_marks_are_remnants(line: str, gap: str) -> None:
    text = (
        gap.join(["Empty Shops", STORY, line, "Ministers say the change will help towns."]) + "\n"
    )
    art = ak.parse(text, format="text")
    assert [r.text for r in art.removed] == [line]
    assert block_texts(art) == [STORY, "Ministers say the change will help towns."]
    assert [s.heading for s in art.sections] == [None]
    assert_accounted(text, art)


@pytest.mark.parametrize(
    "line", ["image: /assets/blog/coding.jpg", "1 2 3", "Photo of the week", "Next steps"]
)
def test_lines_that_only_resemble_a_caption_or_pagination_stay(line: str) -> None:
    text = f"Empty Shops\n\n{STORY}\n\n{line}\n\nMinisters say the change will help towns.\n"
    art = ak.parse(text, format="text")
    assert art.removed == []


def test_rank_numbers_of_a_most_read_box_are_set_aside() -> None:
    text = (
        f"Empty Shops\n\n{STORY}\n\nMost Read\n1\nPensioners warned over new energy bill scam\n"
        "2\nHeatwave to hit south-east this weekend\n"
    )
    art = ak.parse(text, format="text")
    assert [r.title for r in art.related] == [
        "Pensioners warned over new energy bill scam",
        "Heatwave to hit south-east this weekend",
    ]
    assert [r.text for r in art.removed] == ["1", "2"]
    assert_accounted(text, art)


@pytest.mark.parametrize(
    "line",
    ["Media enquiries: 020 7946 0000", "Press office: +44 20 7946 0000", "Phone: (612) 555-0199"],
)
def test_a_labelled_phone_number_is_text(line: str) -> None:
    text = f"Drought Measures Extended\n\n{STORY}\n\n{line}\n"
    art = ak.parse(text, format="text")
    assert [b.kind for s in art.sections for b in s.blocks] == ["paragraph", "paragraph"]


def test_questions_of_an_faq_are_headings_alike_commas_or_not() -> None:
    text = "\n\n".join(
        [
            "Pool FAQ",
            "How long is the pool open?",
            "From seven in the morning until ten at night, every day of the week.",
            "If it rains, is the pool open?",
            "Yes, the pool is indoors and heated all year round.",
            "Do heat pumps warm the water, and how much do they cost to run?",
            "They do, and they cost about half as much as the old gas boiler did.",
        ]
    )
    art = ak.parse(text + "\n", format="text")
    assert [s.heading for s in art.sections if s.heading] == [
        "How long is the pool open?",
        "If it rains, is the pool open?",
        "Do heat pumps warm the water, and how much do they cost to run?",
    ]
    assert_accounted(text, art)


def test_the_long_first_question_of_a_compact_faq_is_a_heading_as_the_others_are() -> None:
    text = (
        "Heat Pump FAQ\n"
        "How much does a heat pump cost to install in a three-bedroom house?\n"
        "An air-source heat pump typically costs between $8,000 and $15,000, before rebates.\n"
        "Do heat pumps work in cold climates?\n"
        "Yes. Modern cold-climate models keep working down to -25\u00b0C, though less well.\n"
        "How loud is the outdoor unit?\n"
        "About as loud as a fridge when you stand a metre away from it on a still night.\n"
    )
    art = ak.parse(text, format="text")
    assert [s.heading for s in art.sections] == [
        "How much does a heat pump cost to install in a three-bedroom house?",
        "Do heat pumps work in cold climates?",
        "How loud is the outdoor unit?",
    ]
    assert_accounted(text, art)


def test_a_remark_ending_in_a_question_mark_is_not_drawn_into_the_questions() -> None:
    text = (
        "Moving to Static Pages\n\n"
        "Why move at all?\n\n"
        "Our old site needed a database server that we patched every week.\n\n"
        "That would give us the best of both worlds, right?\n\n"
        "It did, and the pages load in a tenth of the time they used to.\n"
    )
    art = ak.parse(text, format="text")
    assert "That would give us the best of both worlds, right?" in block_texts(art)


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_podcast_timestamps_are_rows_the_first_one_too(gap: str) -> None:
    text = (
        "Episode 58: Light and Houseplants"
        + gap
        + "In this episode we talk about houseplants and light with a guest from Kew."
        + gap
        + "00:00 Intro\n01:45 How Amara got into plants\n08:12 Overwatering\n"
    )
    art = ak.parse(text, format="text")
    assert [s.heading for s in art.sections] == [None]
    assert block_texts(art)[-3:] == [
        "00:00 Intro",
        "01:45 How Amara got into plants",
        "08:12 Overwatering",
    ]


def test_rows_under_a_hard_wrapped_paragraph_are_not_joined() -> None:
    text = (
        "Harbour Jazz Returns\n\n"
        "The free open-air concert series that has filled the harbour steps every\n"
        "July since 2015 is back for another year, with six bands, a food market\n"
        "and, for the first time, a late set in the old customs hall on the quay.\n\n"
        "17:00 \u2013 Gates open, food market\n"
        "17:30 \u2013 Harbourside Youth Big Band\n"
        "18:45 \u2013 The Dalia Ruiz Quartet\n"
    )
    art = ak.parse(text, format="text")
    lines = lines_of(art)
    assert lines[0].startswith("The free open-air") and lines[0].endswith("on the quay.")
    assert lines[1:] == [
        "17:00 \u2013 Gates open, food market",
        "17:30 \u2013 Harbourside Youth Big Band",
        "18:45 \u2013 The Dalia Ruiz Quartet",
    ]
    assert_accounted(text, art)


def lines_of(art: ak.Article) -> list[str]:
    """The body's paragraphs and list items, in order."""
    out: list[str] = []
    for section in art.iter_sections():
        for block in section.blocks:
            if isinstance(block, ak.ListBlock):
                out += [item.text for item in block.items]
            elif isinstance(block, ak.Paragraph):
                out.append(block.text)
    return out


@pytest.mark.parametrize(
    "rows",
    [
        ["225 g unsalted butter, browned and cooled", "200 g dark brown sugar", "2 large eggs"],
        ["Driver: 10 mm dynamic", "Battery: 5 hours (20 with case)", "Bluetooth: 5.3"],
        ["Step 1: Preheat the oven to 180\u00b0C", "Step 2: Mash the bananas", "Step 3: Bake"],
    ],
)
def test_rows_in_a_spaced_article_are_not_one_wrapped_paragraph(rows: list[str]) -> None:
    text = "Banana Bread\n\nWhat you need\n\n" + "\n".join(rows) + "\n"
    art = ak.parse(text, format="text")
    assert lines_of(art) == rows
    assert_accounted(text, art)


def test_a_hard_wrapped_paragraph_still_joins_where_a_word_did_not_fit() -> None:
    text = (
        "Bread\n\n"
        "A: I was nine. My grandmother let me shape the dough, and I dropped it on the floor.\n"
        "She put it in the oven anyway, and it was the best bread I had ever eaten, probably\n"
        "because I made it.\n"
    )
    art = ak.parse(text, format="text")
    assert len(block_texts(art)) == 1


def test_a_writers_line_break_before_a_word_that_fitted_is_kept() -> None:
    text = (
        "Line Cook\n"
        "We are looking for a reliable line cook to join our kitchen team of six people.\n"
        "Prepare ingredients for service each morning\n"
        "Cook on the grill during lunch\n"
    )
    art = ak.parse(text, format="text")
    assert "Prepare ingredients for service each morning Cook on the grill during lunch" not in (
        lines_of(art) + [s.heading for s in art.iter_sections()]
    )
    assert_accounted(text, art)


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_bold_subheads_of_scraped_markdown_are_headings(gap: str) -> None:
    text = gap.join(
        [
            "Seven budget apps that work",
            "We asked our readers which apps they use, and more than a thousand of you replied.",
            "**Why envelopes work**",
            "A simple envelope-style app warns you when an envelope runs low, before you overspend.",
            "**Pocketwise**",
            "Shared budgets let partners see joint spending while keeping personal accounts private.",
        ]
    )
    art = ak.parse(text + "\n", format="text")
    assert [s.heading for s in art.sections if s.heading] == ["Why envelopes work", "Pocketwise"]
    assert_accounted(text, art)


def test_an_italic_caption_line_is_no_heading() -> None:
    text = (
        "Monitoring the Network\n\n"
        "We ran the whole event's network from one rack of switches this year.\n\n"
        "*The network core at the start of the event*\n\n"
        "Every switch reported its counters every ten seconds to the collector.\n"
    )
    art = ak.parse(text, format="text")
    assert [s.heading for s in art.sections] == [None]


@pytest.mark.parametrize(
    "part", ["Section 3. Requirements", "Chapter 3 \u2013 Requirements", "PART 3"]
)
def test_a_part_named_by_its_number_holds_its_numbered_subsections(part: str) -> None:
    text = (
        f"Accessibility Standard\n\n{part}\n\n3.1 Conformance level\n\n"
        "All content must meet WCAG 2.2 at level AA before it is published.\n\n3.2 Testing\n\n"
        "Automated testing must be run on every release of the service.\n"
    )
    art = ak.parse(text, format="text")
    assert [(s.heading, s.level) for s in art.iter_sections()] == [
        (part, 1),
        ("3.1 Conformance level", 2),
        ("3.2 Testing", 2),
    ]
    assert_accounted(text, art)
