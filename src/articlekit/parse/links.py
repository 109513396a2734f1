"""URLs in running text: bare URLs and the "text (URL)" shape scrapers leave behind."""

from __future__ import annotations

import bisect
from typing import Final

import regex

# Possessive quantifiers: a URL pattern must never backtrack on a long unbroken line.
URL: Final = regex.compile(
    r"(?:https?://|www\.)[^\s<>\"'`\[\]{}()]++(?:\([^\s()<>]*+\)[^\s<>\"'`()]*+)*+"
)
_TRAILING: Final = ".,;:!?'\"\u2019\u201d*_"
_TRAILING_OR_PAREN: Final = frozenset(_TRAILING + ")")
#: "text (URL)": the link text is the phrase before the parenthesis, back to punctuation
_PHRASE_STOP: Final = regex.compile(r"[.,;:!?()\[\]\u2013\u2014\"\u201c\u201d]|\s[-\u2013\u2014]\s")
#: the one-character stops of ``_PHRASE_STOP``: one right before the "(" ends the last match
#: of any prefix ending there (the three-character stop ends in a space), no phrase between
_STOP_CHARS: Final = frozenset('.,;:!?()[]\u2013\u2014"\u201c\u201d')
LINK_TEXT_MAX_WORDS: Final = 8


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
    stops: _Stops | None = None
    for m in URL.finditer(segment):
        url = m.group()
        if url[-1] in _TRAILING_OR_PAREN:  # (most URLs end in neither: no call to trim them)
            url = trim_url(url)
        if len(url) < 8:
            continue
        m_start = m.start()
        u_start = start + m_start
        u_end = u_start + len(url)
        link_text, l_start = url, u_start
        # "phrase (URL)": no slicing of the line per link (that alone is O(links x length))
        # (the space skips inlined for the usual case, no space: a call per link was a
        # tenth of a line of links' parse)
        paren = m_start - 1
        if paren >= 0 and segment[paren].isspace():
            paren = _skip_space_back(segment, paren) - 1
        after = m_start + len(url)
        if after < len(segment) and segment[after].isspace():
            after = _skip_space(segment, after)
        if paren >= 0 and segment[paren] == "(" and segment.startswith(")", after):
            head_end = paren
            while head_end > 0 and segment[head_end - 1].isspace():
                head_end -= 1  # (inline: "phrase (URL)" has a space here)
            bracketed = _bracketed_text(segment, paren)
            if bracketed is not None:
                # "[link text](URL)": Markdown's link, as some scrapers leave it in the text
                phrase, l_start = bracketed[0], start + bracketed[1]
                if phrase:
                    link_text = phrase
                    u_end = start + segment.index(")", m_start + len(url)) + 1
                full = url if url.startswith("http") else "http://" + url
                out.append((link_text, full, l_start if phrase else u_start, u_end))
                continue
            if head_end > 0 and segment[head_end - 1] in _STOP_CHARS:
                phrase = ""  # "](URL)", ".(URL)": a stop right before it, no words between
            else:
                if stops is None:
                    stops = _Stops(segment)
                phrase = _last_words(segment[stops.last_end(head_end) : head_end])
            if phrase:
                link_text = phrase
                l_start = start + head_end - len(phrase)
                u_end = start + segment.index(")", m_start + len(url)) + 1
        full = url if url.startswith("http") else "http://" + url
        out.append((link_text, full, l_start, u_end))
    return out


#: the longest link text read between "[" and "](" (the "[" is looked for no further back:
#: a line of many "](URL)" and no "[" stays linear)
BRACKETED_TEXT_MAX_CHARS: Final = 300


def _bracketed_text(segment: str, paren: int) -> tuple[str, int] | None:
    """(the link text, where its "[" is) when ``segment[paren]``, the "(" before a URL,
    closes a Markdown link's "[text]" right before it; else None."""
    close = paren - 1
    if close < 1 or segment[close] != "]":
        return None
    # the "[" after the last "]" before this one (one before it would enclose that "]"):
    # on a line of links, the previous link's "]" bounds both scans, so they stay linear
    low = max(0, close - BRACKETED_TEXT_MAX_CHARS)
    open_ = segment.rfind("[", max(low, segment.rfind("]", low, close) + 1), close)
    if open_ < 0 or "]" in segment[open_ + 1 : close] or "\n" in segment[open_ + 1 : close]:
        return None
    return segment[open_ + 1 : close].strip(), open_


#: the longest match of ``_PHRASE_STOP``: decisions at positions ``<= k - 3`` do not depend
#: on where the text is cut, so a scan of the whole line can stand in for a scan of a prefix
_STOP_MAX: Final = 3


class _Stops:
    """Where ``_PHRASE_STOP.finditer(segment[:k])`` last matched, for growing ``k``, in
    linear time overall: one forward scan of the line, then a few characters per query.
    (Scanning every prefix again for each link was O(links x line length).)"""

    def __init__(self, segment: str) -> None:
        self.segment = segment
        self.starts: list[int] = []
        self.ends: list[int] = []
        for m in _PHRASE_STOP.finditer(segment):
            self.starts.append(m.start())
            self.ends.append(m.end())

    def last_end(self, k: int) -> int:
        """``end()`` of the last match of ``_PHRASE_STOP.finditer(segment[:k])``, or 0."""
        # matches starting at or before k - _STOP_MAX are the same in the prefix and the line
        i = bisect.bisect_right(self.starts, k - _STOP_MAX) - 1
        last = self.ends[i] if i >= 0 else 0
        # the prefix scan goes on from the first position it visits at or after k - 2
        resume = max(last, k - _STOP_MAX + 1, 0)
        # (letters and digits there, as after "see this": no stop starts in them, and no
        # call to the pattern for each link)
        if resume < k and not self.segment[resume:k].isalnum():
            for m in _PHRASE_STOP.finditer(self.segment, resume, k):
                last = m.end()
        return last


def _skip_space_back(s: str, i: int) -> int:
    """``len(s[:i].rstrip())``."""
    while i > 0 and s[i - 1].isspace():
        i -= 1
    return i


def _skip_space(s: str, i: int) -> int:
    """Index of the first character at or after ``i`` that is not white space."""
    n = len(s)
    while i < n and s[i].isspace():
        i += 1
    return i


def _last_words(phrase: str) -> str:
    return " ".join(phrase.rsplit(None, LINK_TEXT_MAX_WORDS)[-LINK_TEXT_MAX_WORDS:])


def _phrase_before(head: str) -> str:
    """The link text for "head (URL)": the words after the last stop, at most eight
    (reference implementation of what :class:`_Stops` computes incrementally)."""
    stops = list(_PHRASE_STOP.finditer(head))
    phrase = head[stops[-1].end() :] if stops else head
    words = phrase.split()
    return " ".join(words[-LINK_TEXT_MAX_WORDS:])
