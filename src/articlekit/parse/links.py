"""URLs in running text: bare URLs and the "text (URL)" shape scrapers leave behind."""

from __future__ import annotations

import regex

# Possessive quantifiers: a URL pattern must never backtrack on a long unbroken line.
URL = regex.compile(r"(?:https?://|www\.)[^\s<>\"'`\[\]{}()]++(?:\([^\s()<>]*+\)[^\s<>\"'`()]*+)*+")
_TRAILING = ".,;:!?'\"\u2019\u201d*_"
#: "text (URL)": the link text is the phrase before the parenthesis, back to punctuation
_PHRASE_STOP = regex.compile(r"[.,;:!?()\[\]\u2013\u2014\"\u201c\u201d]|\s[-\u2013\u2014]\s")
LINK_TEXT_MAX_WORDS = 8


def trim_url(url: str) -> str:
    """A URL without the sentence punctuation that follows it."""
    while url and url[-1] in _TRAILING:
        url = url[:-1]
    if url.endswith(")") and url.count("(") < url.count(")"):
        url = url[:-1]
    return url


def find_links(text: str, start: int, end: int) -> list[tuple[str, str, int, int]]:
    """Links in ``text[start:end]`` as (link text, url, start, end) in document order."""
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
            phrase = _phrase_before(head)
            if phrase:
                link_text = phrase
                l_start = start + len(head) - len(phrase)
                u_end = start + segment.index(")", m.start() + len(url)) + 1
        full = url if url.startswith("http") else "http://" + url
        out.append((link_text, full, l_start, u_end))
    return out


def _phrase_before(head: str) -> str:
    stops = list(_PHRASE_STOP.finditer(head))
    phrase = head[stops[-1].end() :] if stops else head
    words = phrase.split()
    return " ".join(words[-LINK_TEXT_MAX_WORDS:])
