"""Article families probed in the twenty-first session (changelogs, paper landing pages, Q&A
threads, podcast pages, API reference pages, terminal sessions), in small articles written
for these tests, in both layouts where the layout matters (compact = one line a block, no
blank lines; spaced = blank lines between blocks)."""

from __future__ import annotations

import pytest

import articlekit as ak
from articlekit.parse.detect import detect_format
from tests.helpers import compact, headings, parse_checked


def _outline(art: ak.Article) -> list[tuple[int, str]]:
    """(depth, heading) of every section with a heading, depth 0 at the top."""
    out: list[tuple[int, str]] = []

    def walk(sections: list[ak.Section], depth: int) -> None:
        for section in sections:
            if section.heading is not None:
                out.append((depth, section.heading))
            walk(section.subsections, depth + (section.heading is not None))

    walk(art.sections, 0)
    return out


def _code(art: ak.Article) -> list[str]:
    return [b.text for s in art.iter_sections() for b in s.blocks if b.kind == "code"]


def _lists(art: ak.Article) -> list[list[str]]:
    return [
        [item.text for item in b.items]
        for s in art.iter_sections()
        for b in s.blocks
        if b.kind == "list"
    ]


def _paragraphs(art: ak.Article) -> list[str]:
    return [b.text for s in art.iter_sections() for b in s.blocks if b.kind == "paragraph"]


def _removed(art: ak.Article) -> list[str]:
    return [r.text for r in art.removed]


# --- 1. a Keep-a-Changelog file as plain text ---------------------------------------------

CHANGELOG_MARKED = """\
Changelog

All notable changes to this tool are written down in this file.

## [Unreleased]

### Added

- A --dry-run flag for the sync command.

## [2.1.0] - 2024-05-02

### Added

- Reading of zstd-compressed input.
- A `retries` option on the upload command.

### Fixed

- A crash when the settings file was empty.

## [2.0.3] - 2024-03-11

### Security

- The bundled TLS library checks host names again.
"""

CHANGELOG_PLAIN = """\
Changelog

All notable changes to this tool are written down in this file.

[Unreleased]

Added

A --dry-run flag for the sync command.

[2.1.0] - 2024-05-02

Added

Reading of zstd-compressed input.

Fixed

A crash when the settings file was empty.

[2.0.3] - 2024-03-11

Security

The bundled TLS library checks host names again.
"""

CHANGELOG_OUTLINE = [
    (0, "[Unreleased]"),
    (1, "Added"),
    (0, "[2.1.0] - 2024-05-02"),
    (1, "Added"),
    (1, "Fixed"),
    (0, "[2.0.3] - 2024-03-11"),
    (1, "Security"),
]


def test_changelog_with_marks_is_plain_text_under_its_printed_title() -> None:
    # the title printed without "#" above "##" headings: a scrape, not a Markdown file
    assert detect_format(CHANGELOG_MARKED) == "text"
    assert detect_format("# Changelog\n\n" + CHANGELOG_MARKED.split("\n", 2)[2]) == "markdown"


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_changelog_with_marks_nests_kinds_of_change_under_releases(layout: str) -> None:
    text = CHANGELOG_MARKED if layout == "spaced" else compact(CHANGELOG_MARKED)
    art = parse_checked(text)
    assert art.title == "Changelog"
    assert _outline(art) == CHANGELOG_OUTLINE
    assert ["A crash when the settings file was empty."] in _lists(art)
    assert _code(art) == []


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_changelog_without_marks_nests_kinds_of_change_under_releases(layout: str) -> None:
    text = CHANGELOG_PLAIN if layout == "spaced" else compact(CHANGELOG_PLAIN)
    art = parse_checked(text)
    assert art.title == "Changelog"
    assert _outline(art) == CHANGELOG_OUTLINE


def test_release_with_text_of_its_own_ends_the_previous_release() -> None:
    text = (
        "Release notes\n\nWhat changed in each release of the reader.\n\n"
        "v3.2.0 (2024-06-01)\n\nAdded\n\nA dark theme.\n\nFixed\n\nScrolling on tablets.\n\n"
        "v3.1.0 (2024-04-20)\n\nA release of small fixes only.\n\nFixed\n\nThe search box.\n"
    )
    art = parse_checked(text)
    assert _outline(art) == [
        (0, "v3.2.0 (2024-06-01)"),
        (1, "Added"),
        (1, "Fixed"),
        (0, "v3.1.0 (2024-04-20)"),
        (1, "Fixed"),
    ]


# --- 2. a paper's landing page -------------------------------------------------------------

