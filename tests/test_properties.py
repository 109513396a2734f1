"""Properties of the text parser on inputs nobody wrote (Hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import articlekit as ak
from tests.helpers import (
    SHAPES_ELEVENTH_SESSION,
    SHAPES_FOURTEENTH_SESSION,
    SHAPES_NINTH_SESSION,
    SHAPES_TENTH_SESSION,
    SHAPES_THIRTEENTH_SESSION,
    assert_accounted,
    assert_spans_valid,
)

# Lines shaped like article parts, so the generator reaches headings, lists, labels and
# special sections, mixed with arbitrary Unicode.
_PIECES = st.sampled_from(
    [
        "Introduction",
        "Key Takeaways",
        "Reference Links",
        "Explore more",
        "Summary",
        "Meta Description",
        "Tags: a, b, a",
        "#one #two",
        "Off On",
        "Share this article",
        "> quoted line",
        ">",
        "== Wiki Heading ==",
        "=== x ===",
        "Jump to Recipe Print Recipe",
        "$ go run .",
        "hello",
        "greet.go:23: unreachable func: f",
        "FROM golang",
        "      run: npm install x -g",
        "Sam (first-timer)",
        '{{image "x.png" 8}}',
        "Copyright 2025 Acme. All rights reserved.",
        "Page 3 of 40",
        "Received: 1 May 2024 / Published: 3 June 2024",
        "For Readers:",
        "- item one",
        "  - nested item",
        "1. first",
        "2) second",
        "• bullet",
        "A sentence that ends properly.",
        "A Short Heading Line",
        "=====",
        "-----",
        "## Atx",
        "x <- f(1, 2)",
        "Title - Source - Description",
        "Text (https://example.org/x)",
        "By Jane Doe",
        "Published 1 May 2024",
        "a | b",
        "c\td",
        "\u25a0 \u306f\u3058\u3081\u306b",
        "\u30bf\u30b0\uff1aPython\u3001\u7d71\u8a08",
        "2025\u5e743\u67083\u65e5\u3000\u5c71\u7530\u592a\u90ce",
        '{{< figure src="a.png" >}}',
        "{% include toc.html %}",
        "[1] Smith, A. Reusable data. 2022.",
        "More from Local News",
        "Why small ovens are winning back the high street",
        "Maya Lindqvist",
        "Apr 14, 2025",
        "142 Likes",
        "Thanks for reading The Ledger! Subscribe for free.",
        "Ana Costa, Ben Okafor and Chen Wei",
        "Live reporting by Tom Hale",
        "Image caption, Waves crashed over the wall",
        "(AP Photo/Jose Ruiz)",
        "+1 (555) 010-2334",
        "**Relevance is a product decision**",
        "Framework    Requests/s    Latency (ms)",
        "Flask        2,400         41",
        "\u00a9 2025 The Harbour Daily. All rights reserved.",
        "Overview[edit]",
        "12 Comments",
        "Leave a Reply",
        "Facebook X LinkedIn Email",
        "Pros",
        "March 2, 2025 by Tom Berg",
        "Further reading: Guide (https://example.org/g)",
        "Veröffentlicht am 4. März 2025",
        "^ Smith J (2001). Title.",
        "",
        "   ",
        "\t",
        *SHAPES_NINTH_SESSION,
        *SHAPES_TENTH_SESSION,
        *SHAPES_ELEVENTH_SESSION,
        *SHAPES_THIRTEENTH_SESSION,
        *SHAPES_FOURTEENTH_SESSION,
    ]
)
_LINE = st.one_of(_PIECES, st.text(max_size=40))
_DOC = st.lists(_LINE, max_size=30).map(lambda ls: "\n".join(ls))
_SEP = st.sampled_from(["\n", "\r\n", "\n\n", "\r", "\u2028"])
_DOC_SEP = st.tuples(st.lists(_LINE, max_size=25), _SEP).map(lambda t: t[1].join(t[0]))

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _parse(text: str) -> ak.Article | None:
    try:
        return ak.parse(text, format="text")
    except ak.InputError:
        assert "\x00" in text  # the only str the parser refuses
        return None


@SETTINGS
@given(st.one_of(st.text(), _DOC, _DOC_SEP))
def test_never_raises_and_accounts_for_every_line(text: str) -> None:
    art = _parse(text)
    if art is None:
        return
    assert_accounted(text, art)
    assert_spans_valid(text, art)


@SETTINGS
@given(st.one_of(st.text(), _DOC_SEP))
def test_json_round_trip_is_exact(text: str) -> None:
    art = _parse(text)
    if art is None:
        return
    assert ak.Article.model_validate_json(art.model_dump_json()) == art


@SETTINGS
@given(_DOC_SEP)
def test_deterministic(text: str) -> None:
    assert _parse(text) == _parse(text)


@SETTINGS
@given(_DOC_SEP)
def test_bytes_and_str_agree(text: str) -> None:
    if "\x00" in text:
        return
    try:
        from_bytes = ak.parse(text.encode("utf-8"), format="text")
    except ak.InputError as exc:
        assert "binary" in str(exc)  # many control bytes: refused as a binary file
        return
    assert from_bytes == ak.parse(text, format="text")
