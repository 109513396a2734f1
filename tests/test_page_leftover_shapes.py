"""Shapes earlier sessions left misread: paragraphs that only share a subject flagged as
near duplicates, "See also:" over article titles, lines that head headings they should not,
and the rows of a column under a label in spaced text. Each written in our words, in both
layouts where the layout matters."""

from __future__ import annotations

import pytest

import articlekit as ak
from tests.helpers import assert_accounted

GAPS = pytest.mark.parametrize("gap", ["\n\n", "\n"], ids=["spaced", "compact"])


def _dupes(art: ak.Article) -> list[str]:
    return [w.message for w in art.warnings if w.code == "near_duplicate"]


# --------------------------------------------------------------------------- near duplicates

FERMAT = [
    "Why There Are Infinitely Many Primes",
    "The Fermat numbers are Fₙ = 2^(2^n) + 1 for n ≥ 0, so F₀ = 3, F₁ = 5, F₂ = 17, "
    "F₃ = 257 and F₄ = 65,537.",
    "It follows that any two distinct Fermat numbers are coprime: if d divides both Fₘ and "
    "Fₙ with m < n, then d divides Fₙ − (Fₙ − 2) = 2, and since every Fermat number is odd, "
    "d = 1. Each Fermat number therefore has a prime factor not shared with any other, which "
    "gives infinitely many primes.",
]

ORCHARD = [
    "Pruning the Old Orchard",
    "The apple trees behind the chapel were planted by the parish in 1921, and the "
    "volunteers who look after the orchard today count forty trees of eleven old varieties, "
    "some of them rare.",
    "Every winter the volunteers prune the apple trees in the orchard behind the chapel, "
    "taking out dead wood and crossing branches so that the old varieties keep fruiting and "
    "the rare ones survive.",
]


@GAPS
@pytest.mark.parametrize("lines", [FERMAT, ORCHARD], ids=["formula", "topic"])
def test_paragraphs_sharing_a_subject_are_not_duplicates(gap: str, lines: list[str]) -> None:
    """Two paragraphs that share terms ("Fermat numbers", "apple trees", "volunteers") but
    say different things: no warning, and drop_duplicates keeps the argument."""
    text = gap.join(lines) + "\n"
    art = ak.parse(text, format="text")
    assert _dupes(art) == []
    dropped = ak.parse(text, format="text", options=ak.ParseOptions(drop_duplicates=True))
    assert [r.reason for r in dropped.removed] == []
    assert lines[2][:40] in dropped.text
    assert_accounted(text, art)
    assert_accounted(text, dropped)


CLOSING = (
    "The harbour festival returns next summer with more boats, more music and a longer "
    "programme of races, and the organisers hope that the new pier will be finished in time "
    "for the opening parade along the front."
)
EDITED = (
    "The harbour festival returns next summer with more boats, more music and a longer "
    "programme of sailing races, and the organisers hope the new pier will be finished in "
    "time for the opening parade along the seafront."
)
REWRITE_FIRST = (
    "Volunteers from the Riverside Rowing Club cleared eleven tonnes of rubbish from the "
    "Medway estuary last weekend, working with the Kent Wildlife Trust, Maidstone council and "
    "two local schools. Divers recovered shopping trolleys, tyres and a rusted motorcycle near "
    "Rochester bridge, while children sorted plastic bottles for recycling on the towpath. The "
    "club's captain, Priya Nair, said the annual clean-up had grown from twelve rowers in 2015 "
    "to more than three hundred helpers this spring, and thanked the ferry company for lending "
    "boats and the brewery for sponsoring skips."
)
REWRITE_SECOND = (
    "Last weekend more than three hundred helpers, led by the Riverside Rowing Club with the "
    "Kent Wildlife Trust, Maidstone council and two local schools, removed eleven tonnes of "
    "rubbish from the Medway estuary. Near Rochester bridge divers pulled out tyres, shopping "
    "trolleys and even a rusted motorcycle; on the towpath children sorted plastic bottles for "
    "recycling. Captain Priya Nair recalled that the clean-up began in 2015 with twelve rowers, "
    "and she thanked the brewery that sponsored skips and the ferry company that lent boats."
)


@GAPS
@pytest.mark.parametrize(
    "repeat", [CLOSING, EDITED, REWRITE_SECOND], ids=["copy", "edited", "rewritten"]
)
def test_a_repeated_paragraph_is_still_a_near_duplicate(gap: str, repeat: str) -> None:
    """The closing paragraph repeated at the end of a scraped page, as it was, with a few
    words changed, or rewritten in other words: one warning, and dropped when asked."""
    first = REWRITE_FIRST if repeat is REWRITE_SECOND else CLOSING
    lines = [
        "Festival Plans Announced",
        first,
        "Tickets go on sale in March from the harbour office and the town library.",
        repeat,
    ]
    text = gap.join(lines) + "\n"
    art = ak.parse(text, format="text")
    assert len(_dupes(art)) == 1
    assert_accounted(text, art)
    dropped = ak.parse(text, format="text", options=ak.ParseOptions(drop_duplicates=True))
    assert [r.reason for r in dropped.removed] == ["duplicate"]
    assert_accounted(text, dropped)