PAPER = """\
Journal of Coastal Research

Research Article

Sediment transport after dam removal on a small river

Jane Doe, Ravi Patel and Li Wei

Journal of Coastal Research, vol. 40, no. 2, 2024, pp. 115-131

Published: 14 March 2024

Abstract

Removing the dam released about forty thousand cubic metres of sand over two winters.

Introduction

Dams trap sediment that beaches downstream would otherwise receive.
"""


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_paper_authors_and_journal_line_are_no_headings(layout: str) -> None:
    text = PAPER if layout == "spaced" else compact(PAPER)
    art = parse_checked(text)
    assert art.title == "Sediment transport after dam removal on a small river"
    assert art.byline == "Jane Doe, Ravi Patel and Li Wei"
    assert art.published == "14 March 2024"
    assert headings(art) == ["Abstract", "Introduction"]
    assert "Journal of Coastal Research, vol. 40, no. 2, 2024, pp. 115-131" in _paragraphs(art)
    assert "Research Article" in _removed(art)


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_journal_line_with_issue_and_pages_is_text_not_code(layout: str) -> None:
    spaced = (
        "Urban heat and the timing of bird song\n\nMaria Santos and Tomás Ruiz\n\n"
        "Ecology Letters, Vol. 27, Issue 4, 2024, pp. 233-249\n\nAbstract\n\n"
        "Birds in warm city centres sing about twelve minutes earlier than birds in parks.\n\n"
        "Methods\n\nWe recorded dawn song at 36 sites in three cities.\n"
    )
    art = parse_checked(spaced if layout == "spaced" else compact(spaced))
    assert art.byline == "Maria Santos and Tomás Ruiz"
    assert _code(art) == []
    assert "Ecology Letters, Vol. 27, Issue 4, 2024, pp. 233-249" in _paragraphs(art)
    assert headings(art) == ["Abstract", "Methods"]


def test_author_names_under_an_authors_label_are_no_heading() -> None:
    text = (
        "Sediment transport after dam removal\n\nAbstract\n\n"
        "Removing the dam released about forty thousand cubic metres of sand.\n\n"
        "Authors\n\nJane Doe, Ravi Patel and Li Wei\n\n"
        "Journal of Coastal Research 40(2), 2024, 115-131\n\n"
        "Introduction\n\nDams trap sediment that beaches downstream would otherwise receive.\n"
    )
    art = parse_checked(text)
    assert headings(art) == ["Abstract", "Authors", "Introduction"]
    assert "Jane Doe, Ravi Patel and Li Wei" in _paragraphs(art)


# --- 3. a Q&A thread ---------------------------------------------------------------------

QA = """\
Why does my loop skip every other item?

Asked 2 years ago

I remove items from a list while looping over it, and half of them are never visited. Why?

2 Answers

Sorted by:

Highest score (default)

Accepted answer

You change the list while the loop walks over it, so the index moves past the next item.

Loop over a copy of the list instead.

Share

Improve this answer

Your Answer

Post Your Answer

By clicking Post Your Answer, you agree to our terms of service.

Not the answer you're looking for? Browse other questions tagged python or ask your own question.
"""


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_qa_site_labels_are_removed_not_headings(layout: str) -> None:
    art = parse_checked(QA if layout == "spaced" else compact(QA))
    assert headings(art) == []
    removed = _removed(art)
    for label in ("Accepted answer", "Highest score (default)", "Your Answer", "Post Your Answer"):
        assert label in removed
    assert any(r.startswith("By clicking Post Your Answer") for r in removed)
    assert any(r.startswith("Not the answer you're looking for?") for r in removed)
    assert "Loop over a copy of the list instead." in _paragraphs(art)


# --- 4. a podcast episode's page ---------------------------------------------------------

PODCAST = """\
Episode 142: Why cities plant tiny forests

March 4, 2025

We visit three schoolyards where pupils planted dense patches of native trees.

Show notes

The method comes from a botanist who planted thousands of small forests.

Related episodes

Episode 139: The return of the city beaver

Episode 135: Green roofs that actually work

Episode 128: Counting bats with a phone

Subscribe to the newsletter
"""


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_related_episodes_are_related_articles(layout: str) -> None:
    art = parse_checked(PODCAST if layout == "spaced" else compact(PODCAST))
    assert headings(art) == ["Show notes"]
    assert [r.title for r in art.related] == [
        "Episode 139: The return of the city beaver",
        "Episode 135: Green roofs that actually work",
        "Episode 128: Counting bats with a phone",
    ]
    assert "Subscribe to the newsletter" in _removed(art)


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_date_and_length_under_a_related_title_go_with_it(layout: str) -> None:
    spaced = (
        "Episode 142: Why cities plant tiny forests\n\nMarch 4, 2025\n\n"
        "We visit three schoolyards where pupils planted dense patches of trees.\n\n"
        "Related Episodes\n\nThe return of the city beaver\n\nMar 1, 2025 · 38 min\n\n"
        "Green roofs that actually work\n\nFeb 22, 2025 · 41 min\n"
    )
    art = parse_checked(spaced if layout == "spaced" else compact(spaced))
    assert [(r.title, r.teaser) for r in art.related] == [
        ("The return of the city beaver", "Mar 1, 2025 · 38 min"),
        ("Green roofs that actually work", "Feb 22, 2025 · 41 min"),
    ]
    assert headings(art) == []


