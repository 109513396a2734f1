"""The shortcuts of session 27 for texts of many short headings are exact: each skips work
only where the work could not change the answer, and the article is the same."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articlekit.parse.assemble import sections
from articlekit.parse.assemble.sections import (
    _announced_parent,
    _emoji_led,
    _emoji_parts_under_their_heading,
    _empty_parent,
    _folded,
    _may_head_next,
    _opens_numbered_run,
    _release_over_changes,
    _repeats_title,
)
from articlekit.parse.blocks import RawBlock
from tests.helpers import compact, headings, parse_checked

#: heading texts of every shape the four parent tests and the emoji test look at
_TEXTS = [
    "Troubleshooting",
    "What's new?",
    "Are you ready?",
    "Five things",
    "1. Documentation",
    "2. Tests",
    "1 - Install",
    "v3.1.0 (2024-04-20)",
    "Fixed",
    "Added",
    "Problem 5: the loop",
    "Step 1. Pick topics",
    "Abstract",
    "INTRODUCTION",
    ":lock: Security enhancements",
    ":rocket: New features",
    "\U0001f680 Launch notes",
    "Result: NOTE",
    "Conclusion",
    "",
]
_CUES = [None, "caps", "numbered", "atx", "setext", "step", "html"]


def _heading(text: str, cue: str | None, level: int | None) -> RawBlock:
    return RawBlock("heading", text, 0, len(text), level=level, cue=cue)


_HEADINGS = st.lists(
    st.builds(
        _heading,
        st.one_of(st.sampled_from(_TEXTS), st.text(max_size=30)),
        st.sampled_from(_CUES),
        st.one_of(st.none(), st.integers(1, 4)),
    ),
    min_size=1,
    max_size=8,
)


@settings(max_examples=400, deadline=None)
@given(_HEADINGS, st.data())
def test_a_heading_the_gate_rules_out_heads_nothing(
    headings_: list[RawBlock], data: st.DataObject
) -> None:
    n = len(headings_)
    raw = data.draw(st.lists(st.sampled_from([1.0, 1.5, 2.0]), min_size=n, max_size=n))
    parents = data.draw(st.lists(st.booleans(), min_size=n, max_size=n))
    announcers = data.draw(st.lists(st.booleans(), min_size=n, max_size=n))
    for k in range(n):
        if not _may_head_next(headings_, raw, k):
            assert not _empty_parent(headings_, parents, raw, k)
            assert not _announced_parent(headings_, announcers, raw, k)
            assert not _release_over_changes(headings_, raw, k)
            assert not _opens_numbered_run(headings_, raw, k)


def test_the_gate_passes_the_parents_it_must() -> None:
    # (the four tests do fire behind it: an uncued heading over one of its rank)
    pairs = [
        ("Five things", None, "1. Documentation", "numbered"),
        ("v3.1.0 (2024-04-20)", None, "Fixed", None),
        ("Troubleshooting", None, "The agent exits with an error", None),
        ("GETTING STARTED", "caps", "Install the tools", None),
    ]
    for above, above_cue, below, below_cue in pairs:
        hs = [_heading(above, above_cue, None), _heading(below, below_cue, None)]
        assert _may_head_next(hs, [1.0, 1.0], 0)
        assert not _may_head_next(hs, [1.0, 1.5], 0)
        assert not _may_head_next(hs, [1.0, 1.0], 1)  # (the last heading)
    hs = [_heading("Setup", "atx", 2), _heading("Linux", "atx", 2)]
    assert not _may_head_next(hs, [2.0, 2.0], 0)


def _emoji_parts_slow(hs: list[RawBlock], raw: list[float]) -> None:
    """The loop as it was, asking _emoji_led of each heading as it goes."""
    k = 1
    while k < len(hs):
        if raw[k] != raw[k - 1] or _emoji_led(hs[k - 1]) or not _emoji_led(hs[k]):
            k += 1
            continue
        end = k
        while end < len(hs) and raw[end] == raw[k] and _emoji_led(hs[end]):
            end += 1
        if end - k >= sections.EMOJI_PARTS_MIN:
            for j in range(k, end):
                raw[j] += sections.EMPTY_PARENT_STEP
        k = end


@settings(max_examples=400, deadline=None)
@given(_HEADINGS, st.data())
def test_emoji_parts_are_moved_as_before(headings_: list[RawBlock], data: st.DataObject) -> None:
    n = len(headings_)
    raw = data.draw(st.lists(st.sampled_from([1.0, 2.0]), min_size=n, max_size=n))
    fast, slow = list(raw), list(raw)
    _emoji_parts_under_their_heading(headings_, fast)
    _emoji_parts_slow(headings_, slow)
    assert fast == slow


def test_emoji_parts_on_lines_written_for_it() -> None:
    texts = ["Flux v2.4", ":lock: Security", ":rocket: Features", "Next steps", ":bug: Fixes"]
    for chosen in itertools.permutations(texts, 4):
        hs = [_heading(t, None, None) for t in chosen]
        fast, slow = [1.0] * 4, [1.0] * 4
        _emoji_parts_under_their_heading(hs, fast)
        _emoji_parts_slow(hs, slow)
        assert fast == slow


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.one_of(st.none(), st.text(max_size=40)))
def test_the_title_folded_once_compares_as_before(text: str, title: str | None) -> None:
    before = (
        title is not None
        and " ".join(text.split()).casefold() == " ".join(title.split()).casefold()
    )
    folded = None if title is None else _folded(title)
    assert _repeats_title(text, folded) == before


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Introducing runes", "Introducing  Runes"),
        ("Stra\u00dfe", "STRASSE"),
        ("Introducing runes", "Introducing runes 2"),
        ("", ""),
    ],
)
def test_the_title_folded_once_on_lines_written_for_it(text: str, title: str) -> None:
    before = " ".join(text.split()).casefold() == " ".join(title.split()).casefold()
    assert _repeats_title(text, _folded(title)) == before


_RELEASE_NOTES = """# Flux release notes

## Flux v2.4

The release hardens the defaults.

### :lock: Security enhancements

Tokens are now scoped to one namespace.

### :rocket: New features

A new command lists what changed.

## Upgrading

Read the notes first.
"""


def test_markdown_headings_keep_their_levels() -> None:
    art = parse_checked(_RELEASE_NOTES)
    levels = [(s.heading, s.level) for s in art.iter_sections()]
    assert ("Flux v2.4", 1) in levels
    assert ("Upgrading", 1) in levels
    assert (":lock: Security enhancements", 2) in levels


_STACK = """Field notes

Our team met in the spring and planned the season ahead with the growers.

Learning goals
Recognise the pests that harm young plants
Write a plan for watering in the dry months
Turn the plan into a weekly checklist
Plant Care Basics
Soil Health Overview
Seasonal Planning Guide
Harvest Day Routine

We will share the checklist with every grower before the first planting day.
"""


@pytest.mark.parametrize("text", [_STACK, compact(_STACK)])
def test_a_stack_of_headings_is_demoted_and_its_label_kept(text: str) -> None:
    art = parse_checked(text)
    found = headings(art)
    assert "Learning goals" in found
    assert "Plant Care Basics" not in found
    assert "Soil Health Overview" not in found


def test_many_markdown_headings_in_a_row_are_sections() -> None:
    text = "".join(f"## Heading {i}\n" for i in range(300))
    art = parse_checked(text)
    assert [s.heading for s in art.sections] == [f"Heading {i}" for i in range(300)]