@GAPS
def test_a_pull_quote_repeating_a_sentence_is_a_near_duplicate(gap: str) -> None:
    """An interview page repeats one sentence of an answer as a pull quote: the quote shares
    its wording with the longer answer."""
    quote = (
        "You do not have to finish every project you start, and there is a lot of room for "
        "worthwhile work in between the big pieces that everyone sees and talks about."
    )
    answer = (
        "AB: I used to feel guilty about the unfinished drafts on my desk. " + quote + " "
        "Most of what I learned came from the small things nobody asked me to do."
    )
    text = gap.join(["An Interview with a Gardener", quote, answer]) + "\n"
    art = ak.parse(text, format="text")
    assert len(_dupes(art)) == 1
    assert_accounted(text, art)


# --------------------------------------------------------------------------- "See also:"


def _see_also(gap: str, entries: list[str], after: list[str] | None = None) -> str:
    lines = [
        "Ferries Return to the Islands",
        "Boats to the outer islands run again from Friday after three days of gales kept the "
        "whole fleet in the harbour.",
        "See also:",
        *entries,
        *(after or []),
    ]
    return gap.join(lines) + "\n"


@GAPS
@pytest.mark.parametrize("after", [[], ["Tags: ferries, weather, islands"]], ids=["end", "tags"])
def test_see_also_over_headlines_lists_related_articles(gap: str, after: list[str]) -> None:
    """Headlines of the site's other stories, one a line, no bullets or links: related
    articles (the page's tags may follow them)."""
    entries = [
        "Why island rents are still rising",
        "The harbour that rebuilt its pier in a single winter",
        "Storms could close the northern route for good",
    ]
    text = _see_also(gap, entries, after)
    art = ak.parse(text, format="text")
    assert [r.title for r in art.related] == entries
    assert art.references == []
    assert art.headings == []
    if after:
        assert art.tags == ["ferries", "weather", "islands"]
    assert_accounted(text, art)


@GAPS
@pytest.mark.parametrize(
    "entries",
    [
        ["Harbour pilots", "Passive solar building design", "List of ferry routes in Scotland"],
        [
            "Island ferries are late again - The Herald",
            "Storm warnings for the west coast - Met Office",
        ],
        [
            "Ferry timetable for the islands https://ferries.example/timetable",
            "How storms are named https://weather.example/names",
        ],
        ["Grant, M. (2019). Island ferries and their ports. Maritime Review, 12, 4-19."],
    ],
    ids=["topics", "title-source", "urls", "citation"],
)
def test_see_also_over_topics_or_citations_stays_references(gap: str, entries: list[str]) -> None:
    """Topics' names, "Title - Source" lines, links and citations under "See also" are
    references, as before."""
    text = _see_also(gap, entries)
    art = ak.parse(text, format="text")
    assert art.related == []
    assert len(art.references) == len(entries)
    assert_accounted(text, art)


# --------------------------------------------------------------------------- stray parents


def _outline(art: ak.Article) -> list[tuple[int, str | None]]:
    return [(s.level, s.heading) for s in art.iter_sections() if s.heading is not None]


RESULT_LINE = [
    "Caching in an R Package",
    "If you import a package only for one function, R CMD check complains.",
    "Imports you do not call",
    "Add the package to Imports and never call it, and the check prints:",
    "Result: NOTE",
    "Namespace in Imports field not imported from: 'memoise'",
    "All declared Imports should be used.",
    "Keeping state in a closure",
    "A function factory can hold the cache in its enclosing environment instead.",
    "Saving results on disk",
    "For caching across sessions, write the results to the user data directory.",
]
ANSWER_LINES = [
    "Checking the Spelling of a Package",
    "The package finds spelling errors in the documentation of an R package.",
    "Updating the word list",
    "Words you accept go into a word list, after a question:",
    "Are you sure you want to update the wordlist?",
    "1: Yes",
    "2: No",
    "Words in this file are ignored from then on.",
    "Running the check in tests",
    "A unit test can run the spell check at every build.",
]
PATH_MESSAGES = [
    "Checking the Spelling of a Package",
    "The package finds spelling errors in the documentation of an R package.",
    "Adding a test",
    "One call adds a unit test that runs the spell check:",
    "No changes required to /Users/ana/work/trees/inst/WORDLIST",
    "Updated /Users/ana/work/trees/tests/spelling.R",
    "By default the test only prints the errors it finds.",
    "Under the hood",
    "The checker drops code chunks before it reads the text of each page.",
]