# --- 5. a NumPy-style API page -----------------------------------------------------------

NUMPYDOC = """\
plot_series

Draw one line per series on shared axes.

Parameters

x : int
    number of points to draw
labels : list of str, optional
    names of the series, in order

Returns

matplotlib.axes.Axes
    the axes the lines were drawn on

Raises

ValueError
    If x is not positive.
"""


def test_docstring_term_and_indented_definition_are_two_blocks() -> None:
    art = parse_checked(NUMPYDOC)
    assert headings(art) == ["Parameters", "Returns", "Raises"]
    assert _paragraphs(art) == [
        "Draw one line per series on shared axes.",
        "x : int",
        "number of points to draw",
        "labels : list of str, optional",
        "names of the series, in order",
        "matplotlib.axes.Axes",
        "the axes the lines were drawn on",
        "ValueError",
        "If x is not positive.",
    ]


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_parameter_lines_are_no_subheadings(layout: str) -> None:
    spaced = (
        "merge_intervals\n\nMerge overlapping intervals into the fewest that cover them.\n\n"
        "Parameters\n\nintervals : list of tuple\n\n"
        "The intervals to merge, each a pair of start and end.\n\n"
        "closed : bool\n\nWhether the ends of an interval belong to it. Default is True.\n\n"
        "Returns\n\nlist of tuple\n\nThe merged intervals, sorted by their start.\n"
    )
    art = parse_checked(spaced if layout == "spaced" else compact(spaced))
    assert _outline(art) == [(0, "Parameters"), (0, "Returns")]
    assert "intervals : list of tuple" in _paragraphs(art)
    assert "list of tuple" in _paragraphs(art)


# --- 6. a terminal session ---------------------------------------------------------------

TERMINAL = """\
Running a Flask app on a new laptop

Install Python with Homebrew first.

brew install python@3.12

==> Downloading https://ghcr.io/v2/homebrew/core/python/3.12/manifests/3.12.2
==> Installing python@3.12
==> Summary

Then start the development server:

flask --app hello run

 * Serving Flask app 'hello'
 * Debug mode: off
 * Running on http://127.0.0.1:5000
Press CTRL+C to quit

Open the address in a browser and you should see the greeting.

What you need

* Python 3.10 or later
* A terminal you are comfortable with
"""


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_bulleted_program_output_under_a_command_is_code(layout: str) -> None:
    art = parse_checked(TERMINAL if layout == "spaced" else compact(TERMINAL))
    code = "\n".join(_code(art))
    for printed in ("==> Installing python@3.12", " * Debug mode: off", "Press CTRL+C to quit"):
        assert printed in code
    assert _lists(art) == [["Python 3.10 or later", "A terminal you are comfortable with"]]
    assert "Install Python with Homebrew first." in _paragraphs(art)


def test_one_bullet_between_two_commands_stays_a_list() -> None:
    text = (
        "Calling the API\n\nFirst make the app:\n\n"
        'app <- oauth_app("github", key = "abc")\n\n- Get the token\n\n'
        "token <- oauth2.0_token(endpoint, app)\n\nThat is all.\n"
    )
    art = parse_checked(text)
    assert _lists(art) == [["Get the token"]]


# --- part B: families probed for the first time --------------------------------------------


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_dedented_line_inside_a_function_stays_in_its_code_block(layout: str) -> None:
    spaced = (
        "Lecture 7: Dynamic programming\n\n"
        "Storing each result the first time we compute it makes the run linear.\n\n"
        "def fib(n, memo={}):\n    if n < 2:\n        return n\n    if n not in memo:\n"
        "        memo[n] = fib(n - 1) + fib(n - 2)\n    return memo[n]\n\n"
        "The table version needs no recursion at all.\n"
    )
    art = parse_checked(spaced if layout == "spaced" else compact(spaced))
    assert len(_code(art)) == 1
    assert "    if n not in memo:" in _code(art)[0]
    assert "if n not in memo:" not in _paragraphs(art)


