"""Shapes from probe 21 (part B): a man page set as plain text, ... (see each test)."""

from __future__ import annotations

import pytest

from tests.helpers import compact, parse_checked

MAN_PAGE = """\
TIDYUP(1)              User Commands              TIDYUP(1)

NAME
       tidyup - sort and prune a folder of downloads

SYNOPSIS
       tidyup [--dry-run] [--keep DAYS] DIRECTORY

DESCRIPTION
       tidyup moves every file older than a given number of days into an
       archive folder and deletes the empty folders it leaves behind.

OPTIONS
       -n, --dry-run
              Show what would move without moving anything.

       -k, --keep DAYS
              Keep files younger than DAYS days where they are.

EXIT STATUS
       The command returns 0 on success and 1 when the folder is missing.

SEE ALSO
       find(1), rsync(1)
"""


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_man_page_section_names_over_code_are_headings(layout: str) -> None:
    text = MAN_PAGE if layout == "spaced" else compact(MAN_PAGE)
    art = parse_checked(text)
    headings = [s.heading for s in art.sections if s.heading]
    assert headings == ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXIT STATUS", "SEE ALSO"]


def test_one_capitalised_line_over_code_stays_a_lead_in() -> None:
    # a single line in capitals over code, with no capitalised sections around it
    text = (
        "Setting up the cache\n\n"
        "The cache lives in a folder of its own and is cleared on every release.\n\n"
        "RUN THIS FIRST\n\n"
        "    cache_dir <- tools::R_user_dir('mypkg', 'cache')\n"
        "    dir.create(cache_dir, recursive = TRUE)\n\n"
        "After that the package reads and writes there on its own.\n"
    )
    art = parse_checked(text)
    assert all(s.heading != "RUN THIS FIRST" for s in art.sections)


README = """\
Notekeeper keeps your notes in one plain folder you can sync anywhere.

## Install

The package is published on PyPI, so one command installs it.

## Usage

Run the command in any folder and it finds the notes below it.
"""


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_short_hash_headings_under_prose_are_headings(layout: str) -> None:
    text = README if layout == "spaced" else compact(README)
    art = parse_checked(text)
    assert [s.heading for s in art.sections if s.heading] == ["Install", "Usage"]


KNITR = """\
We count the rows of the cleaned table before plotting.

counts <- summarise_rows(cleaned)
counts

## Errors
##   rows dropped: 12

The dropped rows had no coordinates, which is expected.

skim_table(cleaned)

## Summary statistics
##  n obs: 11553
"""


def test_knitr_printed_hash_lines_stay_output() -> None:
    art = parse_checked(KNITR)
    assert all(s.heading is None for s in art.sections)


LESSON = """\
Week 3: Sorting in practice

MATH 1040, Autumn 2025

Learning goals

Spot a nearly sorted input
Trace merge sort by hand
Choose a sort for the data

1. Insertion sort, first

Each new element slides left past the larger ones until it finds its place. The
loop stops at the first smaller one, so sorted input costs one pass.

2. Merge sort

The list is halved until each part holds one element, then the halves are merged in
order.
"""


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_label_over_unmarked_goals_heads_them(layout: str) -> None:
    text = LESSON if layout == "spaced" else compact(LESSON)
    art = parse_checked(text)
    goals = next(s for s in art.sections if s.heading == "Learning goals")
    shown = " ".join(
        getattr(b, "text", "") or " ".join(i.text for i in getattr(b, "items", []))
        for b in goals.blocks
    )
    assert "Trace merge sort by hand" in shown
    assert all(s.heading != "Spot a nearly sorted input" for s in art.sections)


CARD = """\
Our speakers

Priya Natarajan
Head of data engineering at Fernwood
Tomas Lindqvist
Research software engineer at the city archive

The talks start at ten in the main hall and end with lunch.
"""


def test_card_of_names_is_no_label_over_rows() -> None:
    art = parse_checked(compact(CARD))
    assert all(s.heading not in ("Priya Natarajan", "Tomas Lindqvist") for s in art.sections)