@GAPS
@pytest.mark.parametrize(
    ("lines", "stray"),
    [
        (RESULT_LINE, "Result: NOTE"),
        (ANSWER_LINES, "1: Yes"),
        (PATH_MESSAGES, "No changes required to /Users/ana/work/trees/inst/WORDLIST"),
    ],
    ids=["result", "answers", "paths"],
)
def test_program_lines_head_no_headings(gap: str, lines: list[str], stray: str) -> None:
    """A result ("Result: NOTE"), a prompt's answers ("1: Yes" / "2: No") or a message
    naming a file may read as a heading, but the headings after it are not its parts: the
    article's own sections stay at their level."""
    text = gap.join(lines) + "\n"
    art = ak.parse(text, format="text")
    outline = _outline(art)
    assert {level for level, _ in outline} == {1}, outline
    assert all(s.subsections == [] for s in art.iter_sections() if s.heading == stray)
    assert_accounted(text, art)


@GAPS
def test_an_empty_heading_still_heads_the_headings_after_it(gap: str) -> None:
    """The rule it narrows: "Troubleshooting" with nothing under it heads the two headings
    after it."""
    text = (
        gap.join(
            [
                "Running the Sensor Hub",
                "The hub collects the readings of every sensor in the greenhouse.",
                "Troubleshooting",
                "The agent exits with an error",
                "Check that the serial port is free and that the agent may read it.",
                "Readings arrive late",
                "Set the clock of the hub from the network at start-up.",
            ]
        )
        + "\n"
    )
    art = ak.parse(text, format="text")
    assert _outline(art) == [
        (1, "Troubleshooting"),
        (2, "The agent exits with an error"),
        (2, "Readings arrive late"),
    ]
    assert_accounted(text, art)


# --------------------------------------------------------------------------- spaced rows

COLUMNS = {
    "job": (
        "Line Cook Wanted at Harbour Kitchen",
        "We are a busy seafood restaurant on the harbour front and we are looking for a line "
        "cook to join our team this summer.",
        "Benefits:",
        ["Free staff meals", "Employee discount", "Flexible hours", "Paid holidays"],
        "To apply, send your CV to the head chef before the end of the month.",
    ),
    "spec": (
        "Reviewing the Trailmaster 2 Headlamp",
        "The Trailmaster 2 is a light headlamp for runners and walkers who go out before dawn.",
        "Features:",
        ["Rechargeable battery", "Red night mode", "Water resistant housing", "Tilting lamp head"],
        "In our tests the battery lasted a little over six hours on the middle setting.",
    ),
    "menu": (
        "The Corner Bistro Opens Its Doors",
        "The bistro on Mill Street opened on Friday with a short menu that will change every week.",
        "Dishes this week:",
        ["Grilled mackerel with beetroot", "Wild mushroom risotto", "Lemon tart with cream"],
        "The owners say they buy everything from farms within thirty miles of the town.",
    ),
}


@pytest.mark.parametrize("shape", sorted(COLUMNS))
def test_spaced_rows_under_a_label_are_a_list(shape: str) -> None:
    """Short, parallel, unpunctuated lines under a label ending in ":", a blank line
    between each (spaced text): the label's list, none of them a heading."""
    title, intro, label, rows, after = COLUMNS[shape]
    text = "\n\n".join([title, intro, label, *rows, after]) + "\n"
    art = ak.parse(text, format="text")
    assert art.headings == []
    lists = [b for b in art.iter_blocks() if b.kind == "list"]
    assert [[i.text for i in b.items] for b in lists] == [rows]
    assert lists[0].lead_in == label.rstrip(":")
    assert after in art.text
    assert_accounted(text, art)


@pytest.mark.parametrize("shape", sorted(COLUMNS))
def test_compact_rows_under_a_label_are_rows(shape: str) -> None:
    """The same column in compact text (no blank lines): rows, each a paragraph of its own
    line, and none of them a heading over the prose after it."""
    title, intro, label, rows, after = COLUMNS[shape]
    text = "\n".join([title, intro, label, *rows, after]) + "\n"
    art = ak.parse(text, format="text")
    assert art.headings == []
    paragraphs = [b.text for b in art.iter_blocks() if b.kind == "paragraph"]
    assert all(row in paragraphs for row in rows)
    assert_accounted(text, art)


def test_spaced_sentences_under_a_label_stay_paragraphs() -> None:
    """Under a label, lines that end sentences are the text that follows it, not rows."""
    text = (
        "\n\n".join(
            [
                "Line Cook Wanted at Harbour Kitchen",
                "We are a busy seafood restaurant on the harbour front.",
                "What we offer:",
                "Meals are free on every shift.",
                "Staff get a discount.",
                "Hours are flexible.",
                "To apply, send your CV to the head chef before the end of the month.",
            ]
        )
        + "\n"
    )
    art = ak.parse(text, format="text")
    assert [b.kind for b in art.iter_blocks()].count("list") == 0
    assert_accounted(text, art)
