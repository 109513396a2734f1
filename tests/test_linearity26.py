"""Exact shortcuts taken for hostile inputs (issue 6): each agrees with the slower test it
spares, on inputs written here and on generated ones."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import articlekit as ak
from articlekit.parse import detect
from articlekit.parse.assemble import front
from articlekit.parse.detect import (
    _FRAGMENT_START,
    _HTML_BLOCK,
    _HTML_CLOSE,
    _HTML_START,
    HTML_TAGGED_LINE_SHARE,
    _html_score,
)


def _html_score_counting_first(text: str) -> float:
    """_html_score as it was: both kinds of tag counted before either count is looked at."""
    if _HTML_START.match(text) or _FRAGMENT_START.match(text):
        return 1.0
    tags = len(_HTML_BLOCK.findall(text))
    closes = len(_HTML_CLOSE.findall(text))
    if closes == 0 or tags < 2:
        return 0.0
    lines = [ln for ln in text.splitlines() if ln.strip()]
    tagged = sum(1 for ln in lines if _HTML_BLOCK.search(ln))
    if tagged < HTML_TAGGED_LINE_SHARE * len(lines):
        return 0.0
    return min(1.0, tags / max(1, len(lines)))


HTML_SAMPLES = [
    "",
    "Plain prose with no markup at all.\nA second line.\n",
    "<a <a <a <a <a <a x(",  # many opening tags, no closing one
    "Use <br> and <img src=x> in your template.\nNothing closes here.\n",
    "<p>One paragraph</p>\n<p>Another</p>\n",
    "<div class='post'>\n<p>Text</p>\n</div>\n",
    "An article about HTML shows </p> once.\nThen prose.\nMore prose.\nAnd more.\n",
    "</a>",
    "<span>x</span> and </div>\n<ul><li>item</li></ul>\n",
    "<!DOCTYPE html><html><body><p>Hi</p></body></html>",
    "a < b and c </ d\n",
]


def test_html_score_agrees_on_written_samples() -> None:
    for text in HTML_SAMPLES:
        assert _html_score(text) == _html_score_counting_first(text), text


_HTML_ALPHABET = st.sampled_from(
    ["<", ">", "/", "</", "p", "a", "div", "span", "li", " ", "\n", "x", "<p>", "</p>", "<a "]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_HTML_ALPHABET, max_size=40).map("".join))
def test_html_score_agrees_on_generated_text(text: str) -> None:
    assert _html_score(text) == _html_score_counting_first(text)


def test_text_full_of_opening_tags_is_still_read_as_text() -> None:
    text = "<a " * 2000 + "x\n"
    assert detect.detect_format(text) == "text"
    art = ak.parse(text)
    assert art.source_format == "text"


def _author_list_always_split(text: str) -> bool:
    """author_list as it was: marks and degrees removed, then split, whatever the text."""
    names = front._AUTHOR_SEPARATOR.split(front._without_marks(text).strip(" ,;"))
    return len(names) >= 2 and all(front._person_name(name) for name in names)


AUTHOR_SAMPLES = [
    "Ana Costa, Ben Okafor and Chen Wei",
    "J. Smith & K. Lee",
    "Lena Hoffmann, PhD, and Arjun Mehta, MD",
    "Katarzyna Wisniewska1, Helen O'Dwyer1,3",
    "Maria Lopez; Tom Baker",
    "Maria Lopez PhD Tom Baker",  # no joiner: one name, however long
    "Anand Rao1 and1 Tim Bell",
    "Maria Lopez1and Tom Baker",
    "Why It Matters",
    "<a " * 50,
    "Sarah Connor MD",
    "Sarah Connor and",
    "",
]


def test_author_list_agrees_on_written_samples() -> None:
    for text in AUTHOR_SAMPLES:
        assert front.author_list(text) == _author_list_always_split(text), text


_AUTHOR_ALPHABET = st.sampled_from(
    ["Ana", "Costa", "J.", "Lee", "an", "d", "and", "&", ",", ";", " ", "1", "*", "PhD", "MD", "x"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_AUTHOR_ALPHABET, max_size=14).map("".join))
def test_author_list_agrees_on_generated_text(text: str) -> None:
    assert front.author_list(text) == _author_list_always_split(text)
