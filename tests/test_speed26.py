"""The fast paths of session 26 are exact: each skips work only where the work could not
change the answer."""

from __future__ import annotations

import sys

import pytest
import regex

from articlekit.parse.lines import KEY_MAX_CHARS, KEY_VALUE, key_value
from tests.helpers import compact, parse_checked


def test_every_character_the_pattern_takes_for_white_space_is_stripped() -> None:
    # key_value's pre-test measures the text before the colon with str.rstrip: exact only
    # if rstrip strips every character "\s" matches
    spaces = regex.compile(r"\s")
    assert all(
        chr(c).isspace() for c in range(sys.maxunicode + 1) if spaces.match(chr(c)) is not None
    )


_KEY = "k" * KEY_MAX_CHARS


@pytest.mark.parametrize(
    "line",
    [
        "Author: Jane Doe",
        "Published on: 3 May 2025",
        f"{_KEY}: the longest key there is",
        f"{_KEY}x: one character too long",
        f"{_KEY}     : spaces after the longest key",
        f"{_KEY}\u3000\u2003: wide spaces after it",
        f"{_KEY[:-1]} x: a space inside it",
        "This sentence runs on for a good while before its colon comes: late",
        "Note that the call below returns a list of data frames, one per file: see",
        "https://example.org/a: an address",
        "Time: 12:30",
        "No colon on this line at all",
        ":starts with one",
        "Key:no space after it",
        "  Key: indented",
        "タグ：Python",
        "A rather long label written in Japanese style before its colon ends：値",
    ],
)
def test_key_value_is_the_pattern_match(line: str) -> None:
    found = key_value(line)
    expected = KEY_VALUE.match(line) if ":" in line else None
    if expected is None and "\uff1a" in line:
        expected = regex.match(
            r"^(?P<key>[^\W\d_][\w'&/ .;-]{0,40}?)\s*\uff1a\s*(?P<value>\S.*)$", line
        )
    assert (found is None) == (expected is None)
    if found is not None and expected is not None:
        assert found.group("key", "value") == expected.group("key", "value")


_FIELDS_ARTICLE = """Reading many files at once

By Jane Doe

When the files share their columns the reader stacks them into one table: the file each row came from is kept in a column of its own, so nothing is lost on the way.

Note: a file with columns the others lack is read all the same.

Tags: data, files
"""


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_fields_and_long_colon_sentences_parse_as_before(layout: str) -> None:
    text = _FIELDS_ARTICLE if layout == "spaced" else compact(_FIELDS_ARTICLE)
    article = parse_checked(text)
    assert article.title == "Reading many files at once"
    assert article.tags == ["data", "files"]
    body = [b.text for s in article.sections for b in s.blocks if b.kind == "paragraph"]
    # the colon far into a sentence makes no field of it
    assert any(t.startswith("When the files share their columns") for t in body)