@pytest.mark.parametrize(
    ("line", "byline", "published"),
    [
        ("Interview by Henrik Dahl", "Henrik Dahl", None),
        ("Released by ana-k on 14 May 2025", "ana-k", "14 May 2025"),
    ],
)
def test_interview_and_release_credits_are_bylines(
    line: str, byline: str, published: str | None
) -> None:
    text = (
        "We never planned to become a bakery chain\n\n"
        f"{line}\n\n"
        "Sofia Lindqvist opened one bakery in Malmö in 2011. Today there are fourteen.\n\n"
        "How did it start?\n\nI was a teacher and baked at weekends.\n"
    )
    art = parse_checked(text)
    assert art.byline == byline
    assert art.published == published
    assert line not in headings(art)


PRESS_RELEASE = """\
Ministry of Transport

Press release

New rail link between Arden and Wells to open in December

Published 4 March 2025

From: Ministry of Transport and The Rt Hon Claire Moss MP

The new line will cut journey times between the two cities from 95 to 40 minutes.

Notes to editors

The line is 38 km long and includes four new stations.
"""


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_publisher_over_the_label_of_the_page_is_no_title(layout: str) -> None:
    art = parse_checked(PRESS_RELEASE if layout == "spaced" else compact(PRESS_RELEASE))
    assert art.title == "New rail link between Arden and Wells to open in December"
    assert art.published == "4 March 2025"
    assert {"Ministry of Transport", "Press release"} <= set(_removed(art))
    assert headings(art) == ["Notes to editors"]


def test_a_title_over_a_label_and_text_is_still_the_title() -> None:
    text = (
        "Ministry of Transport\n\nPress release\n\n"
        "The new line will cut journey times between the two cities from 95 to 40 minutes.\n"
    )
    art = parse_checked(text)
    assert art.title == "Ministry of Transport"


@pytest.mark.parametrize(
    ("opener", "items"),
    [
        ("Similar jobs", ["Data Engineer, Amsterdam", "Analytics Engineer, Utrecht"]),
        ("More events", ["Autumn Book Fair", "Christmas Market on the Quay"]),
    ],
)
def test_other_listings_of_a_board_are_related(opener: str, items: list[str]) -> None:
    text = (
        "Night of the Harbour Lights\n\n"
        "The harbour's yearly festival returns with a lantern parade and live music.\n\n"
        "Getting there\n\nTake bus 41 or 42 to Hafenplatz.\n\n"
        f"{opener}\n\n" + "\n\n".join(items) + "\n"
    )
    art = parse_checked(text)
    assert [r.title for r in art.related] == items
    assert headings(art) == ["Getting there"]


def test_ticket_buttons_and_release_archives_are_removed() -> None:
    text = (
        "Threads of the Silk Road\n\n"
        "Silks, coins and letters from the trading cities between Xi'an and Samarkand.\n\n"
        "Audio guide\n\nAn audio guide in six languages is included with every ticket.\n\n"
        "Book tickets\n\nPlan your visit\n\nSource code (zip)\n\nSource code (tar.gz)\n"
    )
    art = parse_checked(text)
    assert headings(art) == ["Audio guide"]
    for button in ("Book tickets", "Plan your visit", "Source code (zip)", "Source code (tar.gz)"):
        assert button in _removed(art)


JOB = """\
Senior Data Engineer

About the role

We are looking for a data engineer to build the pipelines that track every parcel.

What you will do

Design and run batch and streaming pipelines
Keep our warehouse models tested and documented
Work with analysts to define the metrics we report

How to apply

Send your CV and a short letter to the address below by 30 June.
"""


def test_short_capitalised_lines_under_a_heading_are_items_not_one_paragraph() -> None:
    art = parse_checked(JOB)
    assert headings(art) == ["About the role", "What you will do", "How to apply"]
    assert _lists(art) == [
        [
            "Design and run batch and streaming pipelines",
            "Keep our warehouse models tested and documented",
            "Work with analysts to define the metrics we report",
        ]
    ]


def test_a_wrapped_paragraph_with_a_name_at_a_line_start_stays_one_paragraph() -> None:
    text = (
        "A walk on the coast\n\n"
        "We set off early from the harbour and walked north along the cliffs towards\n"
        "Whitby, where the path drops to the beach and the tide decides how far you\n"
        "can go before the rocks close the way.\n"
    )
    art = parse_checked(text)
    assert len(_paragraphs(art)) == 1
