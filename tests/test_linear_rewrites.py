"""The linear-time rewrites of patterns that used to backtrack (``special.strip_decoration``,
``lines.is_rule``, ``links.find_links``) give exactly what the old patterns gave: each is
checked against the old code, kept here as the reference."""

from __future__ import annotations

import time

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from articlekit.parse.lines import is_rule
from articlekit.parse.links import (
    _PHRASE_STOP,
    LINK_TEXT_MAX_WORDS,
    URL,
    _Stops,
    find_links,
    trim_url,
)
from articlekit.parse.special import strip_decoration

# (the trailing run includes an ellipsis since the fourteenth session: "You may also like...")
OLD_DECOR = regex.compile(r"^[#*_=\s]+|[#*_=\s:\uff1a.\u2026]+$")
OLD_RULE = regex.compile(r"^(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|(?:=\s*){3,}|(?:~\s*){3,})$")


def old_phrase_before(head: str) -> str:
    stops = list(_PHRASE_STOP.finditer(head))
    phrase = head[stops[-1].end() :] if stops else head
    return " ".join(phrase.split()[-LINK_TEXT_MAX_WORDS:])


def old_find_links(text: str, start: int, end: int) -> list[tuple[str, str, int, int]]:
    out: list[tuple[str, str, int, int]] = []
    segment = text[start:end]
    if "http" not in segment and "www." not in segment:
        return out
    for m in URL.finditer(segment):
        url = trim_url(m.group())
        if len(url) < 8:
            continue
        u_start = start + m.start()
        u_end = u_start + len(url)
        link_text, l_start = url, u_start
        before = segment[: m.start()]
        if before.rstrip().endswith("(") and segment[m.start() + len(url) :].lstrip().startswith(
            ")"
        ):
            head = before.rstrip()[:-1].rstrip()
            phrase = old_phrase_before(head)
            if phrase:
                link_text = phrase
                l_start = start + len(head) - len(phrase)
                u_end = start + segment.index(")", m.start() + len(url)) + 1
        full = url if url.startswith("http") else "http://" + url
        out.append((link_text, full, l_start, u_end))
    return out


DECOR_CHARS = st.text(alphabet="#*_=: \t\nab\uff1a-~\u00a0\u2028\x1c\x85.", max_size=30)
STOP_CHARS = st.text(
    alphabet='ab .,;:!?()[]\u2013\u2014-"\u201c\u201d \t\n\u00a0\u2003', max_size=40
)
LINKY = st.lists(
    st.sampled_from(
        [
            "see ",
            "this",
            " (",
            ")",
            "(",
            " ",
            "  ",
            "\t",
            ".",
            ",",
            " - ",
            " \u2013 ",
            "\u2014",
            "http://a.b",
            "https://ex.com/x_(y)",
            "www.site.org",
            "word",
            ": ",
            "http://",
            "[",
            "]",
            "\u201c",
            "\n",
        ]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=1500, deadline=None)
@given(DECOR_CHARS)
def test_strip_decoration_equals_old_pattern(text: str) -> None:
    assert strip_decoration(text) == OLD_DECOR.sub("", text)


@settings(max_examples=1500, deadline=None)
@given(DECOR_CHARS)
def test_rule_equals_old_pattern(text: str) -> None:
    assert is_rule(text) == bool(OLD_RULE.match(text))


@settings(max_examples=1000, deadline=None)
@given(STOP_CHARS)
def test_stops_equal_prefix_scans(text: str) -> None:
    stops = _Stops(text)
    for k in range(len(text) + 1):
        phrase = text[stops.last_end(k) : k]
        assert " ".join(phrase.split()[-LINK_TEXT_MAX_WORDS:]) == old_phrase_before(text[:k])


@settings(max_examples=1500, deadline=None)
@given(LINKY, st.integers(0, 5), st.integers(0, 5))
def test_find_links_equals_old_code(text: str, cut_start: int, cut_end: int) -> None:
    start, end = min(cut_start, len(text)), max(len(text) - cut_end, 0)
    start = min(start, end)
    assert find_links(text, start, end) == old_find_links(text, start, end)


def _cpu(func: object, arg: str) -> float:
    t0 = time.process_time()
    func(arg)  # type: ignore[operator]
    return time.process_time() - t0


def test_rewrites_are_linear() -> None:
    """4x the input costs about 4x the time (the old patterns took 16x and more)."""
    cases = {
        "decor": (strip_decoration, lambda n: ":" * n + "x"),
        "rule": (is_rule, lambda n: "* " * (n // 2) + "x"),
        "links": (
            lambda s: find_links(s, 0, len(s)),
            lambda n: "see this (http://a.b) and " * (n // 26),
        ),
    }
    for name, (func, make) in cases.items():
        small, large = make(50_000), make(200_000)
        t_small = min(_cpu(func, small) for _ in range(3))
        t_large = min(_cpu(func, large) for _ in range(3))
        assert t_large <= max(8 * t_small, 0.05), (name, t_small, t_large)
